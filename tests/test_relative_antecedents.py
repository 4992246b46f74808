"""A relative clause after a time phrase ("a U.S. letter last month which praised ...") is
often hung by the parser on the main verb; its "which" still stands for the noun before the
time phrase, and a letter or note acts for whoever issued or sent it. Texts written for the
test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text, source", [
    ("The Cardenas letter responded to a U.S. letter last month which praised Colombia for "
     "trying to find a compromise formula.", {"USA"}),
    ("Brazil sent a letter last month which praised Peru for trying to find a compromise.",
     {"BRA"}),
])
def test_a_letter_which_praised_acts_for_its_issuer(text, source):
    found = coded_events(text)
    assert [f for f in found if f[0] == "SUPPORT" and f[2] == source], found


@pytest.mark.model
def test_no_time_phrase_no_repair():
    # "which" right after its verb's object: the parse is no slip, nothing is guessed
    found = coded_events("The minister spoke on Tuesday, which praised nobody.")
    assert not [f for f in found if f[0] == "SUPPORT"], found
