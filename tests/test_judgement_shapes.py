"""How news phrases blame beyond "X accused Y": a passive judgement with its judge in a "by"
phrase ("the plan was described by Mexico as unfair", "a position described by ... as
unfair", summing up the clause it hangs on), a judgement adjective the parser hangs on "as"
("described the plan as discriminatory"), an act seen "as violating" a pact, "each side
blaming the other" after a pair named in the sentence, a verb of blame whose shared
dictionary block holds patterns of delay ("accused aid donors of ..." halts no aid), and a
worry in the subjunctive ("concerned that Japan do more"), which asks and does not accuse.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events, extracted

pytestmark = pytest.mark.model


def _accusations(text: str) -> list[tuple[set, set]]:
    return [(a, r) for t, _, a, r in coded_events(text) if t == "ACCUSE"]


def test_as_adjective_judges_the_plans_author():
    text = "Mexico's foreign minister described the Canadian plan as discriminatory."
    assert ({"MEX"}, {"CAN"}) in _accusations(text), describe_events(extracted(text))


def test_passive_judgement_by_phrase():
    text = "The Canadian plan was described by Mexico's foreign minister as discriminatory."
    assert ({"MEX"}, {"CAN"}) in _accusations(text), describe_events(extracted(text))


def test_passive_call_with_by_phrase():
    text = "The Canadian position was called unfair by Mexico's trade minister."
    assert ({"MEX"}, {"CAN"}) in _accusations(text), describe_events(extracted(text))


def test_noun_summing_up_the_clause_is_its_subjects_act():
    text = ("Washington has said it would not lift the quota unless Ottawa cut its tariffs, "
            "a stance described today by Mexico's trade minister as unfair.")
    found = _accusations(text)
    assert any(a >= {"MEX"} and r == {"USA"} for a, r in found), describe_events(
        extracted(text))


def test_praise_by_passive_is_no_accusation():
    text = "The Canadian plan was described by Mexico's foreign minister as a good step."
    assert not _accusations(text), describe_events(extracted(text))


def test_seen_as_violating_a_pact():
    text = "Australian officials view the Japanese quota as violating the trade agreement."
    assert ({"AUS"}, {"JPN"}) in _accusations(text), describe_events(extracted(text))


def test_each_side_blaming_the_other():
    text = ("The meeting ended in acrimony between Peru and Chile, with each side blaming the "
            "other for the collapse of the talks.")
    found = _accusations(text)
    assert ({"PER"}, {"CHL"}) in found and ({"CHL"}, {"PER"}) in found, describe_events(
        extracted(text))


def test_each_side_needs_exactly_two_sides_named():
    text = ("Talks between Peru, Chile and Bolivia ended, with each side blaming the other for "
            "the failure.")
    assert not _accusations(text), describe_events(extracted(text))


def test_each_side_helping_the_other_is_no_blame():
    text = "Peru and Chile agreed that each side would help the other after the floods."
    assert not _accusations(text), describe_events(extracted(text))


def test_accusing_aid_donors_halts_no_aid():
    text = ("Congo's president accused international aid donors of failing to provide the "
            "help they promised.")
    found = coded_events(text)
    assert any(t == "ACCUSE" and a == {"COG"} for t, _, a, _r in found), found
    assert not any(t == "SANCTION" for t, *_ in found), found


def test_blaming_the_plan_shelves_nothing():
    text = "The Kenyan minister blamed the British plan for the fall in coffee prices."
    found = coded_events(text)
    assert not any(t == "SANCTION" for t, *_ in found), found


def test_condemned_to_prison_is_still_a_sentence():
    text = "A Lagos court condemned the British engineer to ten years in prison."
    found = coded_events(text)
    assert any(t == "COERCE" for t, *_ in found), found


def test_worry_in_the_subjunctive_asks():
    text = "He said the Group of Seven countries were concerned that Japan do more to " \
           "stimulate domestic demand."
    found = coded_events(text)
    assert any(t == "REQUEST" and r == {"JPN"} for t, _, _a, r in found), found
    assert not any(t == "ACCUSE" for t, *_ in found), found
