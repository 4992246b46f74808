"""Officials named without a country in a story filed from a bureau: the state the story is
plainly about (a Nairobi story about Uganda), the other state of a Washington story (the US
has secretaries, not ministers), and a capital named only by its demonym ("Soviet"). Written
for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted, people

from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str) -> Record:
    return extracted(text, "1987-05-04")


def country_of(record: Record, surname: str) -> str | None:
    hits = [c for name, c in people(record).items() if name.split()[-1] == surname]
    assert hits, describe_actors(record)
    return hits[0]


def test_a_bureau_story_about_one_state_quotes_that_states_officials():
    record = run(
        "UGANDA CUTS COFFEE EXPORT PRICE\n"
        "NAIROBI, May 4 - Uganda has cut its coffee export price by ten pct, the official "
        "Uganda radio said.\n"
        "    Agriculture Minister John Okello said the cut would help Uganda keep its share "
        "of the market, which fell last year.\n"
        "    Uganda earns most of its foreign exchange from coffee.")
    assert country_of(record, "Okello") == "UGA"


def test_a_bureau_story_about_two_states_names_no_country():
    record = run(
        "UGANDA, TANZANIA DISCUSS RAIL LINK\n"
        "NAIROBI, May 4 - Uganda and Tanzania are discussing a new rail link, Tanzania "
        "radio said.\n"
        "    Transport Minister John Okello said the link would cut costs for Uganda and "
        "Tanzania alike.")
    assert country_of(record, "Okello") is None


def test_a_minister_in_a_washington_story_is_the_other_states():
    record = run(
        "U.S., PERU FAIL TO AGREE ON TEXTILES\n"
        "WASHINGTON, May 4 - The United States and Peru failed to agree on new textile "
        "quotas, U.S. officials said.\n"
        "    U.S. negotiators met Trade minister Carlos Ruiz last week, but Peru would not "
        "accept lower quotas, the officials said.")
    assert country_of(record, "Ruiz") == "PER"


def test_a_capital_named_by_its_demonym_still_speaks_for_its_officials():
    record = run(
        "SOVIETS SAY TALKS POSSIBLE\n"
        "MOSCOW, May 4 - A senior Soviet official said new talks with the United States on "
        "grain were possible this year.\n"
        "    Deputy Foreign Minister Ivan Petrov told a news conference the talks would "
        "follow a visit by U.S. officials and would cover Soviet grain purchases and Soviet "
        "fishing rights.")
    assert country_of(record, "Petrov") == "SUN"


def test_a_story_naming_the_bureaus_state_too_seldom_gives_no_country():
    # one demonym is too little to say the story is about the capital's state, and the
    # other state named is no bureau's subject either
    record = run(
        "SOVIETS SAY TALKS POSSIBLE\n"
        "MOSCOW, May 4 - New talks with the United States on grain were possible this year, "
        "a senior official said.\n"
        "    Deputy Foreign Minister Ivan Petrov told a news conference the talks would "
        "follow a visit by U.S. officials.")
    assert country_of(record, "Petrov") is None


@pytest.mark.parametrize("text, surname, country", [
    ("PERU CUTS DEBT PAYMENTS\n"
     "LIMA, May 4 - Peru will cut its debt payments to ten pct of export earnings, central "
     "bank president Alberto Quiroga said. Peru owes 14 billion dlrs to foreign banks and "
     "Peru's talks with the banks will resume in June.", "Quiroga", "PER"),
    ("GHANA SEEKS NEW CREDITS\n"
     "ACCRA, May 4 - Ghana is seeking 600 mln dlrs in new credits, Deputy Prime Minister "
     "Kwame Mensah said. Ghana has repaid its arrears and Ghana expects the World "
     "Bank to approve a loan in June.", "Mensah", "GHA"),
])
def test_a_quoted_head_at_home_is_his_states(text, surname, country):
    assert country_of(run(text), surname) == country


def test_an_unquoted_head_in_a_capital_story_stays_unknown():
    record = run(
        "PERU CUTS DEBT PAYMENTS\n"
        "LIMA, May 4 - Peru will cut its debt payments to ten pct of export earnings, the "
        "finance ministry said. Peru owes 14 billion dlrs, and Peru's officials met Chancellor "
        "Gerhard Klose on the debt.")
    assert country_of(record, "Klose") is None
