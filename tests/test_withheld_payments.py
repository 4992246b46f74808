"""A debtor that suspends, stops or halts its payments to its creditors refuses economic
cooperation (REJECT 1211), as the gold files code it; the dictionary's "suspend" cuts
relations (SANCTION 16x). Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru suspended interest payments on its foreign debt to its creditor banks.",
    "Chile has halted repayments to its creditor banks.",
    "Ecuador said it had to suspend payments to its foreign creditor banks.",
])
def test_payments_withheld_refuse_cooperation(text):
    found = coded_events(text)
    assert [f[:2] for f in found] == [("REJECT", "1211")], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru suspended talks with its creditor banks.",
    "Peru suspended its ambassador to Chile.",
])
def test_other_things_suspended_are_no_payment_refusal(text):
    found = coded_events(text)
    assert not [f for f in found if f[1] == "1211"], found
