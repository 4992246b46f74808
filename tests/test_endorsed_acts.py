"""An act named by a bare noun and welcomed ("welcomed the move", "welcomed the decision")
is praise (SUPPORT 051) of whoever did the last act told before that was aimed at the
welcomer's side; backing another's act ("backed Mitterrand's strike") endorses its doer,
whatever hostile act the dictionary reads in the object. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The European Commission decided on Tuesday to drop its case against Italy over its "
    "deficit. Rome welcomed the decision.",
    "The European Commission decided on Tuesday to drop its case against Italy over its "
    "deficit. The Italian finance minister welcomed the move.",
])
def test_a_welcomed_move_praises_who_made_it_toward_the_welcomer(text):
    found = coded_events(text)
    assert ("SUPPORT", "051", {"ITA"}, {"European Commission"}) in found, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the act was aimed at no side of the welcomer's
    "The European Commission decided on Tuesday to drop its case against Italy over its "
    "deficit. Madrid welcomed the decision.",
    # the welcomer's own act
    "Italy decided on Tuesday to drop its case against the European Commission. Rome "
    "welcomed the decision.",
])
def test_a_move_not_aimed_at_the_welcomer_is_praise_of_no_one(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] == "SUPPORT"], found


@pytest.mark.model
def test_backing_anothers_strike_endorses_its_doer():
    found = coded_events("The French Senate on Monday backed President Mitterrand's retaliatory "
                         "strike against Libyan targets in Chad.")
    assert [f for f in found if f[0] == "SUPPORT" and f[1] == "051"], found
    assert not [f for f in found if f[0] == "THREATEN"], found


@pytest.mark.model
def test_backing_anothers_appeal_keeps_its_own_code():
    found = coded_events("Brazil backed Argentina's call for sanctions on Britain.")
    assert not [f for f in found if f[0] in ("SUPPORT", "THREATEN")], found
