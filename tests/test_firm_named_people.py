"""A name the tagger takes for a person's that ends in a word ending many firms' names
("Industries", "Incorporated", "Gold", taken from the firm dictionaries) is a firm's, unless a
title or an honorific makes it a person's. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted


def _kinds(record) -> dict[str, str]:
    return {a.name: a.kind for a in record.actors}


@pytest.mark.model
def test_a_name_ending_in_a_firm_word_is_a_firm():
    record = extracted("Ferris Incorporated, which owns the Lucky Dog brand, said it had "
                       "agreed to sell the brand to Nestle.")
    assert _kinds(record).get("Ferris Incorporated") == "organization", describe_actors(record)
    assert "person" not in _kinds(record).values(), describe_actors(record)


@pytest.mark.model
def test_a_firm_sharing_its_last_word_with_another_firm_is_no_persons_kin():
    record = extracted(
        "Kinross Gold declined to comment. Ivan Petrov, the chairman of Polar Gold, a mining "
        "company, said he regretted the decision.")
    assert _kinds(record).get("Polar Gold") != "person", describe_actors(record)
    assert _kinds(record).get("Kinross Gold") == "organization", describe_actors(record)


@pytest.mark.model
def test_a_titled_name_stays_a_person():
    record = extracted("Senator Harold Gold said the United States would not lift its ban "
                       "on Cuban sugar.")
    assert _kinds(record).get("Harold Gold") == "person", describe_actors(record)
