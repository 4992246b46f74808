"""An assurance is one promise: "assured Kenya it will continue to give support" is the
assurance (AGREE), and what is assured is its content, not a second act of its own. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
def test_what_is_assured_is_no_act_of_its_own():
    found = coded_events("The World Bank has assured Ghanaian President Jerry Rawlings it "
                         "will continue to give his country maximum support.")
    assert len([f for f in found if f[0] == "AGREE"]) == 1, found
    assert any(f[0] == "AGREE" and f[3] == {"GHA"} for f in found), found
