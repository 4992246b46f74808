"""Threats news states without the word: giving a side days to act is an ultimatum; a vow of
retaliation made after an attack is aimed at the attacker, even when the parser hangs the vow
on the reported clause or a later sentence says "it". Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events, extracted


def _threats(text: str) -> list[tuple[set, set, str]]:
    record = extracted(text)
    names = {a.id: a.country for a in record.actors}
    return [({names[x] for x in e.actor}, {names[x] for x in e.recipient}, e.cameo)
            for e in record.events if e.event == "THREATEN"]


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("The Arab League gave Libya ten days to hand over the suspects.", None, "LBY"),
    ("Washington has given Baghdad 72 hours to pull its troops out of the border zone.",
     "USA", "IRQ"),
])
def test_a_span_of_time_to_act_is_an_ultimatum(text, source, target):
    found = _threats(text)
    assert any(target in t and (source is None or source in s) and c == "139"
               for s, t, c in found), describe_events(extracted(text))


@pytest.mark.model
def test_what_the_side_must_do_is_no_act_of_its_own():
    record = extracted("The Arab League gave Libya ten days to hand over the suspects.")
    assert [e.event for e in record.events] == ["THREATEN"], describe_events(record)


@pytest.mark.model
def test_a_loan_given_to_build_roads_is_no_ultimatum():
    assert not _threats("France gave Senegal a loan to build roads.")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the parser hangs the speaker's second act on the reported clause
    "Syria said two soldiers were wounded in an Israeli air raid and vowed retaliation.",
    # "it" as subject continues the last subject, not the nearest state named
    "Syria said two soldiers were wounded in an air raid by Israel. It vowed retaliation.",
])
def test_a_vow_of_retaliation_is_the_speakers_at_the_attacker(text):
    found = _threats(text)
    assert any("SYR" in s and "ISR" in t for s, t, _ in found), describe_events(extracted(text))


@pytest.mark.model
def test_an_officer_warning_what_his_own_state_will_do_threatens():
    text = ("Egypt's defence minister warned that Egypt would close the Suez Canal if its "
            "ships were attacked.")
    found = _threats(text)
    assert any("EGY" in s for s, _, _ in found), describe_events(extracted(text))


@pytest.mark.model
def test_a_warning_of_what_another_state_will_suffer_is_no_threat():
    assert not _threats("France warned that Germany would suffer from the new tariffs.")


@pytest.mark.model
@pytest.mark.parametrize("verb", ["recommended", "proposed"])
def test_recommending_sanctions_threatens_them(verb):
    found = coded_events(f"The Canadian cabinet {verb} trade sanctions against Chile.")
    assert ("THREATEN", "1312", {"CAN"}, {"CHL"}) in found, found
