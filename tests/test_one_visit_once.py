"""News names its main trip more than once ("next week's visit to Tokyo by X", then "X, who
leaves for Japan tomorrow"): one traveller's visit to one host is one event, while two
travellers' visits stay two. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "British Trade Minister Peter Hall will visit Tokyo next week. Hall, who leaves for Japan "
    "on Sunday, said his visit to Japan would promote understanding.",
    "British Trade Minister Peter Hall arrived in Tokyo on Monday for a four-day visit. Hall's "
    "visit to Japan is the first by a British minister this year.",
])
def test_a_trip_told_twice_is_one_visit(text):
    visits = [f for f in coded_events(text) if f[1] == "042"]
    assert len(visits) == 1, coded_events(text)


@pytest.mark.model
def test_two_travellers_are_two_visits():
    text = ("British Trade Minister Alan Clarke visited Tokyo on Monday. British Foreign "
            "Secretary John Major visited Japan in March.")
    visits = [f for f in coded_events(text) if f[1] == "042"]
    assert len(visits) == 2, coded_events(text)
