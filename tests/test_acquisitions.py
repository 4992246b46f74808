"""A firm that buys another firm, or part of one, placed in another state makes a deal
between the two firms (and their states), even when no "agree" or instrument noun is used;
one dated in the past is recalled, not reported, and an ordinary import is no such deal.
Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


def _deals(text: str) -> list[tuple[list[str], set[str]]]:
    record = extracted(text)
    names = {a.id: a.name for a in record.actors}
    return [(g.countries, {names[k] for k in g.parties}) for g in record.agreements]


@pytest.mark.model
def test_buying_a_foreign_firm_is_a_deal_between_the_firms():
    deals = _deals("Danish brewer Carlsberg said it had bought the Polish brewer Okocim.")
    assert (["DNK", "POL"], {"Carlsberg", "Okocim"}) in deals, deals


@pytest.mark.model
def test_selling_a_unit_to_a_foreign_firm_is_a_deal():
    deals = _deals("Dutch electronics group Philips has sold its radio business to the "
                   "Japanese firm Sony.")
    assert any(c == ["JPN", "NLD"] for c, _ in deals), deals


@pytest.mark.model
def test_a_purchase_made_last_year_is_recalled_not_reported():
    deals = _deals("Danish brewer Carlsberg bought the Polish brewer Okocim last year.")
    assert not deals, deals


@pytest.mark.model
def test_importing_goods_from_a_state_is_no_acquisition():
    deals = _deals("Egypt bought more wheat from France in March.")
    assert not deals, deals


@pytest.mark.model
def test_a_takeover_by_a_foreign_firm_that_the_firm_agrees_is_a_deal():
    deals = _deals("The Polish brewer Okocim said it had agreed a takeover by Danish brewer "
                   "Carlsberg.")
    assert (["DNK", "POL"], {"Carlsberg", "Okocim"}) in deals, deals


@pytest.mark.model
def test_a_takeover_refused_is_no_deal():
    deals = _deals("The Polish brewer Okocim said it would not accept a takeover by Danish "
                   "brewer Carlsberg.")
    assert not deals, deals
