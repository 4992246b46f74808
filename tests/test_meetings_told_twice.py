"""One meeting told twice, by its sides and by its people, is one event; a summit held
abroad is no talks with its hosts; officials "from major nations" are of no one state.
Texts written for the test."""

from __future__ import annotations

from functools import cache

import pytest
from record_views import describe_events

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str, dateline: str | None = None) -> Record:
    return accords.extract(text, published="1987-05-04", dateline=dateline, id="test")


def meetings(record: Record) -> list[tuple[str, set]]:
    names = {a.id: a.country or a.name for a in record.actors}
    return [(e.cameo, {names[x] for x in e.actor + e.recipient})
            for e in record.events if e.event == "CONSULT" and e.cameo in ("040", "046")]


# --- one meeting, told by its sides and then by its people -----------------------------------


@pytest.mark.parametrize("text", [
    "A World Bank mission held talks with Kenyan finance officials on Monday to discuss "
    "Kenya's loan requests. The mission, led by World Bank director Paul Harwood, met Kenyan "
    "Finance Minister George Saitoti.",
    "Peru, which is attending the OPEC meeting this week, is unlikely to change its stance. "
    "Peruvian Energy Minister Jorge Castro is attending the OPEC meeting as an observer.",
])
def test_one_meeting_told_twice_is_one(text):
    record = run(text)
    assert len(meetings(record)) == 1, describe_events(record)


def test_two_meetings_of_one_pair_with_different_people_stay_two():
    text = ("Canadian Foreign Secretary Joe Clark met Treasury Secretary James Baker on "
            "Tuesday. On Monday Clark held talks with Secretary of State George Shultz. The "
            "meetings with American officials were part of a routine U.S.-Canada "
            "consultation.")
    record = run(text)
    assert len(meetings(record)) >= 2, describe_events(record)


def test_a_meeting_with_people_and_a_negotiation_of_the_states_stay_two():
    text = ("The report contrasts with statements last month after talks between Deputy "
            "Iranian Finance Minister Mehdi Navvab and French Finance Minister Edouard "
            "Balladur. Negotiations between France and Iran on the loan began in 1986.")
    record = run(text)
    assert len(meetings(record)) == 2, describe_events(record)


# --- a summit abroad, officials of many states ----------------------------------------------


def test_a_summit_abroad_is_no_talks_with_the_hosts():
    text = "West Germany will stand firm at next week's economic summit in Venice."
    record = run(text)
    assert not [e for e in record.events if e.event == "CONSULT"], describe_events(record)


def test_talks_abroad_are_still_talks_with_the_hosts():
    text = "West German Chancellor Helmut Kohl held talks in Rome on Monday."
    record = run(text)
    names = {a.id: a.country for a in record.actors}
    assert any(e.cameo == "042" and {names[x] for x in e.recipient} == {"ITA"}
               for e in record.events), describe_events(record)


def test_officials_from_many_nations_are_not_the_datelines():
    text = ("At a meeting this week in Paris, senior officials from major nations are "
            "considering a report on the trade surplus.")
    record = run(text, "TOKYO")
    assert not [e for e in record.events if e.event == "CONSULT"], describe_events(record)
