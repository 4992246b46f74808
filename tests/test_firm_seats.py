"""Where a firm is seated: a state named inside a name the dictionary of firms knows belongs
to the name ("China Airlines" of Taiwan), a state named after it to a local unit; and a
state's name before its currency ("300 mln U.S. dlrs") names no actor. Texts written for the
test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted, orgs


@pytest.mark.model
def test_a_state_inside_a_known_firms_name_is_not_its_seat():
    record = extracted("Taiwan's flag carrier China Airlines signed a contract with Boeing "
                       "for six jets.")
    assert orgs(record).get("China Airlines") == "TWN", describe_actors(record)


@pytest.mark.model
def test_a_states_currency_names_no_actor():
    record = extracted("Kenya raised a loan of 300 mln U.S. Dlrs from Japanese banks.")
    assert "USA" not in {a.country for a in record.actors}, describe_actors(record)
    assert not [a for a in record.actors if a.kind == "person"], describe_actors(record)
