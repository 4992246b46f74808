"""Stage 1: the article's lead, read before the parse. Where the body starts after the
headline and dateline, and the dateline's place, which later stages use as the default place
of a visit and as a cue to the host country."""

from __future__ import annotations

from dataclasses import dataclass

from accords.model import Place
from accords.resolve.dateline import split_dateline
from accords.resolve.places import geocode


@dataclass(frozen=True)
class Lead:
    body_start: int  # character offset after the headline and dateline
    dateline: str | None  # the dateline's place name: the metadata's, else the text's
    place: Place | None  # the dateline geocoded

    @property
    def country(self) -> str | None:
        return self.place.country if self.place is not None else None


def body_start(text: str, title: str | None) -> tuple[int, str | None, str | None]:
    """Offset after the headline and dateline, plus the dateline's place and date."""
    place, date_expr, offset = split_dateline(text)
    if offset:
        return offset, place, date_expr
    first_line = text.split("\n", 1)[0]
    if title and first_line.strip() and first_line.strip().lower() == title.strip().lower():
        return len(first_line) + 1, None, None
    return 0, None, None


def read_lead(text: str, title: str | None, dateline: str | None) -> Lead:
    """The lead of `text`; a `dateline` given with the article wins over one in the text."""
    start, text_dateline, _ = body_start(text, title)
    if dateline is None and text_dateline:
        dateline = text_dateline
    return Lead(body_start=start, dateline=dateline,
                place=geocode(dateline) if dateline else None)


def place_country(name: str) -> str | None:
    """The country of a place named in the text ("Minsk" -> "BLR"), for the event coder."""
    place = geocode(name)
    return place.country if place is not None else None
