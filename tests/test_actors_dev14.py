"""Actor errors grouped by cause from the dev14 batch, on sentences written for the test.

Each test names one general cause (a seat of government standing for the state, a namesake
in the officials table whose office the text contradicts, a minister in a Washington story,
an acronym of a name that opens with a country, two names coordinated by "and") and checks
it through `accords.extract`, with a negative case where one makes sense. Nothing here is
copied from an article.
"""

from __future__ import annotations

from functools import cache

import pytest
from record_views import describe_actors, orgs, people

import accords
from accords.model import Record

pytestmark = pytest.mark.model

PUBLISHED = "1987-06-10"


@cache
def run(text: str, published: str = PUBLISHED, title: str | None = None,
        dateline: str | None = None) -> Record:
    return accords.extract(text, published=published, id="actor-dev14", title=title,
                           dateline=dateline)


describe = describe_actors


def countries(record: Record) -> set[str | None]:
    return {a.country for a in record.actors if a.kind == "country"}


# ---- a seat of government acting is its state --------------------------------------------

def test_kremlin_acting_is_the_state_of_its_era() -> None:
    text = "The Kremlin said on Friday that it would not sign the fishing treaty with Norway."
    old = run(text)
    assert "SUN" in countries(old), describe(old)
    assert not orgs(old) and not people(old), describe(old)
    new = run(text, published="2015-06-10")
    assert "RUS" in countries(new), describe(new)
    assert not orgs(new), describe(new)


def test_downing_street_and_white_house_are_their_governments() -> None:
    record = run("Downing St said the offer of engineers to Chile stood, and the White House "
                 "said it would match it.")
    assert {"GBR", "USA"} <= countries(record), describe(record)
    assert not people(record) and not orgs(record), describe(record)


def test_seat_of_government_as_a_place_names_no_actor() -> None:
    record = run("The two leaders dined in the Kremlin before the talks on grain ended.")
    assert not record.actors or "SUN" not in countries(record), describe(record)
    assert not orgs(record), describe(record)


# ---- a namesake in the officials table must hold an office like the text's ---------------

def test_namesake_with_another_office_gives_no_country() -> None:
    record = run("Deputy trade representative Michael Smith said the talks on soybean "
                 "taxes had failed.", published="1987-10-19")
    assert people(record).get("Michael Smith") != "IRL", describe(record)
    assert "IRL" not in countries(record), describe(record)


def test_namesake_without_a_title_keeps_the_table_country() -> None:
    # no office in the text: the table's only holder of the name still tells his country
    record = run("Michael Smith said the talks on beef quotas had failed.",
                 published="1999-10-19")
    assert people(record).get("Michael Smith") == "IRL", describe(record)


# ---- ministers are no officials of a state whose cabinet has secretaries ---------------

def test_minister_in_a_washington_story_is_not_american() -> None:
    record = run("WASHINGTON, June 9 - Agriculture minister Pedro Alvarado said on Tuesday "
                 "that the U.S. quota on Canadian beef would stay.", dateline="WASHINGTON")
    assert people(record).get("Pedro Alvarado") != "USA", describe(record)


def test_secretary_in_a_washington_story_is_american() -> None:
    record = run("WASHINGTON, June 9 - Agriculture Secretary Richard Lyng said on Tuesday "
                 "that the U.S. quota on Canadian beef would stay.", dateline="WASHINGTON")
    assert people(record).get("Richard Lyng") == "USA", describe(record)


# ---- an acronym of a name that opens with a country abbreviation ------------------------

def test_acronym_of_a_name_opening_with_us_is_an_alias() -> None:
    record = run("The complaint was filed by the U.S. National Walnut Growers Association. "
                 "The NWGA said exports to Korea had fallen.")
    names = orgs(record)
    assert "NWGA" not in names, describe(record)
    assert any(n.endswith("National Walnut Growers Association") for n in names), \
        describe(record)


# ---- two names coordinated by "and" are two bodies ---------------------------------------

def test_names_seen_alone_elsewhere_are_two_bodies() -> None:
    record = run("Gazmash lent money to Transtel last year. Gazmash and Transtel declined to "
                 "comment on Monday.")
    names = set(orgs(record))
    assert not any(" and " in n for n in names), describe(record)
    assert {"Gazmash", "Transtel"} <= names, describe(record)


def test_plural_apposition_names_two_bodies() -> None:
    record = run("Last year GM's European units Opel and Saab both cut jobs.")
    names = set(orgs(record))
    assert not any(" and " in n for n in names), describe(record)
    assert {"Opel", "Saab"} <= names, describe(record)


def test_one_name_with_and_stays_whole() -> None:
    record = run("Shares in Barnes and Tolliver rose after Barnes and Tolliver said it had "
                 "won the contract.")
    names = set(orgs(record))
    assert "Barnes" not in names and "Tolliver" not in names, describe(record)


# ---- a portfolio after a demonym is part of a title, not an organisation ------------------

def test_portfolio_with_and_after_demonym_is_the_title() -> None:
    record = run("British Trade and Industry Secretary Alan Marsh said the yen must rise.")
    assert not orgs(record), describe(record)
    assert people(record).get("Alan Marsh") == "GBR", describe(record)


def test_two_offices_joined_by_and_stay_two() -> None:
    record = run("Deputy Prime Minister and Foreign Minister Omar Haddad flew to Rome.")
    roles = {r.title for a in record.actors if a.kind == "person" for r in a.roles}
    assert {"Deputy Prime Minister", "Foreign Minister"} <= roles, describe(record)


def test_ministry_after_demonym_stays_an_organisation() -> None:
    record = run("The French Foreign Ministry said Japan must open its market.")
    assert orgs(record).get("Foreign Ministry") == "FRA", describe(record)


