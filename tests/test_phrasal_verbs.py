"""Phrasal verbs whose particle makes the act ("turned down", "ruled out", "backed down"),
which the verb dictionary lists without a code or not at all. Sentences written for the
test."""

from __future__ import annotations

import pytest
from record_views import describe_events, extracted

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "event", "source", "target"), [
    ("The Danish government turned down the Swedish offer on Tuesday.", "REJECT", "DNK", "SWE"),
    ("The Swedish offer was turned down by Denmark on Tuesday.", "REJECT", "DNK", "SWE"),
    ("Chile ruled out new talks with Bolivia over the border.", "REJECT", "CHL", "BOL"),
    ("Portugal lashed out at the farm policies of Spain.", "ACCUSE", "PRT", "ESP"),
    ("Norway backed down over the fishing dispute with Iceland.", "CONCEDE", "NOR", "ISL"),
    ("Ghana broke off diplomatic relations with Togo.", "SANCTION", "GHA", "TGO"),
    ("Portugal spoke out against the Spanish farm subsidies.", "ACCUSE", "PRT", "ESP"),
    ("Portugal spoke with Spain about farm subsidies.", "CONSULT", "PRT", "ESP"),
])
def test_the_particle_makes_the_act(text, event, source, target):
    record = extracted(text)
    country = {a.id: a.country for a in record.actors}
    assert any(e.event == event and {country[x] for x in e.actor} == {source} and
               target in {country[x] for x in e.recipient}
               for e in record.events), describe_events(record)


def test_the_verb_without_its_particle_is_not_the_phrasal_act():
    record = extracted("Ghana turned its attention to the border with Togo.")
    assert not any(e.event == "REJECT" for e in record.events), describe_events(record)
