"""Negotiating is CAMEO 046 (CONSULT), not the diplomatic cooperation (050) the verb dictionary
files "negotiate with" under; "negotiated the purchase of" concludes a deal and is left to the
agreement coder; "the banks" after "creditor banks" are those creditors. Texts written for the
test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events, extracted


@pytest.mark.model
def test_negotiating_with_a_state_is_a_negotiation():
    found = coded_events("Chile is negotiating with Bolivia over access to the sea.")
    assert ("CONSULT", "046", {"CHL"}, {"BOL"}) in found, found


@pytest.mark.model
def test_negotiating_a_purchase_is_no_negotiation_event():
    found = coded_events("Polish airline LOT has negotiated the purchase of six new Airbus jets.")
    assert not [f for f in found if f[1] == "046"], found


@pytest.mark.model
def test_the_banks_after_creditor_banks_are_the_creditors():
    text = ("Ecuador said creditor banks were delaying a deal on its debt. Ecuador said it "
            "was negotiating with the banks.")
    record = extracted(text)
    names = {a.id: a.name for a in record.actors}
    assert any(e.cameo == "046" and any("banks" in names[x].lower() for x in e.recipient)
               for e in record.events), describe_events(record)
