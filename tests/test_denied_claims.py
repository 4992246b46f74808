"""Denials: a speaker who calls another side's reports, charges or figures false, baseless or
misleading rejects them (REJECT 120), aimed at whoever made the claim, or, for a claim about
the speaker's own side with no maker named, at the other state of the story's pair. Sentences
written for these tests; the negative cases are judgements that deny nothing.
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


def test_owned_charges_called_groundless_are_denied():
    rec = run("CAIRO, June 3 - Egypt said Israeli charges that it was smuggling arms were "
              "groundless.")
    assert ({"EGY"}, {"ISR"}, "asserted") in sides(rec, "REJECT", "120")


def test_figures_called_inaccurate_are_denied():
    rec = run("OTTAWA, June 3 - The Canadian embassy replied that Mexican figures showing a "
              "growing trade surplus with Canada were inaccurate.")
    assert ({"CAN"}, {"MEX"}, "asserted") in sides(rec, "REJECT", "120")


def test_unowned_reports_about_the_speaker_aim_at_the_pair():
    rec = run("ATHENS, June 3 - Greece accused Turkey of sending warships into the Aegean. "
              "Turkey said reports that it planned to occupy the islets were baseless.")
    assert ({"TUR"}, {"GRC"}, "asserted") in sides(rec, "REJECT", "120")
    # what the reports say is no act of its own
    assert not any(e.event in ("THREATEN", "ASSAULT", "COERCE") and
                   {rec.actor(a).country for a in e.actor} == {"TUR"} for e in rec.events)


def test_quoted_propaganda_is_a_denial():
    rec = run("ATHENS, June 3 - Greece accused Turkey of sending warships into the Aegean. "
              "The Turkish spokesman said the reports that Turkey intended to seize the "
              'islets were "misleading propaganda."')
    assert ({"TUR"}, {"GRC"}, "asserted") in sides(rec, "REJECT", "120")


def test_a_claim_judged_harsh_but_not_false_is_no_denial():
    rec = run("CAIRO, June 3 - Egypt said Israeli charges were dangerous.")
    assert not sides(rec, "REJECT")


def test_reports_about_no_side_are_no_denial():
    rec = run("CAIRO, June 3 - Egypt said reports that oil prices would fall were wrong.")
    assert not sides(rec, "REJECT")


def test_an_act_called_wrong_stays_criticism():
    rec = run("CAIRO, June 3 - Egypt said the Israeli decision was wrong.")
    assert ({"EGY"}, {"ISR"}, "asserted") in sides(rec, "ACCUSE")
    assert not sides(rec, "REJECT")
