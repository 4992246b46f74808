"""Events read from held-out news that named no second side, or a side that only the topic
names. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile wants to reduce its budget deficit this year.",
    "Peru is prepared to raise its interest rates, the central bank governor said.",
    "The Austrian government intends to keep tight control of its railways.",
])
def test_an_intent_toward_no_other_side_is_no_event(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] == "AGREE"], found


@pytest.mark.model
@pytest.mark.parametrize("text, other", [
    ("Norway is willing to send medical supplies to help rebuild Nicaragua.", "NIC"),
    ("The Swiss firm aims to build a chemical plant with a state company in Ghana.", "GHA"),
    ("Egypt is ready to withdraw its troops from Libya.", "LBY"),
])
def test_an_intent_that_names_another_side_stays(text, other):
    found = coded_events(text)
    assert any(f[0] == "AGREE" and other in f[2] | f[3] for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    '"The Frankfurt exchange offers Indian companies a listing in Europe," a spokesman said.',
    '"Kenya Airways offers German tourists cheap flights to Mombasa," its chairman said.',
])
def test_what_is_on_offer_in_reported_speech_is_no_act(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] in ("AGREE", "AID", "COOPERATE")], found


@pytest.mark.model
def test_a_side_named_only_by_the_topic_is_no_recipient():
    found = coded_events("France and Italy plan to discuss the dispute over fishing quotas "
                         "with Morocco at their summit in Rome.")
    assert not [f for f in found if "MAR" in f[3]], found


@pytest.mark.model
def test_a_company_of_soldiers_offered_for_another_state_goes_to_that_state():
    found = coded_events("Canada has offered to send a company of 90 engineers to help "
                         "rebuild bridges in Haiti.")
    assert any(f[0] == "AGREE" and f[3] == {"HTI"} for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text, other", [
    ("Argentina refused to allow an issue of Chilean bonds.", "CHL"),
    ("The rebels threatened to resume attacks in Angola.", "AGO"),
])
def test_the_owner_or_place_inside_the_object_stays_the_target(text, other):
    found = coded_events(text)
    assert any(other in f[3] for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Greece does not seek a confrontation with Turkey, the foreign minister said.",
    "Japan did not ask the United States for help, the ministry said.",
    "Canada had not intended to hurt Mexican farmers, the trade minister said.",
])
def test_an_appeal_or_intent_denied_is_no_event(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] in ("AGREE", "REQUEST")], found


@pytest.mark.model
def test_a_withheld_act_is_still_a_refusal():
    found = coded_events("Canada will not export uranium to India.")
    assert [f[0] for f in found] == ["REJECT"], found


@pytest.mark.model
def test_telling_what_is_the_case_is_no_order():
    found = coded_events("Mexican Finance Minister Pedro Aspe said the talks went well. He "
                         "told reporters, Citibank, which heads the bank committee, is "
                         "consulting other creditors on a refinancing plan.")
    assert not [f for f in found if f[1] == "100"], found


@pytest.mark.model
def test_telling_another_side_to_act_is_an_order():
    found = coded_events("Britain told Japan to open its markets.")
    assert ("REQUEST", "100", {"GBR"}, {"JPN"}) in found, found
