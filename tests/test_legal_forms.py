"""A firm's legal form that one country's company law uses gives the firm that country when
nothing else does ("Grindlays Bank Plc", "Agricola Finanziaria SpA"); forms several countries
use give none. Sentences written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted, orgs

from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str) -> Record:
    return extracted(text, "1987-05-04")


@pytest.mark.parametrize(
    ("text", "firm", "iso"),
    [
        ("Hartwell Cables Plc said it won a 20 mln dlr order from Kenya.",
         "Hartwell Cables Plc", "GBR"),
        ("Brenta Impianti SpA signed a contract to build a dam in Nigeria.",
         "Brenta Impianti SpA", "ITA"),
        ("Kervan Makina Sanayii agreed to supply pumps to Iraq.",
         "Kervan Makina Sanayii", "TUR"),
    ],
)
def test_a_one_country_legal_form_gives_the_firms_country(text, firm, iso):
    record = run(text)
    found = {n: c for n, c in orgs(record).items() if n.startswith(firm.split()[0])}
    assert found and set(found.values()) == {iso}, describe_actors(record)


def test_a_form_many_countries_use_gives_none():
    record = run("Hartwell Cables SA said it won a 20 mln dlr order from Kenya.")
    found = {n: c for n, c in orgs(record).items() if n.startswith("Hartwell")}
    assert found and set(found.values()) == {None}, describe_actors(record)
