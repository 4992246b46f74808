"""Demands and criticism reported in speech and texts: the speaker or the issuer of a text
is the source, the side the words are aimed at the target. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _types(found, source, target):
    return {f[0] for f in found if source in f[2] and target in f[3]}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Canada raised its duties in retaliation for what it sees as Norway's violations of the "
    "fisheries treaty.",
    "The Senate voted new quotas in response to what it regards as Korea's failure to honour "
    "the steel accord.",
])
def test_what_a_side_sees_as_another_sides_failure_is_an_accusation(text):
    found = coded_events(text)
    assert any(f[0] == "ACCUSE" and f[3] & {"NOR", "KOR"} for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, target", [
    ("The Brazilian finance minister attacked the Canadian position on coffee quotas.", "CAN"),
    ("Spain has attacked the IMF forecasts for its economy.", "International Monetary Fund"),
])
def test_attacking_a_stance_or_words_is_criticism_not_force(text, target):
    found = coded_events(text)
    assert not [f for f in found if f[0] == "ASSAULT"], found
    assert any(f[0] == "ACCUSE" and target in f[3] for f in found), found


@pytest.mark.model
def test_troops_attacking_positions_is_still_force():
    found = coded_events("Ethiopian troops attacked Eritrean positions near the border.")
    assert any(f[0] == "ASSAULT" for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, kind", [
    ("The Swedish parliament passed a resolution calling on Chile to free its political "
     "prisoners.", "REQUEST"),
    ("Norway issued a statement urging Iceland to stop whaling.", "REQUEST"),
    ("Australia issued a statement deploring France's nuclear tests in the Pacific.", "ACCUSE"),
])
def test_a_text_calling_for_or_deploring_speaks_for_who_issued_it(text, kind):
    found = coded_events(text)
    sides = {"Chile": ("SWE", "CHL"), "Iceland": ("NOR", "ISL"), "France": ("AUS", "FRA")}
    source, target = next(v for k, v in sides.items() if k in text)
    assert kind in _types(found, source, target), found
