"""Who meets, and what a meeting is: officials named by a mix of demonyms and country names
("Japanese and U.S. officials", "Italian and Swiss negotiators") are each state's side; a
meeting's purpose ("met to settle the row", "are meeting to try to end the dispute") is
its aim, not an act agreed; a custom ("officials normally meet in the spring") is no act.
Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _meetings(text):
    return [f for f in coded_events(text) if f[0] == "CONSULT"]


@pytest.mark.model
@pytest.mark.parametrize("text, sides", [
    ("Italian and U.S. officials met in Rome on Tuesday.", {"ITA", "USA"}),
    ("U.S. and Mexican officials held talks in Washington on Friday.", {"USA", "MEX"}),
    ("Italian and Swiss negotiators are meeting in Geneva.", {"ITA", "CHE"}),
])
def test_each_named_state_is_a_side(text, sides):
    meetings = _meetings(text)
    assert len(meetings) == 1, coded_events(text)
    assert meetings[0][2] | meetings[0][3] == sides, coded_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Italy and Switzerland met on Tuesday to settle their row over transit fees.",
    "Italian and Swiss negotiators are meeting to try to end the dispute over transit fees.",
])
def test_the_aim_of_a_meeting_is_not_agreed(text):
    events = coded_events(text)
    assert [f[0] for f in events] == ["CONSULT"], events


@pytest.mark.model
def test_a_custom_is_no_act():
    text = "Italian and Swiss officials normally meet in the spring to review transit fees."
    assert _meetings(text) == [], coded_events(text)
