"""A body's meeting that the lead only talks about is no meeting of the story: the thing
another noun is of ("a boycott of the bank's annual meeting", "a dim view of the cartel's
meeting") or the subject of a verb that is not its taking place ("the summit offers a chance
to ..."). A meeting the lead reports held ("ministers met for a summit", "the meeting opened")
stays. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _body_meetings(text: str) -> list:
    return [f for f in coded_events(text) if f[0] == "CONSULT" and f[1] == "040"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Last year's dispute over its seat led to a Malaysian boycott of the Asian Development "
    "Bank's annual meeting in Tokyo, officials said.",
    '"We take a dim view of the OPEC meeting in Geneva," the minister said on Monday.',
    "This week's OPEC meeting in Vienna provides a chance to review the price accord, Kuwait's "
    "oil minister said.",
    "The coming NATO summit in Madrid gives the allies a forum to settle the dispute, officials "
    "said.",
])
def test_a_meeting_only_talked_about_is_no_event(text):
    assert not _body_meetings(text), coded_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ministers of the Organization of American States met in Lima for an OAS summit on "
    "Monday.",
    "The Asian Development Bank held its annual meeting in Manila on Monday.",
    "The Organization of American States ended its annual meeting in Lima on Monday without "
    "agreement on the budget.",
])
def test_a_meeting_reported_held_stays(text):
    assert _body_meetings(text), coded_events(text)
