"""An instrument a side keeps to, honours, complies with or fails to keep is one that binds
already: its status is in force, asserted, whatever act on it the sentence recalls ("the
treaty it signed two years ago"), and the day of keeping to it is not its date. Texts written
for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


def _only(text):
    record = extracted(text)
    assert len(record.agreements) == 1, describe_agreements(record)
    return record, record.agreements[0]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "OTTAWA, May 3 - Canada said France has not complied with the fisheries treaty it "
    "signed with Ottawa two years ago.",
    "OTTAWA, May 3 - Canada said it would impose duties because France failed to keep an "
    "agreement to limit its catch of cod.",
])
def test_a_kept_instrument_is_in_force(text):
    record, g = _only(text)
    assert (g.status, g.modality) == ("in_force", "asserted"), describe_agreements(record)
    assert set(g.countries) == {"CAN", "FRA"}, describe_agreements(record)


@pytest.mark.model
def test_keeping_to_it_does_not_date_it():
    record, g = _only("OTTAWA, May 3 - Canada said France was living up to its fishing pact "
                      "with Canada.")
    assert g.status == "in_force" and g.date is None, describe_agreements(record)


@pytest.mark.model
def test_a_pact_signed_and_then_abided_by_keeps_its_signing():
    record, g = _only("OTTAWA, May 3 - Canada and France signed a fishing accord on Saturday. "
                      "Canada said on Sunday that both countries would abide by the accord.")
    assert g.status == "signed", describe_agreements(record)
