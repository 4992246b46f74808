"""Geocoding the places of the example articles, and the homonyms that must not win."""

from __future__ import annotations

import pytest

from accords.model import Place
from accords.resolve.places import geocode


def where(name: str, hint: str | None = None) -> tuple[str, str | None] | None:
    place = geocode(name, hint)
    if place is None:
        return None
    assert isinstance(place, Place)
    return place.name, place.country


def test_minsk_has_coordinates() -> None:
    place = geocode("Minsk")
    assert place is not None
    assert place.country == "BLR"
    assert place.lat == pytest.approx(53.9, abs=0.05)
    assert place.lon == pytest.approx(27.57, abs=0.05)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Minsk", ("Minsk", "BLR")),
        ("MINSK", ("Minsk", "BLR")),
        ("Buenos Aires", ("Buenos Aires", "ARG")),
        ("New Delhi", ("New Delhi", "IND")),
        ("Tokyo", ("Tokyo", "JPN")),
        ("TOKYO", ("Tokyo", "JPN")),
        ("London", ("London", "GBR")),  # not London, Ontario
        ("Washington", ("Washington", "USA")),  # the capital, not Washington, UK
        ("WASHINGTON", ("Washington", "USA")),
        ("Bonn", ("Bonn", "DEU")),
        ("AMMAN", ("Amman", "JOR")),
        ("SEOUL", ("Seoul", "KOR")),
        ("Paris", ("Paris", "FRA")),  # not Paris, Texas
        ("PORT-AU-PRINCE", ("Port-au-Prince", "HTI")),
        ("RIO DE JANEIRO", ("Rio de Janeiro", "BRA")),
        ("São Paulo", ("São Paulo", "BRA")),
        ("Sao Paulo", ("Sao Paulo", "BRA")),
        ("St Petersburg", ("St Petersburg", "RUS")),  # Russia's, not Florida's
        ("Pristina", ("Pristina", "XKX")),
        ("Washington, D.C.", ("Washington, D.C.", "USA")),
    ],
)
def test_cities(name: str, expected: tuple[str, str]) -> None:
    assert where(name) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Peking", ("Peking", "CHN")),
        ("PEKING", ("Peking", "CHN")),
        ("Canton", ("Canton", "CHN")),  # not Canton, Ohio
        ("Bombay", ("Bombay", "IND")),
        ("Calcutta", ("Calcutta", "IND")),  # not Calcutta, South Africa
        ("Rangoon", ("Rangoon", "MMR")),
        ("Saigon", ("Saigon", "VNM")),
        ("Leningrad", ("Leningrad", "RUS")),
    ],
)
def test_historic_city_names(name: str, expected: tuple[str, str]) -> None:
    assert where(name) == expected


def test_historic_name_keeps_the_modern_coordinates() -> None:
    peking, beijing = geocode("Peking"), geocode("Beijing")
    assert peking is not None and beijing is not None
    assert (peking.lat, peking.lon) == (beijing.lat, beijing.lon)


@pytest.mark.parametrize(
    ("name", "iso3"),
    [
        ("Tanzania", "TZA"),
        ("Mozambique", "MOZ"),
        ("Britain", "GBR"),
        ("Saudi Arabia", "SAU"),
        ("the United States", "USA"),
        ("the Netherlands", "NLD"),
        ("Jordan", "JOR"),  # the country, not Jordan, Hong Kong
        ("Kosovo", "XKX"),
        ("Soviet Union", "SUN"),
        ("Yugoslavia", "YUG"),
        ("West Germany", "DEU"),
        ("East Germany", "DDR"),
    ],
)
def test_countries_as_places(name: str, iso3: str) -> None:
    assert where(name) == (name, iso3)


def test_country_is_drawn_at_its_capital() -> None:
    tanzania, dodoma = geocode("Tanzania"), geocode("Dodoma")
    assert tanzania is not None and dodoma is not None
    assert (tanzania.lat, tanzania.lon) == (dodoma.lat, dodoma.lon)
    west_germany, bonn = geocode("West Germany"), geocode("Bonn")
    assert west_germany is not None and bonn is not None
    assert (west_germany.lat, west_germany.lon) == (bonn.lat, bonn.lon)


@pytest.mark.parametrize(
    ("name", "hint", "iso3"),
    [
        ("London", "CAN", "CAN"),
        ("London", "CA", "CAN"),
        ("Paris", "USA", "USA"),
        ("Paris", "United States", "USA"),
        ("Paris", "JPN", "FRA"),  # no Paris in Japan: the hint cannot help
        ("Moscow", "SUN", "SUN"),  # a historic hint keeps the historic code
        ("Paris, Texas", None, "USA"),
        ("Paris, France", None, "FRA"),
    ],
)
def test_country_hint(name: str, hint: str | None, iso3: str) -> None:
    place = geocode(name, hint)
    assert place is not None
    assert place.country == iso3


@pytest.mark.parametrize("name", ["the Gulf", "Chevening, Kent", "xyzzy", "", "   "])
def test_unknown_places(name: str) -> None:
    assert geocode(name) is None



@pytest.mark.parametrize("name", ["Africa", "Asia", "South America", "Oceania"])
def test_a_continent_is_not_a_town_of_the_same_name(name: str) -> None:
    assert geocode(name) is None
