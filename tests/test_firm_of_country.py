"""A firm named with the state it belongs to after "of" takes that state, also where the
state's name has an article ("of the U.K.", "of the Netherlands") or the wire put the firm's
name in angle brackets ("<Ostmark Tools Ltd> of Britain"). Texts written for the test."""

from __future__ import annotations

import pytest

import accords


def _firms(text: str) -> dict[str, str | None]:
    record = accords.extract(text, published="1988-02-11", id="test")
    return {a.name: a.country for a in record.actors if a.kind == "organization"}


@pytest.mark.model
@pytest.mark.parametrize("text, firm, iso", [
    ("Ostmark Tools Ltd of the U.K. said it would open a plant in Spain.",
     "Ostmark Tools Ltd", "GBR"),
    ("<Ostmark Tools Ltd> of Britain said it would open a plant in Spain.",
     "Ostmark Tools Ltd", "GBR"),
    ("<Veldhuis Machinery BV> of the Netherlands said it had won an order from Egypt.",
     "Veldhuis Machinery BV", "NLD"),
])
def test_a_firm_of_a_state_takes_the_state(text: str, firm: str, iso: str) -> None:
    found = _firms(text)
    assert found.get(firm) == iso, found


@pytest.mark.model
def test_a_place_that_is_no_state_gives_no_country() -> None:
    found = _firms("Harlow Holdings Ltd of the Bronx said it would open a plant.")
    assert found.get("Harlow Holdings Ltd") is None, found
