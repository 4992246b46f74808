"""An officer named with the firm or national body he serves ("X, chairman of Petrobras",
"X, director general of the Knesset") is of that body's country. Written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted, people

from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str) -> Record:
    return extracted(text, "1987-05-04")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Carlos Ruiz, chairman of Petrobras, said the field would be developed with Shell.",
         "BRA"),
        ("Carlos Ruiz, director general of the Knesset, said the vote would be held.", "ISR"),
    ],
)
def test_an_officer_of_a_body_is_of_its_country(text, iso):
    record = run(text)
    assert people(record).get("Carlos Ruiz") == iso, describe_actors(record)


def test_an_officer_of_a_body_with_no_country_gets_none():
    record = run("Carlos Ruiz, chairman of the board, said the plant would close.")
    assert people(record).get("Carlos Ruiz") is None, describe_actors(record)


@pytest.mark.parametrize(
    ("text", "title", "iso"),
    [
        ("Bank of Zambia general manager Carlos Ruiz said the kwacha would float.",
         "General Manager", "ZMB"),
        ("Brazil's central bank president Carlos Ruiz said reserves had fallen.",
         "Central Bank President", "BRA"),
    ],
)
def test_offices_of_state_banks_and_firms_are_titles(text, title, iso):
    record = run(text)
    person = next((a for a in record.actors if a.name == "Carlos Ruiz"), None)
    assert person is not None, describe_actors(record)
    assert (person.country, [r.title for r in person.roles]) == (iso, [title])
