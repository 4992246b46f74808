"""A body named after a state's body without the state: "Senate Finance Committee" after
"the U.S. Senate" is a part of it, and its officers are that state's. Texts written for the
test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted, orgs, people


@pytest.mark.model
def test_a_committee_named_after_a_states_chamber_is_that_states():
    record = extracted("The Philippine Senate rejected the treaty on Monday. The Senate "
                       "Foreign Relations Committee had urged the government to renegotiate "
                       "the bases accord with Washington.")
    assert orgs(record).get("Senate Foreign Relations Committee") == "PHL", \
        describe_actors(record)


@pytest.mark.model
def test_the_committees_officers_are_that_states():
    record = extracted("The Philippine Senate rejected the treaty on Monday. Senate Foreign "
                       "Relations Committee chairman Jovito Salonga said the vote was final.")
    assert people(record).get("Jovito Salonga") == "PHL", describe_actors(record)


@pytest.mark.model
def test_a_body_of_no_state_named_first_gives_nothing():
    record = extracted("Senate Foreign Relations Committee chairman Jovito Salonga said the "
                       "vote was final.")
    assert orgs(record).get("Senate Foreign Relations Committee") is None, \
        describe_actors(record)
