"""Talks between a debtor and its lenders (or another state) on a loan, a credit, a package
or the rescheduling of a debt are the negotiation of that deal: one agreement record,
negotiating, with both sides of the talks and the debtor the deal names; "completed" talks
have agreed it. Talks nobody is named as holding, or that are only planned, are none; nor is
an onlooker who "sees" talks a side. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


def _names(record, agreement) -> set[str]:
    n = {a.id: a.name for a in record.actors}
    return {n[p] for p in agreement.parties}


@pytest.mark.model
def test_talks_with_a_body_on_a_credit_are_its_negotiation():
    record = extracted("LIMA, March 3 - Peru's talks with the International Monetary Fund on "
                       "a new standby credit have stalled, officials said.")
    assert [(a.countries, a.status) for a in record.agreements] == [
        (["PER"], "negotiating")], describe_agreements(record)
    assert record.agreements[0].subject == "standby credit", describe_agreements(record)
    assert {"Peru", "International Monetary Fund"} <= _names(record, record.agreements[0])


@pytest.mark.model
def test_negotiating_with_banks_on_rescheduling_a_debt():
    record = extracted("QUITO, March 3 - Ecuador is negotiating with its creditor banks on "
                       "rescheduling 5 billion dlrs of foreign debt, the minister said.")
    assert [(a.countries, a.status) for a in record.agreements] == [
        (["ECU"], "negotiating")], describe_agreements(record)
    assert "debt" in record.agreements[0].subject, describe_agreements(record)


@pytest.mark.model
def test_the_debtor_named_on_the_debt_is_a_side():
    record = extracted("The minister is in Europe to involve governments in negotiations "
                       "with commercial banks on rescheduling part of Chile's foreign debt.")
    assert [(a.countries, a.status) for a in record.agreements] == [
        (["CHL"], "negotiating")], describe_agreements(record)


@pytest.mark.model
def test_talks_between_two_states_on_a_repayment():
    record = extracted("PARIS, March 3 - Talks between Spain and Morocco on the repayment of "
                       "a 300 mln dlr loan made progress, a Spanish official said.")
    assert [(a.countries, a.status) for a in record.agreements] == [
        (["ESP", "MAR"], "negotiating")], describe_agreements(record)
    assert "mln" not in record.agreements[0].subject, describe_agreements(record)


@pytest.mark.model
def test_talks_opened_with_banks_over_a_package():
    record = extracted("SANTIAGO, March 3 - Chile opened talks with commercial banks over a "
                       "new financing package, the central bank said.")
    assert [(a.countries, a.status) for a in record.agreements] == [
        (["CHL"], "negotiating")], describe_agreements(record)


@pytest.mark.model
def test_negotiating_for_money_in_new_loans():
    record = extracted("Bolivia is negotiating with foreign bankers for about 900 mln dlrs "
                       "in new loans.")
    assert [(a.countries, a.status) for a in record.agreements] == [
        (["BOL"], "negotiating")], describe_agreements(record)


@pytest.mark.model
def test_talks_held_by_nobody_named_are_none():
    record = extracted("Negotiations on a 200 mln dlr loan for the railways had been "
                       "completed, an official said.")
    assert not record.agreements, describe_agreements(record)


@pytest.mark.model
def test_planned_talks_are_none():
    record = extracted("LAGOS, March 3 - Nigeria will hold negotiations with the Paris Club "
                       "on a rescheduling of its official debt next month.")
    assert not record.agreements, describe_agreements(record)


@pytest.mark.model
def test_an_onlooker_who_sees_talks_is_no_side():
    record = extracted("The chairman of Chase Manhattan Corp said he sees negotiations to "
                       "reschedule Peru's debt taking six months.")
    assert not any("USA" in a.countries for a in record.agreements), \
        describe_agreements(record)
