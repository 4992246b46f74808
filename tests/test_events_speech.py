"""Verbal acts: who speaks, at whom, and what kind of statement it is.

Sentences written for these tests (none comes from the examples). They cover the speaker and
target read from the parse (asides on a name, an envoy's posting, the lead's subject hung on
the dateline, the speaker's side), the statements themselves (reciprocal blame, "what he called
X's failure", stance adjectives, "called for X to be lifted", claims that are no demands,
restated and retold statements) and people's countries the article states or implies.
"""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Event, Record

pytestmark = pytest.mark.model

PUBLISHED = "2024-03-07"


@cache
def run(text: str, published: str = PUBLISHED) -> Record:
    return accords.extract(text, published=published, id="speech-test")


def pairs(record: Record, event: str) -> list[tuple[frozenset, frozenset]]:
    """(actor countries or bodies, recipient countries or bodies) of each `event` event."""
    def side(a: str) -> str | None:
        actor = record.actor(a)
        return actor.country or actor.name
    return [(frozenset(side(a) for a in e.actor), frozenset(side(a) for a in e.recipient))
            for e in record.events if e.event == event]


def describe(record: Record) -> str:
    n = {a.id: f"{a.name}({a.country})" for a in record.actors}
    return "\n".join(f"{e.event}/{e.cameo}/{e.modality} {[n[a] for a in e.actor]} -> "
                     f"{[n[a] for a in e.recipient]}" for e in record.events) or "no events"


def events_of(record: Record, event: str) -> list[Event]:
    return [e for e in record.events if e.event == event]


# --- who speaks ----------------------------------------------------------------------------------

def test_an_aside_on_the_speakers_name_is_not_a_second_speaker() -> None:
    record = run("Pedro Alvarez, Chile's delegate to the World Trade Organization, urged "
                 "Argentina to lift its wheat tariffs.")
    assert pairs(record, "REQUEST") == [(frozenset({"CHL"}), frozenset({"ARG"}))], \
        describe(record)


def test_an_envoy_speaks_for_the_state_that_sent_him() -> None:
    record = run("The Dutch ambassador to the United Nations urged Venezuela to release the "
                 "detained journalists.")
    assert pairs(record, "REQUEST") == [(frozenset({"NLD"}), frozenset({"VEN"}))], \
        describe(record)


def test_the_leads_subject_hung_on_the_dateline_is_still_the_subject() -> None:
    record = run("OSLO REJECTS SWEDISH CLAIMS\nOSLO, May 4 - Norway, a close partner of "
                 "Denmark in the fisheries talks, today rejected charges that its trawlers had "
                 "fished illegally in Swedish waters.", published="1987-05-04")
    rejections = pairs(record, "REJECT")
    assert rejections and all(actor == frozenset({"NOR"}) for actor, _ in rejections), \
        describe(record)


def test_a_person_described_with_a_country_acts_for_it() -> None:
    record = run("Canadian Undersecretary for Trade Policy Martin Fell urged Brazil to "
                 "open its market to Canadian pork.")
    person = next(a for a in record.actors if a.kind == "person")
    assert person.country == "CAN", record.actors


def test_an_official_of_the_datelines_state_is_that_states() -> None:
    record = run("OTTAWA, June 3 - Foreign Ministry spokesman Paul Leclerc said Canada had "
                 "urged Cuba to free the two detained engineers.", published="1987-06-03")
    person = next(a for a in record.actors if a.kind == "person")
    assert person.country == "CAN", record.actors


def test_a_secretary_general_speaks_for_the_one_body_named() -> None:
    record = run("A spokesman for the United Nations said Secretary-General Kwame Mensah urged "
                 "Sudan to open the border crossings to aid convoys.")
    requests = [e for e in events_of(record, "REQUEST")
                if any(record.actor(a).kind == "international" for a in e.actor)]
    assert requests, describe(record)


# --- what is said --------------------------------------------------------------------------------

def test_blaming_each_other_is_an_accusation_each_way() -> None:
    record = run("Peru and Ecuador have blamed each other for the collapse of the border "
                 "talks.")
    assert set(pairs(record, "ACCUSE")) == {
        (frozenset({"PER"}), frozenset({"ECU"})), (frozenset({"ECU"}), frozenset({"PER"}))}, \
        describe(record)


def test_laying_the_blame_on_the_other_is_reciprocal() -> None:
    record = run("Peru and Ecuador have each laid the blame on the other for the collapse of "
                 "the talks.")
    assert len(events_of(record, "ACCUSE")) == 2, describe(record)


def test_what_he_called_a_failure_criticises_its_doer() -> None:
    record = run("Last week Danish Prime Minister Lars Holm imposed quotas on cod in response "
                 "to what he called Norway's failure to respect the fishing accord.")
    assert (frozenset({"DNK"}), frozenset({"NOR"})) in pairs(record, "ACCUSE"), \
        describe(record)


