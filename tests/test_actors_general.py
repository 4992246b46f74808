"""General mechanisms for organisations and their countries, on sentences written for the test.

Each test names one mechanism (a name after a describing noun, a wire line break, an angle-
bracketed name, the source of a loan) and checks it through `accords.extract`, with a negative
case where one makes sense. Nothing here is copied from an article.
"""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model

PUBLISHED = "2011-05-12"


@cache
def run(text: str, published: str = PUBLISHED, title: str | None = None,
        dateline: str | None = None) -> Record:
    return accords.extract(text, published=published, id="actor-test", title=title,
                           dateline=dateline)


def orgs(record: Record) -> dict[str, str | None]:
    """Organisation name (and aliases) -> country."""
    out: dict[str, str | None] = {}
    for a in record.actors:
        if a.kind == "organization":
            for name in [a.name, *a.aliases]:
                out[name] = a.country
    return out


def describe(record: Record) -> str:
    return "; ".join(f"{a.kind} {a.name!r} ({a.country}) {a.aliases}" for a in record.actors)


# --- a name after a describing noun ------------------------------------------------------------


def test_name_after_a_line_break_following_a_describing_noun() -> None:
    record = run("The contract was signed with Brazil's state mining company\n"
                 "Minervale to explore for copper in the north.")
    assert orgs(record).get("Minervale") == "BRA", describe(record)


def test_describing_noun_without_a_name_makes_no_organisation() -> None:
    record = run("The contract was signed with Brazil's state mining company\n"
                 "to explore for copper in the north.")
    assert not orgs(record), describe(record)


def test_country_before_a_bracketed_wire_name() -> None:
    record = run("Banco Andino said it signed an accord with the Soviet Union's central bank "
                 "<Rubelbank> on Monday.")
    assert orgs(record).get("Rubelbank") == "SUN", describe(record)


# --- where an organisation acts ----------------------------------------------------------------


def test_lender_of_a_loan_is_an_actor() -> None:
    record = run("Chilean copper firm Codelco signed for a 300 mln dlr loan from the\n"
                 "Export-Import Bank of Japan to finance a smelter, a spokesman said.")
    assert orgs(record).get("Export-Import Bank of Japan") == "JPN", describe(record)


def test_venue_and_cited_source_are_still_not_actors() -> None:
    record = run("According to the Baltic Energy Institute, Latvia and Poland will sign a power "
                 "accord at the Riga Congress Hall.")
    assert not any("Institute" in n or "Hall" in n for n in orgs(record)), describe(record)


# --- one organisation under two names ------------------------------------------------------


def test_acronym_leaves_out_elided_articles_and_small_words() -> None:
    record = run("PARIS, May 3 - <Societe de l'Atlantique Nord> said it signed a shipping "
                 "accord with Morocco.\n    Paul Girard, a director at SAN, said talks began "
                 "last year.", dateline="PARIS")
    found = orgs(record)
    assert "SAN" in found and "Societe de l'Atlantique Nord" in found, describe(record)
    assert sum(a.kind == "organization" for a in record.actors) == 1, describe(record)


def test_bracketed_name_after_an_organisation_is_the_same_body() -> None:
    record = run("Lisbon's Banco Atlantico signed an accord with the Soviet Union's central "
                 "bank <Rubelbank>, and Foreign Credit Bank <Vneshkredbank>, on Monday.")
    found = orgs(record)
    assert "Vneshkredbank" in found and "Foreign Credit Bank" in found, describe(record)
    banks = [a for a in record.actors if "Vneshkredbank" in [a.name, *a.aliases]]
    assert len(banks) == 1 and "Foreign Credit Bank" in [banks[0].name, *banks[0].aliases]


def test_ticker_after_a_firm_is_no_alias() -> None:
    record = run("Consolidated Widgets Inc <CWI> signed a supply contract with Ghana.")
    assert "CWI" not in orgs(record), describe(record)


# --- countries from the headline and from coordination -----------------------------------


def test_headline_possessive_gives_the_firm_its_country() -> None:
    text = ("BELGIUM'S SNV SIGNS ACCORD WITH POLAND\nWARSAW, May 3 - <Societe Nationale de "
            "Verre> said it signed a glass supply accord with Poland.\n    A spokesman for SNV "
            "said deliveries start in June.")
    record = run(text)
    assert orgs(record).get("Societe Nationale de Verre") == "BEL", describe(record)


