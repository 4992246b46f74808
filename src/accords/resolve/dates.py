"""Resolve date expressions from news text ("on Tuesday", "April 10–11", "last year") to ranges.

News dates are mostly relative to the publication date, and their precision matters: "in
October" is a month, not the 1st of October. Hand-written patterns cover the forms news uses
(ranges, weekdays, bare months, relative periods) because they are faster and more predictable
than a general parser; dateparser is the fallback for anything else, and its reported period is
kept so that a month stays a month (it would otherwise fill in the missing day from the base).

Conventions, all relative to `published`:
- weekday: tense "past" -> the most recent such day on or before `published` (news convention:
  "on Monday" in a Monday paper is that day); "future" -> the next one on or after it.
  "last Friday" is that day of the week before published's (weeks run Monday..Sunday: on a
  Friday, "last Thursday" is eight days before, on a Monday "last Friday" three days before);
  "past Friday" is strictly before, "next Friday" strictly after.
- "today or tomorrow", "Monday or Tuesday": the range of the two days.
- bare month: "past" -> the most recent such month not after `published`'s month; "future" ->
  the next one not before it. "last October" / "next October" exclude the current month.
- day without a year: `published`'s year; "future" moves a day before `published` to the next
  year, "past" moves a day more than half a year after `published` to the previous year.
- weeks run Monday..Sunday.
- "this week/month/year" (and "current"): the whole period; "past" -> its start to `published`
  (an act told done "this year" was done by the day of the report).
- durations ("two-day", "four days", "week-long") are not dates: None.
- without `published`, only expressions that carry their own year resolve.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING

from accords.model import DateRange

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

__all__ = ["resolve_date"]

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1
    )
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:" + "|".join(_WEEKDAYS) + r")\b"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?!\d)"
_YEAR = r"\d{4}(?!\d)"
_SEP = r"(?: ?-+ ?| (?:to|through|till|until|and) )"
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}
_NUMBER = r"(?:\d{1,3}|" + "|".join(_NUMBERS) + r")"
_UNIT = r"(?P<unit>day|week|fortnight|month|year)s?"

# A bare duration ("two-day", "four days", "week-long", "six-month") names no date.
_DURATION = re.compile(
    r"(?:the |a |an )?(?:(?:past|last|next|first|coming|another) )?(?:" + _NUMBER
    + r"|several|few|a few|many)[- ](?:day|week|fortnight|month|year|hour)s?(?:[- ]long)?(?: old)?"
    r"|(?:a |an )?(?:day|week|fortnight|month|year)[- ]long"
)


def _month(token: str) -> int:
    return _MONTHS[token[:3]]


def _day_range(start: dt.date, end: dt.date | None = None) -> DateRange:
    end = end or start
    if end < start:
        start, end = end, start
    return DateRange(start=start.isoformat(), end=end.isoformat())


def _month_range(year: int, month: int) -> DateRange:
    last = calendar.monthrange(year, month)[1]
    return _day_range(dt.date(year, month, 1), dt.date(year, month, last))


def _year_range(first: int, last: int | None = None) -> DateRange:
    return _day_range(dt.date(first, 1, 1), dt.date(last or first, 12, 31))


def _week_range(day: dt.date) -> DateRange:
    monday = day - dt.timedelta(days=day.weekday())
    return _day_range(monday, monday + dt.timedelta(days=6))


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _infer_day(month: int, day: int, pub: dt.date, tense: str) -> dt.date | None:
    """A day without a year: published's year, moved a year when tense says it must be."""
    date = _safe_date(pub.year, month, day)
    if date is None:  # 29 February in a non-leap publication year
        return None
    if tense == "future" and date < pub:
        return _safe_date(pub.year + 1, month, day)
    if tense == "past" and (date - pub).days > 183:
        return _safe_date(pub.year - 1, month, day)
    return date


def _weekday(target: int, pub: dt.date, mode: str) -> dt.date:
    back = (pub.weekday() - target) % 7
    ahead = (target - pub.weekday()) % 7
    if mode == "last":  # that day of the previous Monday..Sunday week
        monday = pub - dt.timedelta(days=pub.weekday() + 7)
        return monday + dt.timedelta(days=target)
    if mode == "before":
        return pub - dt.timedelta(days=back or 7)
    if mode == "next":
        return pub + dt.timedelta(days=ahead or 7)
    if mode == "future":
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back)


