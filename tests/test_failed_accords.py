"""An accord the sides are unable or fail to reach is still to be made: its status is
negotiating, as for one they hope to reach, not agreed. Sentences written for the test, with
negative cases.
"""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1987-03-12", id="failed-accords-test")


def statuses(record: Record) -> list[tuple[list[str], str | None]]:
    return [(sorted(g.countries), g.status) for g in record.agreements]


def test_unable_to_reach_is_still_negotiating():
    rec = run("Trade could suffer if Chile and Argentina are unable to reach a fishing pact.")
    assert statuses(rec) == [(["ARG", "CHL"], "negotiating")]


def test_failed_to_reach_is_still_negotiating():
    rec = run("Britain and France failed to reach an agreement on fishing quotas on Tuesday.")
    assert statuses(rec) == [(["FRA", "GBR"], "negotiating")]


def test_a_pact_reached_is_agreed():
    rec = run("Chile and Argentina were able to reach a fishing pact on Tuesday.")
    assert [s for _, s in statuses(rec)] == ["agreed"]
