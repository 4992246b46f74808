"""An answer held out is a threat aimed at whoever it would answer. Revenge: "Iran would
avenge it" after an American attack threatens the United States, like "would retaliate"
does (the verb "avenge" is not in the dictionary, so its threat was never coded). An answer
of no stated means held out on another side's act: "Japan will react if the U.S. imposes
the tariffs" threatens the United States. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A Libyan army spokesman said Egypt's raid on a Libyan border post on Sunday was an act "
    "of war and Libya would avenge it with a heavy blow.",
    "Egyptian jets bombed a Libyan air base on Tuesday. Libya will avenge the raid, its "
    "defence minister said.",
])
def test_revenge_held_out_threatens_the_attacker(text):
    found = coded_events(text)
    assert [f for f in found if f[0] == "THREATEN" and f[2] == {"LBY"} and f[3] == {"EGY"}], \
        found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Egyptian jets bombed a Libyan air base on Tuesday. Libya avenged the raid a year later.",
    "Egyptian jets bombed a Libyan air base on Tuesday. Libya will not avenge the raid, its "
    "defence minister said.",
])
def test_revenge_taken_or_refused_is_no_threat(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] == "THREATEN"], found


# An answer of no stated means ("act", "react", "respond", "hit back") held out by a modal
# on another side's act threatens that side.

@pytest.mark.model
@pytest.mark.parametrize(("text", "actor", "target"), [
    ("Tokyo will react if the United States imposes the tariffs, a Japanese minister said.",
     {"JPN"}, {"USA"}),
    ("Canada said it would respond if Washington went ahead with the duties on its lumber.",
     {"CAN"}, {"USA"}),
    ("Egypt will hit back if Libya attacks its border posts, the Egyptian defence minister "
     "said.", {"EGY"}, {"LBY"}),
])
def test_an_answer_held_out_on_another_sides_act_threatens_it(text, actor, target):
    found = coded_events(text)
    assert [f for f in found if f[0] == "THREATEN" and f[2] == actor and f[3] == target], \
        found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The bank will respond to the request if Peru files it on time.",
    "Japan would not react if the United States cut its interest rates, the minister said.",
    "The central bank would act if the dollar fell further against the yen, Japanese "
    "officials said.",
    "Japan reacted angrily when the United States imposed the tariffs.",
])
def test_no_threat_without_an_answer_held_out_on_a_side(text):
    found = coded_events(text)
    assert not [f for f in found if f[0] == "THREATEN"], found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Spain and Portugal promised to cut their fishing catches next year. The Commission "
    "warned that the two were being watched and that it would act if their catches rose "
    "again.",
    "Spain and Portugal promised to cut their fishing catches next year. But the Commission "
    "said the two were being watched and it would act if their catches rose again.",
])
def test_their_in_the_condition_names_the_sides_named_before(text):
    found = coded_events(text)
    assert [f for f in found if f[0] == "THREATEN" and f[3] == {"ESP", "PRT"}], found


@pytest.mark.model
def test_their_refers_to_no_single_side():
    found = coded_events("Spain promised to cut its fishing catches next year. The Commission "
                         "said it would act if their catches rose again.")
    assert not [f for f in found if f[0] == "THREATEN"], found
