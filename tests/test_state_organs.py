"""A state's organ named without its state: by a story filed from the state's capital ("the
Department of Fisheries" in an Oslo story), by the seat of government or known organ its name
opens with ("White House Trade Council"), and the act it recommends against another state is
a threat. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_actors, extracted, orgs, people


@pytest.mark.model
def test_an_organ_in_a_story_filed_from_its_capital_is_that_states():
    record = extracted(
        "OSLO, May 4 - Norway will cut its herring quota next year, the Department of "
        "Fisheries said on Monday. Norway and Iceland share the stock, and Norwegian "
        "fishermen have opposed deeper cuts.")
    assert orgs(record).get("Department of Fisheries") == "NOR", describe_actors(record)


@pytest.mark.model
def test_an_organ_of_a_place_named_in_it_is_not_the_datelines():
    record = extracted(
        "OSLO, May 4 - Norway and Sweden signed a fishing accord on Monday. The Fisheries "
        "Bureau of Scania Province welcomed the deal, Norwegian officials said.")
    assert orgs(record).get("Fisheries Bureau of Scania Province") != "NOR", \
        describe_actors(record)


@pytest.mark.model
def test_an_organ_named_after_a_seat_of_government_is_that_states():
    record = extracted(
        "BRASILIA, May 4 - Brazil expects a ruling on its steel exports soon, officials said. "
        "The White House Trade Council has studied the case for months.")
    assert orgs(record).get("White House Trade Council") == "USA", describe_actors(record)


@pytest.mark.model
def test_recommending_sanctions_threatens_them():
    found = coded_events("The United States was recommending trade sanctions against "
                         "Brazil for dumping steel.")
    assert ("THREATEN", "1312", {"USA"}, {"BRA"}) in found, found


@pytest.mark.model
def test_an_organ_of_the_state_a_story_is_about_and_its_officer():
    record = extracted(
        "Vietnam will not license new coal mines. \"No new pits will open,\" said Tran Van "
        "Minh, a spokesman for the National Coal Mining Administration. Vietnam already mines "
        "more coal than it burns, and Vietnam's exports to Japan are falling.")
    assert orgs(record).get("National Coal Mining Administration") == "VNM", \
        describe_actors(record)
    assert people(record).get("Tran Van Minh") == "VNM", describe_actors(record)
