"""Naming another side the cause of a bad thing, or its reasons a pretext: "said India was the
main cause of tension", "said the charges were a pretext for Sudanese attacks" accuse that side
(ACCUSE 112); a noun with a blaming adjective still blames ("a serious mistake"). A saying
coordinated with a denial is not denied. Sentences written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1988-05-02", id="cause-test")


def accusations(record: Record) -> list[tuple[set, set, str, str]]:
    def countries(keys):
        return {record.actor(k).country for k in keys}
    return [(countries(e.actor), countries(e.recipient), e.cameo, e.modality)
            for e in record.events if e.event == "ACCUSE"]


def test_cause_of_tension():
    rec = run("Pakistani Foreign Minister Ahmed Khan said India was the main cause of tension "
              "in Kashmir.")
    assert ({"PAK"}, {"IND"}, "112", "asserted") in accusations(rec), accusations(rec)


def test_root_of_the_crisis():
    rec = run("Mexican Foreign Minister Bernardo Sepulveda said Washington's policy was the "
              "root of the crisis.")
    assert any(s == {"MEX"} and t == {"USA"} for s, t, *_ in accusations(rec)), \
        accusations(rec)


def test_pretext_for_attacks_said_with_a_denial():
    rec = run("Uganda denied the charges and said they were a pretext for Sudanese attacks "
              "on its territory.")
    assert ({"UGA"}, {"SDN"}, "112", "asserted") in accusations(rec), accusations(rec)


def test_serious_mistake():
    rec = run("Chile said Bolivia's new tariffs were a serious mistake.")
    assert any(s == {"CHL"} and t == {"BOL"} for s, t, *_ in accusations(rec)), \
        accusations(rec)


def test_cause_of_a_good_thing_blames_no_one():
    rec = run("Mexico said oil exports to the United States were the main source of its "
              "revenue.")
    assert accusations(rec) == [], accusations(rec)


def test_great_mistake_is_no_praise():
    rec = run("Chile said Bolivia's tariffs were a great mistake.")
    assert not any(e.event == "SUPPORT" for e in rec.events), rec.events
