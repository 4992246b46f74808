"""An offer, pledge or assurance named with its maker ("Chile's offer", "an assurance from
Uganda") in a clause of another side is the maker's AGREE to that side, whatever that side
does with it. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru welcomed Chile's offer on Monday to resume talks on the border treaty.",
    "Welcoming Chile's offer on Monday, the Peruvian president said talks could resume.",
    "Chile's offer to resume the border talks was welcomed by Peru.",
    "Peru received an offer from Chile to hold talks on the border.",
])
def test_an_offer_named_with_its_maker_is_the_makers_agreeing(text):
    found = coded_events(text)
    assert any(f[0] == "AGREE" and f[2] == {"CHL"} and f[3] == {"PER"} for f in found), found


@pytest.mark.model
def test_an_assurance_received_from_a_side_is_that_sides_agreeing():
    found = coded_events("Kenya said it had received an assurance from Uganda that it would "
                         "not close the border.")
    assert any(f[0] == "AGREE" and f[2] == {"UGA"} and f[3] == {"KEN"} for f in found), found


@pytest.mark.model
def test_an_offer_repeated_by_its_maker_is_no_second_agreeing():
    found = coded_events("Chile repeated its offer to Peru to resume the border talks.")
    assert not [f for f in found if f[0] == "AGREE" and f[2] == {"PER"}], found
