"""Split a news dateline ("BONN, March 4 - ", "MINSK – ", "LONDON (Reuters) - ") from the body.

The dateline names where the report was filed and often the day, which later stages use as a
fallback place and date; the body offset lets them skip it. Wire copy may put a headline (also
in capitals) on the lines before, so the first few non-empty lines are tried; a line counts
only if an ALL-CAPS place of one to three words is followed, on the same line, by an optional
date or agency and then a dash, and the text after the dash reads like prose (it has lower-case
letters), so that a capitalised headline is not taken for a dateline.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

__all__ = ["dateline_dates", "split_dateline"]

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?"
)
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b"
_DAY_MONTH = rf"(?:{_MONTH} \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}} {_MONTH})(?:,? \d{{4}})?"
_DATE = rf"(?:{_WEEKDAY}(?:,? {_DAY_MONTH})?|{_DAY_MONTH})"
_WORD = r"[A-Z][A-Z.'’\-]*[A-Z.]|[A-Z]"  # "BONN", "U.S.", "PORT-AU-PRINCE", "N'DJAMENA"
_AGENCY = r"\((?:[A-Z][A-Za-z.]*)(?:[ /][A-Z][A-Za-z.]*)*\)"  # (Reuters) (AP) (APP) (Dow Jones)
_DATELINE = re.compile(
    rf"[ \t]*(?P<place>(?:{_WORD})(?:[ \t]+(?:{_WORD})){{0,2}})"
    rf"(?:,[ \t]*(?P<region>(?!{_MONTH} \d|{_WEEKDAY})"  # "SAN JOSE, Costa Rica, March 4 -"
    rf"[A-Z][A-Za-z.]*(?:[ \t][A-Z][A-Za-z.]*){{0,2}}))?"
    rf"(?:,?[ \t]*(?P<date>{_DATE}))?"
    rf"(?:[ \t]*{_AGENCY})?"
    r"[ \t]*(?:[-\u2013\u2014]+|(?<=\)):)[ \t]+"
)
_MAX_LINES = 3
# All-caps words that open headlines ("EU - China summit opens") or wire slugs, not places.
_NOT_PLACES = frozenset(
    "EU EC UN US USA UK NATO OPEC IMF GATT WTO ASEAN UPDATE CORRECTED REFILE BREAKING URGENT"
    " EXCLUSIVE ANALYSIS FACTBOX WRAPUP INTERVIEW COMMENT OPINION EDITORIAL PROFILE".split()
)


def split_dateline(text: str) -> tuple[str | None, str | None, int]:
    """Return (place, date expression, offset where the body starts), or (None, None, 0).

    The place and date are given as written ("BONN", "March 4"); resolving them is the job of
    `resolve.places` and `resolve.dates`.
    """
    offset = 0
    tried = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            match = _DATELINE.match(line)
            if match and _is_place(match["place"]) and _reads_as_prose(line[match.end() :]):
                return match["place"], match["date"], offset + match.end()
            tried += 1
            if tried >= _MAX_LINES:
                break
        offset += len(line)
    return None, None, 0


def _is_place(place: str) -> bool:
    letters = sum(ch.isalpha() for ch in place)
    return letters >= 3 and place.replace(".", "") not in _NOT_PLACES


def _reads_as_prose(rest: str) -> bool:
    """Body text after the dash has lower-case letters; an all-caps headline has none."""
    return any(ch.islower() for ch in rest)


def dateline_dates(doc: Doc, body_start_token: int) -> list[Span]:
    """The dates of the dateline on the line the body starts ("TOKYO, June 29 -"): the day the
    story was filed, and the day of the acts of its first sentence that name none. The body
    is parsed as a sentence of its own, so these are not in that sentence."""
    if not 0 < body_start_token <= len(doc):
        return []
    key = ("accords_dateline_dates", body_start_token)
    if key in doc.user_data:  # asked by the agreement and event coders and the settings
        return list(doc.user_data[key])
    body_char = doc[body_start_token].idx if body_start_token < len(doc) else len(doc.text)
    line_start = doc.text.rfind("\n", 0, body_char) + 1
    found = [e for e in doc.ents if e.label_ == "DATE" and line_start <= e.start_char and
             e.end_char <= body_char]
    doc.user_data[key] = tuple(found)
    return found