_Handler = Callable[[re.Match[str], dt.date | None, str], DateRange | None]
_RULES: list[tuple[re.Pattern[str], _Handler]] = []


def _rule(pattern: str) -> Callable[[_Handler], _Handler]:
    """Register a handler; rules are tried in order of definition, most specific first."""

    def register(handler: _Handler) -> _Handler:
        _RULES.append((re.compile(pattern), handler))
        return handler

    return register


def _explicit_or_inferred(
    month: int, day: int, year: str | None, pub: dt.date | None, tense: str
) -> dt.date | None:
    if year:
        return _safe_date(int(year), month, day)
    if pub is None:
        return None
    return _infer_day(month, day, pub, tense)


def _range_from(
    m: re.Match[str], pub: dt.date | None, tense: str, *, same_month: str | None = None
) -> DateRange | None:
    """Two days, possibly in different months; a year given at either end applies to both."""
    m1 = _month(m["m1"] if same_month != "end" else m["m2"])
    m2 = _month(m["m2"] if same_month != "start" else m["m1"])
    year = m.groupdict().get("y1") or m["y2"]
    start = _explicit_or_inferred(m1, int(m["d1"]), year, pub, tense)
    if start is None:
        return None
    end_year = start.year + (1 if m2 < m1 else 0)
    end = _safe_date(end_year, m2, int(m["d2"]))
    if end is None or end < start:
        return None
    return _day_range(start, end)


