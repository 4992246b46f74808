"""Criticism with no verb of blame: a speaker who says another side erred ("has committed a
grave mistake"), does not understand ("do not seem to understand", "failed to grasp"), or
acted in a way that makes no sense ("its new curbs did not make much sense") criticises it
(ACCUSE 111). The speaker's own side, people who are no side, what may yet happen and what is
denied accuse no one. Sentences written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1988-05-02", id="judged-conduct-test")


def accusations(record: Record) -> list[tuple[set, set]]:
    def countries(keys):
        return {record.actor(k).country or record.actor(k).name for k in keys}
    return [(countries(e.actor), countries(e.recipient)) for e in record.events
            if e.event == "ACCUSE"]


@pytest.mark.parametrize("text, source, target", [
    ("Iranian President Ali Rafsanjani said the United States had made a grave error in "
     "sending warships to the region.", "IRN", "USA"),
    ("Mexican officials said France has committed a serious mistake with its new tariffs.",
     "MEX", "FRA"),
    ("The Canadian trade minister said U.S. officials do not seem to understand the depth "
     "of feeling in Ottawa.", "CAN", "USA"),
    ("A Chilean spokesman said the Argentine government failed to grasp the risks of the "
     "move.", "CHL", "ARG"),
    ("West German officials said Italy's new import curbs did not make much sense.",
     "DEU", "ITA"),
])
def test_misjudgement_said_of_another_side_criticises_it(text, source, target):
    found = accusations(run(text))
    assert any(source in s and target in t for s, t in found), found


def test_quoted_words_go_on_from_the_last_speaker():
    rec = run('The Kenyan foreign minister said the talks had failed. "Uganda has made a '
              'serious mistake and will pay for it."')
    found = accusations(rec)
    assert any("KEN" in s and "UGA" in t for s, t in found), found


@pytest.mark.parametrize("text", [
    # the speaker's own side
    "The Brazilian minister said Brazil had made a mistake in suspending payments.",
    'The Kenyan foreign minister said the talks had failed. "We made a mistake."',
    "Canadian officials said they did not understand the U.S. position.",
    # no side erred
    "Analysts said investors do not understand the risks.",
    # what may yet happen
    "Kenya said Uganda would make a big mistake if it closed the border.",
    # understanding or error affirmed, or denied
    "The French minister said Germany understands the problem.",
    "The French minister said Germany did not commit any error.",
    "The French minister said Germany had made no mistake.",
    # a plain forecast with no judgement
    "The French minister said Germany made a profit on the deal.",
])
def test_no_criticism(text):
    assert not accusations(run(text)), accusations(run(text))


@pytest.mark.parametrize("text, source, target", [
    ('"The new U.S. tariffs are against the free trade system," the Japanese trade minister '
     "told reporters.", "JPN", "USA"),
    ("Brazil said Argentina's import quotas were against the spirit of the regional accord.",
     "BRA", "ARG"),
])
def test_act_said_to_go_against_a_rule_criticises_its_author(text, source, target):
    found = accusations(run(text))
    assert any(source in s and target in t for s, t in found), found


@pytest.mark.parametrize("text", [
    # what the act is aimed at, not a rule it breaks
    "Brazil said the new quotas were against Argentine firms.",
    # what would be
    "Brazil said Argentina's import quotas would be against the rules.",
])
def test_act_against_no_rule(text):
    assert not accusations(run(text)), accusations(run(text))
