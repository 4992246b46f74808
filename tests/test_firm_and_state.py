"""A firm's deal whose second state (from the story's pair) no side stands for is with that
state itself, where the story names it as a state; a state known only as the seat of a firm
the story leaves unnamed is no side. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


def sides(text: str) -> list[tuple[list[str], list[str]]]:
    record = extracted(text)
    names = {a.id: a.name for a in record.actors}
    return [(sorted(g.countries), sorted(names[k] for k in g.parties))
            for g in record.agreements]


@pytest.mark.model
def test_a_firms_deal_in_a_state_of_the_story_is_with_that_state():
    text = ("Chile invited new offers for a copper field on Monday, the mining ministry "
            "said. British miner Rio Tinto Plc has signed a preliminary agreement to develop "
            "the field.")
    assert (["CHL", "GBR"], ["Chile", "Rio Tinto Plc"]) in sides(text), \
        describe_agreements(extracted(text))


@pytest.mark.model
def test_a_state_only_seating_an_unnamed_firm_is_no_side():
    text = ("British miner Rio Tinto Plc has signed an agreement with a Chilean copper "
            "producer to develop a mine.")
    assert sides(text) == [(["CHL", "GBR"], ["Rio Tinto Plc"])], \
        describe_agreements(extracted(text))
