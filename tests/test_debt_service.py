"""What a debtor pays its lenders (a debt story's creditors, named by a common noun) serves
its debt: neither aid nor economic cooperation. Paying another state, and lenders giving to
a debtor, still are. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
def test_paying_ones_creditors_is_no_cooperation():
    events = coded_events("Peru was paying about 90 mln dlrs a month to its foreign creditor "
                          "banks until last year.")
    assert not any(e[0] in ("AID", "COOPERATE") for e in events), events


@pytest.mark.model
def test_paying_creditors_interest_is_no_aid():
    events = coded_events("Ecuador paid its creditors 40 mln dlrs in interest in March.")
    assert not any(e[0] in ("AID", "COOPERATE") for e in events), events


@pytest.mark.model
def test_lenders_lending_to_a_debtor_stay_aid():
    events = coded_events("The creditor banks lent Ecuador 40 mln dlrs in March.")
    assert any(e[0] == "AID" and e[3] == {"ECU"} for e in events), events


@pytest.mark.model
def test_paying_another_state_stays_cooperation():
    events = coded_events("Japan paid Ecuador 40 mln dlrs for its bananas in March.")
    assert any(e[0] == "COOPERATE" and e[3] == {"ECU"} for e in events), events
