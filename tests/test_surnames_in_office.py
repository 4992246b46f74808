"""A surname alone ("Reagan", "Mr. Reagan") names the one holder of an office that the
table of office holders knows in office on the story's day: a head of state or government
by his bare surname, any office holder after an honorific; a title before an honorific
("Secretary-General Lord X") is the person's. Not a surname of several holders, not out
of the holder's term, not in a story with no date. Sentences written for the test; nothing
here is copied from an article.
"""

from __future__ import annotations

from functools import cache

import pytest
from record_views import describe_actors, event_sides, people

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str, published: str | None = "1987-05-12") -> Record:
    return accords.extract(text, published=published, id="surnames-in-office")


@pytest.mark.parametrize("text, name, country", [
    ("Mr. Reagan told reporters he would veto the textile bill.", "Ronald Reagan", "USA"),
    ("Thatcher told parliament that the budget would cut taxes.", "Margaret Thatcher",
     "GBR"),
    ("Officials said Mr. Yeutter would raise the matter in Geneva.", "Clayton K. Yeutter",
     "USA"),
])
def test_a_surname_alone_names_the_holder_in_office(text, name, country):
    record = run(text)
    assert people(record).get(name) == country, describe_actors(record)


def test_two_heads_named_by_surname_are_both_sides_of_their_meeting():
    record = run("Reagan and Mulroney will meet in Quebec next month to discuss acid rain.")
    assert people(record).get("Ronald Reagan") == "USA", describe_actors(record)
    assert people(record).get("Brian Mulroney") == "CAN", describe_actors(record)
    sides = event_sides(record, "CONSULT")
    assert any(a | r == {"USA", "CAN"} for a, r, _ in sides), sides


def test_a_title_before_an_honorific_is_the_persons():
    record = run("NATO Secretary-General Lord Carrington said the alliance would mediate.")
    found = [a for a in record.actors if a.kind == "person" and "Carrington" in a.name]
    assert found and found[0].roles, describe_actors(record)
    assert found[0].roles[0].title == "Secretary General"


@pytest.mark.parametrize("text, published", [
    ("Reagan told reporters he would write a new book.", "1996-05-12"),  # out of office
    ("Reagan told reporters he would veto the textile bill.", None),  # no date
])
def test_no_holder_out_of_term_or_without_a_date(text, published):
    record = run(text, published)
    assert "Ronald Reagan" not in people(record), describe_actors(record)


def test_a_bare_surname_of_an_office_below_a_head_is_not_enough():
    record = run("Yeutter told reporters the talks would resume in Geneva.")
    assert not any(c == "USA" for c in people(record).values()), describe_actors(record)


def test_a_surname_the_table_does_not_hold_stays_unresolved():
    record = run("Mr. Smithers told reporters the plant would close.")
    assert not any(people(record).values()), describe_actors(record)


@pytest.mark.parametrize("text", [
    "The Reagan administration will decide on the tariffs next week.",
    "Officials in the Thatcher government said the plan was dead.",
])
def test_a_surname_naming_a_government_is_no_person(text):
    record = run(text)
    assert not people(record), describe_actors(record)