def test_a_stance_adjective_judges_the_one_it_is_about() -> None:
    record = run("Officials said Kenya was very supportive of the Ethiopian role in the peace "
                 "process.")
    assert (frozenset({"KEN"}), frozenset({"ETH"})) in pairs(record, "SUPPORT"), \
        describe(record)
    record = run("Mexico is highly critical of the Guatemalan border measures.")
    assert (frozenset({"MEX"}), frozenset({"GTM"})) in pairs(record, "ACCUSE"), \
        describe(record)


def test_calling_for_an_end_to_a_states_measure_asks_that_state() -> None:
    record = run("Uruguay called for an end to Brazil's special exemption from the Mercosur "
                 "tariff rules.")
    assert pairs(record, "REQUEST") == [(frozenset({"URY"}), frozenset({"BRA"}))], \
        describe(record)


def test_calling_for_a_measure_to_be_lifted_asks_its_owner() -> None:
    record = run("The Canadian ban on Chilean wine imports was criticised in March. Chile and "
                 "Peru have repeatedly called for the ban to be lifted.")
    assert (frozenset({"CHL", "PER"}), frozenset({"CAN"})) in pairs(record, "REQUEST"), \
        describe(record)


def test_insisting_that_something_happened_demands_nothing() -> None:
    record = run("Italy insisted that the Albanian government had made great advances in "
                 "fighting smuggling.")
    assert not events_of(record, "REQUEST"), describe(record)
    record = run("Italy insisted it would not bow to pressure from Albania.")
    assert not events_of(record, "REQUEST"), describe(record)


def test_insisting_that_someone_must_act_demands_it() -> None:
    record = run("Italy insisted that Albania must stop the smuggling boats.")
    assert (frozenset({"ITA"}), frozenset({"ALB"})) in pairs(record, "REQUEST"), \
        describe(record)


def test_a_demand_of_a_passive_clause_asks_no_one_named() -> None:
    record = run("Officials in Kenya met on Monday. Norway said Kenya's request must be "
                 "handled independently of politics.")
    assert not events_of(record, "REQUEST"), describe(record)


def test_an_appeal_told_again_is_one_event() -> None:
    record = run("Poland urged Belarus to reopen the border crossings. Officials met in "
                 "Warsaw on Monday. Later the Polish government again urged Belarus to "
                 "reopen the crossings.")
    assert len(events_of(record, "REQUEST")) == 1, describe(record)


def test_a_definite_appeal_retells_the_one_before() -> None:
    record = run("Portugal called for an end to Spain's fishing exemption. Portuguese delegate "
                 "Rui Costa made the appeal at a meeting in Brussels.")
    assert len(events_of(record, "REQUEST")) == 1, describe(record)


def test_a_filed_complaint_is_aimed_at_the_other_side_of_the_row() -> None:
    record = run("The United States has asked the European Union to change its customs rules. "
                 "The US said it filed the complaint after talks failed.")
    accusations = pairs(record, "ACCUSE")
    assert any("European Union" in recipient for _, recipient in accusations), describe(record)


def test_refusing_to_bow_to_demands_rejects_who_made_them() -> None:
    record = run("The talks came despite a Russian demand for Georgia to withdraw its "
                 "troops. Georgia insisted it would not bow to demands to withdraw.")
    assert (frozenset({"GEO"}), frozenset({"RUS"})) in pairs(record, "REJECT"), \
        describe(record)


def test_an_act_is_not_aimed_at_its_doers_own_side() -> None:
    record = run("LONDON, April 3 - Trade Minister John Hale said he will use a coming trip "
                 "to Tokyo to seek a memorandum between Britain and Japan on fraud.",
                 published="1987-04-03")
    for _, recipient in pairs(record, "REQUEST"):
        assert "GBR" not in recipient, describe(record)


# --- feelings: the one who feels reacts to the one who caused it ---------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Kenya was angered by Uganda's decision to close the border.", "KEN", "UGA"),
    ("The Indian government was alarmed by Pakistan's missile test on Sunday.", "IND", "PAK"),
    ("Tokyo was dismayed at the American decision to raise tariffs.", "JPN", "USA"),
])
def test_a_side_upset_by_another_disapproves_of_it(text: str, source: str,
                                                   target: str) -> None:
    record = run(text)
    assert (frozenset({source}), frozenset({target})) in pairs(record, "ACCUSE"), \
        describe(record)
    assert (frozenset({target}), frozenset({source})) not in pairs(record, "ACCUSE"), \
        describe(record)


def test_a_side_pleased_by_another_approves_of_it() -> None:
    record = run("Britain was pleased by the French offer of talks on fishing rights.")
    assert (frozenset({"GBR"}), frozenset({"FRA"})) in pairs(record, "SUPPORT"), \
        describe(record)
    assert not pairs(record, "ACCUSE"), describe(record)


