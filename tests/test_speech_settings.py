"""A meeting that is only where, or to whom, someone spoke ("told the meeting", "speaking to
the council's session", "told reporters during the bank's annual meeting", "had pledged at
OECD meetings") makes the speaker no participant of a meeting: the words are the act told.
Talks held with a partner named ("told reporters after talks with X") stay talks. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events, extracted


def _consults(text: str) -> list[tuple[str, str, set, set]]:
    return [f for f in coded_events(text) if f[0] == "CONSULT"]


@pytest.mark.model
@pytest.mark.parametrize("text,speaker", [
    ("Swedish Finance Minister Kjell-Olof Feldt told the meeting that interest rates would "
     "fall.", "SWE"),
    ("Speaking to the European Community's agriculture council meeting, Irish Farm Minister "
     "Joe Walsh said milk quotas were too low.", "IRL"),
    ("\"We are hopeful,\" Chilean Finance Minister Hernan Buchi told reporters during the "
     "World Bank's annual meeting here.", "CHL"),
    ("Canada and Australia had both pledged at OECD meetings to cut farm subsidies, the "
     "minister said.", "CAN"),
])
def test_a_speaker_at_a_meeting_meets_no_one_by_speaking(text, speaker):
    found = _consults(text)
    assert not [f for f in found if speaker in f[2] | f[3]], describe_events(extracted(text))


@pytest.mark.model
def test_talks_with_a_partner_named_are_kept():
    text = ("Chilean Finance Minister Hernan Buchi told reporters after talks with Argentine "
            "Economy Minister Juan Sourrouille that the debt plan was sound.")
    found = _consults(text)
    assert any({"CHL", "ARG"} <= f[2] | f[3] for f in found), describe_events(extracted(text))


@pytest.mark.model
def test_meeting_with_a_partner_is_kept():
    text = ("Swedish Finance Minister Kjell-Olof Feldt met Norwegian Prime Minister Gro Harlem "
            "Brundtland in Oslo on Monday.")
    found = _consults(text)
    assert any({"SWE", "NOR"} <= f[2] | f[3] for f in found), describe_events(extracted(text))


@pytest.mark.model
def test_a_joint_appearance_is_a_meeting():
    text = ("United Nations envoy Kurt Hansen and Lebanese Foreign Minister Fares Boueiz "
            "announced on Sunday at a joint news conference that the talks had gone well.")
    found = _consults(text)
    assert any("LBN" in f[2] | f[3] for f in found), describe_events(extracted(text))
