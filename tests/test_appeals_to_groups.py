"""An appeal "called on X to ..." names whom it is made to only when X is someone: a state, a
person, and also a body or group that acts (creditor banks, member states, the employers'
federation), not a thing ("called on the market"). Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Swedish Prime Minister Lars Berg called on creditor banks to ease Peru's repayment terms.",
    "Swedish Prime Minister Lars Berg called on the donor group to give Peru more time.",
])
def test_an_appeal_to_a_group_is_a_request(text):
    found = coded_events(text)
    assert any(f[0] == "REQUEST" and f[2] == {"SWE"} for f in found), found


@pytest.mark.model
def test_calling_on_a_thing_is_no_appeal():
    found = coded_events("Swedish Prime Minister Lars Berg called on the occasion of the "
                         "fair to open it.")
    assert not any(f[0] == "REQUEST" for f in found), found
