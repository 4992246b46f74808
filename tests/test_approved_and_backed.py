"""Approving another side's aid ("the Commission approved a British government aid
package") endorses the giver (SUPPORT 051), while a lender approving its own loan still
gives it (AID); a rule about every case of a kind ("has to approve all government aid") is
no act. A stance held by others and backed in the passive ("Their view was backed by X")
endorses its holders, a possessive pronoun read back to the sides named just before. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text, giver", [
    ("BRUSSELS, May 3 - The European Commission said it approved a 300 mln dlr French "
     "government aid package to the steel firm Usinor.", "FRA"),
    ("BRUSSELS, May 3 - The Commission has cleared Italy's state aid to the carmaker Fiat.",
     "ITA"),
])
def test_approving_anothers_aid_endorses_the_giver(text, giver):
    found = coded_events(text)
    assert any(e[0] == "SUPPORT" and e[1] == "051" and e[3] == {giver} for e in found), found


@pytest.mark.model
def test_a_lender_approving_its_own_loan_gives_it():
    found = coded_events("WASHINGTON, May 3 - The World Bank said it approved a 120 mln dlr "
                         "loan to Ghana to rebuild its railways.")
    assert ("AID", "071", {"World Bank"}, {"GHA"}) in found, found
    assert not any(e[0] == "SUPPORT" for e in found), found


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "BRUSSELS, May 3 - Under Community law, the Commission has to approve all state aid "
    "to farmers.",
    "BRUSSELS, May 3 - The Commission must approve any government loan to shipyards.",
])
def test_a_rule_over_every_case_is_no_act(text):
    found = coded_events(text)
    assert not any(e[0] in ("AID", "SUPPORT", "AGREE") for e in found), found


@pytest.mark.model
def test_their_view_backed_endorses_the_sides_named_before():
    found = coded_events(
        "NIAMEY, May 3 - Presidents Ali Saibou of Niger and Moussa Traore of Mali called for "
        "the debts of the Sahel states to be cancelled. Their view was backed by Sweden's "
        "foreign minister Sten Andersson.")
    assert ("SUPPORT", "051", {"SWE"}, {"NER", "MLI"}) in found, found


@pytest.mark.model
def test_a_stance_backed_with_no_holder_named_endorses_no_one():
    found = coded_events("NIAMEY, May 3 - The donors met in Paris on Monday. Their view was "
                         "backed by Sweden.")
    assert not any(e[0] == "SUPPORT" for e in found), found
