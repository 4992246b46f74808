"""Meetings and visits the coder used to miss: talks with a state's lending banks (a group of
no state: "negotiating with New York bankers", "talks with its bank advisory committee"); a
trip told by "come" ("is coming here next week") or by a group travelling for whoever leads
it ("will head a team going to Brasilia"); a meeting in a phrase that sets the scene of a
denied act ("in meetings with X he had not asked for ..."); and two visits of one sentence,
one each way. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events, extracted

import accords


def _consults(text: str) -> list[tuple[str, str, set, set]]:
    return [f for f in coded_events(text) if f[0] == "CONSULT"]


def _states(found) -> list[set]:
    """The states among each event's sides (a side of no state shows its name)."""
    return [{x for x in f[2] | f[3] if len(x) == 3 and x.isupper()} for f in found]


@pytest.mark.model
@pytest.mark.parametrize("text, state", [
    ("Argentina is negotiating with New York bankers for 2 billion dlrs in new loans.", "ARG"),
    ("Peru's finance minister Luis Alva said after talks with the country's bank advisory "
     "committee that an accord was near.", "PER"),
    ("Chile's negotiations with its 12-bank advisory committee resumed in March.",
     "CHL"),
    ("Finance Minister Jose Gomez of Brazil met the major creditor banks in New York "
     "yesterday.", "BRA"),
])
def test_talks_with_lending_banks(text, state):
    found = _consults(text)
    # the banks are a side of no state: not the United States, where they sit
    assert {state} in _states(found), describe_events(extracted(text))
    assert not any("USA" in s for s in _states(found)), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "U.S. bankers said the loan to Mexico was not at risk.",
    "Some foreign bankers say Japan's rules give its banks an unfair advantage.",
    "The central banks of the Group of Five intervened in the markets.",
])
def test_banks_that_are_no_partner_meet_no_one(text):
    assert not _consults(text), describe_events(extracted(text))


@pytest.mark.model
def test_coming_here_is_a_visit():
    text = ("BRASILIA, April 2 - French Foreign Minister Jean Dupont is coming here next week "
            "to discuss the trade dispute.")
    record = accords.extract(text, published="1987-04-02", dateline="BRASILIA", id="test")
    found = [e for e in record.events if e.event == "CONSULT"]
    names = {a.id: a.country or a.name for a in record.actors}
    assert any(e.cameo == "042" and {names[x] for x in e.actor} == {"FRA"} and
               {names[x] for x in e.recipient} == {"BRA"} for e in found), \
        describe_events(record)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "French Foreign Minister Jean Dupont will come to Brazil next week.",
    "French trade officials will be coming to Brazil next week to discuss the row.",
])
def test_coming_to_a_state_is_a_visit(text):
    found = _consults(text)
    assert ("CONSULT", "042", {"FRA"}, {"BRA"}) in found, describe_events(extracted(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The opposition came to power in Brazil last year.",
    "France came to Brazil's aid with a large loan.",
    "France came up with a new plan for Brazil.",
])
def test_coming_to_no_place_is_no_visit(text):
    found = [f for f in _consults(text) if f[1] == "042"]
    assert not found, describe_events(extracted(text))


@pytest.mark.model
def test_a_team_travels_for_its_leader():
    text = ("French Foreign Minister Jean Dupont will lead a delegation going to Brazil next "
            "week.")
    record = extracted(text)
    names = {a.id: a.country or a.name for a in record.actors}
    visits = [e for e in record.events if e.cameo == "042"]
    assert any({names[x] for x in e.actor} == {"FRA"} and
               {names[x] for x in e.recipient} == {"BRA"} and e.modality == "future"
               for e in visits), describe_events(record)


@pytest.mark.model
def test_reporters_travelling_visit_for_no_one():
    text = "Dozens of reporters travelling to Brazil with the minister were delayed."
    assert not [f for f in _consults(text) if f[1] == "042"], describe_events(extracted(text))


@pytest.mark.model
@pytest.mark.parametrize("text, sides", [
    ("Soviet Foreign Minister Eduard Shevardnadze said that in meetings with President "
     "Reagan he had not asked for new concessions.", {"SUN", "USA"}),
    ("In a visit to Tokyo, French Foreign Minister Jean Dupont did not mention the dispute.",
     {"FRA", "JPN"}),
])
def test_a_meeting_framing_a_denied_act_was_held(text, sides):
    record = extracted(text)
    names = {a.id: a.country or a.name for a in record.actors}
    found = [e for e in record.events if e.event == "CONSULT" and
             {names[x] for x in e.actor + e.recipient} >= sides]
    assert found and all(e.modality == "asserted" for e in found), describe_events(record)


@pytest.mark.model
def test_a_meeting_not_attended_is_none():
    text = "French Foreign Minister Jean Dupont did not take part in the talks with Brazil."
    assert not _consults(text), describe_events(extracted(text))


@pytest.mark.model
def test_two_visits_one_each_way():
    text = ("Officials said a visit to Paris by Japanese trade officials and a visit to Tokyo "
            "by a senior French official were planned.")
    found = _consults(text)
    assert ("CONSULT", "042", {"JPN"}, {"FRA"}) in found, found
    assert ("CONSULT", "042", {"FRA"}, {"JPN"}) in found, found
