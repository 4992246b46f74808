"""An act whose object is denied ("conducts no military operations", "made no offer") did
not happen: it is negated, like "no talks were held". Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import extracted


@pytest.mark.model
def test_no_operations_is_no_assault():
    record = extracted("Chile conducts no military operations in Peru, its defence minister "
                       "said.")
    assert not [e for e in record.events if e.event == "ASSAULT" and e.modality != "negated"], \
        record.events


@pytest.mark.model
def test_operations_conducted_are_an_assault():
    record = extracted("Chile conducted military operations in Peru on Monday.")
    assert [e for e in record.events if e.event == "ASSAULT" and e.modality == "asserted"], \
        record.events
