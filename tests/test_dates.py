"""Date expressions resolved against publication dates taken from the example articles."""

from __future__ import annotations

import pytest

from accords.model import DateRange
from accords.resolve.dates import resolve_date


def span(expr: str, published: str | None, tense: str = "past") -> tuple[str, str] | None:
    found = resolve_date(expr, published, tense=tense)
    if found is None:
        return None
    assert isinstance(found, DateRange)
    return found.start, found.end


@pytest.mark.parametrize(
    ("expr", "published", "tense", "expected"),
    [
        # pak-blr-visit, published the day after the visit
        ("April 10–11", "2025-04-12", "past", ("2025-04-10", "2025-04-11")),
        ("April 10-11", "2025-04-12", "past", ("2025-04-10", "2025-04-11")),
        ("April 10 - 11", "2025-04-12", "past", ("2025-04-10", "2025-04-11")),
        ("10-11 April", "2025-04-12", "past", ("2025-04-10", "2025-04-11")),
        ("10–11 April 2025", None, "past", ("2025-04-10", "2025-04-11")),
        ("April 10 to 11", "2025-04-12", "past", ("2025-04-10", "2025-04-11")),
        ("on April 10 and 11", "2025-04-12", "past", ("2025-04-10", "2025-04-11")),
        ("between April 10 and 12", "2025-04-12", "past", ("2025-04-10", "2025-04-12")),
        ("April 28 - May 2", "1987-03-22", "future", ("1987-04-28", "1987-05-02")),
        ("28 April to 2 May 1988", None, "past", ("1988-04-28", "1988-05-02")),
        ("December 30 - January 2", "1987-12-01", "future", ("1987-12-30", "1988-01-02")),
        ("March 24-27, 1987", None, "past", ("1987-03-24", "1987-03-27")),
    ],
)
def test_day_ranges(expr: str, published: str | None, tense: str, expected: tuple) -> None:
    assert span(expr, published, tense) == expected


@pytest.mark.parametrize(
    ("expr", "published", "tense", "expected"),
    [
        ("April 10", "2025-04-12", "past", "2025-04-10"),
        ("March 14", "1987-03-14", "past", "1987-03-14"),
        ("Oct. 19", "1987-10-19", "past", "1987-10-19"),
        ("Sept 5", "1987-10-19", "past", "1987-09-05"),
        ("5th of June", "1987-03-22", "future", "1987-06-05"),
        ("Tuesday, March 24", "1987-03-22", "future", "1987-03-24"),
        # reuters21578_19500, published 1987-06-29
        ("July 1", "1987-06-29", "future", "1987-07-01"),
        ("on July 13", "1987-06-29", "future", "1987-07-13"),
        # a year-less day before publication is next year's when it is still to come...
        ("January 5", "1987-06-29", "future", "1988-01-05"),
        # ...and last year's when it is told as past and lies well after publication
        ("December 20", "1987-01-05", "past", "1986-12-20"),
        ("from May 31", "1987-03-14", "past", "1987-05-31"),
        # reuters21578_16131 and reuters21578_01515: explicit years
        ("December 20, 1999", "1987-04-13", "future", "1999-12-20"),
        ("20 December 1999", None, "past", "1999-12-20"),
        ("until April 1, 1997", "1987-03-04", "future", "1997-04-01"),
        ("1987-03-04", None, "past", "1987-03-04"),
        ("on the 10th", "1987-03-22", "past", "1987-03-10"),
        ("on the 10th", "1987-03-22", "future", "1987-04-10"),
    ],
)
def test_single_days(expr: str, published: str | None, tense: str, expected: str) -> None:
    assert span(expr, published, tense) == (expected, expected)


@pytest.mark.parametrize(
    ("expr", "published", "tense", "expected"),
    [
        # reuters21578_08095, published Sunday 1987-03-22
        ("on Tuesday", "1987-03-22", "future", "1987-03-24"),
        ("Tuesday", "1987-03-22", "past", "1987-03-17"),
        # reuters21578_20891, published Monday 1987-10-19
        ("on Monday", "1987-10-19", "past", "1987-10-19"),
        ("on Monday", "1987-10-19", "future", "1987-10-19"),
        ("last Friday", "1987-10-19", "past", "1987-10-16"),
        ("last Friday's", "1987-10-19", "past", "1987-10-16"),
        ("last Monday", "1987-10-19", "past", "1987-10-12"),
        ("next Monday", "1987-10-19", "past", "1987-10-26"),
        ("Friday evening", "1987-10-19", "past", "1987-10-16"),
        ("later on Wednesday", "1987-10-21", "future", "1987-10-21"),
        ("later on Wednesday", "1987-10-19", "future", "1987-10-21"),
        ("Wednesday's meeting", "1987-10-19", "past", "1987-10-14"),
        ("Tuesday last week", "1987-10-19", "past", "1987-10-13"),
        ("today", "1987-03-22", "past", "1987-03-22"),
        ("tonight", "1987-03-22", "future", "1987-03-22"),
        ("yesterday", "1987-03-22", "past", "1987-03-21"),
        ("last night", "1987-03-22", "past", "1987-03-21"),
        ("tomorrow", "1987-03-22", "future", "1987-03-23"),
        ("the day before yesterday", "1987-03-22", "past", "1987-03-20"),
        ("two weeks ago", "1987-10-19", "past", "1987-10-05"),
        ("three days ago", "1987-10-19", "past", "1987-10-16"),
        # "last <weekday>" is that day of the previous Monday..Sunday week
        ("last Thursday", "2021-06-11", "past", "2021-06-03"),  # a Friday
        ("last Sunday", "2021-06-08", "past", "2021-06-06"),  # a Tuesday
        ("past Thursday", "2021-06-11", "past", "2021-06-10"),
    ],
)
def test_relative_days(expr: str, published: str, tense: str, expected: str) -> None:
    assert span(expr, published, tense) == (expected, expected)


