"""Some wire stories capitalise every word after "U.S." ("the U.S. Has asked", "U.S.
Officials said"); the parser reads the body with those words lowered again where the story
shows they are common words, offsets unchanged. Written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, describe_events

import accords
from accords.stages.parse import recase

CAPITALISED = ("TARIFF ROW WIDENS\n"
               "WASHINGTON, May 4 - The U.S. Has asked Canada to drop its new duty on "
               "lumber, U.S. Officials said.\n"
               "    A senior official said the U.S. Trade Representative would meet Canadian "
               "officials next week, and the U.S. Congress would be told of the talks.\n")


def test_recase_lowers_common_words_only():
    body = CAPITALISED.index("The U.S.")
    out = recase(CAPITALISED, body)
    assert len(out) == len(CAPITALISED)
    assert "The U.S. has asked" in out  # a function word
    assert "U.S. officials said" in out  # written in lower case elsewhere in the story
    assert "U.S. Trade Representative" in out  # starts a longer name
    assert "U.S. Congress" in out  # an institution
    assert out.startswith("TARIFF ROW WIDENS")


def test_a_story_that_writes_lower_case_after_us_is_left_alone():
    text = ("TALKS\nWASHINGTON, May 4 - U.S. officials met U.S. Steel managers today, "
            "and officials said steel output would rise.\n")
    assert recase(text, text.index("U.S.")) == text


BOMBING = ("AIRSPACE ROW\n"
           "WASHINGTON, May 4 - Relations between the two countries have improved, one U.S. "
           "Official said.\n"
           "    During the U.S. Bombing of suspected guerrilla camps in Nicaragua last June, "
           "Honduras refused to allow Texas-based U.S. Planes to cross its territory. That "
           "angered Washington.\n"
           "    In retaliation for what Washington saw as moves to exclude U.S. Grain, the "
           "United States was poised to impose tariffs on Honduran imports. The bombing ended "
           "in July and the grain dispute was settled, one official said.\n")


@pytest.mark.model
def test_capitalised_common_words_are_no_organisations():
    record = accords.extract(BOMBING, published="1987-05-04", id="capitals")
    names = [a.name for a in record.actors]
    assert not any(n.startswith("U.S. ") for n in names), describe_actors(record)
    assert {"USA", "NIC", "HND"} <= {a.country for a in record.actors}
    by_id = {a.id: a for a in record.actors}
    raids = [e for e in record.events if e.event == "ASSAULT"]
    assert raids and all(by_id[i].country == "USA" for e in raids for i in e.actor), \
        describe_events(record)
    assert any(by_id[i].country == "NIC" for e in raids for i in e.recipient)


@pytest.mark.model
def test_capitalised_officials_keep_their_request():
    record = accords.extract(CAPITALISED, published="1987-05-04", id="capitals")
    names = [a.name for a in record.actors]
    assert "U.S. Congress" in names, describe_actors(record)
    requests = [e for e in record.events if e.event == "REQUEST"]
    assert requests, describe_events(record)
