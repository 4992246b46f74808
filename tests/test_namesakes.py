"""A person the text gives no title and no country is matched to a namesake of the officials
table only where the text bears it out: a lesser office holder needs his state named in the
story; a leader is named alone. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


def _country(text: str, name: str) -> str | None:
    record = extracted(text, published=None)
    return next(a.country for a in record.actors if a.name == name)


@pytest.mark.model
def test_a_minister_namesake_in_a_story_of_no_state_of_his_is_nobody():
    text = ("Shares in Hallam Quarries rose 4% on Tuesday. Peter Tom, who runs the quarry "
            "firm, said the offer from its rival was fair to shareholders.")
    assert _country(text, "Peter Tom") is None


@pytest.mark.model
def test_a_minister_namesake_in_a_story_of_his_state_is_that_minister():
    text = ("The Solomon Islands government said on Tuesday that Peter Tom would lead its "
            "talks with Australia on fishing rights.")
    assert _country(text, "Peter Tom") == "SLB"


@pytest.mark.model
def test_a_leader_is_named_alone():
    text = "Saddam Hussein said on Tuesday that the war with its neighbour would go on."
    assert _country(text, "Saddam Hussein") == "IRQ"
