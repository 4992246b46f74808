"""What talks or a meeting are meant for, named by a verb of purpose ("a meeting which was
designed to help break the deadlock", "the talks were aimed at resolving the dispute"), is not
agreed by holding them: the meeting is the event, not an AGREE. A plan meant to do something,
and an agreeing to it, keep theirs. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _agree(found):
    return [f for f in found if f[0] == "AGREE"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Spain chaired a joint meeting of EC ministers which was designed to help break a "
    "deadlock over the farm package.",
    "BRUSSELS, June 15 - Reform of the farm policy will have to go to a summit, Belgian "
    "minister Jan Peeters said today.\n    Peeters was speaking after chairing a joint "
    "meeting of EC finance ministers which was designed to help break a deadlock over the "
    "farm price package.",
    "Talks between Chile and Peru were aimed at resolving the dispute over the border.",
])
def test_the_purpose_of_a_meeting_is_not_agreed(text):
    found = coded_events(text)
    assert not _agree(found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile and Peru agreed to settle the border dispute.",
    "Chile's plan was designed to break the deadlock with Peru.",
])
def test_an_agreeing_or_a_plan_keeps_its_event(text):
    found = coded_events(text)
    assert _agree(found), found
