"""Officials the text names otherwise than the officials table: a transliteration, a short
form of a given name, a middle name left out, a misspelt surname, or a surname alone with the
office in a story with no date. Each must still find the holder's country, and only for a
titled person whose office agrees. Sentences written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted, people

from accords.gazetteer import get_gazetteer
from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str, published: str | None = None) -> Record:
    return extracted(text, published)


def country_of(record: Record, surname: str) -> str | None:
    hits = [c for name, c in people(record).items() if name.split()[-1] == surname]
    assert hits, describe_actors(record)
    return hits[0]


@pytest.mark.parametrize(
    ("text", "surname", "iso"),
    [
        # a middle name the table holds and the text leaves out
        ("President Ali Khamenei told a rally on Friday that the talks would go on.",
         "Khamenei", "IRN"),
        # a transliterated given name (Konstantinos in the table)
        ("Prime Minister Constantine Mitsotakis said on Monday the budget would be cut.",
         "Mitsotakis", "GRC"),
        # a short form of the given name (Yuriy in the table)
        ("Natural Resources Minister Yuri Trutnev said the licences would be reviewed.",
         "Trutnev", "RUS"),
        # a misspelt surname
        ("Prime Minister Andreas Papanderou said the bases would stay for now.",
         "Papanderou", "GRC"),
    ],
)
def test_a_titled_official_spelt_otherwise_keeps_the_holders_country(text, surname, iso):
    assert country_of(run(text), surname) == iso


def test_a_surname_with_its_office_in_a_story_with_no_date():
    record = run("President Chavez said the oil levy would rise next year.")
    assert country_of(record, "Chavez") == "VEN"


def test_an_untitled_name_gets_no_country_from_a_near_namesake():
    # no office in the text: a near spelling of a minister's name is not evidence enough
    record = run("Andreas Papanderou, a shipping broker, said rates would rise.")
    assert country_of(record, "Papanderou") is None


def test_near_names_need_one_exact_part():
    gz = get_gazetteer()
    assert {f["country"] for f in gz.officials_like("Constantine Mitsotakis")} == {"GRC"}
    # neither the given name nor the surname is the table's: no match
    assert gz.officials_like("Konstantin Mitsotakes") == []
    # a one-word name is not matched by spelling at all
    assert gz.officials_like("Mitsotakis") == []


def test_initials_without_their_stops_find_the_holder():
    gz = get_gazetteer()
    assert {f["country"] for f in gz.officials("George W Bush")} == \
        {f["country"] for f in gz.officials("George W. Bush")} == {"USA"}


def test_an_office_held_as_by_the_subject_before_the_comma_is_not_the_next_names():
    record = run("Bush will take a softer line as he begins his second term as US President, "
                 "Tony Blair has said.", published="2005-01-20")
    assert country_of(record, "Blair") == "GBR"
