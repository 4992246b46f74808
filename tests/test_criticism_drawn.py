"""Accusations told other than by a verb of accusing: criticism or protest a side's act "drew
from" another side (the critic is the "from" phrase's side, not the clause's subject); a side
"attacked for" what it did (words, not force); a side "taken to court"; worry "about" another
side's act; and a wrong named in the speaker's own words ("what it sees as ...") inside a
demand. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _accusations(found):
    return [f for f in found if f[0] == "ACCUSE"]


@pytest.mark.model
@pytest.mark.parametrize("text, critic, criticised", [
    ("The Canadian plan drew sharp criticism from the United States.", "USA", "CAN"),
    ("Japan's decision sparked strong protest from the United States.", "USA", "JPN"),
    ("The Brazilian proposal, which drew criticism from Argentina, was shelved.", "ARG", "BRA"),
])
def test_criticism_drawn_from_a_side_is_that_sides(text, critic, criticised):
    found = _accusations(coded_events(text))
    assert ("ACCUSE", "111", {critic}, {criticised}) in found, found
    assert not [f for f in found if criticised in f[2]], found  # not the other way round


@pytest.mark.model
def test_protests_of_people_drawn_by_a_measure_are_no_criticism_by_a_state():
    found = coded_events("The new Chilean quotas sparked protests from farmers in Ohio.")
    assert not _accusations(found), found


@pytest.mark.model
@pytest.mark.parametrize("text, accuser, accused", [
    ("Germany attacked the European Commission for backing down from sanctions.", "DEU",
     "European Commission"),
    ("The Swedish minister attacked Norway for its fishing policy.", "SWE", "NOR"),
])
def test_a_side_attacked_for_what_it_did_is_criticised(text, accuser, accused):
    found = coded_events(text)
    assert ("ACCUSE", "111", {accuser}, {accused}) in found, found
    assert not [f for f in found if f[0] == "ASSAULT"], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Israeli jets attacked Syria for the second time this week.",
    "Iraq attacked Iran for eight hours on Sunday.",
])
def test_an_attack_for_a_while_is_still_force(text):
    found = coded_events(text)
    assert [f for f in found if f[0] == "ASSAULT"], found
    assert not _accusations(found), found


@pytest.mark.model
@pytest.mark.parametrize("text, plaintiff, defendant", [
    ("Chile took Peru to the International Court of Justice over the maritime border.", "CHL",
     "PER"),
    ("The Dutch government hauled Belgium before an arbitration tribunal last year.", "NLD",
     "BEL"),
])
def test_taking_a_side_to_court_sues_it(text, plaintiff, defendant):
    found = coded_events(text)
    assert ("ACCUSE", "115", {plaintiff}, {defendant}) in found, found


@pytest.mark.model
def test_taking_people_to_a_camp_is_no_lawsuit():
    found = coded_events("The Peruvian army took the prisoners to a camp near the Chilean "
                         "border.")
    assert not _accusations(found), found


@pytest.mark.model
@pytest.mark.parametrize("text, worried, maker", [
    ("The Mexican minister said he was concerned about the American decision to cut oil "
     "imports.", "MEX", "USA"),
    ("The Japanese minister said he was concerned about a resolution on trade adopted by the "
     "Canadian parliament last week.", "JPN", "CAN"),
])
def test_worry_about_another_sides_act_criticises_it(text, worried, maker):
    found = _accusations(coded_events(text))
    assert [f for f in found if f[:2] == ("ACCUSE", "111") and worried in f[2] and
            maker in f[3]], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The French minister said he was concerned about the health of the Spanish king.",
    "The Italian minister said he was concerned about the weakness of the dollar.",
    "The French minister said he was not concerned about the German decision to cut rates.",
])
def test_worry_about_no_act_of_another_side_accuses_no_one(text):
    found = coded_events(text)
    assert not _accusations(found), found


@pytest.mark.model
def test_a_wrong_named_inside_a_demand_is_the_speakers_own_accusation():
    """The demand's complement is folded into the demand; the speaker's naming of a wrong in
    it ("what it sees as Korea's violations") is an act of its own."""
    found = coded_events("The Swiss parliament urged the government to impose tariffs on Korean "
                         "steel in retaliation for what it sees as Korea's violations of the "
                         "trade pact.")
    assert [f for f in found if f[:2] == ("ACCUSE", "112") and "KOR" in f[3]], found


@pytest.mark.model
@pytest.mark.parametrize("text, plaintiff, defendant", [
    ("The French firm is seeking damages in a lawsuit filed against the Dutch government.",
     "FRA", "NLD"),
    ("The Swedish company is also seeking $5bn in a separate US lawsuit against Norway.",
     "SWE", "NOR"),
])
def test_who_seeks_something_in_a_lawsuit_brings_it(text, plaintiff, defendant):
    """The one seeking damages in a lawsuit brings it; a country naming the lawsuit ("a US
    lawsuit") is the court's, not the plaintiff."""
    found = _accusations(coded_events(text))
    assert ("ACCUSE", "115", {plaintiff}, {defendant}) in found, found
    assert not [f for f in found if "USA" in f[2]], found


@pytest.mark.model
def test_a_complaint_filed_by_its_maker_stays_the_makers():
    found = coded_events("Japan filed a complaint against the United States with GATT.")
    assert ("ACCUSE", "114", {"JPN"}, {"USA"}) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text, critic, criticised, cameo", [
    ("The Canadian government pressed ahead with the tax despite strong American criticism.",
     "USA", "CAN", "111"),
    ("The Japanese embargo on fish imports from Peru is likely to be lifted next month despite "
     "Chilean objections.", "CHL", "JPN", "110"),
    ("The Asian bank will not change its decision to admit Vietnam despite protests from "
     "Thailand.", "THA", "Asian Development Bank", "111"),
])
def test_an_act_done_despite_a_sides_criticism_is_disapproved_by_it(text, critic, criticised,
                                                                      cameo):
    found = _accusations(coded_events(text))
    assert [f for f in found if f[1] == cameo and f[2] == {critic}], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The government pressed ahead with the reform despite strong criticism.",
    "The Labour government pressed ahead with the reform despite Conservative opposition.",
])
def test_criticism_of_no_other_side_named_accuses_no_one(text):
    found = coded_events(text)
    assert not _accusations(found), found


@pytest.mark.model
def test_a_states_boycott_is_a_boycott_not_a_complaint():
    found = coded_events("Thailand staged a boycott of the Asian Development Bank's annual "
                         "meeting.")
    assert [f for f in found if f[:2] == ("PROTEST", "143") and f[2] == {"THA"}], found
    assert not _accusations(found), found


@pytest.mark.model
def test_a_state_that_protests_still_complains():
    found = coded_events("France protested to Germany over the arrests.")
    assert ("ACCUSE", "114", {"FRA"}, {"DEU"}) in found, found
