"""A story filed without a dateline by a national outlet is filed at home: an official it
names without a country in a story about no other state is that state's, as one named under
that capital's dateline would be. Wires file from everywhere and give no country. Texts
written for the test."""

from __future__ import annotations

import pytest

import accords
from accords.ingest.outlet import home_country

TEXT = ("Ministers back new aid rules\n\nThe government will tie export credits to anti-corruption "
        "pledges, Trade Minister Alan Pryce has said. Mr Pryce told MPs the rules would "
        "apply from April.")


@pytest.mark.parametrize("document, source, url, iso", [
    ("bbc_politics_901", "BBC News dataset bbc/politics/901.txt (2004-2005)", None, "GBR"),
    ("story-1", None, "https://www.bbc.co.uk/news/uk-politics-1", "GBR"),
    ("story-2", "The Guardian", None, "GBR"),
    ("reuters21578_00412", None, None, None),
    ("story-3", "Example Weekly", None, None),
])
def test_the_home_of_an_outlet(document, source, url, iso) -> None:
    assert home_country(document, source, url) == iso


def _pryce(**kwargs) -> str | None:
    record = accords.extract(TEXT, **kwargs)
    return next(a.country for a in record.actors if a.name == "Alan Pryce")


@pytest.mark.model
def test_an_official_in_a_national_outlets_story_is_its_states() -> None:
    assert _pryce(id="bbc_politics_901",
                  source="BBC News dataset bbc/politics/901.txt (2004-2005)") == "GBR"


@pytest.mark.model
def test_the_same_story_from_no_known_outlet_names_no_country() -> None:
    assert _pryce(id="story") is None


@pytest.mark.model
def test_an_official_in_a_story_naming_no_state_is_the_datelines() -> None:
    record = accords.extract("CANBERRA, May 3 - Trade Minister Alan Pryce said export credits "
                             "would be tied to anti-corruption pledges from July.",
                             published="1988-05-03", dateline="CANBERRA", id="story")
    assert [a.country for a in record.actors if a.name == "Alan Pryce"] == ["AUS"]
