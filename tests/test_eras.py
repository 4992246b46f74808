"""States as they were on the story's day: today's places and names read as the state that
held them then (ISO 3166-3 codes for states that no longer exist)."""

from __future__ import annotations

import pytest

import accords
from accords.gazetteer.eras import era_code


@pytest.mark.parametrize(
    ("iso", "published", "expected"),
    [
        ("RUS", "1987-04-13", "SUN"),
        ("RUS", "1991-12-26", "RUS"),
        ("UKR", "1990-01-01T12:00:00", "SUN"),
        ("LTU", "1991-10-01", "LTU"),
        ("CZE", "1992-12-31", "CSK"),
        ("SVK", "1993-01-01", "SVK"),
        ("SRB", "1999-03-24", "YUG"),
        ("SRB", "2004-05-01", "SCG"),
        ("SRB", "2008-02-17", "SRB"),
        ("HRV", "1991-06-24", "YUG"),
        ("FRA", "1987-04-13", "FRA"),
        ("RUS", None, "RUS"),
        (None, "1987-04-13", None),
    ],
)
def test_era_code(iso: str | None, published: str | None, expected: str | None) -> None:
    assert era_code(iso, published) == expected


@pytest.mark.model
def test_moscow_in_1987_is_the_soviet_union() -> None:
    text = ("U.S. Agriculture Secretary Richard Lyng arrived in Moscow on Monday for talks "
            "on grain sales.")
    then = accords.extract(text, published="1987-04-13", id="era-1987")
    now = accords.extract(text, published="2005-04-13", id="era-2005")
    countries_then = {a.country for a in then.actors if a.kind == "country"}
    countries_now = {a.country for a in now.actors if a.kind == "country"}
    assert "SUN" in countries_then and "RUS" not in countries_then, then.actors
    assert "RUS" in countries_now, now.actors


@pytest.mark.model
def test_a_moscow_dateline_in_1987_is_the_soviet_union() -> None:
    text = ("MOSCOW, April 13 - Finnish Foreign Minister Paavo Vayrynen arrived here today "
            "for a two-day official visit.")
    then = accords.extract(text, published="1987-04-13", id="era-dateline")
    now = accords.extract(text, published="2005-04-13", id="era-dateline")
    # the visitor's Finland may be listed too, now that the lead's visit is coded
    then_countries = {a.country for a in then.actors if a.kind == "country"}
    now_countries = {a.country for a in now.actors if a.kind == "country"}
    assert "SUN" in then_countries and "RUS" not in then_countries, then.actors
    assert "RUS" in now_countries and "SUN" not in now_countries, now.actors
    assert any(e.cameo == "042" for e in then.events), then.events


@pytest.mark.model
def test_a_soviet_leader_of_1987_acts_for_the_soviet_union() -> None:
    record = accords.extract("Soviet leader Mikhail Gorbachev met President Reagan in "
                             "Reykjavik.", published="1987-03-03", id="era-leader")
    people = {a.name: a.country for a in record.actors if a.kind == "person"}
    assert people.get("Mikhail Gorbachev") == "SUN", record.actors


@pytest.mark.model
def test_a_titled_surname_is_the_holder_of_that_office_on_the_day() -> None:
    text = "President Reagan said the talks would go on."
    then = accords.extract(text, published="1987-03-03", id="holder-1987")
    later = accords.extract(text, published="2005-03-03", id="holder-2005")
    assert {a.name: a.country for a in then.actors if a.kind == "person"} == {
        "Reagan": "USA"}, then.actors
    assert {a.name: a.country for a in later.actors if a.kind == "person"} == {
        "Reagan": None}, later.actors
