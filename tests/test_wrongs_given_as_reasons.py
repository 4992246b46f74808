"""A wrong reported as the reason of the speaker's act: "said he raised the duties because
France had failed to honour the accord" accuses France (ACCUSE 112), like "said France had
failed to honour the accord". Sentences written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1988-05-02", id="reason-test")


def accusations(record: Record) -> list[tuple[set, set, str]]:
    def countries(keys):
        return {record.actor(k).country for k in keys}
    return [(countries(e.actor), countries(e.recipient), e.cameo)
            for e in record.events if e.event == "ACCUSE"]


def test_wrong_as_reason_of_the_speakers_act():
    rec = run("Canadian Prime Minister Brian Mulroney said he raised the duties because France "
              "had failed to honour the fishing accord.")
    assert ({"CAN"}, {"FRA"}, "112") in accusations(rec), accusations(rec)


def test_wrong_as_reason_of_a_forced_act():
    rec = run("Norwegian Trade Minister Kari Olsen said the government was forced to act "
              "because Iceland had violated the quota agreement.")
    assert any(s == {"NOR"} and t == {"ISL"} for s, t, _ in accusations(rec)), \
        accusations(rec)


def test_own_side_is_not_accused():
    rec = run("Canadian Prime Minister Brian Mulroney said he raised the duties because Canada "
              "had failed to honour the accord.")
    assert accusations(rec) == [], accusations(rec)


def test_reason_of_an_act_not_reported_by_anyone_accuses_no_one():
    rec = run("Canada raised the duties because France had failed to honour the fishing "
              "accord.")
    assert not any(t == {"FRA"} and c == "112" for _, t, c in accusations(rec)), \
        accusations(rec)
