"""Bare "ministers" or "officials" are those the story named with their side just before
("EU foreign ministers issued a statement ... The statement said ministers were disturbed"),
not the state of the dateline's city; "the government" stays the story's own. Texts written
for the test."""

from __future__ import annotations

from functools import cache

import pytest

import accords


@cache
def _coded(text: str, dateline: str) -> list[tuple[str, set, set]]:
    record = accords.extract(text, published="2021-05-04", dateline=dateline, id="test")
    names = {a.id: a.country or a.name for a in record.actors}
    return [(e.event, {names[x] for x in e.actor}, {names[x] for x in e.recipient})
            for e in record.events]


@pytest.mark.model
def test_bare_ministers_are_the_ministers_named_before():
    found = _coded("European Union foreign ministers issued a statement on Monday deploring "
                   "Russia's naval exercises. The statement said ministers were deeply "
                   "disturbed by Russian moves in the Baltic.", "BRUSSELS")
    assert not [f for f in found if "BEL" in f[1]], found
    assert [f for f in found if "European Union" in f[1] and "RUS" in f[2]], found


@pytest.mark.model
def test_bare_ministers_with_none_named_before_are_the_datelines():
    found = _coded("The statement said ministers were deeply disturbed by Russian moves in "
                   "the Baltic.", "BRUSSELS")
    assert [f for f in found if "BEL" in f[1]], found


@pytest.mark.model
def test_the_government_is_not_the_government_named_before():
    found = _coded("The Sri Lankan government thanked donors on Monday. The government has "
                   "formally offered Indonesia two helicopters for the relief work.", "LONDON")
    assert not [f for f in found if "LKA" in f[1] and "IDN" in f[2]], found
