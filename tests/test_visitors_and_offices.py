"""A person called "visiting" in a story filed from a capital is on a visit there, also where
the parser hangs the word on the clause before the name; an office "for" a capitalised
portfolio is a title that carries the country before it. Written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, describe_events, extracted

from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str) -> Record:
    return extracted(text, "1987-05-04")


def visits(record: Record) -> list[tuple[set, set]]:
    c = {a.id: a.country for a in record.actors}
    return [({c[k] for k in e.actor}, {c[k] for k in e.recipient})
            for e in record.events if e.cameo == "042"]


def test_a_visiting_official_named_in_a_dateline_story_visits_its_state():
    record = run("TOKYO, May 4 - Visiting U.S. Trade Representative Clayton Yeutter told "
                 "Japanese officials that Japan must open its rice market.")
    assert ({"USA"}, {"JPN"}) in visits(record), describe_events(record)


def test_visiting_hung_on_the_clause_before_still_makes_the_name_a_visitor():
    record = run("TOKYO, May 4 - The U.S. wants Japan to end import controls, visiting U.S. "
                 "Under-Secretary of State Allen Wallis told Japanese businessmen.")
    assert ({"USA"}, {"JPN"}) in visits(record), describe_events(record)


def test_visiting_reporters_are_no_visit_of_the_subject():
    record = run("TOKYO, May 4 - Visiting Hong Kong reporters said Japan must open its "
                 "rice market.")
    assert visits(record) == [], describe_events(record)


@pytest.mark.parametrize(
    ("text", "name", "title", "iso"),
    [
        ("U.S. Under-Secretary of State for Economic Affairs Allen Wallis said the talks "
         "went well.", "Allen Wallis", "Under Secretary of State for Economic Affairs", "USA"),
        ("British Minister for Overseas Trade Alan Clark said exports rose.", "Alan Clark",
         "Minister for Overseas Trade", "GBR"),
    ],
)
def test_an_office_for_a_portfolio_is_a_title(text, name, title, iso):
    record = run(text)
    person = next((a for a in record.actors if a.name == name), None)
    assert person is not None, describe_actors(record)
    assert (person.country, [r.title for r in person.roles]) == (iso, [title])


def test_for_and_lower_case_words_after_an_office_are_no_portfolio():
    record = run("The minister for two years Alan Clark said exports rose.")
    person = next((a for a in record.actors if a.name == "Alan Clark"), None)
    assert person is not None and not person.roles, describe_actors(record)
