"""When an act has no date of its own: the date of the clause it hangs on, read in that
clause's tense, and the date an accord bears in its name. Sentences written for these tests."""

from __future__ import annotations

import accords
from accords.model import DateRange
from accords.nlp import load_pipeline
from accords.stages.settings import clause_dates, name_dates

PUBLISHED = "2021-05-12"  # a Wednesday


def _record(text: str) -> accords.Record:
    return accords.extract(text, published=PUBLISHED)


def test_an_act_reported_in_a_dated_clause_takes_the_reports_date_in_the_past() -> None:
    # "on Monday" dates the saying; the act said to come is announced then, last Monday
    record = _record("Brazil on Monday said it would impose tariffs on Argentine steel.")
    assert record.events
    assert all(e.date == DateRange(start="2021-05-10", end="2021-05-10") for e in record.events)


def test_an_act_in_the_past_perfect_does_not_take_the_reporting_date() -> None:
    doc = load_pipeline()("Kenya said on Friday that Uganda had seized three fishing boats.")
    seized = next(t for t in doc if t.lemma_ == "seize")
    assert clause_dates(seized) == ([], None)
    said = next(t for t in doc if t.lemma_ == "say")
    ents, verb = clause_dates(said)
    assert [e.text for e in ents] == ["Friday"] and verb is not None and verb.i == said.i


def test_a_participle_clause_shares_its_main_clause_date() -> None:
    doc = load_pipeline()("Accusing Greece of provocation, Turkey yesterday recalled its envoy.")
    accusing = next(t for t in doc if t.lower_ == "accusing")
    ents, verb = clause_dates(accusing)
    assert [e.text for e in ents] == ["yesterday"] and verb is not None and verb.lemma_ == "recall"


def test_an_undated_clause_gives_no_date() -> None:
    doc = load_pipeline()("Accusing Greece of provocation, Turkey recalled its envoy.")
    accusing = next(t for t in doc if t.lower_ == "accusing")
    assert clause_dates(accusing) == ([], None)


def test_an_accord_only_mentioned_is_dated_by_the_date_in_its_name() -> None:
    record = _record("Kenya said Uganda had not honoured a March 2019 agreement to share water.")
    (agreement,) = record.agreements
    assert agreement.date == DateRange(start="2019-03-01", end="2019-03-31")


def test_the_date_in_an_accords_name_is_not_the_date_of_an_act_on_it() -> None:
    record = _record("Kenya ratified the 2019 agreement with Uganda on Tuesday.")
    (agreement,) = record.agreements
    assert agreement.status == "ratified"
    assert agreement.date == DateRange(start="2021-05-11", end="2021-05-11")


def test_name_dates_reads_only_the_words_before_the_instrument() -> None:
    doc = load_pipeline()("They cited the 1978 accord on trade until 1990.")
    accord = next(t for t in doc if t.lower_ == "accord")
    assert [s.text for s in name_dates(accord)] == ["1978"]


WIRE = """NAIROBI - Kenya accused Uganda of closing their border without warning.
    Kenya's foreign ministry said the closure was unjustified.
    Kenya and Uganda had signed a border agreement. Kenya later criticised Uganda again.
"""


def test_an_act_the_lead_of_a_dated_wire_story_tells_is_of_the_dateline_day() -> None:
    record = accords.extract(WIRE, published="1987-03-18", dateline="NAIROBI")
    protests = [e for e in record.events if e.evidence and e.evidence[0].start < 80]
    assert protests, [(e.event, e.evidence) for e in record.events]
    assert all(e.date == DateRange(start="1987-03-18", end="1987-03-18") for e in protests)


def test_words_past_the_lead_are_of_the_report_day_and_older_acts_of_none() -> None:
    # what a wire story reports as said, demanded or criticised was said that day; what it
    # tells in the past perfect ("had signed") happened before, on a day it does not give
    record = accords.extract(WIRE, published="1987-03-18", dateline="NAIROBI")
    later = [e for e in record.events if e.evidence and e.evidence[0].start > 150]
    assert later, [(e.event, e.evidence) for e in record.events]
    for e in later:
        if e.event == "ACCUSE":
            assert e.date == DateRange(start="1987-03-18", end="1987-03-18")
        else:
            assert e.date is None, (e.event, e.date)
    assert all(a.date is None for a in record.agreements)


def test_a_material_act_past_the_lead_gets_no_report_day() -> None:
    record = accords.extract(WIRE + "    Ugandan troops later shelled Kenya.\n",
                             published="1987-03-18", dateline="NAIROBI")
    attacks = [e for e in record.events if e.event == "ASSAULT"]
    assert attacks and all(e.date is None for e in attacks), \
        [(e.event, e.date) for e in record.events]


def test_an_undated_story_gives_no_dateline_day() -> None:
    record = accords.extract(WIRE, published=None)
    assert all(e.date is None for e in record.events)


def test_an_arrival_last_night_is_dated_the_day_before() -> None:
    record = _record("Iran's foreign minister arrived in Damascus last night for a visit to "
                     "Syria.")
    visits = [e for e in record.events if e.event == "CONSULT"]
    assert visits and visits[0].date == DateRange(start="2021-05-11", end="2021-05-11")
