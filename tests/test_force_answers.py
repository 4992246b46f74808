"""Meeting another side's aggression with force, on sentences written for these tests: "will
meet any escalation with stronger countermeasures" answers an attack (a threat of force when
held out), while meeting a person, or meeting demands with a proposal, is no threat."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1995-02-03", id="force-answers-test")


def threats(record: Record) -> list[tuple[set, set]]:
    def isos(keys: list[str]) -> set:
        return {record.actor(a).country for a in keys}

    return [(isos(e.actor), isos(e.recipient)) for e in record.events if e.event == "THREATEN"]


def test_escalation_met_with_countermeasures_is_a_threat():
    found = threats(run('"We do not seek a war with Peru but we will be prepared to meet any '
                        'escalation of attacks by Peru with stronger countermeasures," the '
                        "Ecuadorean defence minister said."))
    assert ({"ECU"}, {"PER"}) in found, found


def test_incursion_met_with_force_is_a_threat():
    found = threats(run("Chile said it would meet any incursion by Bolivian troops with "
                        "force."))
    assert any("CHL" in s for s, _ in found), found


@pytest.mark.parametrize("text", [
    "Chile will meet the Peruvian minister with his aides on Monday.",
    "Chile met the demands of Peru with a new proposal.",
])
def test_meeting_people_or_demands_is_no_threat(text):
    assert not threats(run(text))
