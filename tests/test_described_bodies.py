""""The company", "the bank", "the community": a definite description stands for the body
last named before it that it describes (a firm for a firm noun, else a body whose name ends
in the noun), not for a nameless group of its own. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import coded_events


@pytest.mark.model
def test_the_company_is_the_firm_named_before():
    found = coded_events("Nigeria accused Royal Dutch Shell of tax fraud on Monday. "
                         "The company rejected the accusation.")
    assert ("REJECT", "120", {"NLD"}, {"NGA"}) in found, found


@pytest.mark.model
def test_the_noun_ending_a_name_is_that_body():
    found = coded_events("Japan protested to the European Commission on Monday. On Tuesday "
                         "the commission accused Japan of dumping.")
    assert ("ACCUSE", "112", {"European Commission"}, {"JPN"}) in found, found


@pytest.mark.model
def test_a_demonym_must_be_the_firms_country():
    found = coded_events("Nigeria accused Royal Dutch Shell of tax fraud on Monday. "
                         "The French company rejected the accusation.")
    assert not any(f[0] == "REJECT" and "NLD" in f[2] for f in found), found
