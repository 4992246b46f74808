"""A deal between firms is recorded with the states of both sides (issue 11). A deal of one
firm alone, whose other side is not named, would be a record of one state where the deal spans
two: it is left out. Two firms both named (placed or not), two firms of one state (a domestic
deal), a firm's loan stay, and so does a firm the sentence places by its state ("Japan's
Kirin"), which stands for that state's side. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


def _agreements(text: str) -> list[list[str]]:
    return [list(g.countries) for g in extracted(text).agreements]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # one firm alone: the other side of the contract is not named
    "Vodafone signed a contract on Monday to build the new mobile network.",
    # a deal the firm left, its other side not placed
    "General Motors paid 300 mln dlrs to leave a deal which could have forced it to buy "
    "the carmaker.",
])
def test_a_firm_deal_with_one_side_placed_is_no_record(text):
    assert _agreements(text) == [], describe_agreements(extracted(text))


@pytest.mark.model
@pytest.mark.parametrize("text, countries", [
    # two firms of one state: a domestic deal
    ("Nissan Motor and Mitsubishi Motors signed an agreement on Monday to share the "
     "production of small cars.", ["JPN"]),
    # both sides named, one not placed: the parties are known
    ("Toyota Motor Corp and <Kestrel Fibres Ltd> yesterday set up a joint venture to make "
     "car seats.", ["JPN"]),
    # both sides placed
    ("Toyota Motor Corp signed a joint venture agreement with General Motors on Monday.",
     ["JPN", "USA"]),
    # a firm the sentence places by its state stands for that state's side
    ("Japan's Kirin signed a contract on Monday to build a brewery near Osaka.", ["JPN"]),
    # a firm's loan: its record with its lenders
    ("National Thermal Power Corp signed an agreement to borrow 200 mln marks from a group "
     "of banks.", ["IND"]),
])
def test_domestic_placed_and_financial_deals_stay(text, countries):
    assert countries in _agreements(text), describe_agreements(extracted(text))
