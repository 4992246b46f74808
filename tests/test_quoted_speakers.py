"""Who speaks "we" in quoted words: the speaker a pronoun tag refers back to (""We urge
Morocco to free the crews," she said", after the story named her); for a quoted sentence with
no verb of saying, the speaker named where the quote ends (""We condemn ... . It was an
unfriendly act," the minister said") or the one quoted just before (""The seizure was
illegal," the minister said. "We urge ...""). "They" and words after no quote stay
unattributed. Sentences written for these tests."""

from __future__ import annotations

from functools import cache

import pytest

import accords
from accords.model import Record

pytestmark = pytest.mark.model


@cache
def run(text: str) -> Record:
    return accords.extract(text, published="1991-06-04", id="quoted-speaker-test")


def acts(record: Record, event: str) -> list[tuple[set, set]]:
    def names(keys):
        return {record.actor(k).name for k in keys}
    return [(names(e.actor), names(e.recipient)) for e in record.events if e.event == event]


def test_pronoun_tag_refers_back_to_the_named_speaker():
    rec = run("Spanish Foreign Minister Ana Ruiz arrived in Rabat on Tuesday. \"We urge "
              "Morocco to free the crews of the seized trawlers,\" she said.")
    assert any("Ana Ruiz" in " ".join(s) and t == {"Morocco"}
               for s, t in acts(rec, "REQUEST")), acts(rec, "REQUEST")


def test_pronoun_tag_with_a_threat():
    rec = run("Greek Defence Minister Nikos Pappas spoke in Athens on Friday. \"We will "
              "retaliate against Turkey if its ships enter our waters,\" he told reporters.")
    assert any("Nikos Pappas" in " ".join(s) and "Turkey" in t
               for s, t in acts(rec, "THREATEN")), acts(rec, "THREATEN")


def test_quote_going_on_is_the_speaker_named_where_it_ends():
    rec = run("\"We condemn Morocco's seizure of the trawlers. It was an unfriendly act,\" "
              "Spanish Foreign Minister Ana Ruiz told reporters in Madrid.")
    assert any("Ana Ruiz" in " ".join(s) and t == {"Morocco"}
               for s, t in acts(rec, "ACCUSE")), acts(rec, "ACCUSE")


def test_bare_quote_continues_the_speaker_quoted_before():
    rec = run("\"The seizure of the trawlers was illegal,\" Spanish Foreign Minister Ana Ruiz "
              "said. \"We urge Morocco to free the crews.\"")
    assert any("Ana Ruiz" in " ".join(s) and t == {"Morocco"}
               for s, t in acts(rec, "REQUEST")), acts(rec, "REQUEST")


def test_they_in_a_quote_is_not_the_speaker():
    rec = run("Spanish Foreign Minister Ana Ruiz arrived in Rabat on Tuesday. \"They condemned "
              "Morocco for the seizure,\" she said.")
    assert not any("Ana Ruiz" in " ".join(s) for s, _ in acts(rec, "ACCUSE")), \
        acts(rec, "ACCUSE")


def test_bare_quote_after_no_quote_names_no_speaker():
    rec = run("Spanish Foreign Minister Ana Ruiz said on Monday the talks had failed. "
              "Fishermen gathered in the port of Cadiz on Tuesday. \"We urge Morocco to free "
              "the crews.\"")
    assert not any("Ana Ruiz" in " ".join(s) for s, _ in acts(rec, "REQUEST")), \
        acts(rec, "REQUEST")


def test_demand_in_a_quote_going_on_is_the_speakers():
    rec = run("\"Portugal must lower its duties on our wine. The duties are far too high,\" "
              "Chilean Trade Minister Rosa Vidal said on Wednesday.")
    assert any("Rosa Vidal" in " ".join(s) and t == {"Portugal"}
               for s, t in acts(rec, "REQUEST")), acts(rec, "REQUEST")


def test_demand_in_a_quote_after_the_speaker_was_quoted():
    rec = run("\"The duties are far too high,\" Chilean Trade Minister Rosa Vidal said on "
              "Wednesday. \"Portugal must lower its duties on our wine.\"")
    assert any("Rosa Vidal" in " ".join(s) and t == {"Portugal"}
               for s, t in acts(rec, "REQUEST")), acts(rec, "REQUEST")


def test_quoted_demand_of_no_known_speaker_is_no_demand_of_the_subject_itself():
    rec = run("Fishermen gathered in the port of Valparaiso on Wednesday. \"Portugal must lower "
              "its duties on our wine.\"")
    assert not any(s & t for s, t in acts(rec, "REQUEST")), acts(rec, "REQUEST")


def test_a_body_saying_we_through_it():
    rec = run("Fiat issued a statement in Turin on Thursday. \"We condemn Brazil's new duties "
              "on imported cars,\" it said.")
    assert any("Fiat" in " ".join(s) and t == {"Brazil"}
               for s, t in acts(rec, "ACCUSE")), acts(rec, "ACCUSE")


def test_a_body_demanding_through_it():
    rec = run("Fiat issued a statement in Turin on Thursday. \"Brazil must lower its duties "
              "on imported cars,\" it said.")
    assert any("Fiat" in " ".join(s) and t == {"Brazil"}
               for s, t in acts(rec, "REQUEST")), acts(rec, "REQUEST")


def test_an_agency_reporting_in_its_own_words_is_no_speaker_of_the_demand():
    rec = run("The official news agency Agencia Sur reported the talks on Thursday. It said "
              "Brazil must lower its duties on imported cars.")
    assert not any("Agencia Sur" in " ".join(s) for s, _ in acts(rec, "REQUEST")), \
        acts(rec, "REQUEST")
