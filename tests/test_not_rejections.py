"""What is no rejection: "as opposed to" draws a contrast, and a breach that another side
foresees for a state ("said the EC would breach two agreements if it went ahead") is their
warning, no defiance (REJECT 128) by that state. A state's own conditional breach, and a
breach told as done, keep their codes. Sentences written for these tests.
"""

from __future__ import annotations

import pytest
from record_views import extracted

from accords.model import Record

pytestmark = pytest.mark.model


def run(text: str) -> Record:
    return extracted(text, published="1990-06-04")


def types(record: Record) -> list[str]:
    return [e.event for e in record.events]


def test_as_opposed_to_is_a_contrast():
    rec = run("PARIS, June 2 - The Paris Club groups Western governments -- as opposed to "
              "private lenders -- which are owed money by Peru.")
    assert "REJECT" not in types(rec)


def test_opposing_a_plan_stays_a_rejection():
    rec = run("GENEVA, June 2 - Brazil opposed the American plan.")
    assert "REJECT" in types(rec)


def test_breach_foreseen_by_others_is_no_defiance():
    rec = run("GENEVA, June 2 - Developing countries said the European Community would breach "
              "two international agreements if it went ahead with its plans for a tax.")
    assert "REJECT" not in types(rec)
    rec = run("GENEVA, June 2 - Argentina said the European Community could violate the "
              "agreement.")
    assert "REJECT" not in types(rec)


def test_own_conditional_breach_and_a_done_breach_are_kept():
    # one's own breach held over another side's act is a threat of it (THREATEN 131, the
    # held refusal), not a foreseen breach dropped as no act
    rec = run("GENEVA, June 2 - The EC said it would breach the agreement if Japan did not "
              "pay.")
    assert "THREATEN" in types(rec)
    rec = run("GENEVA, June 2 - Argentina said the European Community had breached the "
              "agreement.")
    assert "ACCUSE" in types(rec)
