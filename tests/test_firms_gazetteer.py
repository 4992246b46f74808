"""The curated dictionary of firms (src/accords/gazetteer/data/firms_curated.tsv): firms that
news of the 1980s-2000s names as parties to deals, by sector, with their seat's country, so that
an agreement with a firm named without a country still gets that firm's country."""

from __future__ import annotations

import pytest

import accords
from accords.gazetteer import get_gazetteer


@pytest.mark.parametrize(("name", "iso"), [
    # cars and trucks
    ("Chrysler Corp", "USA"), ("Chrysler", "USA"), ("Daimler-Benz AG", "DEU"),
    ("Regie Renault", "FRA"), ("Volvo AB", "SWE"), ("Skoda", "CZE"), ("Avtovaz", "RUS"),
    # aerospace and defence
    ("Boeing Co", "USA"), ("Thomson-CSF", "FRA"), ("Messerschmitt-Boelkow-Blohm GmbH", "DEU"),
    ("Israel Aircraft Industries Ltd", "ISR"), ("Norinco", "CHN"), ("Embraer", "BRA"),
    # oil and national oil companies
    ("Sonatrach", "DZA"), ("Petroleos de Venezuela SA", "VEN"), ("Exxon Corp", "USA"),
    ("Yacimientos Petroliferos Fiscales Bolivianos", "BOL"),
    ("Yacimientos Petroliferos Fiscales", "ARG"), ("Shell Oil Co", "USA"),
    # mining, metals, chemicals, pharmaceuticals
    ("Codelco", "CHL"), ("Companhia Vale do Rio Doce", "BRA"), ("Alcan Aluminium Ltd", "CAN"),
    ("Gecamines", "COD"), ("Imperial Chemical Industries Plc", "GBR"), ("Ciba-Geigy AG", "CHE"),
    ("Hoechst AG", "DEU"), ("Rhone-Poulenc SA", "FRA"),
    # electronics and telecoms
    ("Fujitsu Ltd", "JPN"), ("NEC Corp", "JPN"), ("International Business Machines Corp", "USA"),
    ("American Telephone and Telegraph Co", "USA"), ("AT&T", "USA"), ("Goldstar", "KOR"),
    ("Telmex", "MEX"),
    # banks, export credit and development agencies, insurers
    ("Kreditanstalt fuer Wiederaufbau", "DEU"), ("Kreditanstalt für Wiederaufbau", "DEU"),
    ("KfW", "DEU"), ("Export-Import Bank of Japan", "JPN"), ("Coface", "FRA"),
    ("Export Credits Guarantee Department", "GBR"), ("Overseas Private Investment Corp", "USA"),
    ("Societe Generale de Surveillance SA", "CHE"), ("Société Générale", "FRA"),
    ("Credit Suisse", "CHE"), ("Banco do Brasil", "BRA"), ("Allianz AG", "DEU"),
    # trading houses and chaebol, shipping, airlines, railways
    ("Nissho Iwai Corp", "JPN"), ("Sunkyong", "KOR"), ("Cathay Pacific Airways Ltd", "HKG"),
    ("A.P. Moller-Maersk", "DNK"), ("Cosco", "CHN"), ("Qantas Airways", "AUS"),
    ("Korean Air Lines Co", "KOR"), ("SNCF", "FRA"),
    # engineering, commodity traders and boards, utilities and nuclear, media
    ("Bechtel", "USA"), ("Technip", "FRA"), ("Cargill Inc", "USA"), ("Cubazucar", "CUB"),
    ("Australian Wheat Board", "AUS"), ("Exportkhleb", "RUS"), ("Cogema", "FRA"),
    ("Atomic Energy of Canada Ltd", "CAN"), ("Bertelsmann AG", "DEU"),
])
def test_firms_of_each_sector_get_their_seat(name: str, iso: str) -> None:
    assert get_gazetteer().firm(name) == iso


@pytest.mark.parametrize("name", [
    # ordinary words, surnames, places, and names that begin like a firm's but are not one
    "Seat", "Sharp", "Cubana", "Alia", "Pioneer", "Ford", "Bosch", "Suzuki", "Kawasaki",
    "Salzgitter", "Granada", "Korean Air Force", "Royal Dutch Navy", "National", "General",
    "Anglo American", "Arab Bank for Economic Development in Africa", "Export-Import Bank",
    "Marc Rich", "Wallenberg", "Lucky", "Investor", "Tarmac", "Iridium", "Stork",
])
def test_ambiguous_words_are_no_firms(name: str) -> None:
    assert get_gazetteer().firm(name) is None


def _countries(text: str, published: str) -> list[list[str]]:
    return [sorted(a.countries) for a in accords.extract(text, published=published).agreements]


def test_a_firms_country_reaches_the_agreement() -> None:
    # two firms of two countries, neither named with its country
    assert _countries("Chrysler Corp said on Tuesday it had signed an agreement with Renault "
                      "to build a new van in Europe.", "1987-04-02") == [["FRA", "USA"]]
    assert _countries("Fujitsu Ltd and Siemens AG signed an agreement to develop computer "
                      "chips together.", "1989-05-10") == [["DEU", "JPN"]]


def test_a_us_subsidiary_is_not_its_foreign_parent() -> None:
    # Shell Oil Co is the American arm of Royal Dutch/Shell
    assert _countries("Nigeria signed an agreement with Shell Oil Co on a new refinery.",
                      "1988-06-14") == [["NGA", "USA"]]
