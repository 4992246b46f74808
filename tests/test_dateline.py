"""Datelines as the example articles open, and what must not be taken for one."""

from __future__ import annotations

import pytest

from accords.resolve.dateline import split_dateline


def body(text: str) -> str:
    return text[split_dateline(text)[2] :]


def test_reuters_dateline_after_headline() -> None:
    text = (
        "JORDAN, SUDAN SIGN 100 MLN DLR BARTER TRADE PACT\n"
        "AMMAN, March 19 - Jordan and Sudan signed a barter trade\nagreement"
    )
    place, date, offset = split_dateline(text)
    assert (place, date) == ("AMMAN", "March 19")
    assert text[offset:].startswith("Jordan and Sudan")


@pytest.mark.parametrize(
    ("text", "place", "date", "starts"),
    [
        ("BONN, March 4 - West Germany and Tanzania", "BONN", "March 4", "West Germany"),
        ("MINSK – Pakistan and Belarus take", "MINSK", None, "Pakistan"),
        ("WASHINGTON, Oct 19 - Saudi Arabia's Crown", "WASHINGTON", "Oct 19", "Saudi"),
        ("PEKING, April 13 - Prime Ministers Zhao", "PEKING", "April 13", "Prime"),
        ("WASHINGTON (Reuters) - The U.S. said", "WASHINGTON", None, "The U.S."),
        ("NEW YORK, Oct 19 (Reuters) - Stocks fell", "NEW YORK", "Oct 19", "Stocks"),
        ("RIO DE JANEIRO, May 2 — Brazil said", "RIO DE JANEIRO", "May 2", "Brazil"),
        ("SAN JOSE, Costa Rica, March 4 - The", "SAN JOSE", "March 4", "The"),
        ("ST. LOUIS, Mo. - The company", "ST. LOUIS", None, "The company"),
        ("BONN, March 4, 1987 -- West Germany", "BONN", "March 4, 1987", "West"),
        ("LONDON, Sunday 22 March - King Fahd", "LONDON", "Sunday 22 March", "King"),
        ("ISLAMABAD, Apr 12 (APP): Pakistan and", "ISLAMABAD", "Apr 12", "Pakistan"),
    ],
)
def test_dateline_forms(text: str, place: str, date: str | None, starts: str) -> None:
    found_place, found_date, _ = split_dateline(text)
    assert (found_place, found_date) == (place, date)
    assert body(text).startswith(starts)


def test_offset_counts_from_the_start_of_the_text() -> None:
    text = "HEADLINE IN CAPITALS\n\nTOKYO, June 29 - Japan will ratify"
    _, _, offset = split_dateline(text)
    assert text[offset:] == "Japan will ratify"


@pytest.mark.parametrize(
    "text",
    [
        "Argentina, Venezuela in oil deal\n\nArgentina and Venezuela have extended a deal.",
        "WEST GERMANY, TANZANIA AGREE DEBT RESCHEDULING\nWest Germany and Tanzania signed.",
        "JORDAN - SUDAN PACT SIGNED\nThe two countries signed.",  # a headline, dash and all
        "EU – China summit opens in Brussels\n\nLeaders met.",  # an acronym, not a place
        "Headline\nBy A Writer\nMore text\nLONDON - too far down",
        "",
    ],
)
def test_no_dateline(text: str) -> None:
    assert split_dateline(text) == (None, None, 0)
