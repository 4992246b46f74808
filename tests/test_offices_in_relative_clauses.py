"""An office a relative clause says a person holds ("Bello, who is also Ghana's energy
minister,") describes the person like an apposition does: its country is theirs, even when
an earlier mention made them the officer of an international body. Texts written for the
test."""

from __future__ import annotations

import pytest

import accords


def _countries(text: str) -> dict[str, str | None]:
    record = accords.extract(text, published="1990-05-02", id="test")
    return {a.name: a.country for a in record.actors if a.kind == "person"}


@pytest.mark.model
def test_an_office_held_in_a_relative_clause_gives_the_country() -> None:
    found = _countries("OPEC conference president Amadu Bello\nsaid the ministers' meeting "
                       "would be short.\n    \"We need only a slight review,\"\nBello, who is "
                       "also Ghanaian energy minister, told reporters\nin Vienna.")
    assert found.get("Amadu Bello") == "GHA", found


@pytest.mark.model
def test_a_possessive_office_in_a_relative_clause() -> None:
    found = _countries("Conference chairman Harald Berg said the talks had gone well. Berg, "
                       "who was Norway's ambassador to Chile until last year, spoke to "
                       "delegates in Geneva.")
    assert found.get("Harald Berg") == "NOR", found


@pytest.mark.model
def test_a_relative_clause_of_another_verb_describes_nothing() -> None:
    found = _countries("Conference chairman Harald Berg said the talks had gone well. Berg, "
                       "who met Norwegian diplomats last week, spoke to delegates in Geneva.")
    assert found.get("Harald Berg") is None, found
