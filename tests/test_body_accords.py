"""An accord reached inside one international body ("agreement was reached by members of the
OECD", "the accord, reached in the Paris Club") is the body's AGREE, with no recipient: its
members are the sides. An agreement only mentioned, or one of a single state, is still no
event. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


def _agrees(text: str):
    record = extracted(text)
    names = {a.id: a.name for a in record.actors}
    return [([names[k] for k in e.actor], [names[k] for k in e.recipient])
            for e in record.events if e.event == "AGREE"]


@pytest.mark.model
def test_accord_reached_by_members_of_a_body():
    text = ("PARIS, June 3 - An agreement has been reached by members of the Organization for "
            "Economic Cooperation and Development to curb export credits for farm goods, "
            "officials said on Tuesday.")
    found = _agrees(text)
    assert any(len(a) == 1 and "Economic" in a[0] and not r for a, r in found), found


@pytest.mark.model
def test_accord_reached_in_a_creditor_club():
    text = ("LONDON, May 9 - Finance officials said an accord, reached in the Paris Club of "
            "creditor governments, calls for easing the debts of the poorest nations.")
    found = _agrees(text)
    assert any(a == ["Paris Club"] and not r for a, r in found), found


@pytest.mark.model
def test_one_state_alone_agrees_nothing():
    text = ("BELGRADE, May 9 - Yugoslavia signed an agreement on its debt on Tuesday, the "
            "finance ministry said.")
    assert not _agrees(text)
