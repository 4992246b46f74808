""""Attack" has no code of its own in the verb dictionary (only with object words such as
"positions"), as one may attack a policy too: an attack on a side is force (ASSAULT 190), on
what a side did or said it is criticism (ACCUSE 111), and a person attacked in the street is
no act between sides; force against a side's installations ("two Eritrean oil platforms") is
force against the side. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ethiopia attacked Eritrea on Tuesday.",
    "Eritrea was attacked by Ethiopia on Tuesday.",
])
def test_an_attack_on_a_state_is_force(text):
    assert ("ASSAULT", "190", {"ETH"}, {"ERI"}) in coded_events(text), coded_events(text)


@pytest.mark.model
def test_an_attack_on_a_decision_is_criticism():
    found = coded_events("Britain attacked the French decision to ban beef imports.")
    assert [f[0] for f in found] == ["ACCUSE"], found


@pytest.mark.model
def test_a_person_attacked_in_the_street_is_no_act_between_sides():
    found = coded_events("A British MP, Tom Hale, was attacked by robbers in Nairobi.")
    assert not [f for f in found if f[0] == "ASSAULT"], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ethiopian warships attacked two Eritrean oil platforms.",
    "Ethiopian warships bombarded Eritrea's oil terminal.",
])
def test_force_against_a_sides_installations_is_force(text):
    found = coded_events(text)
    assert [(f[0], f[2], f[3]) for f in found] == [("ASSAULT", {"ETH"}, {"ERI"})], found


@pytest.mark.model
def test_an_attack_on_a_sides_people_in_words_is_no_force():
    found = coded_events("The Eritrean president attacked Ethiopian politicians, saying they "
                         "had lied about the border.")
    assert not [f for f in found if f[0] == "ASSAULT"], found
