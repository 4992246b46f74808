"""Groups named by a common noun are groups of people or firms ("businesses", "farmers"):
what a firm owns or does ("its car business", "business operations") and one unnamed member
("a company of soldiers", "a trader") are none. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, describe_events, extracted


def _org_names(record) -> set[str]:
    return {a.name for a in record.actors if a.kind == "organization"}


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The chairman of the Volvo group has taken day-to-day control of its ailing truck "
     "business to turn it around.", "ailing truck business"),
    ("Lukoil attacked the bank, saying it conducts no business operations in Texas.",
     "business operations"),
])
def test_what_a_firm_owns_or_does_is_no_group(text, name):
    record = extracted(text)
    assert name not in _org_names(record), describe_actors(record)


@pytest.mark.model
def test_one_unnamed_member_is_no_group():
    record = extracted("Britain has offered Kenya a company of Royal Marines to help "
                       "with flood relief, the Foreign Office said.")
    assert "company" not in _org_names(record), describe_actors(record)
    assert [e for e in record.events if e.event == "AGREE"], describe_events(record)
