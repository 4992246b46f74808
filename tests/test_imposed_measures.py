"""Measures told with the participle of their imposition ("the sanctions imposed on Libya by
Britain", "the U.S. tariffs imposed on Japanese goods") were imposed: COERCE 163, asserted
whatever the clause says of them now, from the imposer (the "by" phrase, the measure's own
modifiers, the side that lifts it, or, with none named, the state whose official speaks of
a measure on the other state of the story's pair) to the side whose goods it hits. Defending
a measure or a proposal is no protection of a side (AID 074). Sentences written for these
tests.
"""

from __future__ import annotations

import pytest
from record_views import event_sides, extracted

from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str) -> Record:
    return extracted(text, published="1990-06-04")


def sides(record: Record, event: str, cameo: str | None = None) -> list[tuple]:
    return event_sides(record, event, cameo)


def test_participle_with_agent_is_an_imposed_sanction():
    rec = run("LONDON, June 2 - The sanctions imposed on Libya by Britain will stay.")
    assert sides(rec, "COERCE") == [({"GBR"}, {"LBY"}, "asserted")]
    assert not sides(rec, "THREATEN")


def test_tariffs_imposed_on_a_sides_goods():
    rec = run("OTTAWA, June 2 - The tariffs imposed by Washington on Canadian lumber will "
              "stay.")
    assert ({"USA"}, {"CAN"}, "asserted") in sides(rec, "COERCE", "163")
    rec = run("OTTAWA, June 2 - The American tariffs imposed on Canadian lumber will stay.")
    assert ({"USA"}, {"CAN"}, "asserted") in sides(rec, "COERCE", "163")


def test_lifter_of_the_measure_had_imposed_it():
    rec = run("BRUSSELS, June 2 - The EC lifted the sanctions imposed on Libya.")
    coerce = [e for e in rec.events if e.event == "COERCE"]
    assert coerce and all(rec.actor(a).name == "European Community"
                          for e in coerce for a in e.actor) and all(e.actor for e in coerce)
    assert sides(rec, "RETREAT")


def test_speaker_state_imposed_measure_on_the_pair():
    rec = run("WASHINGTON, June 2 - The United States and Canada are at odds over lumber. "
              "U.S. Trade Representative Carla Hills said trade sanctions imposed on Canada were "
              "unlikely to start a trade war.")
    assert ({"USA"}, {"CAN"}, "asserted") in sides(rec, "COERCE", "163")


def test_tariffs_on_no_sides_goods_are_no_sanction():
    rec = run("LONDON, June 2 - The tariffs imposed on cars will stay.")
    assert not sides(rec, "COERCE")


def test_defending_a_measure_is_no_aid():
    rec = run("WASHINGTON, June 2 - The spokesman defended the new sanctions against Cuba.")
    assert not sides(rec, "AID")
    rec = run("BRUSSELS, June 2 - The Commission defended its proposals to cut farm prices "
              "for France.")
    assert not sides(rec, "AID")


def test_participle_hung_on_the_removal_of_the_measure():
    rec = run("OTTAWA, June 2 - Canada accused the United States of protectionism. Canada "
              "seeks the removal of U.S. sanctions imposed last month on certain wood products.")
    assert ({"USA"}, {"CAN"}, "asserted") in sides(rec, "COERCE", "163")


def test_in_order_to_lift_names_the_imposer():
    rec = run("OTTAWA, June 2 - In order to lift the tariffs imposed on Canadian lumber, the "
              "United States needs proof that the pact is working.")
    assert ({"USA"}, {"CAN"}, "asserted") in sides(rec, "COERCE", "163")


def test_imposition_noun_codes_the_measure():
    rec = run("OTTAWA, June 2 - The talks follow the imposition by the United States of "
              "punitive duties on Canadian lumber.")
    assert ({"USA"}, {"CAN"}, "asserted") in sides(rec, "COERCE", "163")
    rec = run("OTTAWA, June 2 - Canada protested against the American imposition of duties "
              "on Canadian lumber.")
    assert ({"USA"}, {"CAN"}, "asserted") in sides(rec, "COERCE", "163")


def test_imposition_of_a_domestic_tax_is_no_sanction():
    rec = run("OTTAWA, June 2 - The imposition of a sales tax by Canada angered the "
              "opposition.")
    assert not sides(rec, "COERCE")
