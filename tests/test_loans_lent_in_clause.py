"""A loan whose lending is told in a clause on the loan itself ("the loan that the IMF has
approved for Chile", "received a credit granted by the World Bank") is an agreement between
lender and borrower, like "the IMF approved a loan for Chile". A loan whose clause tells
something else, or names no lender, is none. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, extracted


@pytest.mark.model
def test_a_loan_a_body_approved_for_a_state_in_a_relative_clause():
    record = extracted("Bankers said the IMF would soon disburse the 900 mln dlr standby "
                       "loan that it has approved for Chile.")
    assert [a.countries for a in record.agreements] == [["CHL"]], record.agreements


@pytest.mark.model
def test_a_loan_received_that_a_named_lender_approved():
    record = extracted("Ghana received a 200 mln dlr structural adjustment loan approved by "
                       "the World Bank last month.")
    assert [a.countries for a in record.agreements] == [["GHA"]], record.agreements


@pytest.mark.model
def test_a_loan_whose_clause_tells_no_lending_is_none():
    record = extracted("Ghana said it wanted a loan that would create jobs in the north.")
    assert not record.agreements, record.agreements


@pytest.mark.model
def test_a_loan_received_approved_by_no_named_lender_is_none():
    record = extracted("Ghana received a loan approved by its board last month.")
    assert not record.agreements, record.agreements


@pytest.mark.model
def test_a_bodys_loan_granted_in_a_clause_is_its_aid_not_an_agreeing():
    events = coded_events("Ghana received a 200 mln dlr structural adjustment loan approved "
                          "by the World Bank last month.")
    assert ("AID", "071", {"World Bank"}, {"GHA"}) in events, events
    assert not any(e[0] == "AGREE" for e in events), events


@pytest.mark.model
def test_a_programme_agreed_with_a_body_stays_an_agreeing():
    events = coded_events("Ghana and the IMF agreed on an economic programme last month.")
    assert not any(e[0] == "AID" for e in events), events
