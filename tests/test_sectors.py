"""Sectors of agreements: one test per rule of accords.code.sectors, on sentences written for
these tests (the real spaCy model through accords.extract)."""

from __future__ import annotations

import pytest

from accords import extract
from accords.code.sectors import complete_sectors, rank_sectors, sectors_in


def _sectors(text: str) -> list[list[str]]:
    record = extract(text, published="2024-05-08").to_dict()
    return [a["sectors"] for a in record["agreements"]]


def test_words_match_whole_not_inside_other_words() -> None:
    """'road' is not in 'roadmap', nor 'port' in 'Portuguese'."""
    [sectors] = _sectors("Spain and Morocco signed a roadmap on fisheries in Rabat on Monday.")
    assert sectors == ["agriculture"]
    assert sectors_in("the end of Portuguese rule over the territory") == ["territorial"]


def test_plural_of_a_vocabulary_word_matches() -> None:
    """'technologies' is the plural of 'technology'."""
    [sectors] = _sectors("Kenya and Japan signed an agreement on information technologies in "
                         "Nairobi on Monday.")
    assert sectors[0] == "science_technology"


def test_longest_phrase_spends_its_words() -> None:
    """A 'maritime border' is territorial, not also transport; 'arms control' not defence."""
    [sectors] = _sectors("Chile and Peru signed an agreement on their maritime border in Lima "
                         "on Monday.")
    assert sectors == ["territorial"]
    assert sectors_in("talks on arms control") == ["arms_control"]
    assert sectors_in("a wind farm") == ["energy"]
    assert sectors_in("maritime security") == ["security"]


def test_bare_first_mention_takes_sectors_of_later_mentions() -> None:
    """'signed an agreement' says nothing; 'the agreement will provide for investments in
    railways' does."""
    [sectors] = _sectors("Brazil and Chile signed an agreement in Brasilia on Monday. The "
                         "agreement will provide for investments in railways, the ministry said.")
    assert set(sectors[:2]) == {"investment", "transport"}


def test_states_agreement_with_no_field_is_diplomacy() -> None:
    [sectors] = _sectors("Ghana and Togo signed an agreement in Accra on Tuesday.")
    assert sectors == ["diplomacy"]


def test_no_default_for_firms() -> None:
    """Two firms' deal that names no field has no sector: firms have no diplomacy."""
    assert complete_sectors([], ["The firms signed a deal."], ["organization", "country"]) == []
    assert complete_sectors([], ["They signed an accord."], ["country", "international"]) == [
        "diplomacy"]


def test_commodity_instrument_is_also_trade() -> None:
    """'a cocoa agreement' is about cocoa and the trade in it; 'the transit of gas' is not
    trade: the subject names another field."""
    [sectors] = _sectors("Ivory Coast and Ghana signed a cocoa agreement in Abidjan on Monday.")
    assert sectors[:2] == ["agriculture", "trade"]
    assert rank_sectors("the transit of gas", "", "") == ["transport", "energy"]


def test_field_of_the_thing_before_the_act_on_it() -> None:
    """'import of gas' is energy first, then trade; 'trade' alone is trade."""
    [sectors] = _sectors("India and Qatar signed an agreement on the import of gas in Doha on "
                         "Monday.")
    assert sectors[:2] == ["energy", "trade"]
    assert sectors_in("the construction of a power plant") == ["energy", "infrastructure"]
    assert sectors_in("a sale") == ["trade"]


@pytest.mark.parametrize("subject", ["peace", "a ceasefire", "the withdrawal of troops"])
def test_peace_and_war_are_defence(subject: str) -> None:
    assert sectors_in(subject) == ["defence"]


def test_peace_with_rebels_is_also_security() -> None:
    [sectors] = _sectors("The government of Sudan signed a peace treaty with the rebels in "
                         "Khartoum on Sunday.")
    assert sectors[:2] == ["defence", "security"]
