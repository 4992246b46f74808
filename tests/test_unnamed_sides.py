"""Events with a side the text does not name: a threat aimed at no one, or an attack with
no doer, in a sentence that names other states, is no event; at home ("a curfew in Abidjan",
"a car bombing in Baghdad") it stays one. A denial answers its accuser; not accepting another
side's act rejects it. Written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_events

import accords


@pytest.mark.model
def test_a_threat_at_no_one_named_among_other_states_is_no_event():
    record = accords.extract(
        "British officials said the king may ask Britain to restore relations with Syria, "
        "broken off after evidence showed Syrian agents were behind a plan to bomb an "
        "Israeli airliner.", published="1987-03-22", id="threat-no-one")
    assert not [e for e in record.events if e.event == "THREATEN" and not e.recipient], \
        describe_events(record)


@pytest.mark.model
def test_an_attack_with_no_doer_in_a_story_of_other_states_is_no_event():
    record = accords.extract(
        "TOKYO, May 4 - Japan and the United States said a Thai freighter was seized off "
        "the coast of Thailand on Monday.", published="1987-05-04", id="no-doer")
    assert all(e.actor for e in record.events), describe_events(record)


@pytest.mark.model
def test_an_attack_with_no_doer_at_home_stays_an_event():
    record = accords.extract(
        "At least three Iraqi civilians were killed in a car bombing in central Baghdad, "
        "Iraqi police said.", published="2004-05-04", id="no-doer-home")
    assert [e.event for e in record.events] == ["ASSAULT"], describe_events(record)


@pytest.mark.model
def test_a_denial_answers_the_accuser():
    record = accords.extract("KUWAIT, May 4 - Iran accused Kuwait of helping Iraq. Kuwait "
                             "denied on Monday that it had given Iraq any help.",
                             published="1987-05-04", id="denial")
    c = {a.id: a.country for a in record.actors}
    rejects = [({c[k] for k in e.actor}, {c[k] for k in e.recipient})
               for e in record.events if e.event == "REJECT"]
    assert rejects == [({"KWT"}, {"IRN"})], describe_events(record)


@pytest.mark.model
def test_a_denial_of_reports_at_home_is_no_event():
    record = accords.extract("The ministry denied reports of a cabinet reshuffle.",
                             published="1987-05-04", id="denial-home")
    assert record.events == [], describe_events(record)


@pytest.mark.model
def test_not_accepting_another_sides_act_is_a_rejection():
    record = accords.extract("Gros said Brazil will not accept interference from the "
                             "International Monetary Fund.", published="1987-05-04",
                             id="not-accept")
    assert [e.event for e in record.events] == ["REJECT"], describe_events(record)


@pytest.mark.model
def test_not_accepting_responsibility_is_no_event():
    record = accords.extract("The ministry said it would not accept responsibility for the "
                             "delays.", published="1987-05-04", id="not-accept-home")
    assert record.events == [], describe_events(record)
