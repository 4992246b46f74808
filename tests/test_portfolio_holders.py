"""The holder of an office with a portfolio ("Secretary of Agriculture X", "director for
Africa X", "Minister for Foreign Trade X"): the portfolio's words (of offices, states,
regions) belong to the title, the capitalised words after them are the person's name, not
an organisation made of both. Sentences written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted

pytestmark = pytest.mark.model


def people(text: str) -> dict[str, list[str]]:
    return {a.name: [r.title for r in a.roles] for a in extracted(text).actors
            if a.kind == "person"}


def orgs(text: str) -> list[str]:
    return [a.name for a in extracted(text).actors if a.kind == "organization"]


def test_region_of_an_office_is_not_part_of_the_name() -> None:
    text = ("BONN, May 4 - The bank's director for Europe Klaus Reinholt said in a speech "
            "that rates would stay. Reinholt said talks would go on.")
    assert "Klaus Reinholt" in people(text), describe_actors(extracted(text))
    assert not any("Reinholt" in o for o in orgs(text)), describe_actors(extracted(text))


def test_latin_america_in_a_portfolio_names_no_state() -> None:
    text = ("NAIROBI, May 4 - The IMF mission, headed by deputy director for Latin America "
            "Julio Arrieta, arrived on Monday.")
    record = extracted(text)
    assert "Julio Arrieta" in people(text), describe_actors(record)
    assert not any(a.country == "USA" for a in record.actors), describe_actors(record)


def test_america_alone_still_names_the_state() -> None:
    text = "WASHINGTON, May 4 - America said it would help. America later sent aid."
    record = extracted(text)
    assert any(a.country == "USA" for a in record.actors), describe_actors(record)


def test_cabinet_portfolio_before_a_name() -> None:
    text = ("OTTAWA, May 4 - Canadian Secretary of Fisheries Alan Whitcombe told reporters "
            "that the quota would be cut. Whitcombe said talks would go on.")
    assert "Alan Whitcombe" in people(text), describe_actors(extracted(text))
    assert not any("Whitcombe" in o for o in orgs(text)), describe_actors(extracted(text))


def test_two_word_portfolio_before_a_name_the_tagger_missed() -> None:
    text = ("ROME, May 4 - Italian Minister for Foreign Trade Enzo Bassani met "
            "Chinese officials on Monday.")
    held = people(text)
    assert "Enzo Bassani" in held, describe_actors(extracted(text))


def test_portfolio_without_a_name_after_it_names_no_person() -> None:
    text = ("OTTAWA, May 4 - The Secretary of Fisheries told reporters that the quota "
            "would be cut for Atlantic Canada.")
    assert not people(text), describe_actors(extracted(text))


def test_body_of_a_country_after_of_stays_a_body() -> None:
    text = ("PARIS, May 4 - The governor of the Bank of France said rates would fall, "
            "and the Bank of France confirmed it.")
    assert "Bank of France" in orgs(text), describe_actors(extracted(text))
