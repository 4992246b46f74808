"""General mechanisms for organisations and their countries, on sentences written for the test.

Each test names one mechanism (a name after a describing noun, a wire line break, an angle-
bracketed name, the source of a loan) and checks it through `accords.extract`, with a negative
case where one makes sense. Nothing here is copied from an article.
"""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model

PUBLISHED = "2011-05-12"


@cache
def run(text: str, published: str = PUBLISHED, title: str | None = None,
        dateline: str | None = None) -> Record:
    return accords.extract(text, published=published, id="actor-test", title=title,
                           dateline=dateline)


def orgs(record: Record) -> dict[str, str | None]:
    """Organisation name (and aliases) -> country."""
    out: dict[str, str | None] = {}
    for a in record.actors:
        if a.kind == "organization":
            for name in [a.name, *a.aliases]:
                out[name] = a.country
    return out


def describe(record: Record) -> str:
    return "; ".join(f"{a.kind} {a.name!r} ({a.country}) {a.aliases}" for a in record.actors)


# --- a name after a describing noun ------------------------------------------------------------


def test_name_after_a_line_break_following_a_describing_noun() -> None:
    record = run("The contract was signed with Brazil's state mining company\n"
                 "Minervale to explore for copper in the north.")
    assert orgs(record).get("Minervale") == "BRA", describe(record)


def test_describing_noun_without_a_name_makes_no_organisation() -> None:
    record = run("The contract was signed with Brazil's state mining company\n"
                 "to explore for copper in the north.")
    assert not orgs(record), describe(record)


def test_country_before_a_bracketed_wire_name() -> None:
    record = run("Banco Andino said it signed an accord with the Soviet Union's central bank "
                 "<Rubelbank> on Monday.")
    assert orgs(record).get("Rubelbank") == "SUN", describe(record)


# --- where an organisation acts ----------------------------------------------------------------


def test_lender_of_a_loan_is_an_actor() -> None:
    record = run("Chilean copper firm Codelco signed for a 300 mln dlr loan from the\n"
                 "Export-Import Bank of Japan to finance a smelter, a spokesman said.")
    assert orgs(record).get("Export-Import Bank of Japan") == "JPN", describe(record)


def test_venue_and_cited_source_are_still_not_actors() -> None:
    record = run("According to the Baltic Energy Institute, Latvia and Poland will sign a power "
                 "accord at the Riga Congress Hall.")
    assert not any("Institute" in n or "Hall" in n for n in orgs(record)), describe(record)
