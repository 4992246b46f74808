"""The lead of a wire story sums up the act and the next sentence often says when ("X has
accused the Fund ... / X said in a speech yesterday that ..."): with no day of its own, the
lead's act takes that day before the day the story was filed. A day that names another act
("Friday's raid") dates nothing. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


@pytest.mark.model
@pytest.mark.parametrize(("text", "event", "day"), [
    # wire stories sum up the act first and say when in the next sentence
    ("PERU ACCUSES IMF\nLIMA, May 4 - Peruvian Finance Minister Luis Alva has accused the "
     "International Monetary Fund of ignoring the poor.\n    Alva said in a speech to bankers "
     "in Cuzco yesterday that the Fund had caused unrest.\n", "ACCUSE", "1987-05-03"),
    # a day that names another act leaves the lead the day it was filed
    ("US WARNS CHILE\nWASHINGTON, May 4 - The United States warned Chile that it was ready to "
     "retaliate for any further attack on its ships.\n    The Secretary of State said the U.S. "
     "was ready to deal with any response to Friday's raid.\n", "THREATEN", "1987-05-04"),
])
def test_the_lead_act_takes_the_day_the_next_sentence_tells(text, event, day):
    record = extracted(text, published="1987-05-04")
    found = [e for e in record.events if e.event == event]
    assert found and found[0].date.start == day, record.events
