"""An officer of a firm whose firm is not named beside him takes the country of the firm the
story is about: "Chief executive X said" or "X, the company's vice president" in a story
that opens with one firm, named no less often than any other. A person who takes an office
"as chief executive of <firm>" takes that firm's country. A firm or another body named
beside the officer, or an office states hold too ("President X"), gives no such country.
Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import country_of_named


def _country(text: str, name: str) -> str | None:
    return country_of_named(text, name)


@pytest.mark.model
@pytest.mark.parametrize("text, name, iso", [
    ("Shares in Boreal Oil, a British oil firm, fell on Friday after Norway said it would "
     "tax its North Sea fields. Chief executive Tom Reed said he was disappointed.",
     "Tom Reed", "GBR"),
    ("Kestrel Motors, a Japanese carmaker, said it had won an order from Kenya. \"We are "
     "pleased,\" said Anna Berg, the company's vice president of marketing.",
     "Anna Berg", "JPN"),
])
def test_an_officer_of_no_named_firm_serves_the_storys_firm(text, name, iso):
    assert _country(text, name) == iso


@pytest.mark.model
@pytest.mark.parametrize("text, name, iso", [
    ("Italian group Valdora reported a loss. Marco Ferri has replaced Luca Bassi as chief "
     "executive of Valdora, with Mr Bassi leaving the company.", "Marco Ferri", "ITA"),
    ("Toyota said on Friday that Kenji Mori would take over as president of Toyota Motor.",
     "Kenji Mori", "JPN"),
])
def test_an_office_taken_as_head_of_a_firm_gives_the_firms_country(text, name, iso):
    assert _country(text, name) == iso


@pytest.mark.model
def test_a_noun_after_as_that_is_no_office_gives_nothing():
    text = ("Toyota said on Friday that Kenji Mori had resigned as a result of pressure from "
            "Toyota shareholders.")
    assert _country(text, "Kenji Mori") is None


@pytest.mark.model
def test_an_officer_described_with_another_name_is_not_the_storys():
    text = ("Shares in Boreal Oil, a British oil firm, fell on Friday. Boreal Oil was told to "
            "pay a new tax. Zorbex Handels chief executive Tom Reed said he was pleased.")
    assert _country(text, "Tom Reed") is None


@pytest.mark.model
def test_an_office_states_hold_too_gives_no_firm_country():
    text = ("Shares in Boreal Oil, a British oil firm, fell on Friday. President Tomas Vargo "
            "said his country would buy oil from Boreal Oil.")
    assert _country(text, "Tomas Vargo") != "GBR"


@pytest.mark.model
def test_a_story_whose_first_firm_is_not_its_most_named_firm_gives_nothing():
    text = ("Boreal Oil sold a tanker to Kestrel Shipping, a Greek shipowner. Kestrel Shipping "
            "said the deal closed on Monday, and Kestrel Shipping will use the tanker in "
            "Asia. Chief executive Tom Reed said he was pleased.")
    assert _country(text, "Tom Reed") is None
