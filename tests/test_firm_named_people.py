"""A name the tagger takes for a person's is a firm's where the words around it say so: a
firm noun set before it, a firm noun calling it, or an officer or staff it owns that no
person has. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


def _kinds(text: str, name: str) -> set[str]:
    return {a.kind for a in extracted(text).actors if a.name == name}


@pytest.mark.model
def test_a_name_after_a_firm_noun_is_a_firms():
    text = ("Nestle said on Monday it had bought 60% of its US affiliate Rick Lanham Labs, "
            "and offered to buy the rest.")
    assert _kinds(text, "Rick Lanham Labs") == {"organization"}


@pytest.mark.model
def test_a_name_a_venture_is_called_is_a_firms():
    text = ("Brazil's Petrobras and Exxon will form a new joint venture called Martin "
            "Hollis to refine crude oil in Texas, the companies said.")
    assert "person" not in _kinds(text, "Martin Hollis")


@pytest.mark.model
def test_a_name_owning_a_head_of_department_is_a_bodys():
    text = "Tom Hale, Christian Relief's head of policy, said Britain should act."
    assert _kinds(text, "Christian Relief") == {"organization"}


@pytest.mark.model
def test_an_investor_is_still_a_person():
    text = ("The hotel was sold to Saudi investor Prince Fahd bin Salman and a Kuwaiti "
            "bank, the seller said.")
    assert _kinds(text, "Fahd bin Salman") | _kinds(text, "Prince Fahd bin Salman") <= {"person"}
