"""Being against another side's proposal or act ("is strongly against the move") opposes it
(REJECT 120) as "opposed the plan" does, aimed at its author. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


def _rejections(text: str) -> list[tuple[str, str, set, set]]:
    return [e for e in coded_events(text) if e[0] == "REJECT"]


@pytest.mark.model
def test_being_against_a_proposal_rejects_its_author():
    events = _rejections("Dairy prices fell again in May, officials said. "
                         "Ireland is strongly against the European Commission's plan for a cut.")
    assert any(e[2] == {"IRL"} and e[3] == {"European Commission"} for e in events), events


@pytest.mark.model
def test_being_against_a_named_state_is_no_rejection():
    events = _rejections("Farm ministers met in Luxembourg, a European Commission spokesman "
                         "said. Denmark is against Britain on most issues.")
    assert not events, events


@pytest.mark.model
def test_not_being_against_is_no_rejection():
    events = _rejections("The European Commission proposed a cut in dairy prices on Monday. "
                         "Ireland is not against the move.")
    assert not events, events


@pytest.mark.model
def test_plans_of_a_named_state_stay_its_own():
    events = _rejections("Farm ministers met in Luxembourg, a European Commission spokesman "
                         "said. Britain opposed the Dutch plan for a levy on sugar.")
    assert any(e[2] == {"GBR"} and e[3] == {"NLD"} for e in events), events
