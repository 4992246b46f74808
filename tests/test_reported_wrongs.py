"""A speaker who reports another side's wrongdoing (breaking a pact or a rule, dumping, abusing
a position, not keeping a commitment) accuses that side (ACCUSE 112); the wrong is what is
alleged, not an act coded as the other side's. Of one's own side, or of what may yet happen,
it is no accusation. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Chile said Peru had breached the fisheries treaty.", "CHL", "PER"),
    ("Brazil charged that Argentina had failed to honour the customs pact.", "BRA", "ARG"),
    ("Norway says the Danish trawlers are still dumping fish in Baltic markets.", "NOR", "DNK"),
    ("Kenya stated that Tanzania had not lived up to its promise to open the border.",
     "KEN", "TZA"),
])
def test_reported_wrongdoing_accuses_the_wrongdoer(text, source, target):
    found = coded_events(text)
    assert ("ACCUSE", "112", {source}, {target}) in found, found
    assert not [f for f in found if f[0] == "REJECT" and f[2] == {target}], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile said Chilean boats had not breached the fisheries treaty.",
    "Chile said Peru could breach the fisheries treaty if the talks fail.",
])
def test_own_side_or_a_forecast_is_no_accusation(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] == "ACCUSE"], found


@pytest.mark.model
def test_a_reported_material_violation_stays_the_act():
    # the dictionary's object words ("ceasefire line") make the violation an act of force
    found = coded_events("Chile said Peruvian troops had violated the ceasefire line.")
    assert not [f for f in found if f[0] == "ACCUSE"], found
    assert [f for f in found if f[2] == {"PER"}], found
