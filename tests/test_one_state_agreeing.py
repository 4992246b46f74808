"""AGREE is between two sides: an agreeing of one state that the coder could not aim at
anyone ("Norway said it would accept the plan") is no event, even in the lead; one aimed at a
side, and a body agreeing within itself, stay. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


def _agrees(text: str):
    record = extracted(text)
    names = {a.id: a.name for a in record.actors}
    return [([names[k] for k in e.actor], [names[k] for k in e.recipient])
            for e in record.events if e.event == "AGREE"]


@pytest.mark.model
def test_one_state_accepting_an_unnamed_plan_is_no_event():
    text = ("OSLO, June 2 - Norway said on Tuesday it would accept a plan to cut fishing "
            "quotas in the North Sea provided its coastal fleet was spared.")
    assert not _agrees(text)


@pytest.mark.model
def test_one_state_committed_to_an_unnamed_accord_is_no_event():
    text = ("WASHINGTON, June 2 - The United States remains committed to the currency accord, "
            "the Treasury said in a statement on Tuesday.")
    assert not _agrees(text)


@pytest.mark.model
def test_agreeing_aimed_at_a_side_stays():
    text = ("OSLO, June 2 - Norway agreed on Tuesday to help Iceland by restraining its "
            "fishing in the North Atlantic, officials said.")
    found = _agrees(text)
    assert any(a == ["Norway"] and r == ["Iceland"] for a, r in found), found
