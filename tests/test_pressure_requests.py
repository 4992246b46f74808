"""Requests told as pressure or named by a noun: pressing someone to act ("is pressing South
Korea to cut its tariffs") and pressure on someone to act ("stepped up pressure on Britain to
pay more") demand the act of that side (PLOVER REQUEST); a request named with its maker ("a
demand by the EC", "Iceland's request") that another side answers ("rejected", "approved",
"responded to") was made to that side, whatever the answer. Pressure with no act demanded
("pressure on exporters") and a demand only supported by a third side ask nothing of anyone.
Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _requests(found):
    return [(f[2], f[3]) for f in found if f[0] == "REQUEST"]


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("The European Community is pressing South Korea to cut its tariffs on beef.",
     "European Community", "KOR"),
    ("Canada pushed Mexico to open its banking sector to foreign firms.", "CAN", "MEX"),
    ("Australia has been pressuring Japan to lift its quotas on beef imports.", "AUS", "JPN"),
])
def test_pressing_someone_to_act_requests_the_act(text, source, target):
    found = coded_events(text)
    assert any(source in s and target in t for s, t in _requests(found)), found


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("France has stepped up pressure on Britain to pay more into the Community budget.",
     "FRA", "GBR"),
    ("Norway put heavy pressure on Iceland to stop its whaling programme.", "NOR", "ISL"),
    ("Australian pressure on Japan to buy more beef has grown this year.", "AUS", "JPN"),
])
def test_pressure_on_someone_to_act_requests_the_act(text, source, target):
    found = coded_events(text)
    assert any(source in s and target in t for s, t in _requests(found)), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The strong yen has put heavy pressure on Japanese exporters this year.",
    "Falling oil prices pushed Mexico to borrow more from foreign banks.",
    "Norway kept up pressure on Iceland over the whaling programme.",
])
def test_pressure_without_a_demanded_act_or_presser_requests_nothing(text):
    found = coded_events(text)
    assert not _requests(found), found


@pytest.mark.model
@pytest.mark.parametrize("text, source, target", [
    ("Canada has rejected a demand by the European Community for lower wheat subsidies.",
     "European Community", "CAN"),
    ("Norway approved Iceland's request for a larger fishing quota.", "ISL", "NOR"),
    ("Japan responded to a Thai request for soft loans to build a new port.", "THA", "JPN"),
])
def test_a_request_answered_by_another_side_was_made_to_it(text, source, target):
    found = coded_events(text)
    assert any(source in s and target in t for s, t in _requests(found)), found


@pytest.mark.model
def test_the_answer_to_a_request_is_still_coded():
    found = coded_events("Canada has rejected a demand by the European Community for lower "
                         "wheat subsidies.")
    assert any(f[0] == "REJECT" and "CAN" in f[2] for f in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "India backed Nepal's demand for a new transit treaty.",
    "Officials in Lima discussed Ecuador's request for a border commission.",
])
def test_a_request_not_answered_by_a_side_is_made_to_no_one(text):
    found = coded_events(text)
    assert not [r for r in _requests(found) if r[1]], found


@pytest.mark.model
def test_one_sides_requests_of_another_in_one_sentence_are_one_request():
    # (the wire's capital "To" after "U.S." is how the parser sees it in wire copy)
    found = coded_events("Egyptian President Hosni Mubarak pressed the U.S. To raise its aid "
                         "to Egypt, which fell sharply last year, and called for more U.S. "
                         "Investment in the country.")
    assert [r for r in _requests(found) if "EGY" in r[0]] == [({"EGY"}, {"USA"})], found


@pytest.mark.model
def test_requests_of_two_sides_in_one_sentence_stay_two():
    found = coded_events("Kenya urged Britain to increase its aid, and it called on Japan to "
                         "invest more in the country.")
    assert {frozenset(t) for s, t in _requests(found) if "KEN" in s} >= {
        frozenset({"GBR"}), frozenset({"JPN"})}, found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Libyan troops overran a Chadian garrison on Sunday, Libyan Foreign Minister Ali Treiki "
    "said.\n    When asked how much was left of the garrison, Treiki said, \"Nothing at all.\"",
    "Syrian gunners shelled an Israeli outpost on Friday, Syrian Defence Minister Mustafa "
    "Tlass said.\n    When asked how many soldiers were left at the outpost, Tlass said, "
    "\"None.\"",
])
def test_a_question_put_to_a_speaker_is_no_request_of_his(text):
    found = coded_events(text)
    assert not _requests(found), found


@pytest.mark.model
def test_an_indirect_question_opened_by_its_subject_is_no_request():
    found = coded_events("Egypt asked which countries in Europe would back Iraq in the war.")
    assert not _requests(found), found


@pytest.mark.model
def test_a_statement_still_calls_on_a_side():
    found = coded_events("Britain today called on Japan to cut its tariffs on Scotch whisky.")
    assert ({"GBR"}, {"JPN"}) in _requests(found), found
