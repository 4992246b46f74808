"""Who a phrase or pronoun stands for when it names no actor directly: "Chile and Peru's
Andean allies" are the allies, not Chile and Peru; "he" after "Kenya's trade minister said
..." is Kenya's minister. Sentences written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_actors, describe_events, extracted, people

pytestmark = pytest.mark.model


def sides(record, event) -> tuple[set, set]:
    country = {a.id: a.country or a.name for a in record.actors}
    return {country[x] for x in event.actor}, {country[x] for x in event.recipient}


def test_allies_named_by_their_tie_act_for_their_body():
    record = extracted("Chile and Peru's OAS allies on Monday called on both countries to "
                       "withdraw their troops from the border.")
    requests = [e for e in record.events if e.event == "REQUEST"]
    assert requests, describe_events(record)
    source, _ = sides(record, requests[0])
    assert not source & {"CHL", "PER"}, describe_events(record)


def test_a_states_neighbours_are_not_that_state():
    record = extracted("Kenya's neighbours condemned the raid on the refugee camp.")
    assert not any("KEN" in sides(record, e)[0] for e in record.events), \
        describe_events(record)


def test_he_after_an_unnamed_minister_acts_for_the_ministers_state():
    record = extracted("In Geneva on Monday, Kenya's trade minister criticised the farm "
                       "subsidies of the rich nations. He also called for reform of the "
                       "World Trade Organisation.")
    requests = [e for e in record.events if e.event == "REQUEST"]
    assert any(sides(record, e)[0] == {"KEN"} for e in requests), describe_events(record)


@pytest.mark.parametrize(("text", "event"), [
    ("Peru's finance minister warned creditors that Peru could no longer pay.", "THREATEN"),
    ("Ecuador demanded a renegotiation from its foreign creditor banks.", "REQUEST"),
])
def test_the_creditors_of_a_debt_story_are_a_side_of_no_state(text, event):
    record = extracted(text)
    names = {a.id: (a.name, a.country) for a in record.actors}
    acts = [e for e in record.events if e.event == event]
    assert any(any("creditor" in names[x][0] and names[x][1] is None for x in e.recipient)
               for e in acts), describe_events(record)


def test_insisting_on_a_fact_answers_a_charge_and_demands_nothing():
    record = extracted("Canada accused Norway of overfishing in the Barents Sea. Norwegian "
                       "officials insisted that Norway had kept to the agreed quotas.")
    assert not any(e.event == "REQUEST" for e in record.events), describe_events(record)
    rejects = [e for e in record.events if e.event == "REJECT"]
    assert any(sides(record, e) == ({"NOR"}, {"CAN"}) for e in rejects), describe_events(record)


def test_insisting_that_another_side_must_act_is_a_demand():
    record = extracted("Norway insisted that Canada must lift its ban on Norwegian fish.")
    assert any(e.event == "REQUEST" for e in record.events), describe_events(record)


@pytest.mark.model
def test_a_complaint_to_an_audience_accuses_whoever_the_clause_says_acted():
    record = extracted("Chad complained to the United Nations on Monday that troops from "
                       "Libya had shelled two border towns.")
    names = {a.id: a.country or a.name for a in record.actors}
    complaints = [({names[x] for x in e.actor}, {names[x] for x in e.recipient})
                  for e in record.events if e.event == "ACCUSE"]
    assert ({"TCD"}, {"LBY"}) in complaints, describe_events(record)


@pytest.mark.model
def test_a_states_envoy_to_a_body_speaks_for_the_state_that_sent_him():
    record = extracted("Chad's permanent U.N. representative Mahamat Ali Adoum said the "
                       "shelling had killed 12 people.")
    assert people(record).get("Mahamat Ali Adoum") == "TCD", describe_actors(record)


@pytest.mark.model
def test_leaders_of_named_states_are_those_states():
    # "the leaders" may be the article's two sides; "the leaders of A, B and C" are not
    text = ("Brazil and Argentina ended their border row on Monday. President Sarney will meet "
            "the leaders of Chile, Peru and Bolivia in Lima next month.")
    meetings = [f for f in coded_events(text) if f[0] == "CONSULT" and "BRA" in f[2]]
    assert any(f[3] == {"CHL", "PER", "BOL"} for f in meetings), coded_events(text)
