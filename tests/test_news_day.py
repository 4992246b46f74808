"""The day of a story's news and the days of periods still running. A wire story filed on one
day often tells the day before's news: the lead's own act names the day ("The government
yesterday accused ..."), or a later sentence dates the lead's words by naming them again ("The
official made the remarks yesterday after talks with ..."); the lead's other acts, which name
no day, happened then, not on the day filed. An act told done "this week", "this month" or
"this year" was done by the day of the report: the period runs up to it. A charge told in a
clause a preposition governs ("in retaliation for what it called ...") is dated by the clause
above it. Texts written for the test."""

from __future__ import annotations

import pytest

import accords
from accords.resolve.dates import resolve_date

FILED = "1987-04-09"  # a Thursday


def dates_of(text: str) -> dict[str, tuple[str | None, str | None]]:
    record = accords.extract(text, published=FILED, id="news-day-test")
    return {e.event: (e.date.start, e.date.end) if e.date else (None, None)
            for e in record.events}


@pytest.mark.model
def test_a_later_sentence_that_names_the_lead_s_words_dates_them():
    found = dates_of(
        "PARIS, April 9 - Germany has urged Japan to cut its import tariffs on cars, a German "
        "trade official said.\n    The official made the remarks yesterday after talks with "
        "Japanese ministers in Tokyo.\n")
    assert found.get("REQUEST") == ("1987-04-08", "1987-04-08"), found


@pytest.mark.model
def test_a_statement_named_again_with_its_day_dates_the_lead_s_act():
    found = dates_of(
        "ROME, April 9 - Italy has accused Libya of backing the rebels in Chad, the official "
        "news agency said.\n    The foreign minister issued the statement on Tuesday after a "
        "meeting of the cabinet.\n")
    assert found.get("ACCUSE") == ("1987-04-07", "1987-04-07"), found


@pytest.mark.model
def test_the_lead_s_own_day_dates_its_other_undated_acts():
    found = dates_of(
        "BONN, April 9 - The German government yesterday accused France of unfair farm "
        "subsidies.\n    German ministers also demanded that Italy open its markets to German "
        "cars.\n")
    assert found.get("ACCUSE") == ("1987-04-08", "1987-04-08"), found
    assert found.get("REQUEST") == ("1987-04-08", "1987-04-08"), found


@pytest.mark.model
def test_with_no_day_told_the_lead_s_acts_are_of_the_day_filed():
    found = dates_of(
        "BONN, April 9 - The German government accused France of unfair farm subsidies.\n"
        "    German ministers also demanded that Italy open its markets to German cars.\n")
    assert found.get("ACCUSE") == ("1987-04-09", "1987-04-09"), found
    assert found.get("REQUEST") == ("1987-04-09", "1987-04-09"), found


@pytest.mark.model
def test_a_remark_made_a_week_before_is_no_day_of_the_news():
    # more than three days before the day filed: an older remark, not the story's news
    found = dates_of(
        "PARIS, April 9 - Germany has urged Japan to cut its import tariffs on cars, a German "
        "trade official said.\n    The official made the remarks on March 30 after talks with "
        "Japanese ministers in Tokyo.\n")
    assert found.get("REQUEST") == ("1987-04-09", "1987-04-09"), found


@pytest.mark.parametrize(("expr", "tense", "expected"), [
    ("this week", "past", ("1987-04-06", "1987-04-09")),
    ("earlier this week", "past", ("1987-04-06", "1987-04-09")),
    ("this month", "past", ("1987-04-01", "1987-04-09")),
    ("earlier this year", "past", ("1987-01-01", "1987-04-09")),
    ("the current year", "past", ("1987-01-01", "1987-04-09")),
    # what is planned, or told to come later, runs the whole period
    ("this week", "future", ("1987-04-06", "1987-04-12")),
    ("this year", "future", ("1987-01-01", "1987-12-31")),
    ("later this year", "past", ("1987-01-01", "1987-12-31")),
    ("later this month", "past", ("1987-04-01", "1987-04-30")),
    # other periods are whole
    ("last week", "past", ("1987-03-30", "1987-04-05")),
    ("next month", "future", ("1987-05-01", "1987-05-31")),
])
def test_a_period_still_running_ends_on_the_day_of_a_past_act(expr, tense, expected):
    found = resolve_date(expr, FILED, tense=tense)
    assert found is not None and (found.start, found.end) == expected, found


@pytest.mark.model
def test_a_charge_in_a_prepositional_clause_is_dated_by_the_clause_above():
    # "in retaliation for what it called ...": the charge is made when the act above is told
    found = dates_of("Last month Germany imposed duties on French wine in retaliation for "
                         "what it called France's failure to honour a 1985 accord.")
    assert found.get("ACCUSE") == ("1987-03-01", "1987-03-31"), found


@pytest.mark.model
def test_a_prepositional_clause_takes_no_day_where_the_clause_above_names_none():
    found = dates_of("Germany imposed duties on French wine in retaliation for what it "
                         "called France's failure to honour a 1985 accord.")
    assert found.get("ACCUSE") != ("1987-03-01", "1987-03-31"), found
