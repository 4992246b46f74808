"""Support told by a noun or by backing another side's proposal: "voiced / expressed /
offered support for Brazil's plan", "reiterated its support for the Dutch position",
"indicates our support for Argentina's program" (in a quote), "won support from Britain",
"noted with satisfaction the improvement in Peru's economy", "backed Nigeria's proposal for
debt relief", "supported a proposal by Spain": an endorsement (SUPPORT 051) of the side
whose act or stance is backed, not the dictionary's offer of help (030) or of relief
(0333). Support that is money ("financial support") and a pledge of support stay the
dictionary's. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _endorses(found, actor, recipient):
    return any(e[0] == "SUPPORT" and e[1] == "051" and e[2] | e[3] == actor | recipient
               for e in found)


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("OSLO, May 3 - The Norwegian trade minister voiced support for Chile's plan to cut "
     "copper output.", "NOR", "CHL"),
    ("TOKYO, May 3 - Japan offered support for the French proposal on farm subsidies.",
     "JPN", "FRA"),
    ("OTTAWA, May 3 - Canada expressed support for Mexico's reform program.", "CAN", "MEX"),
    ("BRUSSELS, May 3 - Belgium reiterated its support for the Dutch position on farm trade.",
     "BEL", "NLD"),
    ("LISBON, May 3 - The Danish minister offered qualified support for a call from Brazil "
     "for lower interest rates.", "DNK", "BRA"),
])
def test_support_stated_for_a_proposal_endorses_its_owner(text, actor, recipient):
    found = coded_events(text)
    assert _endorses(found, {actor}, {recipient}), found
    assert not any(e[0] == "AGREE" for e in found), found


@pytest.mark.model
def test_our_support_in_a_quote_is_the_last_speakers():
    found = coded_events(
        "WASHINGTON, May 3 - The U.S. Treasury said it would join a bridge loan to Peru. "
        "\"This loan shows our support for Peru's economic program,\" the statement said.")
    assert _endorses(found, {"USA"}, {"PER"}), found


@pytest.mark.model
def test_support_won_from_a_side_is_its_endorsement():
    found = coded_events("NAIROBI, May 3 - Kenya won support from Britain for its bid to host "
                         "the conference.")
    assert _endorses(found, {"GBR"}, {"KEN"}), found


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("PARIS, May 3 - The World Bank noted with satisfaction the improvement in Peru's "
     "economic performance.", "World Bank", "PER"),
    ("LONDON, May 3 - Britain noted with approval the steps taken by Ghana to cut its "
     "deficit.", "GBR", "GHA"),
])
def test_noting_with_satisfaction_praises(text, actor, recipient):
    assert _endorses(coded_events(text), {actor}, {recipient})


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("STOCKHOLM, May 3 - Sweden backed Nigeria's proposal for debt relief.", "SWE", "NGA"),
    ("OSLO, May 3 - Norway backed the Mexican proposal on debt relief.", "NOR", "MEX"),
    ("ROME, May 3 - Italy supported a proposal by Spain for debt relief.", "ITA", "ESP"),
    ("COPENHAGEN, May 3 - Denmark endorsed the plan tabled by Portugal for debt relief.",
     "DNK", "PRT"),
])
def test_backing_anothers_proposal_endorses_it(text, actor, recipient):
    found = coded_events(text)
    assert _endorses(found, {actor}, {recipient}), found
    assert not any(e[0] == "AGREE" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "TOKYO, May 3 - The dollar found support at 140 yen in Tokyo trading.",
    "PARIS, May 3 - French farmers want more price support from the government.",
    "PARIS, May 3 - France backed its own proposal for farm reform.",
    "LONDON, May 3 - Britain will stress its support for a peace conference on the Gulf and "
    "its concern over attacks by Iran on shipping.",
])
def test_no_endorsement_of_another_side(text):
    assert not any(e[0] == "SUPPORT" and e[1] == "051" for e in coded_events(text))


@pytest.mark.model
def test_financial_support_stays_help():
    found = coded_events("ACCRA, May 3 - The World Bank gave financial support to Ghana "
                         "last year.")
    assert ("AID", "071", {"World Bank"}, {"GHA"}) in found, found
    assert not any(e[0] == "SUPPORT" for e in found), found


@pytest.mark.model
def test_a_pledge_of_support_stays_a_promise():
    found = coded_events("ROME, May 3 - Italy pledged support for the plan tabled by Spain.")
    assert not any(e[0] == "SUPPORT" for e in found), found


@pytest.mark.model
def test_support_promised_for_later_is_a_commitment():
    # PLOVER codes a stated intent to back another side as AGREE (030/036), not SUPPORT
    found = coded_events("MADRID, May 3 - Spain will back Morocco's bid to join the "
                         "talks, the Spanish foreign minister said.")
    assert not _endorses(found, {"ESP"}, {"MAR"}), found
    assert any(e[0] == "AGREE" for e in found), found
