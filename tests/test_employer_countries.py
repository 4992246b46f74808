"""A person titled by the firm he serves takes the firm's country, once the firm's later
mention is read as the firm: by the acronym the article gave it in brackets ("LSE chief
executive X" after "London Stock Exchange (LSE)") or by its name without the legal form
("Cable and Wireless Chairman X" after "Cable and Wireless PLC"). A firm takes the country
of a great city opening its name or of the US state it is based in. Texts written for the
test."""

from __future__ import annotations

import pytest
from record_views import country_of_named, describe_agreements, extracted


def _country(text: str, name: str) -> str | None:
    return country_of_named(text, name)


@pytest.mark.model
def test_a_bracketed_acronym_of_three_letters_names_the_employer():
    text = ("Shares in the London Stock Exchange (LSE) rose on Monday. Peter Holm met LSE chief "
            "executive Anna Berg amid rumours of a bid.")
    assert _country(text, "Anna Berg") == "GBR", describe_agreements(extracted(text))


@pytest.mark.model
def test_an_acronym_not_given_in_brackets_names_nothing():
    text = ("Shares in the London Port Authority fell on Tuesday. Anders Lie met LHA "
            "chairman Kari Dahl amid talk of a merger.")
    assert _country(text, "Kari Dahl") is None, describe_agreements(extracted(text))


@pytest.mark.model
def test_a_firm_named_again_without_its_legal_form_names_the_employer():
    text = ("Harbour and Marine PLC said on Monday it would buy a stake in a Dutch shipyard. "
            "Harbour and Marine chairman Tom Reed said the deal would close in June.")
    assert _country(text, "Tom Reed") == "GBR", describe_agreements(extracted(text))


# A firm's country from where it is: a great city opening its name, a US state it is based in.


@pytest.mark.model
def test_a_great_city_opening_a_firms_name_gives_its_country():
    text = "Wuhan Precision Tools said it would build a plant near the port."
    assert _country(text, "Wuhan Precision Tools") == "CHN", describe_agreements(
        extracted(text))


@pytest.mark.model
def test_a_foundation_named_for_a_person_takes_no_city_country():
    text = "The grant will go to the Salvador Romero Foundation, which helps farmers."
    assert _country(text, "Salvador Romero Foundation") is None, describe_agreements(
        extracted(text))


@pytest.mark.model
def test_a_firm_based_in_a_us_state_is_american():
    text = "The brand was sold to the Ohio-based Halden Group for an undisclosed sum."
    assert _country(text, "Halden Group") == "USA", describe_agreements(extracted(text))


# A person described as holding an office at a firm takes the firm's country, even where the
# firm, named only there, is no actor of the article.


@pytest.mark.model
def test_an_office_at_a_known_firm_gives_the_holders_country():
    text = "Marc Olsen, an analyst at Deutsche Bank, said the merger made sense."
    assert _country(text, "Marc Olsen") == "DEU", describe_agreements(extracted(text))


@pytest.mark.model
def test_meeting_people_at_a_firm_says_nothing_of_ones_country():
    text = "Marc Olsen met analysts at Deutsche Bank on Monday."
    assert _country(text, "Marc Olsen") is None, describe_agreements(extracted(text))


# An opposition leader quoted in a story filed from his state's capital is that state's, like
# its ministers.


@pytest.mark.model
def test_an_opposition_leader_quoted_in_his_capital_is_that_states():
    text = ("ATHENS, May 3 - Greece said it would not accept the plan. Conservative opposition "
            "leader Andreas Kostas said the plan was wrong.")
    assert _country(text, "Andreas Kostas") == "GRC", describe_agreements(extracted(text))
