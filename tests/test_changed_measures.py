"""A change in a measure a side sets is that side's act: "attacked the rise in West German
interest rates" criticises West Germany (ACCUSE 111, words, not force), as "the cut in U.S.
farm subsidies" is the United States' act; a market's own moves ("a rise in Japanese
exports") are no side's act. Sentences written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1988-05-02", id="changed-measures-test")


def events(record: Record, kind: str) -> list[tuple[set, set]]:
    def countries(keys):
        return {record.actor(k).country or record.actor(k).name for k in keys}
    return [(countries(e.actor), countries(e.recipient)) for e in record.events
            if e.event == kind]


@pytest.mark.parametrize("text, source, target", [
    ("U.S. Treasury Secretary James Baker attacked the rise in West German short-term "
     "interest rates.", "USA", "DEU"),
    ("France attacked the cut in U.S. farm subsidies.", "FRA", "USA"),
    ("The Italian trade minister criticised the increase in Austrian road taxes.", "ITA",
     "AUT"),
])
def test_change_in_a_sides_measure_is_its_act(text, source, target):
    rec = run(text)
    found = events(rec, "ACCUSE")
    assert any(source in s and target in t for s, t in found), found
    assert not events(rec, "ASSAULT"), events(rec, "ASSAULT")


def test_a_markets_moves_are_no_sides_act():
    rec = run("French officials attacked the rise in Japanese exports.")
    assert not any("JPN" in t for _, t in events(rec, "ACCUSE")), events(rec, "ACCUSE")


def test_attack_on_positions_stays_force():
    rec = run("Iraq attacked Iranian positions near Basra.")
    assert events(rec, "ASSAULT"), rec.events


def test_change_judged_in_speech():
    rec = run("The French minister said the increase in Japanese import duties was "
              "unacceptable.")
    found = events(rec, "ACCUSE")
    assert any("FRA" in s and "JPN" in t for s, t in found), found
