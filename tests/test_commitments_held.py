"""Commitments held, renewed or made to another side (PLOVER AGREE): "remains committed to the
accord" and "reaffirmed their commitment to ..." are an intent to cooperate, not praise or a
bare declaration of support; a pledge made at another side's meeting is a commitment to it;
talks one is open to or hopes for are an intent to negotiate (036), not talks held. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _of(found, kind):
    return [f for f in found if f[0] == kind]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chancellor Kohl said Germany remains committed to the Plaza agreement.",
    "The minister said Germany was still committed to the Plaza accord.",
])
def test_remaining_committed_to_a_pact_is_an_intent_to_cooperate(text):
    found = coded_events(text)
    assert [f for f in found if f[0] == "AGREE" and f[2] == {"DEU"}], found
    assert not _of(found, "SUPPORT"), found


@pytest.mark.model
def test_a_commitment_reaffirmed_is_agreeing_not_support():
    found = coded_events("The Treasury said France, Britain and Italy had all reaffirmed their "
                         "commitment to stabilise exchange rates.")
    assert ("AGREE", "030", {"FRA", "GBR", "ITA"}, set()) in found, found
    assert not _of(found, "SUPPORT"), found


@pytest.mark.model
def test_a_commitment_reaffirmed_at_a_meeting_is_both_sides():
    found = coded_events("He said the French finance minister met with Italian officials on "
                         "Monday and reaffirmed their commitment to the Plaza agreement.")
    assert ("AGREE", "030", {"FRA", "ITA"}, set()) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The bank said Argentina is committed to winning the support of its creditors.",
    "Canada reaffirmed its opposition to the U.S. tariffs.",
])
def test_other_commitments_and_reaffirmations_agree_to_nothing(text):
    found = coded_events(text)
    assert not _of(found, "AGREE"), found


@pytest.mark.model
@pytest.mark.parametrize("text, body", [
    ("Italy and Spain had both pledged at EC meetings to cut their budget deficits.",
     "European Community"),
    ("Mexico promised at a meeting of OPEC ministers to restrain its oil output.",
     "Organization of the Petroleum Exporting Countries"),
])
def test_a_pledge_at_a_bodys_meeting_is_a_commitment_to_the_body(text, body):
    found = coded_events(text)
    assert [f for f in found if f[0] == "AGREE" and f[3] == {body}], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mexico promised at the meeting in Vienna to restrain its oil output.",
    "Japan pledged to cut its budget deficit.",
])
def test_a_pledge_to_no_one_is_no_event(text):
    found = coded_events(text)
    assert not _of(found, "AGREE"), found


@pytest.mark.model
@pytest.mark.parametrize("text, sides", [
    ('"We are always open to negotiations," a Japanese spokesman said of the U.S. tariffs.',
     ({"JPN"}, {"USA"})),
    ("He said Japan was open to talks with the United States on rice.", ({"JPN"}, {"USA"})),
    ("Officials said Japan raised the matter with France last week and is hoping for talks "
     "on the subject.", ({"JPN"}, {"FRA"})),
])
def test_talks_one_is_open_to_are_an_intent_to_negotiate(text, sides):
    found = coded_events(text)
    assert ("AGREE", "036", *sides) in found, found
    assert not _of(found, "CONSULT"), found


@pytest.mark.model
def test_talks_one_is_not_open_to_are_no_intent():
    found = coded_events("Brazil said it was not open to talks with Argentina on the border.")
    assert not _of(found, "AGREE"), found


@pytest.mark.model
def test_a_pledge_never_again_to_harm_another_side_is_an_assurance_to_it():
    found = coded_events("Britain pledged it would never again embargo arms shipments to Chile.")
    assert ("AGREE", "030", {"GBR"}, {"CHL"}) in found, found
    assert not [f for f in found if f[0] in ("THREATEN", "SANCTION")], found
