"""A speaker's judgement of another side's measure is criticism of that side (ACCUSE 111)
even when the sentence names no owner: the story said before whose the measure is ("the
proposed tax" after "Argentina proposed a new tax"), a reason given for the judgement ("...
because it singles out Chilean wine") does not hide it, and the judging words include those
VADER lacks ("discriminatory", "protectionist"). The subject of a relative clause is the noun
the clause describes ("Peru, which complained that ..."). Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _accusations(found: list) -> list:
    return [f for f in found if f[0] == "ACCUSE"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Argentina proposed a new tax on imported wine on Monday. Chilean Trade Minister Pedro "
    "Soto said on Tuesday the proposed tax was discriminatory against Chilean growers.",
    "Argentina's new wine tax takes effect in May. Chilean Trade Minister Pedro Soto said "
    "on Tuesday the tax was unfair to Chilean growers.",
])
def test_a_measure_named_before_with_its_owner_is_the_owners(text):
    found = coded_events(text)
    assert ("ACCUSE", "111", {"CHL"}, {"ARG"}) in found, found


@pytest.mark.model
def test_a_measure_with_no_owner_anywhere_accuses_no_one():
    found = coded_events("Chilean Trade Minister Pedro Soto said on Tuesday the proposed tax "
                         "was discriminatory against Chilean growers.")
    assert not [f for f in _accusations(found) if f[3]], found


@pytest.mark.model
def test_ones_own_measure_judged_accuses_no_one():
    found = coded_events("Chile proposed a new tax on imported wine on Monday. Chilean Trade "
                         "Minister Pedro Soto said on Tuesday the proposed tax was harsh.")
    assert not _accusations(found), found


@pytest.mark.model
def test_a_reason_given_for_the_judgement_keeps_it():
    found = coded_events("Chilean Trade Minister Pedro Soto said the Argentine tariff was "
                         "unfair because it singled out Chilean wine.")
    assert ("ACCUSE", "111", {"CHL"}, {"ARG"}) in found, found


@pytest.mark.model
def test_a_judgement_of_what_may_happen_is_still_no_judgement_of_an_act():
    found = coded_events("Chilean Trade Minister Pedro Soto called it unlikely that Argentina "
                         "would lift the tariff.")
    assert not _accusations(found), found


@pytest.mark.model
@pytest.mark.parametrize("text, code", [
    ("Kenyan Trade Minister John Otieno said Uganda's new import levy was protectionist.",
     "111"),
    ("Chinese Foreign Minister Li Wen called the Japanese raids on two of its fishing boats "
     "an escalation.", "111"),
])
def test_judging_words_vader_lacks(text, code):
    found = coded_events(text)
    assert [f for f in _accusations(found) if f[1] == code and f[3]], found


@pytest.mark.model
def test_a_neutral_second_object_judges_nothing():
    """"Called X on two of its boats an escalation": the parser hangs the second object on
    the first one's phrase; the judgement is still read there, and a word that judges
    nothing ("an exercise") still judges nothing."""
    found = coded_events("Chinese Foreign Minister Li Wen called the Japanese raids on two of "
                         "its fishing boats an exercise.")
    assert not _accusations(found), found


@pytest.mark.model
def test_which_stands_for_the_state_it_follows():
    found = coded_events("Talks stalled with Peru, which complained that Chile had closed the "
                         "border crossing at Tacna.")
    assert [f for f in _accusations(found) if "PER" in f[2] and "CHL" in f[3]], found


@pytest.mark.model
def test_which_after_a_place_is_not_the_place():
    found = coded_events("Chile ordered a troop surge into Bolivia, which sent three brigades "
                         "to the border.")
    assert not [f for f in found if "BOL" in f[2]], found
