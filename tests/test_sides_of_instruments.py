"""An instrument often names a side only indirectly: inside what it is for ("protocols of
intent to set up joint ventures with X", "an agreement to build a dam with X"), or as the one
who reports a deal "with" the other side ("Jamaica said the accord reached with the Paris
Club ..."). Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


def _sides(text: str) -> list[set[str | None]]:
    record = extracted(text)
    names = {a.id: a.country for a in record.actors}
    return [{names[p] for p in g.parties} for g in record.agreements]


@pytest.mark.model
@pytest.mark.parametrize("text, sides", [
    ("Renault said it has signed two protocols of intent to set up joint ventures with "
     "Poland.", {"FRA", "POL"}),
    ("Spain has signed an agreement to build a gas pipeline with Algeria.", {"ESP", "DZA"}),
    ("Brazil signed a letter of intent to develop an aircraft jointly with Sweden.",
     {"BRA", "SWE"}),
])
def test_the_partner_of_what_the_instrument_is_for_is_a_party(text, sides):
    found = _sides(text)
    assert sides in found, describe_agreements(extracted(text))



@pytest.mark.model
@pytest.mark.parametrize("text, sides", [
    ("Ecuador said the rescheduling accord reached with the Paris Club covers 300 mln dlrs "
     "of debt.", {"ECU", None}),
    ("The Peruvian finance ministry said the agreement concluded with the IMF last week "
     "frees new credits.", {"PER", None}),
])
def test_the_speaker_is_the_side_of_a_deal_reached_with_the_other(text, sides):
    found = _sides(text)
    assert sides in found, describe_agreements(extracted(text))
