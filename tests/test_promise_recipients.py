"""Whom a promise or an offer is made to when its own clause names no one: words of promise
told to someone ('"I promise to ...," he told X') are made to whom they are told (a state, a
body, a person, a state organ: not reporters); an offer to join others in an act ("willing to
participate in providing a loan to X") is made to whom the act joined is aimed at. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _agree(found):
    return [f for f in found if f[0] == "AGREE"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    '"We promise to buy more American wheat," Chinese Trade Minister Zheng Tuobin told '
    'U.S. Agriculture Secretary Richard Lyng.',
    'Seoul is under pressure. "I promise to cut our tariffs on beef," South Korean Prime '
    'Minister Lho Shin-yong told U.S. Trade Representative Clayton Yeutter.',
])
def test_a_promise_told_to_someone_is_made_to_them(text):
    found = _agree(coded_events(text))
    assert any(f[3] & {"USA"} and f[2] & {"CHN", "KOR"} for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    '"We promise to buy more wheat," the Chinese trade minister told reporters.',
    "China pledged to cut its budget deficit, the Chinese trade minister told reporters.",
])
def test_a_promise_told_to_reporters_is_made_to_no_one(text):
    assert not _agree(coded_events(text)), coded_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The U.S. Treasury said it was willing to participate with several other industrial "
    "countries in providing a 500 mln dlr bridge loan to Argentina.",
    "Japan said it was ready to participate in financing a new dam in Thailand.",
])
def test_an_offer_to_join_in_an_act_is_made_to_its_target(text):
    found = _agree(coded_events(text))
    assert any(f[3] & {"ARG", "THA"} and f[2] & {"USA", "JPN"} for f in found), found


@pytest.mark.model
def test_an_offer_to_join_in_an_act_aimed_at_no_one_is_none():
    found = coded_events("The Dutch firm said it was willing to participate in the bidding.")
    assert not _agree(found), found
