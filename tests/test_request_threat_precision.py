"""What is no new threat, on sentences written for these tests: a firm's own plan with no other
side, and one threat told twice in two tenses (one event)."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1993-10-12", id="request-threat-precision-test")


def of_type(record: Record, event: str) -> list:
    return [e for e in record.events if e.event == event]


def test_a_firm_s_plan_with_no_other_side_is_no_threat():
    record = run("Renault is to stop making diesel engines for its Dacia subsidiary, unions at "
                 "the French carmaker have said.")
    assert not of_type(record, "THREATEN")


def test_a_state_s_announced_stop_is_still_a_threat():
    record = run("Kenya is to stop exports of tea to Uganda, officials said.")
    assert of_type(record, "THREATEN")


def test_one_threat_told_in_two_tenses_is_one_event():
    record = run("The European Community has told Congress that if the textile bill is "
                 "approved, there was no doubt the community would retaliate against U.S. "
                 "exports. Spokesman Jan "
                 "Smit told Senator Bentsen that if the bill passed, the Community will "
                 "retaliate against U.S. exports.")
    assert len(of_type(record, "THREATEN")) == 1, [(e.cameo, e.modality)
                                                   for e in record.events]
