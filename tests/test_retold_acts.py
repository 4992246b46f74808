"""A bare definite instrument whose only specifics are the act done on it a few days before
the report ("The loan agreement signed on Friday in Tokyo ...") is the one already named,
now given its day; one signed "last year" or "in 1985" is an older instrument. Texts
written for the test."""

from __future__ import annotations

import pytest
from record_views import describe_agreements, extracted

RETOLD = ("Kenya said it has signed an agreement to borrow 90 mln dlrs "
          "from a syndicate of banks. The agreement signed on Monday in Nairobi with "
          "the syndicate sets the repayment period at ten years.")

OLDER = ("Kenya said it has signed an agreement to borrow 90 mln dlrs "
         "from a syndicate of banks. The agreement signed last year with the World Bank "
         "set the repayment period at ten years.")


@pytest.mark.model
def test_a_retold_act_dates_the_instrument_named_before():
    record = extracted(RETOLD, published="1987-06-12")
    assert len(record.agreements) == 1, describe_agreements(record)
    date = record.agreements[0].date
    assert date is not None and str(date.start) == "1987-06-08", describe_agreements(record)


@pytest.mark.model
def test_an_act_of_last_year_is_another_instrument():
    record = extracted(OLDER, published="1987-06-12")
    dated = [g for g in record.agreements if g.date is not None and
             str(g.date.start) == "1987-06-08"]
    assert not dated, describe_agreements(record)
    first = record.agreements[0]
    assert first.date is None or str(first.date.start).startswith("1987"), \
        describe_agreements(record)


@pytest.mark.model
@pytest.mark.parametrize("text, country", [
    ("Peru said it has signed an agreement to borrow 400 mln dlrs from a group of "
     "commercial banks.", "PER"),
    ("Morocco said yesterday it had signed an accord to raise a 200 mln dlr credit from "
     "a syndicate of Arab banks.", "MAR"),
])
def test_it_is_the_state_that_says_so(text, country):
    record = extracted(text)
    assert len(record.agreements) == 1, describe_agreements(record)
    assert record.agreements[0].countries == [country], describe_agreements(record)
