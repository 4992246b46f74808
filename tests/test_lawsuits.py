"""Suing is bringing a lawsuit (CAMEO 115, PLOVER ACCUSE), not the arrest or charge by the
authorities (173) the verb dictionary files it under. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_events, extracted


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Shell sued the Nigerian government in a London court on Monday.",
    "The Nigerian government is being sued by Shell in London.",
])
def test_suing_brings_a_lawsuit(text):
    record = extracted(text)
    assert [(e.event, e.cameo) for e in record.events] == [("ACCUSE", "115")], \
        describe_events(record)
