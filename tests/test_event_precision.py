"""Events read from held-out news that named no second side, or a side that only the topic
names. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile wants to reduce its budget deficit this year.",
    "Peru is prepared to raise its interest rates, the central bank governor said.",
    "The Austrian government intends to keep tight control of its railways.",
])
def test_an_intent_toward_no_other_side_is_no_event(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] == "AGREE"], found


@pytest.mark.model
@pytest.mark.parametrize("text, other", [
    ("Norway is willing to send medical supplies to help rebuild Nicaragua.", "NIC"),
    ("The Swiss firm aims to build a chemical plant with a state company in Ghana.", "GHA"),
    ("Egypt is ready to withdraw its troops from Libya.", "LBY"),
])
def test_an_intent_that_names_another_side_stays(text, other):
    found = coded_events(text)
    assert any(f[0] == "AGREE" and other in f[2] | f[3] for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    '"The Frankfurt exchange offers Indian companies a listing in Europe," a spokesman said.',
    '"Kenya Airways offers German tourists cheap flights to Mombasa," its chairman said.',
])
def test_what_is_on_offer_in_reported_speech_is_no_act(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] in ("AGREE", "AID", "COOPERATE")], found
