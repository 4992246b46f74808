"""Officials: the whole office a text gives a person, and the country it tells. Texts written
for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


def _titles(text: str, name: str) -> list[str]:
    record = extracted(text)
    for actor in record.actors:
        if actor.kind == "person" and actor.name == name:
            return [r.title.lower() for r in actor.roles]
    raise AssertionError([(a.kind, a.name) for a in record.actors])


@pytest.mark.model
@pytest.mark.parametrize("text,name,title", [
    ("Kenyan Foreign Ministry spokesman Peter Odhiambo said the talks would resume.",
     "Peter Odhiambo", "foreign ministry spokesman"),
    ("U.S. Assistant Special Trade Representative Mark Dalton arrived in Ottawa on Monday.",
     "Mark Dalton", "assistant special trade representative"),
    ("Canadian Trade and Industry Secretary Anne Moreau met Mexican officials on Friday.",
     "Anne Moreau", "trade and industry secretary"),
    ("The delegation met Finance Ministry secretary Carlos Ribeiro in Lisbon on Monday.",
     "Carlos Ribeiro", "finance ministry secretary"),
])
def test_the_words_that_qualify_an_office_are_part_of_it(text, name, title):
    assert title in _titles(text, name)


@pytest.mark.model
def test_two_offices_joined_by_and_stay_two():
    titles = _titles("Deputy Prime Minister and Foreign Minister Ali Rahman flew to Cairo on"
                     " Monday.", "Ali Rahman")
    assert "deputy prime minister" in titles and "foreign minister" in titles, titles


@pytest.mark.model
def test_a_plural_title_is_each_listed_name_s_with_the_state_they_sit_for():
    record = extracted("The envoy met Republican Sens. Walter Brennan of Ohio, Maria Lopez of"
                       " Arizona and Samuel Price of Georgia on Tuesday.")
    people = {a.name: a for a in record.actors if a.kind == "person"}
    for name in ("Walter Brennan", "Maria Lopez", "Samuel Price"):
        assert [r.title for r in people[name].roles] == ["Senator"], people[name]
        assert people[name].country == "USA", people[name]


@pytest.mark.model
def test_a_singular_title_is_only_the_first_name_s():
    record = extracted("Finance Minister Omar Haddad and Leila Karim, a banker, met in Tunis"
                       " on Monday.")
    people = {a.name: a for a in record.actors if a.kind == "person"}
    assert "Finance Minister" not in [r.title for r in people["Leila Karim"].roles], \
        people["Leila Karim"]


@pytest.mark.model
@pytest.mark.parametrize("text,name,title,country", [
    ("The talks were useful, said Pedro Alvarez, Chile's deputy prime minister.",
     "Pedro Alvarez", "deputy prime minister", "CHL"),
    ("Janez Novak, also a Deputy Prime Minister, said on Monday the talks had failed.",
     "Janez Novak", "deputy prime minister", None),
])
def test_an_office_in_apposition_after_the_name(text, name, title, country):
    record = extracted(text)
    person = next(a for a in record.actors if a.kind == "person" and a.name == name)
    assert title in [r.title.lower() for r in person.roles], person
    if country:
        assert person.country == country, person
