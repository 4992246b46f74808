"""A body's meeting told as held is the body's meeting (CONSULT 040, multilateral) wherever the
article tells it: one its members are to attend, one attended, hosted or chaired, one "held"
somewhere. A body's meeting only mentioned past the lead ("after last December's OPEC
meeting") stays background. A gathering, conference or session that names a body as its own
("a gathering of EC finance ministers") is that body's meeting, as "meeting" is; the one who
speaks after it is one of those who met, no side of his own. A meeting "of" two or more states
named is theirs ("tomorrow's meeting of the U.S., Japan and France"); a delegation at a
body's meeting takes part in it for its state. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events, extracted

# two sentences of lead, so that the sentence tested is told past it
LEAD = ("Coffee prices fell sharply on world markets this week, traders said. "
        "Dealers in London said the market was quiet. ")


def _body_meetings(text: str, body: str) -> list[tuple[str, str, set, set]]:
    return [f for f in coded_events(text) if f[0] == "CONSULT" and body in f[2] | f[3]]


@pytest.mark.model
@pytest.mark.parametrize("sentence, body", [
    ("Delegates from all member countries of the Group of 77 are expected to attend the "
     "meeting in Lima.", "Group of 77"),
    ("Traders said the OPEC meeting will be held in Vienna on June 25.",
     "Organization of the Petroleum Exporting Countries"),
    ("A gathering of OPEC oil ministers was held in Vienna last week.",
     "Organization of the Petroleum Exporting Countries"),
    ("The minister was speaking after an informal gathering of European Community trade "
     "ministers held to prepare for the Uruguay Round.", "European Community"),
])
def test_a_meeting_told_as_held_is_the_bodys(sentence, body):
    text = LEAD + sentence
    found = _body_meetings(text, body)
    assert ("CONSULT", "040", {body}, set()) in found, describe_events(extracted(text))


@pytest.mark.model
@pytest.mark.parametrize("sentence, body", [
    ("Ruiz said the price drop came after last December's OPEC meeting.",
     "Organization of the Petroleum Exporting Countries"),
    ("The price rose after the OPEC meeting in December last year.",
     "Organization of the Petroleum Exporting Countries"),
    ("Information gathering by the European Community has improved.", "European Community"),
    ("The European Community minister told a news conference that prices would rise.",
     "European Community"),
])
def test_a_meeting_only_mentioned_stays_background(sentence, body):
    text = LEAD + sentence
    assert not _body_meetings(text, body), describe_events(extracted(text))


@pytest.mark.model
@pytest.mark.parametrize("sentence, states", [
    ("Next week's meeting of the United States, Japan, France and Britain is seen as the key "
     "meeting.", {"USA", "JPN", "FRA", "GBR"}),
    ("Tomorrow's Group of Seven meeting - of the U.S., Japan, West Germany, France, the U.K., "
     "Italy and Canada - is seen as the key meeting.",
     {"USA", "JPN", "DEU", "FRA", "GBR", "ITA", "CAN"}),
])
def test_the_states_a_meeting_is_of_meet(sentence, states):
    text = LEAD + sentence
    found = [f for f in coded_events(text) if f[0] == "CONSULT"]
    assert [f for f in found if f[2] | f[3] == states], describe_events(extracted(text))


@pytest.mark.model
def test_a_meeting_of_one_states_board_is_no_meeting_of_states():
    text = LEAD + "The meeting of the board of Japan's central bank ended on Friday."
    found = [f for f in coded_events(text) if f[0] == "CONSULT"]
    assert not found, describe_events(extracted(text))


@pytest.mark.model
@pytest.mark.parametrize("sentence, state, body", [
    ("The official, a member of the Indian delegation at the Asian Development Bank's annual "
     "meeting here, told Reuters the bank would lend more.", "IND", "Asian Development Bank"),
    ("The Brazilian delegation to the OPEC meeting said prices would rise.", "BRA",
     "Organization of the Petroleum Exporting Countries"),
])
def test_a_delegation_at_a_bodys_meeting_takes_part(sentence, state, body):
    text = LEAD + sentence
    found = _body_meetings(text, body)
    assert [f for f in found if f[2] | f[3] == {state, body}], describe_events(extracted(text))