def test_firm_coordinated_after_a_described_firm_shares_its_country() -> None:
    record = run("Portugal signed a loan accord with the Soviet central bank Rubelbank "
                 "and Vneshkredbank on Monday.")
    assert orgs(record).get("Vneshkredbank") == "SUN", describe(record)


def test_dictionary_country_does_not_spread_over_coordination() -> None:
    record = run("The airline flies Boeing and Tavrida aircraft on its Asian routes, Aeroflot "
                 "said in Moscow.")
    assert orgs(record).get("Tavrida") in (None, "RUS"), describe(record)


def test_name_coordinated_with_it_is_an_organisation() -> None:
    record = run("Italian state-owned bank Banca Lombarda, BL, said it and Credito Veneto\n"
                 "will sign a joint venture pact with Hungary's central bank.")
    assert orgs(record).get("Credito Veneto") == "ITA", describe(record)
    assert not any(a.kind == "person" and a.name == "Credito Veneto" for a in record.actors)


def test_person_coordinated_after_a_described_firm_stays_a_person() -> None:
    record = run("The contract was signed by the Dutch dredging firm Boskalis and Minister "
                 "Jan Pronk in The Hague.")
    assert not any("Pronk" in n for n in orgs(record)), describe(record)


# --- a counted description and the firms it describes ---------------------------------------


DESCRIBED = ("HANOI, June 2 - State-owned Vietnam Railways has signed contracts with two "
             "German Firms to supply signalling equipment, a spokesman said.\n    "
             "{firms} will deliver the equipment by 2013, he said.")


def test_counted_description_is_no_actor_and_places_the_named_firms() -> None:
    record = run(DESCRIBED.format(firms="Halberg Signaltechnik GmbH and Ostwerk Systeme AG"))
    found = orgs(record)
    assert not any("Firms" in n for n in found), describe(record)
    assert found.get("Halberg Signaltechnik GmbH") == "DEU", describe(record)
    assert found.get("Ostwerk Systeme AG") == "DEU", describe(record)


def test_described_country_needs_as_many_named_firms_as_counted() -> None:
    # (a legal form of several countries' law: "GmbH" alone would say German by itself)
    record = run(DESCRIBED.format(firms="Ostwerk Systeme AG"))
    found = orgs(record)
    assert not any("Firms" in n for n in found), describe(record)
    assert found.get("Ostwerk Systeme AG") is None, describe(record)


# --- international bodies ----------------------------------------------------------------


def test_body_broken_over_a_line_is_one_body() -> None:
    record = run("Chad and Niger accepted a truce proposed by the U.N.\nSecurity Council, "
                 "officials said.")
    bodies = [a.name for a in record.actors if a.kind == "international"]
    assert bodies == ["United Nations Security Council"], describe(record)


def test_body_at_a_line_end_stays_itself() -> None:
    record = run("Chad said it would send a delegation to the U.N.\non Monday.")
    bodies = [a.name for a in record.actors if a.kind == "international"]
    assert bodies == ["United Nations"], describe(record)


# --- an institution named again by some of its words ----------------------------------------


def test_short_reference_is_the_institution_named_before() -> None:
    record = run("Chile's Department of Mines and Energy signed a copper accord with Peru on "
                 "Monday. The Mines Department said exports would rise.")
    found = orgs(record)
    assert "Mines Department" in found and found.get("Department of Mines and Energy") == \
        "CHL", describe(record)
    assert sum(a.kind == "organization" for a in record.actors) == 1, describe(record)


def test_short_reference_needs_all_its_words_in_the_earlier_name() -> None:
    record = run("Chile's Department of Mines and Energy signed a copper accord with Peru on "
                 "Monday. The Fisheries Department said exports would rise.")
    names = [a.name for a in record.actors if a.kind == "organization"]
    assert "Fisheries Department" in names, describe(record)


# --- a body that qualifies a group it sends -------------------------------------------------


def test_body_sending_a_team_is_an_actor() -> None:
    record = run("Bolivia and Peru signed a water accord on Monday. An Andean Development "
                 "Corporation team visited Lima last week to discuss it.")
    assert "Andean Development Corporation" in orgs(record), describe(record)


def test_body_qualifying_a_thing_is_still_no_actor() -> None:
    record = run("Bolivia and Peru signed a water accord on Monday. Lima will buy Rastrel "
                 "aircraft for its air force.")
    assert not any("Rastrel" in n for n in orgs(record)), describe(record)


# --- news media report, they do not act ------------------------------------------------------


