"""Inviting a side to visit or to talk is an offer to meet (AGREE 036, as the record's
contract says), not a meeting: the verb dictionary files "invite" under meetings (040), and
with a visit as its complement the coder found no act at all. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile invited Peruvian Foreign Minister Jose Ruiz to visit Santiago.",
    "Chile invited Peru to talks on the border.",
])
def test_an_invitation_is_an_offer_to_meet(text):
    found = coded_events(text)
    assert ("AGREE", "036", {"CHL"}, {"PER"}) in found, found
