"""A person in a list of office holders ("met Vice President X, Secretary of State Y and
...") is a person, though the next item's office follows his name after a comma: only an
office right after a name ("Lib Dem spokesman Mark Oaten") makes that name a body's.
Sentences written for the test; nothing here is copied from an article.
"""

from __future__ import annotations

import pytest
from record_views import describe_actors, people

import accords

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, name", [
    ("The minister met Vice President Dan Quayle, Secretary of State James Baker and "
     "Treasury Secretary Nicholas Brady in Washington.", "Dan Quayle"),
    ("On Monday she saw Chancellor Helmut Kohl, Foreign Minister Hans-Dietrich Genscher "
     "and Finance Minister Gerhard Stoltenberg.", "Helmut Kohl"),
])
def test_the_first_of_a_list_of_officials_is_a_person(text, name):
    record = accords.extract(text, published="1990-05-14", id="listed-officials")
    assert name in people(record), describe_actors(record)


def test_an_office_right_after_a_name_still_names_a_body():
    record = accords.extract("The Lib Dem spokesman Mark Oaten said the plan was wrong.",
                             published="2005-02-01", id="listed-officials")
    assert "Lib Dem" not in people(record), describe_actors(record)
