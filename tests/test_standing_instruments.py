"""An instrument the article takes as standing, with no act of concluding it reported, is in
force: one with a year of its own ("a May 1985 accord", "the 1979 fisheries treaty"), or one
a side owns ("its trade pact with Canada"), whatever is said of what was done under it
(complied with it, tried to honour it). A relative clause whose pronoun sits in a
preposition ("under which both sides agreed to ...") says what the instrument provides, not
an act on it. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mexico said it has complied with its fishing agreement with the United States.",
    "Brazil told Argentina it had tried to live up to a May 1985 agreement to open its "
    "markets to Argentine wheat.",
    "Norway said Iceland had fished under the 1979 fisheries treaty under which both "
    "countries agreed to share the catch.",
])
def test_a_standing_instrument_is_in_force(text):
    record = extracted(text)
    assert len(record.agreements) == 1, describe_agreements(record)
    assert record.agreements[0].status == "in_force", describe_agreements(record)
    assert record.agreements[0].modality == "asserted", describe_agreements(record)


@pytest.mark.model
def test_an_agreement_introduced_between_two_sides_is_agreed():
    record = extracted("An agreement between Chile and Peru on fishing rights gives each "
                       "country access to the other's waters.")
    assert [g.status for g in record.agreements] == ["agreed"], describe_agreements(record)
