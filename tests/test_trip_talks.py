"""Talks a trip is made for ("will visit Oslo on Monday for discussions with ...", "is to fly to
Lima next week for talks with the Peruvian minister") are the visit's purpose: the visit
(CONSULT 042) tells them, and no second meeting (040) of the same two states is coded. Talks
with someone outside the travellers' and the hosts' states (a body, a third state) are kept.
Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events, describe_events, extracted


def _consults(text: str) -> list[tuple[str, str, set, set]]:
    return [f for f in coded_events(text) if f[0] == "CONSULT"]


@pytest.mark.model
@pytest.mark.parametrize("text,visitor,host", [
    ("Dutch Premier Ruud Lubbers will visit Oslo on Monday for discussions with Norwegian "
     "Prime Minister Gro Harlem Brundtland.", "NLD", "NOR"),
    ("Chilean Economy Minister Pedro Lagos is to fly to Lima next week for talks with his "
     "Peruvian counterpart on the border dispute.", "CHL", "PER"),
    ("Australian Trade Minister John Dawkins will visit Seoul in June for negotiations on "
     "beef quotas.", "AUS", "KOR"),
])
def test_talks_a_trip_is_made_for_are_the_visit(text, visitor, host):
    found = _consults(text)
    assert [f for f in found if f[1] == "042" and f[2] == {visitor} and f[3] == {host}], \
        describe_events(extracted(text))
    assert not [f for f in found if f[1] != "042"], describe_events(extracted(text))


@pytest.mark.model
def test_talks_with_a_body_on_a_trip_are_kept():
    text = ("Kenyan Finance Minister George Saitoti will fly to Washington next week for talks "
            "with the International Monetary Fund.")
    found = _consults(text)
    assert any("International Monetary Fund" in f[2] | f[3] for f in found), \
        describe_events(extracted(text))


@pytest.mark.model
def test_talks_with_a_third_state_on_a_trip_are_kept():
    text = ("Dutch Premier Ruud Lubbers flew to Oslo on Monday for talks with Chinese Premier "
            "Li Peng, who is touring Scandinavia.")
    found = _consults(text)
    assert any({"NLD", "CHN"} <= f[2] | f[3] for f in found if f[1] != "042"), \
        describe_events(extracted(text))


@pytest.mark.model
def test_talks_held_apart_from_a_trip_are_kept():
    text = ("Dutch Premier Ruud Lubbers visited Oslo on Monday. He held talks with Norwegian "
            "Prime Minister Gro Harlem Brundtland on Tuesday.")
    found = _consults(text)
    assert any(f[1] == "040" and {"NLD", "NOR"} <= f[2] | f[3] for f in found), \
        describe_events(extracted(text))


@pytest.mark.model
def test_a_summit_a_trip_is_made_for_is_kept():
    text = ("British Foreign Secretary Jack Hale arrives in Thailand today for a special "
            "summit meeting on the floods.")
    found = _consults(text)
    assert [f for f in found if f[1] != "042"], describe_events(extracted(text))
