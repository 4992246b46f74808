"""A verb and a noun of the same sentence often tell one meeting ("Speaking to the committee's
meeting, the minister said"): one event, whichever of them makes someone the host. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_events, extracted


@pytest.mark.model
def test_a_meeting_told_by_a_verb_and_a_noun_is_one_event():
    record = extracted("Speaking to the World Bank's development committee meeting, Peru's "
                       "finance minister Gustavo Saberbein said prices had collapsed.")
    meetings = [e for e in record.events if e.event == "CONSULT"]
    assert len(meetings) <= 1, describe_events(record)
