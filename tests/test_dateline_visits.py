"""A visit told with its visitor but no destination ("during the Italian prime minister's first
official visit this week", "the visit of British Foreign Secretary John Hale", "a visit last
week by Chile's deputy mining minister") is, in a story filed from a foreign state, a visit to
that state; the visitor's own state's dateline, or a destination named, says otherwise. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _visits(text):
    return [f for f in coded_events(text) if f[:2] == ("CONSULT", "042")]


@pytest.mark.model
@pytest.mark.parametrize("text,visitor,host", [
    ("WASHINGTON, May 4 - Trade disputes will top the agenda during Italian Prime Minister "
     "Marco Bellini's first official visit this week.", "ITA", "USA"),
    ("PEKING, May 4 - The People's Daily ran a long editorial to mark the visit of British "
     "Foreign Secretary John Hale.", "GBR", "CHN"),
    ("LIMA, May 4 - A copper deal was signed during a visit last week by Chile's deputy mining "
     "minister Pedro Lagos, Peru's minister said.", "CHL", "PER"),
])
def test_a_foreigners_visit_with_no_destination_is_to_the_dateline(text, visitor, host):
    assert any(f[2] == {visitor} and f[3] == {host} for f in _visits(text)), coded_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "WASHINGTON, May 4 - Officials said the coming visit of U.S. President Ronald Reagan had "
    "been planned for months.",
    "WASHINGTON, May 4 - Officials expect hard talks during Italian Prime Minister Marco "
    "Bellini's visit to Moscow next month.",
])
def test_no_visit_to_the_dateline_of_ones_own_state_or_of_another_destination(text):
    assert not [f for f in _visits(text) if "USA" in f[3]], coded_events(text)
