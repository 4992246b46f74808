"""What the application and its routers share: limits, file locations, the store of a request
and the validators of parameters both the API and the pages take.

`app.py` mounts the routers (`api.py`, `pages.py`); the routers import from here, never from
the app, so the modules form a tree: app -> routers -> dependencies.
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import Request

from accords import gazetteer
from accords.errors import AccordsError
from accords.model import PLOVER_EVENTS
from accords.store import Store

MAX_BODY_BYTES = 4 * 1024 * 1024
"""Largest request body accepted: a few long articles; the extractor refuses more anyway."""
MAX_PAGE_SIZE = 500
"""Largest `limit` a listing accepts."""
TOKEN_ENV = "ACCORDS_API_TOKEN"
STATIC = Path(__file__).parent / "static"
TEMPLATES = Path(__file__).parent / "templates"


def store_of(request: Request) -> Store:
    """The store the application serves (`create_app` puts it on the app's state)."""
    return request.app.state.store


def resolve_country(code: str) -> str:
    """The ISO alpha-3 code of a country code the gazetteer knows (any case); ValueError
    with a message (and a suggestion, where the gazetteer's resolver gives one) otherwise: a
    typo such as XYZ must not read as a country with nothing recorded. URLs and filters
    take alpha-3 codes, so that every country has one address."""
    iso = code.strip().upper()
    hint = ""
    if len(iso) == 3 and iso.isalpha():
        resolve = getattr(gazetteer, "resolve_country_arg", None)  # the CLI's, if there
        if resolve is None:
            if gazetteer.get_gazetteer().country_name(iso) != iso:
                return iso
        else:
            try:
                if resolve(iso) == iso:
                    return iso
            except AccordsError as exc:
                found = re.search(r"did you mean [^?]*\?", str(exc))
                hint = f"; {found.group(0)}" if found else ""
    raise ValueError(f"unknown country code {code!r}: use an ISO 3166-1 alpha-3 code such "
                     f"as PAK{hint}")


def known_country(code: str) -> str | None:
    """`resolve_country`, None for a code that names no country."""
    try:
        return resolve_country(code)
    except ValueError:
        return None


def event_type(value: str) -> str:
    """A PLOVER type in any case ("accuse" -> "ACCUSE"), or a CAMEO code as given: a word that
    names no type is refused rather than answered with an empty list."""
    if value.isdigit():
        return value
    if value.upper() not in PLOVER_EVENTS:
        raise ValueError(f"unknown PLOVER event type {value!r}; one of {', '.join(PLOVER_EVENTS)}"
                         " or a CAMEO code such as 057")
    return value.upper()
