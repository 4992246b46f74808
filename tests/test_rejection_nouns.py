"""Rejections told as nouns: "the U.S. rejection of a Canadian claim", "the opposition of the
United States to a proposed tax in the European Community", "Iran's refusal to meet Iraqi
envoys" are REJECT (120, or the refusal of the act the complement names: 125 for a meeting)
from the side the noun's modifiers or "of" phrase name to the side of what it rejects. Both
must be named: "the opposition" alone is a party. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from record_views import event_sides, extracted

from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str) -> Record:
    return extracted(text, published="1990-06-04")


def sides(record: Record, event: str, cameo: str | None = None) -> list[tuple]:
    return event_sides(record, event, cameo, names=True)


def test_owned_rejection_of_a_claim():
    rec = run("OSLO, June 2 - The talks followed the Danish rejection of a Swedish claim to "
              "the fishing grounds.")
    assert ({"DNK"}, {"SWE"}, "asserted") in sides(rec, "REJECT", "120")


def test_opposition_of_a_state_to_a_measure():
    rec = run("WASHINGTON, June 2 - Officials reaffirmed the strong opposition of the United "
              "States to a proposed levy on soybeans in the European Community.")
    assert ({"USA"}, {"European Community"}, "asserted") in sides(rec, "REJECT", "120")
    rec = run("PARIS, June 2 - France's opposition to the British plan was clear.")
    assert ({"FRA"}, {"GBR"}, "asserted") in sides(rec, "REJECT", "120")


def test_refusal_takes_the_code_of_the_refused_act():
    rec = run("KUWAIT, June 2 - Iran's refusal to meet Iraqi envoys angered Kuwait.")
    assert ({"IRN"}, {"IRQ"}, "asserted") in sides(rec, "REJECT", "125")


def test_party_opposition_rejects_nothing():
    rec = run("LONDON, June 2 - The opposition criticised the government's plan.")
    assert not sides(rec, "REJECT")
    rec = run("LONDON, June 2 - The opposition to the plan is growing.")
    assert not sides(rec, "REJECT")


def test_unowned_rejection_rejects_nothing():
    rec = run("OSLO, June 2 - A rejection of the Swedish claim would end the talks.")
    assert not sides(rec, "REJECT")


def test_refusal_is_aimed_at_the_side_named_not_at_a_citys_state():
    rec = run("BERLIN, June 2 - The talks stalled over Comecon's refusal to recognise West "
              "Berlin as part of the EC.")
    assert [t for _, t, _ in sides(rec, "REJECT")] == [{"European Community"}]


def test_side_in_a_clause_inside_the_opposed_thing_is_no_target():
    rec = run("THE HAGUE, June 2 - The Netherlands regretted West German opposition to "
              "reforms aimed at halting European Community food surpluses.")
    assert not sides(rec, "REJECT")
