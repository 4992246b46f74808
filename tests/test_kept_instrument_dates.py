"""An instrument a side fails to keep binds already, and is dated by the whole date told on
the instrument itself ("a February 1986 pact", "a pact signed last November"), not by the
year alone nor by the day of the complaint. Texts written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted


@pytest.mark.model
@pytest.mark.parametrize("text,start,end", [
    ("LIMA, May 4 - Peru said Chile had failed to keep a February 1986 fishing pact with "
     "Peru.", "1986-02-01", "1986-02-28"),
    ("LIMA, May 4 - Peru said Chile had failed to honour an April 1985 fishing treaty between "
     "the two countries.", "1985-04-01", "1985-04-30"),
    ("LIMA, May 4 - Peru said Chile had failed to live up to a fishing pact with Peru signed "
     "last November.", "1986-11-01", "1986-11-30"),
])
def test_a_kept_instrument_is_dated_by_its_own_date(text, start, end):
    record = extracted(text)
    assert len(record.agreements) == 1, describe_agreements(record)
    g = record.agreements[0]
    assert (set(g.countries), g.status) == ({"CHL", "PER"}, "in_force"), \
        describe_agreements(record)
    assert g.date is not None and (g.date.start, g.date.end) == (start, end), \
        describe_agreements(record)


@pytest.mark.model
@pytest.mark.parametrize("text,start,end", [
    ("LIMA, May 4 - Peru said the 1985 fishing pact between Chile and Peru was still valid.",
     "1985-01-01", "1985-12-31"),
    ("LIMA, May 4 - Peru said that Chile's violations of the November 1985 fishing pact with "
     "Peru hurt trade.", "1985-11-01", "1985-11-30"),
])
def test_an_instrument_known_to_bind_is_dated_by_its_making_not_the_dateline(text, start,
                                                                             end):
    record = extracted(text)
    assert [(g.status, g.date.start if g.date else None, g.date.end if g.date else None)
            for g in record.agreements] == [("in_force", start, end)], \
        describe_agreements(record)
