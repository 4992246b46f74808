"""The doer of a judged thing said by a relative clause: "criticized the way Japanese officials
handle trade disputes", "the measures which Japan took" criticise Japan. Not "the town where
rebels attacked", nor a clause whose subject is the noun itself. Sentences written for these
tests."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1988-05-02", id="relative-test")


def accusations(record: Record) -> list[tuple[set, set]]:
    def countries(keys):
        return {record.actor(k).country for k in keys}
    return [(countries(e.actor), countries(e.recipient))
            for e in record.events if e.event == "ACCUSE"]


def test_the_way_officials_handle():
    rec = run("Dutch Trade Minister Jan Smit criticized the way Japanese officials handle "
              "trade disputes.")
    assert ({"NLD"}, {"JPN"}) in accusations(rec), accusations(rec)


def test_measures_the_state_took():
    rec = run("The Netherlands criticized the measures which Japan took last year.")
    assert ({"NLD"}, {"JPN"}) in accusations(rec), accusations(rec)


def test_firms_that_supplied_are_not_the_state_supplied():
    rec = run("The Netherlands criticized the firms that supplied Iran.")
    assert not any("IRN" in t for _, t in accusations(rec)), accusations(rec)
