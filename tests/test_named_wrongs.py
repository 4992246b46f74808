""""What he called X", "what it sees as X": a speaker who names another side's act by a word
that blames it accuses that side (ACCUSE 112, as the annotators code "in retaliation for what
he calls Japan's failure to ..."). When the clause is itself the object of another side's
verb ("said Ankara used what she termed illegal methods") the act named is that side's,
whatever the noun. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Danish Prime Minister Lars Holm raised duties on fish to punish what he calls Norway's "
    "failure to respect the fishing accord.",
    "Canada raised its duties in retaliation for what it sees as Iceland's violations of the "
    "fisheries treaty.",
])
def test_naming_another_sides_act_a_wrong_accuses_it(text):
    found = coded_events(text)
    assert [f for f in found if f[:2] == ("ACCUSE", "112")], found


@pytest.mark.model
@pytest.mark.parametrize("text, doer", [
    ("Greek Foreign Minister Elena Pappas spoke in Athens on Monday. She also said that "
     "Ankara used what she termed illegal fishing methods.", "TUR"),
    ("Chilean Trade Minister Jorge Vidal said on Friday that Peru was pursuing what he called "
     "dishonest pricing schemes.", "PER"),
])
def test_a_wrong_named_in_the_object_of_another_sides_verb_is_that_sides(text, doer):
    found = coded_events(text)
    assert [f for f in found if f[0] == "ACCUSE" and doer in f[3]], found


@pytest.mark.model
def test_ones_own_act_named_a_wrong_accuses_no_one():
    found = coded_events("Brazilian Finance Minister Paulo Neves said Brazil had held what he "
                         "called difficult talks.")
    assert not [f for f in found if f[0] == "ACCUSE"], found


@pytest.mark.model
def test_both_sides_of_an_accord_in_the_charge_are_no_third_parties():
    """"Both sides" in a relative clause about the accord the charge names are the accord's
    sides, not two other states the accusation is aimed at."""
    found = coded_events("Ethiopia accused Eritrea of breaching the 2000 Algiers accord under "
                         "which both sides pledged to accept the border ruling, Kenyan "
                         "officials said in Nairobi.")
    assert ("ACCUSE", "112", {"ETH"}, {"ERI"}) in found, found
