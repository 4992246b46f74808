"""A tour of several states is one visit to each ("visited Brazil, Chile and Peru"): event data
codes one dyad per event, and the gold files split tours so. A visit to a state and to its own
leader, or to an international body, stays one event. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _visits(text):
    return [f for f in coded_events(text) if f[:2] == ("CONSULT", "042")]


@pytest.mark.model
@pytest.mark.parametrize("text,visitor,hosts", [
    ("LONDON, May 4 - British Foreign Secretary Alan Marsh visited Brazil, Chile and Peru last "
     "month to promote British exports.", "GBR", ["BRA", "CHL", "PER"]),
    ("TOKYO, May 4 - Japan's trade minister will visit Spain and Portugal next week for talks "
     "on car imports.", "JPN", ["ESP", "PRT"]),
])
def test_a_tour_is_one_visit_to_each_state(text, visitor, hosts):
    visits = _visits(text)
    for host in hosts:
        assert any(f[2] == {visitor} and f[3] == {host} for f in visits), visits
    assert not [f for f in visits if len(f[3]) > 1], visits


@pytest.mark.model
def test_a_state_and_its_own_leader_are_one_visit():
    text = ("NAIROBI, May 4 - Indian Prime Minister Ravi Sen visited Kenya and President "
            "Daniel Moi last week.")
    visits = _visits(text)
    assert len([f for f in visits if f[2] == {"IND"}]) == 1, visits
