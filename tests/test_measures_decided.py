"""Acts told through the noun of a decision: "Canada's decision to impose duties on French
cheese" is Canada's sanction (the decision's owner does the act decided, on the decision's
day); "Bonn's plan to slap tariffs on" threatens it. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, extracted


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Canadian government's decision to impose higher duties on French cheese was "
    "criticised in Paris.",
    "Canada's move to impose quotas on French cheese was announced on Monday.",
])
def test_the_owner_of_a_decision_does_the_act_decided(text):
    found = coded_events(text)
    assert ("COERCE", "163", {"CAN"}, {"FRA"}) in found, found


@pytest.mark.model
def test_a_plan_of_an_owner_is_a_threat_of_its_act():
    found = coded_events("Bonn's plan to slap tariffs on Turkish textiles has worried Ankara.")
    assert ("THREATEN", "1312", {"DEU"}, {"TUR"}) in found, found


@pytest.mark.model
def test_the_decision_is_dated_by_its_own_day():
    record = extracted("Canada's March 3 decision to impose duties on French cheese angered "
                       "Paris.")
    dates = [e.date.start for e in record.events if e.event == "COERCE"]
    assert dates == ["1987-03-03"], dates
