"""An act's span from its phrase: "a three-day visit", "a week-long visit", "three days of
talks"; the day told is the span's first, unless the phrase tells the act ended then ("at the
end of a three-day visit", "ended three days of talks today"). Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_events

import accords


def _dates(text: str, published: str, cameo: str) -> list[tuple[str | None, str | None]]:
    record = accords.extract(text, published=published, id="spans")
    found = [(e.date.start if e.date else None, e.date.end if e.date else None)
             for e in record.events if e.cameo == cameo]
    assert found, describe_events(record)
    return found


@pytest.mark.model
def test_a_visit_told_at_its_end_ends_that_day():
    text = ("BANK CHIEF PRAISES REFORMS\nNAIROBI, May 14 - World Bank President Jan Berg "
            "praised Kenya's reforms, he told a press conference at the end of a three-day "
            "visit to Nairobi.\n")
    assert _dates(text, "1991-05-14", "042") == [("1991-05-12", "1991-05-14")]


@pytest.mark.model
def test_a_week_long_visit_lasts_a_week_from_its_first_day():
    text = ("PREMIER TO TRAVEL\nOTTAWA, March 2 - Prime Minister Anna Holt will make an "
            "official week-long visit to Mexico from April 20, officials said.\n")
    assert _dates(text, "1991-03-02", "042") == [("1991-04-20", "1991-04-26")]


@pytest.mark.model
def test_days_of_talks_ended_today_end_today():
    text = ("TALKS END\nGENEVA, March 20 - Chile and Peru ended three days of talks on "
            "their border here today.\n")
    record = accords.extract(text, published="1991-03-20", id="spans")
    talks = [e for e in record.events if e.event == "CONSULT"]
    assert talks and all(e.date and (e.date.start, e.date.end) == ("1991-03-18", "1991-03-20")
                         for e in talks), describe_events(record)
