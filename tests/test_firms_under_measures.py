"""A firm named only on its goods is no actor ("Airbus aircraft"), except when a trade measure
falls on those goods: "a ban on imports of X products" aims at the firm. A firm that ends a
partnership cuts no relations between states. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, describe_events, extracted, orgs


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Senate voted a ban on imports of Fujitsu products.",
    "Washington banned imports of Fujitsu products last week.",
])
def test_a_measure_on_a_firms_goods_aims_at_the_firm(text):
    record = extracted(text)
    assert orgs(record).get("Fujitsu") == "JPN", describe_actors(record)
    names = {a.id: a.name for a in record.actors}
    assert any("Fujitsu" in {names[x] for x in e.recipient} for e in record.events), \
        describe_events(record)


@pytest.mark.model
def test_a_firms_goods_in_plain_trade_name_no_actor():
    record = extracted("Imports of Fujitsu products rose by ten pct in March.")
    assert "Fujitsu" not in orgs(record), describe_actors(record)


@pytest.mark.model
def test_a_firm_ending_a_partnership_cuts_no_relations_between_states():
    record = extracted("Renault severed ties with its Argentine partner, Ciadea SA, in 1992.")
    assert not [e for e in record.events if e.cameo == "161"], describe_events(record)


@pytest.mark.model
def test_a_state_severing_ties_still_cuts_relations():
    record = extracted("Argentina severed ties with Britain in 1982.")
    assert [e for e in record.events if e.cameo == "161"], describe_events(record)
