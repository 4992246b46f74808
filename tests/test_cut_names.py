"""A person's name the tagger cut or mislabelled: a given name it tagged alone, that
modifies the capitalised surname after it ("Executive Secretary Adebayo" + "Adedeji"),
runs on to that surname; two or three capitalised names it took for a building, a
product or a work, after a title or "counterpart" ("General X Y", "his counterpart X Y"),
are a person. Sentences written for the test; nothing here is copied from an article.
"""

from __future__ import annotations

import pytest
from record_views import describe_actors, people

import accords

pytestmark = pytest.mark.model


def run(text: str):
    return accords.extract(text, published="1987-04-02", id="cut-names")


def test_a_given_name_runs_on_to_its_surname():
    record = run("Growth forecasts look far too optimistic, ECA Executive Secretary\n"
                 "Adebayo Okunade told the conference.")
    assert "Adebayo Okunade" in people(record), describe_actors(record)
    assert "Adebayo" not in people(record), describe_actors(record)


def test_a_name_taken_for_a_building_after_counterpart_is_a_person():
    record = run("Braks said he had rounded on his West German counter-part Ignaz Kiechle "
                 "during the meeting.")
    assert people(record).get("Ignaz Kiechle") == "DEU", describe_actors(record)


@pytest.mark.parametrize("text", [
    "The delegates toured the Golden Gate Bridge on Sunday.",
    "The ministers met at the Palais des Nations in Geneva.",
])
def test_a_building_with_no_title_before_it_is_no_person(text):
    record = run(text)
    assert not people(record), describe_actors(record)
