""""Is due to fly to Moscow", "is likely to visit": adjectives that only say when or how
surely their complement happens leave its subject with "is", so the traveller is the subject
of the sentence and the act is still to come. Adjectives of intent ("is willing to send") keep
their own coding as an intent. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, extracted


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Indian Foreign Minister Rao Sen is due to fly to Tokyo next week.",
    "Indian Foreign Minister Rao Sen is likely to travel to Tokyo next week.",
])
def test_a_trip_due_or_likely_is_a_future_visit(text):
    record = extracted(text)
    visits = [e for e in record.events if e.cameo == "042"]
    assert visits and visits[0].modality == "future", record.events
    assert ("CONSULT", "042", {"IND"}, {"JPN"}) in coded_events(text), coded_events(text)


@pytest.mark.model
def test_willing_to_send_stays_an_intent():
    found = coded_events("Norway is willing to send equipment to help defend Kenya, its "
                         "foreign minister said.")
    assert [f[0] for f in found] == ["AGREE"], found
