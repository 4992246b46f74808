"""A meeting that its "of" phrase gives to an international body ("a meeting of the Asian
Development Bank", "the meetings of finance ministers from the Group of Seven") is the body's:
an official who attends it in a foreign city is no visitor of the state that hosts the city,
nor in talks with that state. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text,host", [
    ("Chilean Finance Minister Ana Ruiz said she will fly to Washington next month to attend a "
     "meeting of the Inter-American Development Bank.", "USA"),
    ("PARIS, May 4 - The Canadian finance minister, Paul Roy, praised the meetings of finance "
     "ministers from the Group of Seven held in Paris.", "FRA"),
])
def test_a_bodys_meeting_in_a_city_is_no_visit_to_its_state(text, host):
    found = coded_events(text)
    assert not [f for f in found if f[0] == "CONSULT" and host in f[2] | f[3]], found
