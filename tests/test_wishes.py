"""A wish for one's own act ("wanted to buy the firm outright", "we want to send a message to
Japan") is neither an offer nor a promise to anyone, nor the act itself: no event; wanting
another side to act stays a request. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Swiss group wanted to buy the Italian carmaker Fiat outright.",
    "We want to send a clear message to Brazil, the Canadian minister said.",
    "Officials said the Community wished to give its views to the IMF.",
])
def test_a_wish_for_ones_own_act_is_no_event(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] in ("AGREE", "CONSULT", "AID")], found


@pytest.mark.model
def test_wanting_another_side_to_act_is_still_a_request():
    found = coded_events("Canada wants Brazil to lower its tariffs on steel.")
    assert any(f[0] == "REQUEST" and f[2] == {"CAN"} and f[3] == {"BRA"} for f in found), found
