"""A body's name as the wire varies it: "of" for the name's "for" ("Organization of Economic
Cooperation and Development") is the same intergovernmental body, with no country. Sentences
written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, extracted

pytestmark = pytest.mark.model


def test_of_for_for_in_a_body_name_is_the_body() -> None:
    text = ("PARIS, May 4 - The Organization of Economic Cooperation and Development said "
            "growth in its member states would slow this year.")
    record = extracted(text)
    bodies = [a for a in record.actors if a.kind == "international"]
    assert any("Economic Co" in a.name for a in bodies), describe_actors(record)
    assert not any(a.kind == "organization" and "Economic" in a.name
                   for a in record.actors), describe_actors(record)


def test_the_name_as_spelt_is_still_the_body() -> None:
    text = ("PARIS, May 4 - The Organisation for Economic Co-operation and Development said "
            "growth in its member states would slow this year.")
    record = extracted(text)
    assert any(a.kind == "international" for a in record.actors), describe_actors(record)
