""""Peru agreed with its bank advisory committee on a rescheduling of ...": a state agreeing
with its lenders or an international body on something is an agreement between them, though
only one side is a state; "Under the accord, X agreed to buy ..." is a term of the accord, no
second record; "the decision, which he called a standstill arrangement" names what was
reported, no new instrument. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


def _agreements(text: str):
    record = extracted(text)
    names = {a.id: (a.name, a.country) for a in record.actors}
    return [([names[p][0] for p in g.parties], g.countries, g.subject, g.status)
            for g in record.agreements]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "LIMA, May 4 - Peru agreed in principle with its bank advisory committee on a "
    "rescheduling of 900 mln dlrs of debt due in 1988, the central bank said.",
    "QUITO, May 4 - Ecuador and its bank advisory committee have agreed on changes to "
    "the interest margin on 4 billion dlrs of debt, bankers said.",
])
def test_agreeing_with_lenders_on_a_rescheduling_is_an_agreement(text):
    found = _agreements(text)
    assert len(found) == 1, describe_agreements(extracted(text))
    parties, countries, subject, status = found[0]
    assert len(countries) == 1 and countries[0] in ("PER", "ECU"), found
    assert any(name.endswith("bank advisory committee") for name in parties), found
    assert status == "agreed", found
    assert "rescheduling" in subject or "margin" in subject, found


@pytest.mark.model
def test_agreeing_with_an_international_body_is_an_agreement_of_one_state():
    text = ("WASHINGTON, May 4 - Kenya agreed with the International Monetary Fund on a "
            "three-year economic adjustment programme, officials said.")
    found = _agreements(text)
    assert len(found) == 1, describe_agreements(extracted(text))
    parties, countries, _, _ = found[0]
    assert countries == ["KEN"], found
    assert "International Monetary Fund" in parties, found


@pytest.mark.model
def test_what_a_side_agreed_under_an_accord_is_a_term_of_it():
    text = ("ROME, May 4 - Italy and Egypt renewed their trade accord last year. Under the "
            "accord, Egypt agreed to buy at least 200,000 tonnes of rice a year from Italy.")
    found = _agreements(text)
    assert len(found) == 1, describe_agreements(extracted(text))
    assert sorted(found[0][1]) == ["EGY", "ITA"], found


@pytest.mark.model
def test_a_name_given_to_a_decision_is_no_new_instrument():
    text = ("NAIROBI, May 4 - Kenya and its creditor banks agreed to extend 300 mln dlrs of "
            "trade credit lines by 90 days, the finance minister said. He said the decision, "
            "which he called a bridging arrangement, would be sent to the banks on Monday.")
    found = _agreements(text)
    assert len(found) == 1, describe_agreements(extracted(text))
