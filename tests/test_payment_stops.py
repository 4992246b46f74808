"""A debtor's stop to its payments named by a noun ("a moratorium on interest payments",
"its suspension of interest payments") refuses economic cooperation (REJECT 1211), as the
verb does ("suspended interest payments"), and is aimed at its creditors only: neither the
dictionary's suspension of relations (SANCTION 160) nor an act toward another state the
sentence or the story names. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
def test_declared_moratorium_refuses_payment():
    events = coded_events("Peru declared a moratorium on interest payments to its foreign "
                          "creditors last week.")
    assert any(e[0] == "REJECT" and e[1] == "1211" and e[2] == {"PER"} for e in events), events
    assert not any(e[0] == "SANCTION" for e in events), events


@pytest.mark.model
def test_announced_suspension_refuses_payment():
    events = coded_events("Ecuador announced a suspension of interest payments on its "
                          "foreign debt in January.")
    assert any(e[0] == "REJECT" and e[1] == "1211" and e[2] == {"ECU"} for e in events), events


@pytest.mark.model
def test_suspension_mentioned_aside_is_no_sanction_on_another_state():
    events = coded_events("Bankers in Frankfurt took a calmer view of the Ecuadorean "
                          "suspension of interest payments than institutions in the United "
                          "States.")
    assert not any(e[0] == "SANCTION" for e in events), events
    assert not any("USA" in e[2] | e[3] for e in events), events


@pytest.mark.model
def test_suspension_of_talks_stays_a_sanction():
    events = coded_events("Canada announced the suspension of fishing talks with France.")
    assert not any(e[1] == "1211" for e in events), events
