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


def _actors(text: str, published: str) -> list[tuple[str, str, str | None]]:
    return [(a.name, a.kind, a.country)
            for a in accords.extract(text, published=published).actors]


def test_a_known_firm_the_tagger_missed_is_a_party() -> None:
    # one word the tagger reads as a person or place, or misses
    assert _countries("The Indian government signed a contract with Schlumberger for oil "
                      "exploration off the west coast.", "1986-09-03") == [["IND", "USA"]]
    assert _countries("Exxon signed an agreement with Sonatrach to develop gas fields in the "
                      "Sahara.", "1990-02-12") == [["DZA", "USA"]]
    assert _countries("Iraq agreed with Petrobras to supply 100,000 barrels a day of crude.",
                      "1987-04-08") == [["BRA", "IRQ"]]
    # a name with a lower-case particle, which the tagger cuts in two
    assert _countries("Pakistan signed a loan agreement with Kreditanstalt fuer Wiederaufbau "
                      "for a power station.", "1991-11-20") == [["DEU", "PAK"]]


def test_a_firms_name_with_its_state_and_legal_form_stays_one_name() -> None:
    names = [a[0] for a in _actors("Petroleos de Venezuela, S.A. signed a letter of intent "
                                   "with Agip Carbone on a coal project.", "1987-04-08")]
    assert "Petroleos de Venezuela, S.A." in names
    assert "Petroleos de Venezuela" not in names


def test_a_firms_name_that_is_no_firm_here() -> None:
    # a person named for a firm, an ordinary word opening a sentence, a car model
    actors = _actors("Industrialist Serge Dassault met Indian officials in New Delhi. Dassault "
                     "said the talks had gone well.", "1988-01-01")
    assert ("Dassault", "organization", "FRA") not in actors
    assert not [a for a in _actors("Total exports rose 5 pct after the trade agreement with "
                                   "Japan was signed.", "1988-01-01") if a[1] == "organization"]
    assert not [a for a in _actors("The new Audi 90 went on sale in Japan.", "1988-01-01")
                if a[1] == "organization"]
