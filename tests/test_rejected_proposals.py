"""A rejection of a proposal is aimed at the proposal's author, named where the article tells
who proposed, put forward or drew up the same thing ("Spain proposed a tax ... Portugal
opposed the proposed tax"); and retaliation held out by a modal ("would retaliate against
Mexican goods", "may retaliate") threatens whoever it would answer, as retaliation held out on
a condition does. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Spain proposed a tax on imported fish last month. Portugal and Greece opposed the "
    "proposed tax on Tuesday.",
    "Portugal and Greece opposed a proposed tax on fish, which was put forward by Spain.",
    "Portugal and Greece rejected the plan on Monday. The plan was drawn up by Spain last "
    "year.",
])
def test_a_rejected_proposal_answers_its_author(text):
    found = coded_events(text)
    assert ("REJECT", "120", {"PRT", "GRC"}, {"ESP"}) in found, found


@pytest.mark.model
def test_the_author_of_another_thing_is_not_the_one_answered():
    found = coded_events("Spain proposed a ban on drift nets. France proposed a tax on fuel. "
                         "Portugal opposed the proposed tax.")
    assert ("REJECT", "120", {"PRT"}, {"FRA"}) in found, found
    assert not [f for f in found if f[0] == "REJECT" and "ESP" in f[3]], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Canada said there was no doubt that Ottawa would retaliate against Mexican goods.",
    "Canada may retaliate against Mexico, the minister said.",
])
def test_retaliation_held_out_is_a_threat(text):
    found = coded_events(text)
    assert [f for f in found if f[0] == "THREATEN" and f[2] == {"CAN"} and f[3] == {"MEX"}], \
        found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Canada said it would not retaliate against Mexico.",
    "Canada retaliated against Mexico last year.",
    "Officials did not name the goods on which Canada might retaliate against Mexico.",
])
def test_retaliation_denied_done_or_described_is_no_threat(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] == "THREATEN"], found


@pytest.mark.model
def test_a_request_refused_answers_the_side_that_asked():
    found = coded_events("Canada asked South Korea to buy 200 aircraft. Japan offered to "
                         "sell rice to Peru. South Korea rejected the request.")
    assert ("REJECT", "120", {"KOR"}, {"CAN"}) in found, found
    assert not [f for f in found if f[0] == "REJECT" and "JPN" in f[3]], found


@pytest.mark.model
def test_a_demand_with_a_penalty_is_an_ultimatum():
    found = coded_events("Argentina said Chile must open its market to Argentine wheat or "
                         "face sanctions.")
    assert ("THREATEN", "139", {"ARG"}, {"CHL"}) in found, found


@pytest.mark.model
def test_a_demand_without_a_penalty_stays_a_demand():
    found = coded_events("Argentina said Chile must open its market to Argentine wheat.")
    assert [f for f in found if f[0] == "REQUEST" and f[3] == {"CHL"}], found
    assert not [f for f in found if f[0] == "THREATEN"], found


@pytest.mark.model
def test_retaliation_answers_the_last_hostile_act_against_the_side():
    found = coded_events("Peru seized two Ecuadorean fishing boats and Ecuador bombed a "
                         "Colombian village. Colombia said it would retaliate.")
    assert ("THREATEN", "130", {"COL"}, {"ECU"}) in found, found


@pytest.mark.model
def test_the_commission_of_the_community_is_an_international_body():
    found = coded_events("Spain and Italy opposed a proposed tax on olive oil, which the "
                         "Commission put forward last month as part of the European "
                         "Community's farm price package.")
    assert ("REJECT", "120", {"ESP", "ITA"}, {"European Commission"}) in found, found


@pytest.mark.model
def test_a_commission_outside_a_community_story_is_no_european_body():
    found = coded_events("Spain and Italy opposed a proposed tax on olive oil, which the "
                         "Commission put forward last month.")
    assert not [f for f in found if "European Commission" in f[3]], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "President Mitterrand said he planned to raise duties on as much as 80 mln dlrs in "
    "Spanish wine exports to France.",
    "French President Mitterrand said he would raise duties on 80 mln dlrs in Spanish wine "
    "imports into France.",
])
def test_a_levy_falls_on_the_state_the_goods_come_from(text):
    found = coded_events(text)
    assert [f for f in found if f[0] == "THREATEN" and f[2] == {"FRA"} and f[3] == {"ESP"}], \
        found
    assert not [f for f in found if f[3] == {"FRA"}], found


@pytest.mark.model
def test_a_threat_in_a_relative_clause_falls_on_the_noun_it_describes():
    found = coded_events("A Peruvian trawler which Chile had threatened to board went home.")
    assert [f for f in found if f[0] == "THREATEN" and f[2] == {"CHL"} and f[3] == {"PER"}], \
        found


@pytest.mark.model
def test_a_threat_on_the_person_described_is_not_aimed_at_a_side_named_later():
    found = coded_events("The Peruvian minister who Chile had threatened to expel said "
                         "Bolivia would help.")
    assert ("THREATEN", "131", {"CHL"}, {"PER"}) in found, found
    assert not [f for f in found if f[0] == "THREATEN" and "BOL" in f[3]], found
