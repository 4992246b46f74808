"""A loan or grant a lender approves or grants for a borrower is aid given (AID 071), coded
once: not also an agreeing (AGREE 0311) of the loan agreed. A loan agreement signed stays a
signing. Written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_events, extracted

from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str) -> Record:
    return extracted(text, "1987-05-04")


def coded(record: Record) -> list[tuple[str, str, set, set]]:
    names = {a.id: a.name for a in record.actors}
    return [(e.event, e.cameo, {names[k] for k in e.actor}, {names[k] for k in e.recipient})
            for e in record.events]


@pytest.mark.parametrize("verb", ["approved", "granted"])
def test_a_loan_approved_for_a_state_is_aid_only(verb):
    record = run(f"The Asian Development Bank said it had {verb} a 60 mln dlr loan for "
                 "Nepal to build rural roads.")
    events = coded(record)
    assert events == [("AID", "071", {"Asian Development Bank"}, {"Nepal"})], \
        describe_events(record)


def test_a_loan_extended_is_one_aid_event():
    record = run("The Asian Development Bank extended a 60 mln dlr loan to Nepal for road "
                 "building.")
    assert [e[:2] for e in coded(record)] == [("AID", "071")], describe_events(record)


def test_a_loan_agreement_signed_is_a_signing():
    record = run("Japan and Egypt signed a 30 billion yen loan agreement for power plants.")
    assert [e[:2] for e in coded(record)] == [("SUPPORT", "057")], describe_events(record)
