""""Norway and Egypt agreed to help OPEC": when the sides that agree are just the agreement's
countries and the verb aims their undertaking at a side outside them, the agreement is that
undertaking: one AGREE to that side, linked to the agreement, not also an accord among the
agreeing sides with no one to answer to. An agreement between the sides themselves keeps its
own event. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


def _agrees(text: str):
    record = extracted(text)
    names = {a.id: a.name for a in record.actors}
    return [(sorted(names[k] for k in e.actor), [names[k] for k in e.recipient], e.agreements)
            for e in record.events if e.event == "AGREE"]


@pytest.mark.model
def test_undertaking_to_a_body_is_one_event():
    text = ("CAIRO, June 2 - Tunisia and Algeria agreed to help the Arab League by paying "
            "their arrears, officials said on Tuesday.")
    found = _agrees(text)
    assert len(found) == 1, found
    actor, recipient, agreements = found[0]
    assert actor == ["Algeria", "Tunisia"] and recipient and agreements, found


@pytest.mark.model
def test_undertaking_to_a_third_state_is_one_event():
    text = ("ROME, June 2 - Italy and Spain agreed to give Sudan 30 mln dlrs in food aid, "
            "officials said on Tuesday.")
    found = _agrees(text)
    assert len(found) == 1, found
    assert found[0][1] == ["Sudan"], found


@pytest.mark.model
def test_accord_between_the_sides_keeps_its_event():
    text = ("ROME, June 2 - Italy and Spain agreed on Tuesday to set up a joint fisheries "
            "commission, officials said.")
    found = _agrees(text)
    assert len(found) == 1, found
    assert found[0][0] == ["Italy", "Spain"] and not found[0][1] and found[0][2], found


@pytest.mark.model
def test_partner_in_the_joint_act_keeps_the_accord():
    text = ("ROME, June 2 - Italy and Spain agreed to build a new pipeline with Algeria, "
            "officials said on Tuesday.")
    found = _agrees(text)
    assert any(a == ["Italy", "Spain"] and not r for a, r, _ in found), found
