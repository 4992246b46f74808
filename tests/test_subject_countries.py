"""A country named once, after the lead, is listed when it is the subject of a verb, alone or
in a list ("Nigeria proposed a cut", "Chile and Peru were angered"): a side of the story.
Named once as an object, in a place phrase, by its capital or in a clause that only dates
another act ("a week after Peru held elections"), it stays out. Texts written
for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


def _countries(text: str) -> set[str]:
    record = extracted(text)
    return {a.country for a in record.actors if a.kind == "country"}


_LEAD = "The oil ministers of the cartel met on Monday to discuss their output quotas. "


@pytest.mark.model
@pytest.mark.parametrize("text, iso", [
    (_LEAD + "Later in the day Nigeria proposed a cut of five pct in output.", "NGA"),
    (_LEAD + "Delegates said Ecuador and Gabon were angered by the new quotas.", "GAB"),
])
def test_a_country_named_once_as_a_subject_is_listed(text, iso):
    assert iso in _countries(text), describe_agreements(extracted(text))


@pytest.mark.model
@pytest.mark.parametrize("text, iso", [
    (_LEAD + "The delegates later flew to Peru for a holiday.", "PER"),
    (_LEAD + "A heavy storm later hit Peru during the meeting.", "PER"),
    (_LEAD + "Later in the day Lima said it would send a delegate.", "PER"),
    (_LEAD + "The meeting opened a week after Peru held local elections.", "PER"),
])
def test_a_country_named_once_as_a_place_object_or_capital_is_not(text, iso):
    assert iso not in _countries(text), describe_agreements(extracted(text))
