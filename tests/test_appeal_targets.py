"""Whom an appeal or demand is aimed at, on sentences written for these tests: the side named
to do the act an appeal is for ("pushed for greater imports by Kenya"), the state one's own
government is urged to press, a name negated by "non-" ("non-OPEC producers" are not OPEC),
and the body whose report or statement makes the appeal.

Each test checks the PLOVER type and the sides through `accords.extract`; the negative cases
check that a foreign addressee, a plain appeal and a named body are left as they were.
"""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model

PUBLISHED = "1991-05-14"


@cache
def run(text: str) -> Record:
    return accords.extract(text, published=PUBLISHED, id="appeal-targets-test")


def requests(record: Record) -> list[tuple[set, set]]:
    def names(keys: list[str]) -> set:
        return {record.actor(a).country or record.actor(a).name for a in keys}

    return [(names(e.actor), names(e.recipient)) for e in record.events
            if e.event == "REQUEST"]


# ---- an appeal for an act by another side ---------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Kenya pressed hard for greater imports of tea by Japan.", "KEN", {"JPN"}),
    ("Brazil called for deeper tariff cuts by Chile.", "BRA", {"CHL"}),
    ("The Dutch minister said the Netherlands would push for lower interest rates by "
     "Norway and Sweden.", "NLD", {"NOR", "SWE"}),
])
def test_appeal_for_an_act_by_another_side(text, source, target):
    found = requests(run(text))
    assert any(source in s and r == target for s, r in found), found


def test_appeal_for_an_act_by_a_date_names_no_side():
    found = requests(run("Brazil called for an end to the dispute by Friday, and Chile "
                         "rejected the call."))
    assert all(not r or r <= {"CHL"} for _, r in found), found


# ---- asking one's own government to press another state -------------------------------------

def test_own_government_urged_to_press_others():
    found = requests(run("Mexican legislators urged the Mexican government to press Canada "
                         "and Chile to open their markets to Mexican fruit."))
    assert any("MEX" in s and r == {"CAN", "CHL"} for s, r in found), found


def test_foreign_addressee_stays_the_target():
    found = requests(run("Mexico urged Canada to press Chile to open its markets."))
    assert any("MEX" in s and r == {"CAN"} for s, r in found), found


# ---- "non-" negates a name ------------------------------------------------------------------

def test_non_prefixed_body_is_not_the_target():
    found = requests(run("Saudi Arabia called on non-OPEC producers to cut their output."))
    assert found and all("Organization of the Petroleum Exporting Countries" not in r
                         for _, r in found), found


def test_body_without_prefix_is_the_target():
    found = requests(run("Saudi Arabia called on OPEC producers to cut their output."))
    assert any("Organization of the Petroleum Exporting Countries" in r
               for _, r in found), found


# ---- the issuer of a report or statement ----------------------------------------------------

def test_report_continued_by_it_speaks_for_its_issuer():
    found = requests(run("The World Bank published a report on Thursday on Kenyan farming. "
                         "The report said growth was weak. It also called on Kenya to "
                         "revive its reform programme."))
    assert any("World Bank" in s and r == {"KEN"} for s, r in found), found


def test_statement_issued_after_a_body_meeting_is_the_body_s():
    found = requests(run("Peru and Chile moved troops to the border on Monday. After a "
                         "meeting of OAS ambassadors, a statement was issued. The statement "
                         "said the tension had reached a serious level and called on both "
                         "countries to withdraw their troops."))
    assert any("Organization of American States" in s and r == {"PER", "CHL"}
               for s, r in found), found


# ---- wishing to see another side act ----------------------------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("France wants to see Germany cut interest rates.", "FRA", {"DEU"}),
    ('"We would like to see the Kenyan government continue the reforms," the Dutch minister '
     "of finance said.", "NLD", {"KEN"}),
])
def test_wish_to_see_another_side_act_asks_it(text, source, target):
    found = requests(run(text))
    assert any(source in s and r == target for s, r in found), found


@pytest.mark.parametrize("text", [
    "France would like to see prices rise.",
    "France wants to cut interest rates.",
])
def test_wish_without_another_side_asks_no_one(text):
    assert not requests(run(text))


# ---- lending banks that press or are urged ----------------------------------------------------

def test_banks_pressing_a_debtor_are_its_lenders():
    found = requests(run("Peru and its bank advisory committee met on Tuesday in New York. "
                         "Banks had been pressing Peru to make at least a token interest "
                         "payment."))
    assert any(r == {"PER"} and s and "PER" not in s for s, r in found), found


def test_banks_urged_by_an_official_are_a_side():
    record = run("Peru and its bank advisory committee met on Tuesday in New York. A Canadian "
                 "finance official urged the banks to offer a menu of options to debtor "
                 "countries.")
    assert any(e.event == "REQUEST" and record.actor(e.actor[0]).country == "CAN" and
               e.recipient and record.actor(e.recipient[0]).kind == "organization"
               for e in record.events), [(e.event, e.actor, e.recipient) for e in record.events]


def test_banks_of_a_named_state_stay_that_state_s():
    found = requests(run("Japanese banks urged Mexico to pay."))
    assert any("JPN" in s and r == {"MEX"} for s, r in found), found


def test_a_state_described_as_non_member_keeps_its_acts():
    record = run("Non-OPEC Mexico has pledged to cut its oil output to support OPEC's efforts "
                 "to raise prices.")
    assert any(any(record.actor(a).country == "MEX" for a in e.actor) for e in record.events), \
        [(e.event, e.actor, e.recipient) for e in record.events]
