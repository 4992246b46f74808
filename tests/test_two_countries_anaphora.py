""""The two countries" as a subject right after a sentence whose subject coordinates two
states refers to that pair, not to the article's main pair; with no such sentence, or when the
pair is the main one, "the two countries" stays the article's pair. Sentences written for
these tests."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1989-04-20", id="two-countries-test")


def events(record: Record, event: str) -> list[tuple[set, set]]:
    def isos(keys: list[str]) -> set:
        return {record.actor(a).country for a in keys} - {None}

    return [(isos(e.actor), isos(e.recipient)) for e in record.events if e.event == event]


def test_the_two_countries_are_the_pair_that_just_acted():
    found = events(run("Korea and Canada are at odds over fishing quotas. Canada says Korean "
                       "boats overfish. Last month, Norway and Canada agreed to adopt common "
                       "limits on cod catches. The two countries urged others to follow "
                       "suit, notably Korea."), "REQUEST")
    assert ({"NOR", "CAN"}, {"KOR"}) in found, found


def test_the_two_countries_stay_the_article_pair_without_a_nearer_one():
    found = events(run("Greece and Turkey moved warships into the Aegean on Friday. NATO "
                       "officials met in Brussels. The two countries called on NATO to "
                       "mediate."), "REQUEST")
    assert any(s == {"GRC", "TUR"} for s, _ in found), found
