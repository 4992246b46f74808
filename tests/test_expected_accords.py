"""Sides "close to reaching" or "optimistic about signing" an accord are negotiating it: the
sides are the subject of the adjective of expectation, not of the verb under it, and the
accord is not yet reached. A subject phrase never starts with an article the parser hung on a
modifier ("concluding a fisheries pact"). Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


@pytest.mark.model
@pytest.mark.parametrize("text,sides", [
    ("OTTAWA, May 3 - Canada and Mexico are close to reaching a free trade agreement, "
     "officials said.", {"CAN", "MEX"}),
    ("TOKYO, May 3 - Japan and New Zealand are optimistic about signing a new fisheries "
     "accord, a spokesman said.", {"JPN", "NZL"}),
    ("TOKYO, May 3 - Japan is close to concluding a fisheries pact with Chile, a spokesman "
     "said.", {"JPN", "CHL"}),
])
def test_an_accord_close_to_reach_is_negotiated_by_the_adjectives_subject(text, sides):
    record = extracted(text)
    assert [(set(g.countries), g.status) for g in record.agreements] == [
        (sides, "negotiating")], describe_agreements(record)


@pytest.mark.model
def test_the_subject_of_an_accord_starts_with_no_article():
    record = extracted("TOKYO, May 3 - Japan concluded a fisheries pact with Chile on Friday.")
    assert [g.subject for g in record.agreements] == ["fisheries"], \
        describe_agreements(record)


@pytest.mark.model
def test_an_adjective_of_expectation_without_an_accord_gives_none():
    record = extracted("OTTAWA, May 3 - Canada is close to reaching its target for wheat "
                       "exports to Mexico, officials said.")
    assert not record.agreements, describe_agreements(record)
