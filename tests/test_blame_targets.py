"""Who is blamed: "blamed a spate of blasts in Kenyan towns on Somali rebels" accuses the
rebels, not the state where the blasts happened; a named rebel movement is a side apart from
its state ("blamed the bombings on the ANC"). Sentences written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1988-05-02", id="blame-test")


def accusations(record: Record) -> list[tuple[set, set]]:
    def names(keys):
        return {record.actor(k).name for k in keys}
    return [(names(e.actor), names(e.recipient)) for e in record.events if e.event == "ACCUSE"]


def test_where_the_blamed_thing_happened_is_no_target():
    rec = run("NAIROBI, May 2 - The Kenyan government has blamed a series of grenade attacks "
              "in Kenyan towns over the past year on the outlawed Oromo Liberation Front.")
    assert any("Oromo Liberation Front" in " ".join(t) for _, t in accusations(rec)), \
        accusations(rec)


def test_place_is_the_target_when_no_one_else_is_named():
    rec = run("Egypt condemned the fighting in Lebanon.")
    assert any(t == {"Lebanon"} for _, t in accusations(rec)), accusations(rec)


def test_blamed_side_in_the_object_stays():
    rec = run("Chad blamed Libya for the raids in the north.")
    assert any(t == {"Libya"} for _, t in accusations(rec)), accusations(rec)


def test_named_rebels_deeper_in_the_article_are_a_side_of_their_own():
    rec = run("LUANDA, May 2 - Three bridges were destroyed overnight, the army said. "
              "Officials gave no figures for the damage. Traffic on the main road was halted. "
              "Angola's government has blamed a wave of sabotage in its northern provinces "
              "on the rebel movement UNITA.")
    assert any("UNITA" in " ".join(t) for _, t in accusations(rec)), accusations(rec)


def test_named_movement_of_the_same_state_deeper_in_the_article():
    rec = run("JOHANNESBURG, May 2 - A bomb exploded at a railway station in Durban this "
              "morning, injuring 12 people, the government said. No arrests had been made, a "
              "police spokesman said. Pretoria has blamed a spate of bomb blasts on the "
              "outlawed African National Congress (ANC).")
    assert any("African National Congress" in " ".join(t) for _, t in accusations(rec)), \
        accusations(rec)


def test_place_where_the_judged_plan_is_done_is_no_target():
    rec = run("Mexico condemned the plan of Guatemala to build a road in Belize.")
    targets = [{rec.actor(k).name for k in e.recipient} for e in rec.events]
    assert {"Guatemala"} in targets and not any("Belize" in t for t in targets), targets
