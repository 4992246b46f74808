"""An agreeing only awaited or ruled out is no AGREE: the clause of "until" in the present (a
time still to come) or of "unless", the complement of a doubt ("is unlikely to agree", "it is
unlikely that they will agree"), and a prospect denied ("there is no question of Chile agreeing
to"). An agreeing told in the past after "until", and a prospect not denied, stay. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _agree(found):
    return [f for f in found if f[0] == "AGREE"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru's finance minister said there is no question of Peru agreeing to a new austerity "
    "programme with the IMF.",
    "The minister said there could be no question of Kenya accepting an IMF austerity plan.",
    "Dealers expect no purchases of rice until the ASEAN ministers agree to the new price "
    "package.",
    "Officials said it is unlikely that Japan and Canada will agree on the removal of the "
    "lumber duties.",
    "Officials said Japan is unlikely to agree to the Canadian quotas on beef.",
    "Ottawa will keep the duties unless Japan agrees to the Canadian beef quotas.",
])
def test_an_agreeing_awaited_or_ruled_out_is_none(text):
    found = coded_events(text)
    assert not _agree(found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The talks with Peru went on for a week until Chile agreed to lower its copper tariffs.",
    "Japan and Canada agreed on the removal of the lumber duties on Tuesday.",
    "There is a good chance of Japan agreeing to lower its tariffs on Canadian beef.",
])
def test_an_agreeing_made_or_likely_stays(text):
    found = coded_events(text)
    assert _agree(found), found