@_rule(r"\b(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})\b")
def _iso(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    date = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return _day_range(date) if date else None


@_rule(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4})\b")
def _numeric(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    """ "03/12/1987": month first (news wires are mostly American) unless that cannot be."""
    a, b = int(m["a"]), int(m["b"])
    month, day = (b, a) if a > 12 else (a, b)
    date = _safe_date(int(m["y"]), month, day)
    return _day_range(date) if date else None


@_rule(
    rf"\b(?P<m1>{_MONTH}) (?P<d1>{_DAY})(?:,? (?P<y1>{_YEAR}))?{_SEP}"
    rf"(?P<m2>{_MONTH}) (?P<d2>{_DAY})(?:,? (?P<y2>{_YEAR}))?"
)
def _range_month_day_cross(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    return _range_from(m, pub, tense)


@_rule(
    rf"\b(?P<d1>{_DAY}) (?P<m1>{_MONTH})(?: (?P<y1>{_YEAR}))?{_SEP}"
    rf"(?P<d2>{_DAY}) (?P<m2>{_MONTH})(?:,? (?P<y2>{_YEAR}))?"
)
def _range_day_month_cross(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    return _range_from(m, pub, tense)


@_rule(rf"\b(?P<m1>{_MONTH}) (?P<d1>{_DAY}){_SEP}(?P<d2>{_DAY})(?:,? (?P<y2>{_YEAR}))?")
def _range_month_days(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    return _range_from(m, pub, tense, same_month="start")


@_rule(rf"\b(?P<d1>{_DAY}){_SEP}(?P<d2>{_DAY}) (?:of )?(?P<m2>{_MONTH})(?:,? (?P<y2>{_YEAR}))?")
def _range_days_month(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    return _range_from(m, pub, tense, same_month="end")


@_rule(rf"\b(?P<m>{_MONTH}) (?P<d>{_DAY})(?:,? (?P<y>{_YEAR}))?")
def _month_day(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    date = _explicit_or_inferred(_month(m["m"]), int(m["d"]), m["y"], pub, tense)
    return _day_range(date) if date else None


@_rule(rf"\b(?P<d>{_DAY}) (?:of )?(?P<m>{_MONTH})(?:,? (?P<y>{_YEAR}))?")
def _day_month(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    return _month_day(m, pub, tense)


@_rule(rf"\b(?P<m>{_MONTH}),? (?:of )?(?P<y>{_YEAR})")
def _month_year(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    return _month_range(int(m["y"]), _month(m["m"]))


@_rule(rf"\b(?P<m>{_MONTH}) (?:of )?(?P<rel>last|this|next) year\b")
def _month_relative_year(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    if pub is None:
        return None
    shift = {"last": -1, "this": 0, "next": 1}[m["rel"]]
    return _month_range(pub.year + shift, _month(m["m"]))


@_rule(rf"^(?:(?:on|by|until|from|since|before|after) )?the (?P<d>{_DAY})$")
def _day_of_month(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    """ "on the 10th": that day of published's month, or the neighbouring month's."""
    if pub is None:
        return None
    day = int(m["d"])
    shift = 0
    while abs(shift) <= 2:  # skip months too short for the day ("the 31st")
        year, month = _add_months(pub.year, pub.month, shift)
        date = _safe_date(year, month, day)
        if date is not None and (date <= pub if tense == "past" else date >= pub):
            return _day_range(date)
        shift += -1 if tense == "past" else 1
    return None


@_rule(rf"\b(?P<n>{_NUMBER}) {_UNIT} ago\b|\bin (?P<n2>{_NUMBER}) {_UNIT.replace('unit', 'u2')}")
def _counted(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    """ "three days ago", "two years ago", "in two weeks": a count of units from published."""
    if pub is None:
        return None
    raw, unit, sign = (m["n"], m["unit"], -1) if m["n"] else (m["n2"], m["u2"], 1)
    n = int(raw) if raw.isdigit() else _NUMBERS[raw]
    if unit in ("day", "week", "fortnight"):
        days = n * {"day": 1, "week": 7, "fortnight": 14}[unit]
        return _day_range(pub + dt.timedelta(days=sign * days))
    if unit == "month":
        return _month_range(*_add_months(pub.year, pub.month, sign * n))
    return _year_range(pub.year + sign * n)


_NEAR = r"today|tonight|yesterday|tomorrow"


@_rule(rf"\b(?P<a>{_NEAR}|{_WEEKDAY}) or (?P<b>{_NEAR}|{_WEEKDAY})")
def _either_day(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    """ "today or tomorrow", "Monday or Tuesday": the days between the two, in order."""
    if pub is None:
        return None
    days = []
    for word in (m["a"], m["b"]):
        if word in _WEEKDAYS:
            days.append(_weekday(_WEEKDAYS.index(word), pub, tense))
        else:
            days.append(pub + dt.timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0)))
    if abs((days[1] - days[0]).days) > 6:
        return None
    return _day_range(min(days), max(days))


@_rule(r"\bthe day (?P<rel>before yesterday|after tomorrow)\b")
def _two_days(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    if pub is None:
        return None
    return _day_range(pub + dt.timedelta(days=-2 if m["rel"].startswith("before") else 2))


_NIGHT_BEFORE = r"\blast (?:night|evening)\b"


def names_a_day(text: str) -> bool:
    """Whether a date expression names a day relative to the report ("yesterday", "on
    Friday"), the days a wire story tells its acts by."""
    return re.search(r"\b(?:yesterday|" + _WEEKDAY + r")", text.lower()) is not None


def names_the_night_before(text: str) -> bool:
    """Whether a time expression the tagger calls a time, not a date, is "last night", which
    dates an act (the day before the report's)."""
    return re.search(_NIGHT_BEFORE, text.lower()) is not None


@_rule(_NIGHT_BEFORE)
def _last_night(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    """"arrived last night": the evening before the day of the report."""
    if pub is None:
        return None
    return _day_range(pub - dt.timedelta(days=1))


@_rule(r"\b(?P<w>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening))\b")
def _near_day(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    if pub is None:
        return None
    shift = {"yesterday": -1, "tomorrow": 1}.get(m["w"], 0)
    return _day_range(pub + dt.timedelta(days=shift))


@_rule(rf"\b(?P<wd>{_WEEKDAY})(?: of)? (?P<rel>last|this|next) week\b")
def _weekday_of_week(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    if pub is None:
        return None
    monday = pub - dt.timedelta(days=pub.weekday())
    monday += dt.timedelta(days=7 * {"last": -1, "this": 0, "next": 1}[m["rel"]])
    return _day_range(monday + dt.timedelta(days=_WEEKDAYS.index(m["wd"])))


@_rule(rf"\b(?:(?P<rel>last|past|previous|next|coming|this) )?(?P<wd>{_WEEKDAY})")
def _weekday_rule(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    if pub is None:
        return None
    rel = m["rel"]
    mode = {"last": "last", "past": "before", "previous": "before", "next": "next"}.get(rel or "")
    if rel == "coming":
        mode = "future"
    return _day_range(_weekday(_WEEKDAYS.index(m["wd"]), pub, mode or tense))


@_rule(r"\b(?:(?P<rel>last|past|previous|this|next|coming|the) )?weekend\b")
def _weekend(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    if pub is None:
        return None
    rel = m["rel"]
    if rel in ("last", "past", "previous"):
        saturday = _weekday(5, pub - dt.timedelta(days=1), "past")
        if saturday + dt.timedelta(days=1) >= pub:  # published on that weekend: the one before
            saturday -= dt.timedelta(days=7)
    elif rel in ("next", "coming") or tense == "future":
        saturday = _weekday(5, pub, "future")
    else:  # "this/the weekend" in the past: the one just gone, or the one we are in
        saturday = _weekday(5, pub, "past") if pub.weekday() != 6 else pub - dt.timedelta(days=1)
    return _day_range(saturday, saturday + dt.timedelta(days=1))


_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}


@_rule(
    r"\b(?:(?P<rel>last|past|previous|this|next|coming|the) )?(?:(?:early|late|mid)[- ])?"
    r"(?P<s>spring|summer|autumn|fall|winter)(?:,? (?:of )?(?P<y>" + _YEAR + "))?"
)
def _season(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    """ "last summer", "this autumn", "in spring 1986": the three months of the (northern)
    season, winter running from December into the next year. "Fall" alone is a verb or a
    noun: it counts only with a word that makes it a time or a year."""
    word, rel, year = m["s"], m["rel"], m["y"]
    if word == "fall" and not ((rel and rel != "the") or year):
        return None
    first = _SEASONS[word]
    if year:
        if word == "winter":
            return None  # "winter 1986": which winter is not clear
        return _day_range(dt.date(int(year), first, 1),
                          dt.date(*_add_months(int(year), first, 2),
                                  calendar.monthrange(*_add_months(int(year), first, 2))[1]))
    if pub is None:
        return None

    def season(y: int) -> tuple[dt.date, dt.date]:
        ey, em = _add_months(y, first, 2)
        return dt.date(y, first, 1), dt.date(ey, em, calendar.monthrange(ey, em)[1])

    starts = [season(y) for y in range(pub.year - 2, pub.year + 2)]
    if rel in ("last", "past", "previous"):  # the latest one over before the report
        start, end = [s for s in starts if s[1] < pub][-1]
    elif rel in ("next", "coming"):  # the first one not yet begun
        start, end = [s for s in starts if s[0] > pub][0]
    elif rel == "this":  # the one under way, else this year's
        current = [s for s in starts if s[0] <= pub <= s[1]]
        start, end = current[0] if current else season(pub.year)
    elif tense == "future":
        start, end = [s for s in starts if s[1] >= pub][0]
    else:
        start, end = [s for s in starts if s[0] <= pub][-1]
    return _day_range(start, end)


@_rule(r"\b(?P<rel>last|past|previous|this|current|next|coming) (?P<unit>week|month|year)\b")
def _relative_period(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    if pub is None:
        return None
    rel, unit = m["rel"], m["unit"]
    if rel == "past":  # "the past week": a rolling window that ends on published
        if unit == "week":
            return _day_range(pub - dt.timedelta(days=7), pub)
        y, mo = _add_months(pub.year, pub.month, -1 if unit == "month" else -12)
        start = _safe_date(y, mo, min(pub.day, calendar.monthrange(y, mo)[1]))
        return _day_range(start or pub, pub)
    shift = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    if unit == "week":
        period = _week_range(pub + dt.timedelta(days=7 * shift))
    elif unit == "month":
        period = _month_range(*_add_months(pub.year, pub.month, shift))
    else:
        period = _year_range(pub.year + shift)
    if shift == 0 and tense == "past" and not re.search(r"\blater\W*$", m.string[:m.start()], re.I):
        # "talks this week", "agreed earlier this year": what is done is done by the day of
        # the report, so the period runs up to `published`, not to its end
        return _day_range(dt.date.fromisoformat(period.start), pub)
    return period


# "may" and "march" are also a verb and a noun: bare, they count only when the whole
# expression is the month or a date word announces it.
@_rule(
    r"\b(?:(?:(?P<rel>last|past|previous|this|next|coming)|(?P<lead>in|since|from|until|till|by"
    r"|during|of|before|after|early|mid|late|end of|beginning of|start of|the end of|the"
    r" beginning of|the start of|the middle of))[- ]?)?(?P<m>" + _MONTH + ")"
)
def _bare_month(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    if pub is None:
        return None
    month = _month(m["m"])
    if month in (3, 5) and not (m["rel"] or m["lead"]) and m.string.strip() != m["m"]:
        return None
    rel = m["rel"]
    if rel == "this":
        return _month_range(pub.year, month)
    if rel in ("last", "past", "previous"):
        year = pub.year if month < pub.month else pub.year - 1
    elif rel in ("next", "coming"):
        year = pub.year if month > pub.month else pub.year + 1
    elif tense == "future":
        year = pub.year if month >= pub.month else pub.year + 1
    else:
        year = pub.year if month <= pub.month else pub.year - 1
    return _month_range(year, month)


@_rule(
    r"(?<![\d,.$£€])(?P<y1>1[5-9]\d\d|20\d\d) ?(?:-+|/|to|through|and) ?(?P<y2>\d{4}|\d{2})(?!\d)"
)
def _year_span(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    first, raw = int(m["y1"]), m["y2"]
    last = int(raw) if len(raw) == 4 else first // 100 * 100 + int(raw)
    if len(raw) == 2 and last < first:  # "1999-00"
        last += 100
    if not first < last <= first + 100:
        return None
    return _year_range(first, last)


@_rule(r"(?<![\d,.$£€])(?P<y>1[5-9]\d0|20\d0)'?s\b")
def _decade(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    return _year_range(int(m["y"]), int(m["y"]) + 9)


@_rule(r"(?<![\d,.$£€])(?P<y>1[5-9]\d\d|20\d\d)(?![\d,]\d|%)")
def _year(m: re.Match[str], pub: dt.date | None, tense: str) -> DateRange | None:
    return _year_range(int(m["y"]))


def _normalize(expr: str) -> str:
    """Lower-case, ASCII dashes and apostrophes, no ordinals or possessives, single spaces."""
    s = expr.casefold()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s).replace("\u2019", "'")
    s = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", s)
    s = re.sub(r"(?<=[a-z])'s\b|(?<=s)'(?!\w)", "", s)
    s = re.sub(r"\bsept\b", "sep", s)
    s = re.sub(r"(?<=[a-z])\.(?= \d)", "", s)  # "oct. 19"
    s = re.sub(r"\s+", " ", s)
    return s.strip(" .,;:()")


@lru_cache(maxsize=64)
def _dateparser(published: dt.date, tense: str) -> DateDataParser:
    """One parser per (published, tense): constructing it is cheap, but reuse keeps it cheaper."""
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(published, dt.time()),
            "PREFER_DATES_FROM": "future" if tense == "future" else "past",
            "RETURN_TIME_AS_PERIOD": True,
        },
    )


def _fallback(text: str, pub: dt.date, tense: str) -> DateRange | None:
    """dateparser for what the patterns miss, keeping the precision it reports."""
    try:
        data = _dateparser(pub, tense).get_date_data(text)
    except (ValueError, OverflowError):
        return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    if data.period == "year":
        return _year_range(day.year)
    if data.period == "month":
        return _month_range(day.year, day.month)
    if data.period == "week":
        return _week_range(day)
    if data.period == "time":  # a clock time ("3 p.m."): the day of the report
        return _day_range(pub)
    return _day_range(day)


def _parse_published(published: str | None) -> dt.date | None:
    if not published:
        return None
    try:
        return dt.date.fromisoformat(published[:10])
    except ValueError:
        return None


@lru_cache(maxsize=4096)
def _resolve(expr: str, published: str | None, tense: str) -> DateRange | None:
    text = _normalize(expr)
    if not text or _DURATION.fullmatch(text):
        return None
    pub = _parse_published(published)
    for pattern, handler in _RULES:
        for match in pattern.finditer(text):
            found = handler(match, pub, tense)
            if found is not None:
                return found
    # Without a number, or with nothing but one, dateparser only guesses ("the 10th": October).
    if pub is None or not re.search(r"\d", text) or re.fullmatch(r"[\w ]*?\d+", text):
        return None
    return _fallback(text, pub, tense)


def resolve_date(expr: str, published: str | None, *, tense: str = "past") -> DateRange | None:
    """Resolve a date expression against the publication date ("YYYY-MM-DD" or None).

    `tense` is "future" for planned/expected/will clauses and decides the direction of
    weekdays, bare months and year-less days; anything else counts as "past". Returns a
    DateRange (start == end for a single day) or None when the expression names no date.
    """
    tense = "future" if tense == "future" else "past"
    found = _resolve(expr, published, tense)
    return found.model_copy() if found is not None else None