# ---- a country and a capitalised common word are no name ---------------------------------

def test_government_with_possessive_is_the_state() -> None:
    record = run("The ban answers the U.S. Government's complaint about chip prices.")
    assert "USA" in countries(record), describe(record)
    assert not orgs(record), describe(record)


def test_country_and_industry_before_a_described_name_is_no_name() -> None:
    record = run("Fokker may work with U.S. Aerospace group Lockheed Corp on a new jet.")
    names = orgs(record)
    assert not any(n.startswith("U.S.") for n in names), describe(record)
    assert "Lockheed Corp" in names, describe(record)


def test_country_name_with_a_capitalised_word_before_a_name_stays() -> None:
    # the capitalised word is followed by a name, not by a describing noun
    record = run("Talks between U.S. Steel and Nippon Kokan ended on Friday.")
    assert "U.S. Steel" in orgs(record), describe(record)


def test_wire_capitalised_agent_plural_after_us_is_no_name() -> None:
    record = run("Subsidies let the consortium undercut private U.S. Competitors, the "
                 "ministers were told.")
    assert not any("Competitors" in n for n in orgs(record)), describe(record)


def test_governments_listed_over_a_line_break_are_the_states() -> None:
    record = run("Officials said that the\nFrench, British and Italian governments had "
                 "subsidised the plane.")
    assert not orgs(record), describe(record)
    assert {"FRA", "GBR", "ITA"} <= countries(record), describe(record)


# ---- a misspelt name met once is the actor it misspells ----------------------------------

def test_misspelt_firm_is_the_firm() -> None:
    record = run("Fokker held talks with Grumman Aerospace Corp on a new jet. Officials said "
                 "talks with Grumman Aerospase on the plane would go on.")
    names = orgs(record)
    assert "Grumman Aerospase" not in names, describe(record)
    assert "Grumman Aerospace Corp" in names, describe(record)


def test_misspelt_surname_is_the_person() -> None:
    record = run("Transport minister Pierre Vaillancourt said on Monday the talks had ended. "
                 "Vaillancour said a deal was not likely.")
    assert "Vaillancour" not in people(record) and "Vaillancour" not in orgs(record), \
        describe(record)


def test_different_names_stay_apart() -> None:
    record = run("Mitsubishi Corp and Mitsui and Co agreed to build a plant in Chile.")
    names = orgs(record)
    assert len([n for n in names if n.startswith("Mitsu")]) == 2, describe(record)


# ---- a titled name with a surname particle the tagger missed -----------------------------

def test_titled_name_with_particle_is_a_person() -> None:
    record = run("The debt will be repaid over three years, Trade Minister Barend du Preez "
                 "said. Du Preez said the banks had agreed.")
    assert "Du Preez" not in orgs(record), describe(record)
    assert "Barend du Preez" in people(record), describe(record)


def test_particle_without_a_title_makes_no_person() -> None:
    record = run("The plant near Porto do Sul will be built by a Swiss firm.")
    assert not people(record), describe(record)


# ---- one name the wire wrapped over a line -----------------------------------------------

def test_name_wrapped_over_a_line_is_one_person() -> None:
    record = run("NICOSIA, Oct 2 - Iraq's deputy premier Ali Hassan\nTaha Yassin on Tuesday "
                 "called the Iranian attacks on its\nports an escalation.",
                 published="1987-10-02")
    names = set(people(record))
    assert "Ali Hassan Taha Yassin" in names, describe(record)
    assert "Ali Hassan" not in names and "Taha Yassin" not in names, describe(record)


def test_two_people_on_two_lines_of_a_list_stay_two() -> None:
    record = run("The talks were attended by Foreign Minister Hans Berger,\nTrade Minister "
                 "Karl Huber and their aides.")
    names = set(people(record))
    assert not any("Berger" in n and "Huber" in n for n in names), describe(record)


# ---- a counterpart holds the office of the one he is the counterpart of ------------------

def roles_of(record: Record, name: str) -> list[str]:
    return [r.title for a in record.actors if a.name == name for r in a.roles]


def test_counterpart_takes_the_office_of_the_person_he_meets() -> None:
    record = run("Japanese Foreign Minister Taro Sato met his Korean counterpart Park Dong-jin "
                 "in Seoul on Monday.")
    assert roles_of(record, "Park Dong-jin") == ["Foreign Minister"], describe(record)
    assert people(record).get("Park Dong-jin") == "KOR", describe(record)


def test_counterpart_of_an_untitled_person_gets_no_office() -> None:
    record = run("Taro Sato met his Korean counterpart Park Dong-jin in Seoul on Monday.")
    assert roles_of(record, "Park Dong-jin") == [], describe(record)


# ---- a bureau's dateline does not make the officials of the story's state its own ------

def test_official_in_a_story_from_a_foreign_bureau_is_not_of_the_bureau_state() -> None:
    record = run("CAIRO, March 3 - Chad has rejected the IMF demand for cuts in subsidies.\n"
                 "    Finance Minister Idriss Mahamat said his government would not cut "
                 "them.\n    Chad buys most of its grain from Cameroon, Egypt and Nigeria.",
                 dateline="CAIRO")
    assert people(record).get("Idriss Mahamat") != "EGY", describe(record)


def test_official_in_a_story_about_the_bureau_state_is_its_own() -> None:
    record = run("CAIRO, March 3 - Egypt has rejected the IMF demand for cuts in subsidies.\n"
                 "    Finance Minister Idriss Mahamat said his government would not cut "
                 "them.\n    Egypt buys most of its grain from the United States.",
                 dateline="CAIRO")
    assert people(record).get("Idriss Mahamat") == "EGY", describe(record)