@pytest.mark.parametrize(
    ("expr", "published", "tense", "expected"),
    [
        ("last week", "1987-03-22", "past", ("1987-03-09", "1987-03-15")),
        ("this week", "1987-10-19", "past", ("1987-10-19", "1987-10-19")),
        ("this week", "1987-10-19", "future", ("1987-10-19", "1987-10-25")),
        ("next week", "1987-03-22", "future", ("1987-03-23", "1987-03-29")),
        ("the weekend", "1987-10-19", "past", ("1987-10-17", "1987-10-18")),
        ("last year", "1987-03-22", "past", ("1986-01-01", "1986-12-31")),
        ("late last year", "1987-03-22", "past", ("1986-01-01", "1986-12-31")),
        ("this year", "1987-03-22", "past", ("1987-01-01", "1987-03-22")),
        ("this year", "1987-03-22", "future", ("1987-01-01", "1987-12-31")),
        ("next year", "1987-03-22", "future", ("1988-01-01", "1988-12-31")),
        ("early next year", "1987-03-22", "future", ("1988-01-01", "1988-12-31")),
        ("last month", "1987-01-22", "past", ("1986-12-01", "1986-12-31")),
        ("next month", "1987-12-22", "future", ("1988-01-01", "1988-01-31")),
        ("earlier this month", "1987-10-19", "past", ("1987-10-01", "1987-10-19")),
        # bbc_politics_015-like: "In October", published after it
        ("In October", "2004-12-01", "past", ("2004-10-01", "2004-10-31")),
        ("in October", "2004-10-15", "past", ("2004-10-01", "2004-10-31")),
        ("October", "2004-09-15", "past", ("2003-10-01", "2003-10-31")),
        ("in October", "2004-12-01", "future", ("2005-10-01", "2005-10-31")),
        # reuters21578_08095, published 1987-03-22
        ("in November", "1987-03-22", "past", ("1986-11-01", "1986-11-30")),
        ("last October", "1987-03-22", "past", ("1986-10-01", "1986-10-31")),
        ("last March", "1987-03-22", "past", ("1986-03-01", "1986-03-31")),
        ("last October", "2004-10-15", "past", ("2003-10-01", "2003-10-31")),
        ("this October", "2004-01-15", "past", ("2004-10-01", "2004-10-31")),
        ("next March", "1987-03-22", "future", ("1988-03-01", "1988-03-31")),
        ("October last year", "1987-03-22", "past", ("1986-10-01", "1986-10-31")),
        ("mid-April", "1987-10-19", "past", ("1987-04-01", "1987-04-30")),
        ("the end of March", "1987-10-19", "past", ("1987-03-01", "1987-03-31")),
        ("May", "1987-10-19", "past", ("1987-05-01", "1987-05-31")),
        ("1967", "1987-03-22", "past", ("1967-01-01", "1967-12-31")),
        ("in 1981", "1987-03-22", "past", ("1981-01-01", "1981-12-31")),
        ("June 1982", None, "past", ("1982-06-01", "1982-06-30")),
        ("since January 1987", None, "past", ("1987-01-01", "1987-01-31")),
        ("the 1980s", None, "past", ("1980-01-01", "1989-12-31")),
        ("1986-87", None, "past", ("1986-01-01", "1987-12-31")),
    ],
)
def test_periods(expr: str, published: str | None, tense: str, expected: tuple) -> None:
    assert span(expr, published, tense) == expected


@pytest.mark.parametrize(
    "expr", ["two-day", "four-day", "week-long", "four days", "the past two years", "100 mln"]
)
def test_durations_and_amounts_are_not_dates(expr: str) -> None:
    assert resolve_date(expr, "1987-03-22") is None


@pytest.mark.parametrize("expr", ["a march", "the next day", "1st", "", "   ", "the agreement"])
def test_what_names_no_date_gives_none(expr: str) -> None:
    assert resolve_date(expr, "1987-03-22") is None


@pytest.mark.parametrize(
    "expr", ["on Tuesday", "April 10", "last year", "In October", "today", "next week"]
)
def test_relative_needs_a_publication_date(expr: str) -> None:
    assert resolve_date(expr, None) is None


def test_bad_publication_date_counts_as_none() -> None:
    assert resolve_date("last year", "not a date") is None
    assert span("1967", "not a date") == ("1967-01-01", "1967-12-31")


def test_result_is_a_fresh_object() -> None:
    """Results are cached; callers must be free to mutate what they get."""
    first = resolve_date("last year", "1987-03-22")
    assert first is not None
    first.start = "changed"
    assert span("last year", "1987-03-22") == ("1986-01-01", "1986-12-31")



@pytest.mark.parametrize(
    ("expr", "published", "tense", "expected"),
    [
        ("today or tomorrow", "2021-06-11", "future", ("2021-06-11", "2021-06-12")),
        ("yesterday or today", "2021-06-11", "past", ("2021-06-10", "2021-06-11")),
        ("Monday or Tuesday", "2021-06-09", "future", ("2021-06-14", "2021-06-15")),
    ],
)
def test_either_of_two_days_is_their_range(expr: str, published: str, tense: str,
                                           expected: tuple[str, str]) -> None:
    assert span(expr, published, tense) == expected


def test_either_of_two_distant_days_is_not_a_range() -> None:
    # "Monday or Sunday" in the future: six days apart at most, else no range
    assert span("Sunday or Monday", "2021-06-09", "future") != ("2021-06-13", "2021-06-20")
