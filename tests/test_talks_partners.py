"""Who held talks the sentence tells only around them: unnamed negotiators in a story filed
from a capital are that state's ("negotiators had held talks with the Brazilians", filed from
Paris); talks that name no partner of their own were held with the partner of the act they
led to ("reached agreement with its bank advisory committee after four weeks of talks"); and
lenders an agreement already names are one actor with the talks' side. Texts written for
the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events, extracted

import accords


def _consults(text: str) -> list[tuple[str, str, set, set]]:
    return [f for f in coded_events(text) if f[0] == "CONSULT"]


@pytest.mark.model
def test_unnamed_negotiators_are_the_dateline_state():
    text = ("PARIS, March 27 - The sources said negotiators had already held extensive talks "
            "with the Brazilians.")
    record = accords.extract(text, published="1987-03-27", dateline="PARIS", id="test")
    names = {a.id: a.country or a.name for a in record.actors}
    assert any(e.event == "CONSULT" and {names[x] for x in e.actor + e.recipient} ==
               {"FRA", "BRA"} for e in record.events), describe_events(record)


@pytest.mark.model
def test_talks_led_to_an_accord_with_a_partner():
    text = ("Chile has reached agreement with its bank advisory committee on a rescheduling "
            "after four weeks of talks, a source said.")
    record = extracted(text)
    found = _consults(text)
    assert any(f[2] | f[3] == {"CHL", "bank advisory committee"} for f in found), \
        describe_events(record)
    # the agreement's party and the talks' side are one actor
    assert [a.name for a in record.actors].count("bank advisory committee") == 1, \
        describe_events(record)


@pytest.mark.model
def test_talks_with_a_partner_of_their_own_keep_it():
    text = "Brazil signed a trade pact with Japan after talks with the IMF."
    found = _consults(text)
    assert ("CONSULT", "040", {"BRA", "International Monetary Fund"}, set()) in found, found
    assert not [f for f in found if "JPN" in f[2] | f[3]], found


@pytest.mark.model
def test_negotiators_of_a_named_state_stay_its_own():
    text = ("PARIS, March 27 - Japanese negotiators had held talks with the Brazilians, the "
            "sources said.")
    record = accords.extract(text, published="1987-03-27", dateline="PARIS", id="test")
    names = {a.id: a.country or a.name for a in record.actors}
    assert not any("FRA" in {names[x] for x in e.actor + e.recipient}
                   for e in record.events), describe_events(record)
