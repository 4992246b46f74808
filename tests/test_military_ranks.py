"""Military ranks written without a full stop, as British and wire style writes them ("Gen
Musharraf", "Lt Gen Pasha", "Adm Mullen"), are titles: the name after them is a person's,
the rank is their role, and a known office holder keeps the country the gazetteer gives.
Texts written for the test."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.gazetteer import get_gazetteer


@cache
def _people(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    record = accords.extract(text, published="2004-12-06", id="test")
    return {a.name: (a.country, tuple(r.title for r in a.roles))
            for a in record.actors if a.kind == "person"}


@pytest.mark.parametrize("abbreviation, full", [
    ("Gen", "General"), ("Gen.", "General"), ("Lt Gen", "Lieutenant General"),
    ("Maj. Gen.", "Major General"), ("Rear Adm", "Rear Admiral"), ("Col", "Colonel"),
    ("Gov.", "Governor"),
])
def test_abbreviated_ranks_are_read_in_full(abbreviation: str, full: str) -> None:
    hit = get_gazetteer().title(abbreviation)
    assert hit is not None and hit["title"] == full, hit


def test_an_ordinary_word_is_no_rank() -> None:
    assert get_gazetteer().title("Genius") is None
    assert get_gazetteer().title("Colombo") is None


@pytest.mark.model
def test_a_rank_opens_a_persons_name_and_is_their_role() -> None:
    people = _people("Gen Pervez Musharraf flew to Paris on Sunday for two days of talks. "
                     "Gen Musharraf later met French business leaders.")
    assert "Pervez Musharraf" in people, people
    country, roles = people["Pervez Musharraf"]
    assert country == "PAK" and "General" in roles, people
    assert not [n for n in people if n.startswith("Gen ")], people


@pytest.mark.model
def test_two_ranks_open_a_name() -> None:
    people = _people("Lt Gen Farid Khanzada, the army's chief of staff, arrived in Kabul "
                     "on Tuesday for talks with Afghan commanders.")
    assert "Farid Khanzada" in people, people
    assert "Lieutenant General" in people["Farid Khanzada"][1], people
