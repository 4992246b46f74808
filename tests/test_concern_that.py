"""A side's stated worry about what another side does, as a noun with its owner and a
that-clause: "U.S. concern that Iranian missiles posed a threat", "the Government's expression
of concern that North Korea was using the trucks" accuse that side (ACCUSE 112). Not a worry
about one's own side, nor one without an owner. Sentences written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1988-05-02", id="concern-test")


def accusations(record: Record) -> list[tuple[set, set]]:
    def countries(keys):
        return {record.actor(k).country for k in keys}
    return [(countries(e.actor), countries(e.recipient))
            for e in record.events if e.event == "ACCUSE"]


def test_owned_concern_about_another_sides_act():
    rec = run("Tokyo tightened export rules after the Australian government's expression of "
              "concern that Indonesia was buying Japanese engines for its patrol boats.")
    assert ({"AUS"}, {"IDN"}) in accusations(rec), accusations(rec)


def test_concern_told_to_the_other_side():
    rec = run("Officials said Manila had been told of Chinese concern that Philippine "
              "vessels were fishing near the reef.")
    assert ({"CHN"}, {"PHL"}) in accusations(rec), accusations(rec)


def test_concern_about_own_side_accuses_no_one():
    rec = run("There is growing British concern that British firms are losing out in Japan.")
    assert accusations(rec) == [], accusations(rec)


def test_unowned_fear_accuses_no_one():
    rec = run("Fears that Indonesia would devalue the rupiah grew in Singapore.")
    assert accusations(rec) == [], accusations(rec)
