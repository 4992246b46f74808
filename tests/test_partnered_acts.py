"""An act aimed at someone (agreeing, demanding, rejecting) with no one named is
aimed at the other state of the article's pair when that state is named in the sentence or
the three before; in a story about one state it stays one-sided. Written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_events, extracted

from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str) -> Record:
    return extracted(text, "1987-05-04")


def sides(record: Record, event: str) -> list[tuple[set, set]]:
    c = {a.id: a.country for a in record.actors}
    return [({c[k] for k in e.actor}, {c[k] for k in e.recipient})
            for e in record.events if e.event == event]


def test_a_rejection_with_no_one_named_is_aimed_at_the_other_state():
    record = run("TOKYO, May 4 - The United States asked Japan to cut its rice tariffs. "
                 "Japan rejected the proposal on Friday.")
    assert ({"JPN"}, {"USA"}) in sides(record, "REJECT"), describe_events(record)


def test_in_a_story_about_one_state_the_act_stays_one_sided():
    record = run("TOKYO, May 4 - Japan rejected the proposal on Friday, officials said.")
    assert all(not r for _, r in sides(record, "REJECT")), describe_events(record)


def test_the_other_state_must_be_named_nearby():
    # the pair's other state is named only far above: nothing says the act is aimed at it
    filler = " ".join(f"Rice output rose {n} pct in the region last year." for n in range(5))
    record = run("TOKYO, May 4 - The United States asked Japan to cut its rice tariffs. "
                 f"{filler} Japan rejected the proposal on Friday.")
    assert ({"JPN"}, {"USA"}) not in sides(record, "REJECT"), describe_events(record)
