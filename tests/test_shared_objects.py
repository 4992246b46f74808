"""Two verbs coordinated before one object share it: in "shelled and destroyed two Iranian
platforms" the parser hangs the object on the second verb only, and the first act had no
target. Only a verb with no object, complement or phrase of its own, joined to the next by a
conjunction alone, takes the object over. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
def test_first_of_two_coordinated_verbs_acts_on_the_shared_object():
    found = coded_events("Israeli jets bombed and destroyed two Syrian radar sites on Monday, "
                   "the army said.")
    assert any(f[0] == "ASSAULT" and f[2] == {"ISR"} and f[3] == {"SYR"} for f in found), found


@pytest.mark.model
def test_the_shared_object_holds_past_the_lead():
    text = ("Chile and Peru held talks in Lima on fishing rights on Tuesday. Officials said "
            "the talks went well. Later, Peruvian gunboats shelled and sank three Chilean "
            "trawlers near the border.")
    found = coded_events(text)
    assert any(f[0] == "ASSAULT" and f[2] == {"PER"} and f[3] == {"CHL"} for f in found), found


@pytest.mark.model
def test_a_verb_with_a_complement_shares_no_object():
    # "helped rebuild the port" has its own complement: the help goes to no one named
    found = coded_events("Ottawa said Japan helped rebuild the port and gave Vietnam new cranes.")
    assert ("AID", "070", {"JPN"}, {"VNM"}) not in found, found
