"""Wire copy wraps its lines inside sentences ("the European\\nCommunity"); the parser reads
the body with the wraps as spaces, offsets unchanged, so that names broken over a line are
still names. Written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_actors, describe_events

import accords
from accords.stages.parse import unwrap

WRAPPED = ("EC TAX ROW\n"
           "WASHINGTON, March 3 - The United States will retaliate if the European\n"
           "Community adopts a proposed tax on vegetable oils, U.S. officials said.\n"
           "    The officials said the tax would hurt American farmers.\n")


def test_unwrap_keeps_length_headline_and_paragraphs():
    body = WRAPPED.index("The United")
    out = unwrap(WRAPPED, body)
    assert len(out) == len(WRAPPED)
    assert out.startswith("EC TAX ROW\nWASHINGTON")  # the headline's line is kept
    assert "European Community adopts" in out
    assert "said.\n    The officials" in out  # a new paragraph is kept


@pytest.mark.model
def test_a_body_broken_over_a_line_is_still_the_body():
    record = accords.extract(WRAPPED, published="1987-03-03", id="wraps")
    assert any(a.kind == "international" and a.name == "European Community"
               for a in record.actors), describe_actors(record)
    threats = [e for e in record.events if e.event == "THREATEN"]
    assert threats, describe_events(record)
    # the record quotes the text as it is, line break and all
    assert "\n" in record.events[0].evidence[0].text
