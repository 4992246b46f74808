""""Meet" whose object is a thing meets nobody: "prepared to meet any escalation by Chile
with countermeasures" is no intent to meet Chile, while "agreed to meet the Chilean
delegation" is. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
def test_meeting_an_escalation_is_no_meeting():
    found = coded_events("Peru will be prepared to meet any escalation of military actions "
                         "by Chile with stronger countermeasures, the Peruvian defence "
                         "minister said.")
    assert not any(f[1] in ("036", "040") for f in found), found


@pytest.mark.model
def test_meeting_a_delegation_is_an_intent_to_meet():
    found = coded_events("Peru agreed to meet the Chilean delegation next week.")
    assert any(f[1] == "036" and f[2] == {"PER"} for f in found), found
