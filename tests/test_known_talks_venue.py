"""Talks told as known ("at the talks here", "their summit meeting in Reykjavik", "the latest
negotiations") are a meeting told before, or one held with others in a city that only hosts
it: the city's state is no partner of the talks, and no one visits it for them. Talks a
visitor holds in a capital ("held talks in Bonn") still are a visit and talks with the hosts.
Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events

import accords


def _events(text: str, dateline: str | None = None):
    record = accords.extract(text, published="1987-03-16", dateline=dateline, id="test")
    names = {a.id: a.country or a.name for a in record.actors}
    return record, [(e.event, e.cameo, {names[x] for x in e.actor},
                     {names[x] for x in e.recipient}) for e in record.events]


@pytest.mark.model
@pytest.mark.parametrize("text, dateline, venue", [
    ("BRUSSELS, March 16 - Diplomats said Spain again repeated its criticism at the talks "
     "here.", "BRUSSELS", "BEL"),
    ("President Reagan said the draft followed the formula he agreed upon with Gorbachev at "
     "their summit meeting last October in Reykjavik, Iceland.", None, "ISL"),
])
def test_known_talks_make_no_host(text, dateline, venue):
    record, found = _events(text, dateline)
    assert not [f for f in found if f[0] == "CONSULT" and venue in f[2] | f[3]], \
        describe_events(record)


@pytest.mark.model
def test_talks_held_in_a_capital_are_with_the_hosts():
    found = coded_events("Soviet Foreign Minister Eduard Shevardnadze held talks in Bonn on "
                         "Monday.")
    assert ("CONSULT", "042", {"SUN"}, {"DEU"}) in found, found
    assert ("CONSULT", "040", {"SUN"}, {"DEU"}) in found, found
