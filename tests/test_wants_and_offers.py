"""Wanting something of others demands it ("the Soviets want a new sugar pact", "want the
budget capped": REQUEST); wanting to act oneself is an intent. What a firm or market "offers"
in the present tense is what it sells, no act. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_events, extracted


def _coded(text: str) -> list[tuple[str, set, set]]:
    record = extracted(text)
    names = {a.id: a.country or a.name for a in record.actors}
    return [(e.event, {names[x] for x in e.actor}, {names[x] for x in e.recipient})
            for e in record.events]


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Spain and Italy want the EU farm budget to be frozen at its present level.", "ESP",
     "European Union"),
    ("The United States wants Japan to open its rice market.", "USA", "JPN"),
])
def test_wanting_something_of_another_side_is_a_request(text, source, target):
    found = _coded(text)
    assert any(t == "REQUEST" and source in s and target in r for t, s, r in found), \
        describe_events(extracted(text))


@pytest.mark.model
def test_what_a_market_offers_in_the_present_is_no_act():
    assert _coded("The Frankfurt exchange offers Polish companies access to its market.") \
        == []


@pytest.mark.model
def test_an_offer_made_is_still_an_act():
    found = _coded("Switzerland has offered Argentina an extra credit of 100 mln francs.")
    assert any(t == "AGREE" and "CHE" in s and "ARG" in r for t, s, r in found), found
