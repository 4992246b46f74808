"""Names that are no organisations of the story: a ship named after its kind ("the aircraft
carrier Kitty Hawk") is no actor; a full name the table of office holders knows is a person
even where the tagger calls it an organisation; an office "-elect" or "-designate" is an
office. Texts written for the test."""

from __future__ import annotations

import pytest

import accords
from accords.gazetteer import get_gazetteer


def _actors(text: str, published: str = "1987-10-20") -> dict[str, tuple[str, str | None]]:
    record = accords.extract(text, published=published, id="test")
    return {a.name: (a.kind, a.country) for a in record.actors}


@pytest.mark.model
@pytest.mark.parametrize("text, ship", [
    ("A naval task force led by the aircraft carrier Midway Star sailed into the Arabian Sea.",
     "Midway Star"),
    ("The destroyer Harold Banks escorted two convoys through the strait on Friday.",
     "Harold Banks"),
])
def test_a_ship_is_no_actor(text: str, ship: str) -> None:
    found = _actors(text)
    assert not [n for n in found if ship in n], found


@pytest.mark.model
def test_an_airline_called_a_carrier_stays_an_actor() -> None:
    found = _actors("The carrier Lufthansa said it would buy twelve planes from Airbus "
                    "Industrie.")
    assert found.get("Lufthansa", ("", ""))[0] == "organization", found


@pytest.mark.parametrize("text, title", [
    ("President-elect", "President-elect"), ("Prime Minister-designate",
                                              "Prime Minister-designate"),
    ("Foreign Minister-designate", "Foreign Minister-designate"),
])
def test_offices_to_be_held_are_titles(text: str, title: str) -> None:
    hit = get_gazetteer().title(text)
    assert hit is not None and hit["title"] == title, hit


def test_a_bare_elect_is_no_title() -> None:
    assert get_gazetteer().title("elect") is None


@pytest.mark.model
def test_a_known_office_holder_is_a_person_whatever_the_tagger_says() -> None:
    found = _actors("Prime Minister-designate Noboru Takeshita said in a telephone "
                    "conversation with Reagan that ties with Washington were strong.")
    assert found.get("Noboru Takeshita") == ("person", "JPN"), found
