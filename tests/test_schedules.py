"""Time given to one's own firms or people ("gave firms an October deadline to cut their
links") is a schedule at home, no ultimatum to another side (THREATEN 139), also where the
dictionary codes "give ... deadline" itself; time given to a state still is. Texts written
for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Norway announced sanctions against Chile and gave firms a May deadline to cut their "
    "trade links.",
    "The ban on trade with Chile starts in June, followed by a period of grace to give "
    "exporters time to close their business.",
])
def test_time_given_to_ones_own_firms_is_no_ultimatum(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] == "THREATEN"], found


@pytest.mark.model
def test_time_given_to_a_state_is_an_ultimatum():
    found = coded_events("Norway gave the Chilean government six weeks to free the sailors.")
    assert [f[:2] for f in found] == [("THREATEN", "139")], found
