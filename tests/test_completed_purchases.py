"""A purchase done ("said it had bought all of Germany's X", "was sold to a US group") is a
deal concluded between the firms, coded like a signing (SUPPORT 057, status signed); one still
to come ("will buy", "agreed a takeover by") stays agreed. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


@pytest.mark.model
def test_a_purchase_done_is_a_concluded_deal():
    record = extracted("Swiss drugmaker Rocher AG said it had bought German drug maker "
                       "Kessel Pharma GmbH for 5 billion euros.")
    assert [a.status for a in record.agreements] == ["signed"], record.agreements
    assert any(e.cameo == "057" for e in record.events), record.events


@pytest.mark.model
def test_a_purchase_to_come_stays_agreed():
    record = extracted("Swiss drugmaker Rocher AG will buy German drug maker Kessel Pharma "
                       "GmbH for 5 billion euros.")
    assert record.agreements, record
    assert all(a.status != "signed" for a in record.agreements), record.agreements
