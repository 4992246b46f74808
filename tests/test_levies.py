"""Tariffs, duties and quotas levied on another side's goods are a trade sanction (COERCE
163), whatever the verb: the dictionary has "slap" hit someone (180) and no code for
"raise". Announced, planned or threatened, they are a threat of sanctions (THREATEN 1312).
Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, extracted


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The United States has imposed higher duties on steel imported from Brazil.",
    "Canada slapped punitive tariffs on French cheese last week.",
])
def test_tariffs_levied_on_a_side_are_a_sanction(text):
    found = coded_events(text)
    assert [f[:2] for f in found] == [("COERCE", "163")], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Washington announced plans to slap tariffs on Brazilian imports.",
    "Ottawa threatened to slap as much as 90 mln dlrs in tariffs on French wine.",
    "Canada threatened to slap 100 per cent tariffs on French wine.",
    "President Reagan said he would raise tariffs on Brazilian exports.",
])
def test_tariffs_announced_threaten_sanctions(text):
    found = coded_events(text)
    assert [f[:2] for f in found] == [("THREATEN", "1312")], found
    assert not [f for f in found if f[0] == "ASSAULT"], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan raised its import quota on Australian beef.",
    "The government raised duties on cars last year.",
])
def test_a_larger_quota_or_a_levy_on_no_side_is_no_sanction(text):
    assert not coded_events(text), coded_events(text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "President Reagan last Tuesday announced that on May 20 he would raise tariffs on "
    "Brazilian exports.",
    "President Reagan last Tuesday announced that on May 20 he would cut aid to Brazil.",
])
def test_a_threat_is_dated_by_its_telling_not_by_the_act_held_out(text):
    threats = [e for e in extracted(text).events if e.event == "THREATEN"]
    assert len(threats) == 1, extracted(text).events
    assert threats[0].date is not None and str(threats[0].date.start) == "1987-04-28", threats
