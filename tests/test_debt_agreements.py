""""Peru agreed with its bank advisory committee on a rescheduling of ...": a state agreeing
with its lenders or an international body on something is an agreement between them, though
only one side is a state; "Under the accord, X agreed to buy ..." is a term of the accord, no
second record; "it" after a state subject with no other state named between is that
state. Texts written for the test."""

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
def test_it_is_the_state_subject_before_it():
    text = ("BUCHAREST, May 4 - Romania has rescheduled its debt every year since 1982. In "
            "June 1984, it signed an agreement with a committee of 200 commercial banks to "
            "reschedule 500 mln dlrs of maturities.")
    found = _agreements(text)
    assert len(found) == 1, describe_agreements(extracted(text))
    assert found[0][1] == ["ROU"], found


@pytest.mark.model
def test_it_after_a_second_state_is_not_the_first():
    text = ("SYDNEY, May 4 - Australia will not sell uranium to Pakistan while it remains "
            "outside the Nuclear Non-Proliferation Treaty, the minister said.")
    found = _agreements(text)
    assert not [f for f in found if f[1] == ["AUS"]], describe_agreements(extracted(text))
