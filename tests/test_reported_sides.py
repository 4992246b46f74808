"""An instrument "with" one side whose own act names no one is the speaker's: when the
speaker is "he" or "she", the person meant (the last named before) speaks for his state.
Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru has raised new credits from Britain and France, Peruvian finance minister Jorge "
    "Salas said on Monday. He said a loan agreement for 80 mln dlrs would be signed next "
    "week with Deutsche Bank.",
    "Peruvian trade minister Ana Rojas visited Britain and France last month. She said on "
    "Monday that a credit agreement would be signed in June with Deutsche Bank.",
])
def test_he_who_reports_a_deal_with_one_side_is_the_other(text):
    record = extracted(text)
    names = {a.id: a.name for a in record.actors}
    found = [(sorted(g.countries), sorted(names[k] for k in g.parties))
             for g in record.agreements]
    assert (["DEU", "PER"], ["Deutsche Bank", "Peru"]) in found, describe_agreements(record)
