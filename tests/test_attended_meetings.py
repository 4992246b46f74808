"""Whoever attends a body's meeting meets the body: "to take part in a meeting of the
Inter-American Development Bank", "to attend the meetings of the World Bank and IMF" are
CONSULT 040 (multilateral) of the attendee with the body, wherever the meeting is held. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events, extracted


def _consults(text: str) -> list[tuple[str, str, set, set]]:
    return [f for f in coded_events(text) if f[0] == "CONSULT"]


@pytest.mark.model
@pytest.mark.parametrize("text, attendee, bodies", [
    ("Brazil's central bank governor Francisco Gros said he will be going next week to "
     "Washington to take part in a meeting of the Inter American Development Bank.",
     "BRA", {"Inter-American Development Bank"}),
    ("Indian Finance Minister Palaniappan Chidambaram is attending the meeting of the Asian "
     "Development Bank in Manila.", "IND", {"Asian Development Bank"}),
    ("Peruvian Finance Minister Luis Alva attended the spring meetings of the IMF and World "
     "Bank.", "PER", {"International Monetary Fund", "World Bank"}),
])
def test_an_attendee_meets_the_body(text, attendee, bodies):
    found = _consults(text)
    assert ("CONSULT", "040", {attendee}, bodies) in found, describe_events(extracted(text))
    # the city the meeting is held in hosts no visit
    assert not [f for f in found if f[1] == "042"], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The meeting of the Inter American Development Bank was postponed until June.",
    "Peruvian Finance Minister Luis Alva did not attend the spring meeting of the IMF.",
])
def test_no_attendee_no_meeting(text):
    found = [f for f in _consults(text) if "PER" in f[2] | f[3] or not f[2] | f[3]]
    assert not found, describe_events(extracted(text))
