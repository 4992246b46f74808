"""Offers, promises and intents to negotiate (PLOVER AGREE): an invitation extended, repeated
or received ("had been invited to the bank's meeting") is an offer to meet (036); a pledge of
money is an intent to give aid; a promise not to harm another side is an assurance to it; a
readiness on a condition is offered to whoever must meet it; talks on joining a body,
announced, are a decision to negotiate; and a debtor's agreement with its lenders is an
agreeing between the two. Accepting another side's plan is
no threat of the act the plan names. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _agree(found):
    return [f for f in found if f[0] == "AGREE"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile extended an invitation to Argentina for talks on the border.",
    "Chile repeated an invitation to Argentina to take the border dispute to the court.",
])
def test_an_invitation_extended_is_an_offer_to_meet(text):
    found = coded_events(text)
    assert ("AGREE", "036", {"CHL"}, {"ARG"}) in found, found
    assert not [f for f in found if f[0] == "REQUEST"], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Taiwan has been invited to the Asian Development Bank's annual meeting in Manila.",
    "Taiwan has been invited to take part in the Asian Development Bank's annual meeting.",
])
def test_a_passive_invitation_comes_from_the_host_of_the_meeting(text):
    found = coded_events(text)
    assert ("AGREE", "036", {"Asian Development Bank"}, {"TWN"}) in found, found


@pytest.mark.model
def test_those_invited_along_with_the_subject_are_invited_too():
    found = coded_events("Peru, along with Chile and Bolivia, has been invited to attend the "
                         "Asian Development Bank's annual meeting.")
    assert ("AGREE", "036", {"Asian Development Bank"}, {"PER", "CHL", "BOL"}) in found, found
    # attending is what the invitation asks, no act agreed of its own
    assert not [f for f in found if f[0] == "AGREE" and f[1] != "036"], found


@pytest.mark.model
def test_an_invitation_to_a_meeting_of_no_one_named_has_no_inviter():
    found = coded_events("Taiwan has been invited to a meeting in Manila.")
    assert not _agree(found), found


@pytest.mark.model
def test_money_pledged_to_a_state_is_an_intent_to_give_aid():
    found = coded_events("Japan pledged 500 mln dlrs in new loans to Kenya.")
    assert ("AGREE", "0331", {"JPN"}, {"KEN"}) in found, found


@pytest.mark.model
def test_a_pledge_of_ones_own_act_is_no_event():
    found = coded_events("Japan pledged to cut its budget deficit.")
    assert not _agree(found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Britain promised that it would not attack Argentina.",
    "Britain promised it would not be a threat to the security of Argentina.",
])
def test_a_promise_not_to_harm_another_side_is_an_assurance_to_it(text):
    found = coded_events(text)
    assert ("AGREE", "030", {"GBR"}, {"ARG"}) in found, found
    assert not [f for f in found if f[0] in ("THREATEN", "ASSAULT")], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Britain promised that it would attack Argentina.",
    "Britain promised it would not raise taxes.",
])
def test_a_promise_to_harm_or_of_a_home_act_is_no_assurance(text):
    found = coded_events(text)
    assert not _agree(found), found


@pytest.mark.model
def test_accepting_another_sides_plan_is_no_threat():
    found = coded_events("Italy said it would accept a French plan to ban fishing in the "
                         "Adriatic.")
    assert not [f for f in found if f[0] == "THREATEN"], found
    assert ("AGREE", "030", {"ITA"}, {"FRA"}) in found, found


@pytest.mark.model
def test_announcing_ones_own_plan_still_threatens():
    found = coded_events("France announced plans to impose tariffs on Japanese goods.")
    assert [f for f in found if f[0] == "THREATEN" and f[3] == {"JPN"}], found


@pytest.mark.model
def test_a_readiness_on_a_condition_is_offered_to_whoever_must_meet_it():
    found = coded_events("Canada imposed sanctions on Japan last week. Prime Minister Brian "
                         "Mulroney said he would be prepared to lift the sanctions when Japan "
                         "opened its market.")
    # an intent to ease (035), not only the stance (030)
    assert [f for f in _agree(found) if f[1].startswith("035") and f[2] == {"CAN"} and
            f[3] == {"JPN"}], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The European Community is to hold membership talks with Malta.",
    "The European Community will open accession talks with Malta next year.",
])
def test_announced_accession_talks_are_an_intent_to_negotiate(text):
    found = coded_events(text)
    assert ("AGREE", "036", {"European Community"}, {"MLT"}) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The European Community held accession talks with Malta last week.",
    "The European Community will hold trade talks with Malta next year.",
])
def test_talks_held_or_on_other_matters_are_no_intent(text):
    found = coded_events(text)
    assert not _agree(found), found


@pytest.mark.model
def test_a_debtors_agreement_with_its_lenders_is_an_agreeing_between_them():
    found = coded_events("Peru has reached agreement with its bank advisory committee on a "
                         "rescheduling of two billion dlrs of commercial bank debt.")
    agreed = [f for f in _agree(found) if f[2] == {"PER"}]
    assert agreed and all(f[3] and "PER" not in f[3] for f in agreed), found


@pytest.mark.model
def test_an_agreement_of_one_side_alone_gives_no_event():
    found = coded_events("Peru's cabinet has reached agreement on a new budget for 1988.")
    assert not _agree(found), found
