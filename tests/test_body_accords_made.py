"""An accord an intergovernmental body makes among its own members ("OPEC's December
agreement", "the 13-nation OPEC agreed on a ceiling"): the body is its one side and, with its
members unnamed, no states; a group of states with no organisation of its own ("the Group of
Seven") stands for its members. Lenders' accords are with a debtor and need that side.
Sentences written for the test.
"""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1987-03-12", id="body-accords-test")


def body_records(record: Record) -> list[tuple[list[str], list[str]]]:
    names = {a.id: a.name for a in record.actors}
    return [(sorted(g.countries), [names[p] for p in g.parties]) for g in record.agreements]


def test_a_body_agreeing_on_its_own_is_its_members_accord():
    rec = run("The 11-nation OPEC agreed in Vienna on Saturday on an output ceiling of 17 mln "
              "barrels a day, delegates said.")
    assert ([], ["Organization of the Petroleum Exporting Countries"]) in body_records(rec)


def test_a_body_s_known_accord_is_a_record():
    rec = run("Ministers told reporters that OPEC's production agreement was holding well "
              "despite lower prices.")
    assert body_records(rec) == [([], ["Organization of the Petroleum Exporting Countries"])]


def test_a_group_of_states_stands_for_its_members():
    rec = run("Dealers said the Group of Seven's accord to stabilise exchange rates was still "
              "operative.")
    assert body_records(rec) == [(["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"],
                                  ["Group of Seven"])]


def test_a_lender_alone_is_no_record():
    assert run("The minister said an IMF agreement is only a weak signal for commercial "
               "banks.").agreements == []
    assert run("The IMF agreed to disburse the second tranche, officials said.").agreements == []


def test_an_accord_only_wished_for_is_no_record():
    assert run("He said an agreement should be reached in a forum such as the Paris "
               "Club.").agreements == []


def test_a_body_whose_accord_with_a_state_is_known_adds_none():
    rec = run("The European Community signed a trade pact with Hungary on Monday. The deal, "
              "struck at the European Council last week, was welcomed by farmers.")
    assert [c for c, _ in body_records(rec)] == [["HUN"]]
