"""Countries named in one list share its standing: where one member of a coordinated list of
states is an actor of the story, the others are listed too ("the meeting of A, B, C and D",
"acrimony between A and B"). Sentences written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted

pytestmark = pytest.mark.model

LEAD = ("LONDON, May 4 - Currency dealers said on Monday that markets were quiet. "
        "Traders expected little movement. Japan said the U.S. was to blame for the fall. ")


def countries(text: str) -> set[str]:
    return {a.country for a in extracted(text).actors if a.kind == "country"}


def test_members_of_a_list_with_an_actor_state_are_listed() -> None:
    text = LEAD + ("The weekend talks of the five nations - the U.S., Japan, Spain, Sweden "
                   "and Norway - are seen as crucial.")
    assert {"ESP", "SWE", "NOR"} <= countries(text), describe_actors(extracted(text))


def test_a_pair_between_which_a_row_runs_is_listed_with_its_other_side() -> None:
    text = LEAD + ("Officials recalled the bitter row between Portugal and Greece last year. "
                   "Greece said it wanted calm. Greece also asked for talks.")
    assert {"PRT", "GRC"} <= countries(text), describe_actors(extracted(text))


def test_a_list_of_states_none_of_them_an_actor_stays_out() -> None:
    text = LEAD + "Prices were quoted in the currencies of Spain, Sweden and Norway."
    assert not {"ESP", "SWE", "NOR"} & countries(text), describe_actors(extracted(text))


def test_a_state_beside_a_list_but_not_in_it_stays_out() -> None:
    text = LEAD + "The U.S. and Japan met in Washington, a trip that took the envoy past Peru."
    assert "PER" not in countries(text), describe_actors(extracted(text))


def test_states_owning_the_things_listed_are_not_sides() -> None:
    text = LEAD + ("Japan wants a regional oil firm that could include the state companies of "
                   "Japan, Peru, Chile and Ecuador.")
    assert not {"PER", "CHL", "ECU"} & countries(text), describe_actors(extracted(text))
