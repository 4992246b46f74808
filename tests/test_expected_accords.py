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


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "OTTAWA, May 3 - A free trade deal between Canada and Mexico is close, officials said.",
    "MANILA, May 3 - An agreement on rescheduling debt between the Philippines and Japan "
    "seems to be close at hand, officials said.",
    "WARSAW, May 3 - Poland and Japan will discuss the proposed conclusion of an investment "
    "protection agreement later this year.",
    "MOSCOW, May 3 - Poland welcomed a Soviet proposal for a separate agreement with Hungary "
    "on river transport.",
])
def test_an_accord_said_to_be_near_or_proposed_is_negotiated(text):
    record = extracted(text)
    assert record.agreements and all(g.status == "negotiating" for g in record.agreements), \
        describe_agreements(record)


@pytest.mark.model
def test_a_proposal_for_an_accord_already_signed_leaves_it_signed():
    record = extracted("WASHINGTON, May 3 - Canada studied the American proposal for this "
                       "agreement that Mexico has signed with the United States.")
    assert all(g.status != "negotiating" for g in record.agreements), \
        describe_agreements(record)
