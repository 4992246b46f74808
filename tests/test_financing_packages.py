"""A financing package is an instrument when it is signed, like a loan or a credit; a
"package of measures" announced is none. The size of a loan ("a 7.7 billion dlr loan") says
how much, not what it is about. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


@pytest.mark.model
def test_a_financing_package_signed_is_an_agreement():
    record = extracted("Peru's financing package will be signed with its creditor banks in "
                       "New York on May 20, the central bank said.")
    assert [a.countries for a in record.agreements] == [["PER"]], record.agreements


@pytest.mark.model
def test_a_package_of_measures_is_no_agreement():
    record = extracted("The Peruvian government announced a package of economic measures.")
    assert not record.agreements, record.agreements


@pytest.mark.model
def test_a_loans_currency_is_no_subject():
    record = extracted("Peru signed a 700 mln dlr loan with Japan's Export-Import Bank "
                       "on Monday.")
    assert record.agreements, record
    assert "dlr" not in (record.agreements[0].subject or ""), record.agreements[0]
