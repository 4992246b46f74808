"""Aid is given by whoever its "from" phrase names: a borrower that "received a loan from" a
lender, or paid for something "with a credit from" it, is the recipient, not the giver; and a
compound bundle ("a loan package") is the aid its first noun names. Such a loan is the aid
given (AID 071), not an agreeing between the sides. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana has received a 120 mln dlr loan from the World Bank.",
    "Ghana obtained a new loan of 80 mln dlrs from the World Bank last week.",
    "Ghana has repaid its debts to Nigeria with a 50 mln dlr loan from the World Bank.",
])
def test_the_lender_gives_the_loan_received(text):
    found = coded_events(text)
    assert ("AID", "071", {"World Bank"}, {"GHA"}) in found, found
    assert not [f for f in found if f[0] == "AGREE"], found


@pytest.mark.model
def test_a_loan_package_approved_for_a_state_is_aid():
    found = coded_events("The IMF on Monday approved an 18-month loan package for Peru.")
    assert ("AID", "071", {"International Monetary Fund"}, {"PER"}) in found, found
    assert not [f for f in found if f[0] == "AGREE"], found
