"""An instrument the article takes as known and standing ("Japan's violations of the
semiconductor pact") is in force; one it introduces with its sides ("the recent agreement
between A and B", "an agreement with B") has at least been agreed. Texts written for the
test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


@pytest.mark.model
def test_a_known_pact_named_with_no_act_is_in_force():
    record = extracted("Brazilian and Argentine officials reviewed the Brazil-Argentina "
                       "nuclear pact in Brasilia on Monday.")
    statuses = {g.status for g in record.agreements}
    assert statuses == {"in_force"}, describe_agreements(record)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Officials praised the recent agreement between Chile and Peru on fishing rights.",
    "Chile announced an agreement with Peru on fishing rights.",
])
def test_an_agreement_introduced_with_its_sides_has_been_agreed(text):
    record = extracted(text)
    assert {g.status for g in record.agreements} == {"agreed"}, describe_agreements(record)
