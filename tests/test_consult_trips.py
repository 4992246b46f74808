"""Talks owned by a pronoun ("following his talks with Lawson": the one "his" refers to held
them), a stay to come told in a relative clause ("X, who plans to be in Brazil next week"),
and a mission to a state ("sets out on a mission to Brazil"), which are visits. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events, extracted


def _consults(text: str) -> list[tuple[str, str, set, set]]:
    return [f for f in coded_events(text) if f[0] == "CONSULT"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Brazilian Finance Minister Dilson Funaro arrived in London on Monday. He was reacting to "
    "a British statement following his talks with Chancellor of the Exchequer Nigel Lawson.",
    "Brazilian Finance Minister Dilson Funaro said he was pleased with his talks with "
    "Chancellor of the Exchequer Nigel Lawson.",
])
def test_his_talks_with_a_partner(text):
    found = _consults(text)
    assert any(f[1] == "040" and {"BRA"} <= f[2] | f[3] and (
        "GBR" in f[2] | f[3] or "Nigel Lawson" in f[2] | f[3]) for f in found), \
        describe_events(extracted(text))


@pytest.mark.model
def test_his_talks_with_no_partner_are_none():
    text = "Brazilian Finance Minister Dilson Funaro said his talks had been useful."
    assert not _consults(text), describe_events(extracted(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "French Foreign Minister Jean Dupont, who plans to be in Brazil April 14-27, said trade "
    "was the main issue.",
    "French Foreign Minister Jean Dupont, who is expected to be in Brazil next week, said "
    "trade was the main issue.",
])
def test_a_stay_to_come_is_a_planned_visit(text):
    record = extracted(text)
    names = {a.id: a.country or a.name for a in record.actors}
    assert any(e.cameo == "042" and e.modality == "future" and
               {names[x] for x in e.actor} == {"FRA"} and
               {names[x] for x in e.recipient} == {"BRA"} for e in record.events), \
        describe_events(record)


@pytest.mark.model
def test_a_stay_refused_is_no_visit():
    text = ("French Foreign Minister Jean Dupont, who refused to be in Brazil next week, said "
            "trade was the main issue.")
    assert not [f for f in _consults(text) if f[1] == "042"], describe_events(extracted(text))


@pytest.mark.model
def test_a_mission_to_a_state_is_a_visit():
    text = "French Foreign Minister Jean Dupont sets out on Wednesday on a mission to Brazil."
    assert ("CONSULT", "042", {"FRA"}, {"BRA"}) in _consults(text), \
        describe_events(extracted(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The U.S. mission to the United Nations issued a statement.",
    "The head of the French mission in Brazil said trade was the main issue.",
])
def test_a_mission_at_a_body_or_posted_is_no_visit(text):
    assert not [f for f in _consults(text) if f[1] == "042"], describe_events(extracted(text))
