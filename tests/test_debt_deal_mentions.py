"""How news names a debtor's deal with its lenders in passing. A relative clause in which the
instrument does something ("an agreement that will extend a moratorium") tells what it does,
not that it was extended; two mentions named only by the debt they settle ("a rescheduling
agreement with its creditors" ... "a debt accord reached with its creditor banks") are one
deal; and a lending body named as a modifier of the deal ("the Paris Club refinancing
agreement", "an IMF standby credit") is its other side, so no other state the story names is
added. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


def _names(record, agreement) -> set[str]:
    n = {a.id: a.name for a in record.actors}
    return {n[p] for p in agreement.parties}


@pytest.mark.model
def test_an_accord_that_extends_a_moratorium_is_reached_not_extended():
    record = extracted("CARACAS, May 5 - Venezuela said it had reached a rescheduling "
                       "agreement with its creditor banks that will extend the grace period "
                       "on its public debt until 1992.")
    assert [(a.countries, a.status) for a in record.agreements] == [
        (["VEN"], "agreed")], describe_agreements(record)


@pytest.mark.model
def test_two_passing_names_of_one_debt_deal_are_one_record():
    record = extracted("CARACAS, May 5 - Venezuela said it had reached a rescheduling "
                       "agreement with its creditor banks last month. The new payment schedule "
                       "is part of the debt accord reached with Venezuela's foreign creditor "
                       "banks.")
    assert [(a.countries, a.status) for a in record.agreements] == [
        (["VEN"], "agreed")], describe_agreements(record)


@pytest.mark.model
def test_deals_with_different_sides_stay_apart():
    record = extracted("LIMA, May 5 - Peru reached a rescheduling agreement with its creditor "
                       "banks. Bolivia signed a debt accord with Brazil on Monday.")
    assert sorted(tuple(a.countries) for a in record.agreements) == [
        ("BOL", "BRA"), ("PER",)], describe_agreements(record)


@pytest.mark.model
def test_the_lending_body_on_the_deal_is_its_side():
    record = extracted("WARSAW, May 5 - Poland gained time through last week's Paris Club "
                       "refinancing agreement, economists said. Officials said Poland would "
                       "not follow Peru's example.")
    assert [a.countries for a in record.agreements] == [["POL"]], describe_agreements(record)
    assert _names(record, record.agreements[0]) == {"Poland", "Paris Club"}, \
        describe_agreements(record)