def test_a_relative_clause_on_the_speaker_names_no_second_speaker() -> None:
    record = run("Swiss banks were criticised by French church groups who say the loans "
                 "prop up the South African government.")
    sides = pairs(record, "ACCUSE")
    assert sides and all("ZAF" not in source for source, _ in sides), describe(record)


def test_a_name_written_family_name_first_is_shortened_to_its_first_word() -> None:
    record = run("Singapore's trade minister Lee Boon Hock arrived in Jakarta on Monday. "
                 "Lee later criticised the Indonesian export ban.")
    accusations = events_of(record, "ACCUSE")
    assert accusations, describe(record)
    assert {record.actor(a).name for a in accusations[0].actor} == {"Lee Boon Hock"}, \
        describe(record)


def test_an_unresolved_speakers_travels_do_not_make_him_speak_for_them() -> None:
    record = run("Jones, in Paris on a tour of Europe and Asia, criticised Iran.")
    assert all("FRA" not in source for source, _ in pairs(record, "ACCUSE")), describe(record)


def test_what_a_group_is_doing_names_no_second_speaker() -> None:
    record = run("Brazilian business leaders attending a dinner with President Jose Sarney "
                 "called on Argentina to pay its debts.")
    requests = events_of(record, "REQUEST")
    assert requests, describe(record)
    assert {record.actor(a).name for a in requests[0].actor} != {"Jose Sarney"}, \
        describe(record)
    assert (frozenset({"BRA"}), frozenset({"ARG"})) in pairs(record, "REQUEST"), describe(record)


# --- wanting, readiness to retaliate, "too ... to" -----------------------------------------------

def test_wanting_another_side_to_act_is_asking_it_to() -> None:
    record = run("The United States wants South Korea to open its rice market.")
    assert (frozenset({"USA"}), frozenset({"KOR"})) in pairs(record, "REQUEST"), describe(record)
    assert not pairs(record, "AGREE"), describe(record)


def test_being_prepared_to_retaliate_is_a_threat() -> None:
    record = run("Canada is prepared to retaliate against the European Community.")
    assert pairs(record, "THREATEN"), describe(record)
    assert not pairs(record, "AGREE"), describe(record)


def test_too_far_apart_to_agree_is_no_agreement() -> None:
    record = run("Chile and Peru were too far apart to allow a quick agreement on fishing "
                 "rights.")
    assert all(e.modality == "negated" for e in events_of(record, "AGREE")), describe(record)
    assert all(a.modality == "negated" for a in record.agreements), describe(record)


def test_the_place_of_a_meeting_is_no_target_of_what_was_said_there() -> None:
    record = run("EC farm ministers gave their support for a new spending scheme at a meeting in "
                 "Luxembourg on Tuesday.")
    assert all("LUX" not in target for _, target in pairs(record, "SUPPORT")), describe(record)


# --- warnings that foresee, threats by things -----------------------------------------------------

def test_a_warning_about_what_others_may_face_is_no_threat() -> None:
    record = run("The Kuwaiti daily al-Qabas warned that OPEC's official prices could face fresh "
                 "pressure.")
    assert not pairs(record, "THREATEN"), describe(record)


def test_a_warning_of_ones_own_act_is_a_threat() -> None:
    for text in ("Iran warned that it would retaliate against Iraq.",
                 "Iran warned that Iraqi attacks would be answered with force."):
        record = run(text)
        assert (frozenset({"IRN"}), frozenset({"IRQ"})) in pairs(record, "THREATEN"), \
            describe(record)


def test_a_dispute_that_threatens_to_become_a_war_is_no_threat() -> None:
    record = run("A dispute over grain markets threatened to become a trade war between Spain "
                 "and the United States.")
    assert not pairs(record, "THREATEN"), describe(record)


def test_a_feeling_caused_by_no_side_is_no_event() -> None:
    record = run("The proposed tax on oils and fats angered Spanish consumer groups.")
    assert not pairs(record, "ACCUSE"), describe(record)


def test_making_a_visit_is_the_visit_not_an_intent() -> None:
    record = run("Japanese Prime Minister Yasuhiro Nakasone will make an official visit to the "
                 "United States next month.")
    assert not pairs(record, "AGREE"), describe(record)
    assert pairs(record, "CONSULT"), describe(record)


@pytest.mark.parametrize("text", [
    "None of the OPEC members has asked Saudi Arabia for an emergency meeting.",
    "No country has asked Iran for talks.",
    "Brazil did not criticise the United States.",
])
def test_what_nobody_did_is_negated(text: str) -> None:
    record = run(text)
    assert all(e.modality == "negated" for e in record.events), describe(record)
