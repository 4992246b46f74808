""""Agreement with its foreign creditor banks", "with its bank advisory committee": the
lenders a debtor deals with are a side of its agreement, a group of no state (the states of
the banks, or of the dateline, are no side), and an instrument agreed "on" another is one
agreement. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


def _agreements(text: str):
    record = extracted(text)
    names = {a.id: (a.name, a.country) for a in record.actors}
    return [([names[p] for p in g.parties], g.countries, g.subject) for g in record.agreements]


@pytest.mark.model
def test_creditor_banks_are_the_other_side():
    text = ("LONDON, May 4 - Ecuador reached agreement with its foreign creditor banks to "
            "reschedule 4 billion dlrs of debt, the central bank said.")
    found = _agreements(text)
    assert len(found) == 1, describe_agreements(extracted(text))
    parties, countries, _ = found[0]
    assert ("its foreign creditor banks", None) in parties or \
        ("foreign creditor banks", None) in parties, found
    assert countries == ["ECU"], found  # not Britain, where the story is filed


@pytest.mark.model
def test_an_advisory_committee_of_banks_is_a_side():
    text = ("NEW YORK, May 4 - Peru has reached agreement with its bank advisory committee "
            "on a debt refinancing agreement after six weeks of talks, officials said.")
    found = _agreements(text)
    assert len(found) == 1, found  # one agreement, not also the one it is "on"
    parties, countries, subject = found[0]
    assert any(name.endswith("bank advisory committee") for name, _ in parties), found
    assert countries == ["PER"], found
    assert "refinancing" in subject, found


@pytest.mark.model
def test_a_state_and_its_lenders_between_are_two_sides_each_body_its_own():
    text = ("CARACAS, May 4 - Colombia signed a rescheduling accord with its bank advisory "
            "committee on Monday. The news follows a 2 billion dlr debt rescheduling pact "
            "between Ecuador and its bank advisory panel.")
    found = _agreements(text)
    pact = next(f for f in found if f[1] == ["ECU"])
    names = [name for name, _ in pact[0]]
    assert "Ecuador" in names and any(n.endswith("bank advisory panel") for n in names), found


@pytest.mark.model
def test_the_lenders_in_a_subject_are_a_side():
    text = ("The Philippines and its foreign creditor banks agreed on a rescheduling "
            "agreement on Monday, the central bank said.")
    found = _agreements(text)
    assert any(name.endswith("foreign creditor banks") for f in found for name, _ in f[0]), \
        found
