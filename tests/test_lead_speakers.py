"""A lead that quotes one unnamed person described by a state ("A senior Chilean military
official said", "Bolivia's army commander warned") and names nobody names him after it: the
first person the body names, of no country yet, who holds an office or is "the official"
again, is that state's. One with no office, a lead naming a person, or a lead describing two
states' officials gives nothing. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import country_of_named


def _country(text: str, name: str) -> str | None:
    return country_of_named(text, name)


@pytest.mark.model
@pytest.mark.parametrize("text, name, iso", [
    ("A senior Chilean military official said on Monday that Peru had moved troops to the "
     "border. The official, Ramon Cortes, said Chile would respond.", "Ramon Cortes", "CHL"),
    ("Bolivia's army commander warned that Bolivia would close the border, state radio said. "
     "General Tomas Ruiz told a news conference Bolivia was ready.", "Tomas Ruiz", "BOL"),
])
def test_the_lead_s_unnamed_speaker_named_after_it_is_his_state_s(text, name, iso):
    assert _country(text, name) == iso


@pytest.mark.model
def test_a_person_named_after_the_lead_with_no_office_is_not_the_speaker():
    text = ("A senior Chilean military official said on Monday that Peru had moved troops. "
            "Jorge Vidal, an analyst at a bank, said the move was expected.")
    assert _country(text, "Jorge Vidal") is None


@pytest.mark.model
def test_a_lead_with_two_states_speakers_names_no_one():
    text = ("A senior Chilean official said on Monday that a Peruvian official had refused to "
            "meet him. General Tomas Ruiz told a news conference the talks were off.")
    assert _country(text, "Tomas Ruiz") is None
