"""Lending is economic aid (CAMEO 071) whatever is lent: the dictionary files "lend" and
"loan" with "give", whose block has no default, so only a sum of money coded them. Lending
support or credibility is no loan. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
def test_lending_goods_to_a_state_is_economic_aid():
    events = coded_events("Nigeria loaned crude oil to Ghana last month.")
    assert ("AID", "071", {"NGA"}, {"GHA"}) in events, events


@pytest.mark.model
def test_lending_a_state_a_sum_it_names_in_words_is_economic_aid():
    events = coded_events("Kuwait lent Jordan the money last year.")
    assert ("AID", "071", {"KWT"}, {"JOR"}) in events, events


@pytest.mark.model
def test_a_promise_to_lend_is_an_intent_to_give_aid():
    events = coded_events("The Nigerian president said Nigeria would loan crude oil to Ghana "
                          "over the winter.")
    assert any(e[0] == "AGREE" and e[1] == "0331" and e[3] == {"GHA"} for e in events), events


@pytest.mark.model
def test_lending_support_or_credibility_is_no_aid():
    assert not any(e[0] == "AID" for e in coded_events(
        "Nigeria lent its support to the Ghanaian plan.")), "support"
    assert not any(e[0] == "AID" for e in coded_events(
        "The visit lent credibility to Ghana's claims.")), "credibility"
