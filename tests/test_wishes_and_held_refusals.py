"""Two ways news states a demand or a threat without its usual verb, on sentences written for
these tests: a wish that another side act ("would like Chile to open its market"), which
asks that side to act (PLOVER REQUEST), and a refusal held out on another side's act
("would not agree to a new loan unless Peru cuts its deficit", "would suspend payments if
the Swiss banks did not ease the terms"), which threatens that side (PLOVER THREATEN, CAMEO
131).

The negative cases check that a wish for one's own act, a wish about a thing, a refusal
with no condition, a condition that names no side and a denied objection stay as they were.
"""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model

PUBLISHED = "1992-09-08"


@cache
def run(text: str) -> Record:
    return accords.extract(text, published=PUBLISHED, id="wishes-held-refusals-test")


def events(record: Record, kind: str) -> list[tuple[set, set, str]]:
    def names(keys: list[str]) -> set:
        return {record.actor(a).country or record.actor(a).name for a in keys}

    return [(names(e.actor), names(e.recipient), e.cameo) for e in record.events
            if e.event == kind]


# ---- a wish that another side act asks it to --------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Italy would like Chile to open its market to European wine.", "ITA", "CHL"),
    ("Dutch banks would like Peru to work more closely with the World Bank.", "NLD", "PER"),
    ("Greece would prefer Turkey to withdraw its survey ship from the Aegean.", "GRC", "TUR"),
])
def test_wish_that_another_side_acts_is_a_request(text, source, target):
    found = events(run(text), "REQUEST")
    assert any(source in s and target in t for s, t, _ in found), found


@pytest.mark.parametrize("text", [
    "Italy would like to open its market to Chilean wine.",   # its own act
    "Italy would like the talks with Chile to succeed.",      # a thing, not a side
])
def test_wish_without_another_side_asked_is_no_request(text):
    assert events(run(text), "REQUEST") == []


# ---- a refusal held out on another side's act threatens it ------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Canada would not agree to a new loan for Peru unless Peru cut its budget deficit.",
     "CAN", "PER"),
    ("Brazil said it would suspend interest payments if the Swiss banks did not grant a new "
     "loan.", "BRA", "CHE"),
])
def test_refusal_on_a_condition_is_a_threat(text, source, target):
    record = run(text)
    found = events(record, "THREATEN")
    assert any(source in s and target in t and c == "131" for s, t, c in found), found
    assert not any(source in s and target in t for s, t, _ in events(record, "REJECT"))


@pytest.mark.parametrize("text", [
    # no condition: a plain refusal (or nothing), no threat
    "Brazil suspended interest payments to the Swiss banks.",
    # the condition names no side
    "Canada would not agree to an increase in its contribution unless reforms were made.",
    # a denied objection refuses nothing
    "The United States would not object if Mexico raised its tariffs on steel.",
])
def test_no_threat_without_a_refusal_held_out_on_a_side(text):
    assert events(run(text), "THREATEN") == []