def test_name_after_a_news_medium_noun_is_a_reporter() -> None:
    record = run("Jordan's energy authority has entered into a deal with a British firm to "
                 "build a\npipeline to Aqaba, the national\nnews agency Antara reported.")
    assert not any("Antara" in n for n in orgs(record)), describe(record)


def test_name_after_another_agency_noun_is_still_a_body() -> None:
    record = run("Russia's space agency Roskosmos signed a launch contract with India on "
                 "Monday.")
    assert orgs(record).get("Roskosmos") == "RUS", describe(record)


# --- people and conjuncts the tagger took for one organisation ------------------------------


def test_names_of_country_people_in_an_organisation_tag_are_people() -> None:
    record = run("The leaders of the bloc met on Sunday, where Presidents Nana Akufo of Ghana "
                 "and Macky Sall of Senegal signed the African trade pact.",
                 published="2019-07-08")
    people = {a.name: a.country for a in record.actors if a.kind == "person"}
    assert people == {"Nana Akufo": "GHA", "Macky Sall": "SEN"}, describe(record)
    assert not orgs(record), describe(record)


def test_an_institution_of_a_country_stays_an_organisation() -> None:
    record = run("The Central Bank of Kenya signed a swap accord with Uganda on Monday.")
    assert any("Central Bank" in n for n in orgs(record)), describe(record)
    assert not any(a.kind == "person" for a in record.actors), describe(record)


def test_speakers_own_firm_is_not_part_of_the_partner_name() -> None:
    record = run("\"It is a business relationship between our Company and Aerolineas, and I am "
                 "proud of it,\" Boeing's chief said after the sale to Argentina.")
    found = orgs(record)
    assert "Aerolineas" in found, describe(record)
    assert not any("Company" in n for n in found), describe(record)


def test_bracketed_wire_name_is_one_firm_not_its_parts() -> None:
    record = run("Ghana signed a power contract with <General Turbine and Electric Co Ltd> on "
                 "Monday.")
    names = [a.name for a in record.actors if a.kind == "organization"]
    assert names == ["General Turbine and Electric Co Ltd"], describe(record)


# --- a capitalised common noun at a sentence start ------------------------------------------


def test_sentence_initial_common_noun_used_in_lower_case_elsewhere_is_no_name() -> None:
    record = run("Qatar signed a deal with Oman on Monday. Telecoms is one of the sectors the "
                 "new law targets, and telecoms firms are wary.")
    assert "Telecoms" not in orgs(record), describe(record)


def test_sentence_initial_institution_word_is_still_an_institution() -> None:
    record = run("The Omani parliament approved the gas accord with Qatar. Parliament "
                 "ratified it on Monday.")
    assert any("parliament" in n.lower() for n in orgs(record)), describe(record)


# --- plural organs ------------------------------------------------------------------------------


def _generic(record: Record) -> list[tuple[str, str | None]]:
    return sorted((a.name, a.country) for a in record.actors if a.kind == "organization")


def test_plural_organs_with_a_demonym_are_one_states_organs() -> None:
    record = run("Gabon and Chad signed a border accord on Monday. The Chadian authorities "
                 "said they would open the crossing.")
    assert [c for _n, c in _generic(record)] == ["TCD"], describe(record)


def test_plural_organs_without_a_side_make_no_actor() -> None:
    record = run("Gabon and Chad signed a border accord on Monday. All of the armed forces "
                 "stationed on the border will be pulled back by June.")
    assert _generic(record) == [], describe(record)


def test_respective_plural_organs_are_one_on_each_side() -> None:
    record = run("Gabon and Chad signed a border accord on Monday. Their respective interior "
                 "ministries will run the crossing.")
    assert {c for _n, c in _generic(record)} == {"GAB", "TCD"}, describe(record)


@pytest.mark.parametrize(
    "place",
    ["the New England power pool", "a New South Wales utility", "a New Mexico refinery",
     "a New Jersey bank"],
)
def test_a_place_named_new_and_a_country_is_not_that_country(place: str) -> None:
    record = accords.extract(f"Canada signed a supply contract with {place} on Monday.",
                             published="1987-03-17")
    assert {a.country for a in record.actors if a.kind == "country"} == {"CAN"}
    assert all(a.country in (None, "CAN") for a in record.actors)


def test_countries_named_new_are_still_countries() -> None:
    record = accords.extract("New Zealand and Papua New Guinea signed a fisheries agreement.",
                             published="1987-03-17")
    assert {a.country for a in record.actors if a.kind == "country"} == {"NZL", "PNG"}
