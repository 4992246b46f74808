"""Force against an aggressor ("tackle any aggressor", "repel an attack") is force, and held out
as readiness or a vow it is a threat of force aimed at the other side of the story; a threat
told vaguely and then by its act between the same sides is one threat. Texts written for the
test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile and Peru are at odds over fishing rights. Chile is ready to tackle any aggressor, "
    "its defence minister said.",
    "Chile and Peru are at odds over fishing rights. The Chilean army is prepared to confront "
    "any incursion, the president said.",
])
def test_readiness_to_meet_an_aggressor_threatens_force(text):
    found = coded_events(text)
    assert [(f[0], f[2], f[3]) for f in found] == [("THREATEN", {"CHL"}, {"PER"})], found


@pytest.mark.model
def test_an_attack_repelled_is_force_against_the_attacker():
    found = coded_events("Peru said its troops had repelled a Chilean attack near the border.")
    assert ("ASSAULT", "190", {"PER"}, {"CHL"}) in found, found


@pytest.mark.model
def test_a_problem_tackled_is_no_force():
    found = coded_events("Chile is ready to tackle the problem of inflation, its minister said.")
    assert not found, found


@pytest.mark.model
def test_a_vague_threat_and_its_act_are_one_threat():
    found = coded_events("Chilean exporters reacted angrily to news that Peru plans to take "
                         "retaliatory action against them. On Monday Lima announced plans to "
                         "slap tariffs on Chilean imports.")
    threats = [f for f in found if f[0] == "THREATEN"]
    assert [t[:2] for t in threats] == [("THREATEN", "1312")], found
