"""Dates of acts told as a season, by an aside on a later mention of an agreement, or by the
day an instrument (a joint venture) was set up."""

from accords import extract
from accords.resolve.dates import resolve_date


def _span(d):
    return (d.start, d.end) if d is not None else None


def test_last_season_is_the_latest_one_over():
    assert _span(resolve_date("last autumn", "1987-04-03")) == ("1986-09-01", "1986-11-30")
    assert _span(resolve_date("last fall", "1987-04-03")) == ("1986-09-01", "1986-11-30")
    assert _span(resolve_date("last summer", "1987-03-02")) == ("1986-06-01", "1986-08-31")
    assert _span(resolve_date("last winter", "1987-04-03")) == ("1986-12-01", "1987-02-28")


def test_season_with_year_and_future():
    assert _span(resolve_date("summer 1986", "1987-04-03")) == ("1986-06-01", "1986-08-31")
    assert _span(resolve_date("next spring", "1987-04-03", tense="future")) == \
        ("1988-03-01", "1988-05-31")
    assert _span(resolve_date("in the summer", "1987-04-03", tense="future")) == \
        ("1987-06-01", "1987-08-31")


def test_bare_fall_is_no_season():
    assert resolve_date("fall", "1987-04-03") is None
    assert resolve_date("the fall", "1987-04-03") is None


def _agreement(text, published="1990-05-11"):
    ags = extract(text, published=published).to_dict()["agreements"]
    assert ags
    return ags[0]


def test_aside_participle_dates_an_agreement_told_before():
    # 1990-05-11 is a Friday: "on Tuesday" is 8 May
    ag = _agreement("OSLO, May 11 - Norway said the fisheries agreement reached with Iceland "
                    "covers cod and herring. Under the accord, concluded on Tuesday in "
                    "Reykjavik, quotas will be cut by a tenth.")
    assert ag["date"] == {"start": "1990-05-08", "end": "1990-05-08"}
    assert ag["status"] == "agreed"  # the aside retells the act, it makes it no signing


def test_cited_agreement_without_an_act_keeps_its_date():
    ag = _agreement("OSLO, May 11 - Norway said the fisheries agreement reached with Iceland "
                    "covers cod and herring. Under the accord, quotas decided on Tuesday "
                    "will be cut by a tenth.")
    assert ag["date"] == {"start": "1990-05-11", "end": "1990-05-11"}


def test_venture_set_up_on_a_day_is_dated_by_it():
    ag = _agreement("LIMA, May 11 - Petroperu and Brazil's Petrobras yesterday established "
                    "a joint venture to explore for oil in the Amazon, the agency said.")
    assert ag["date"] == {"start": "1990-05-10", "end": "1990-05-10"}



def _talks_end(text):
    from accords.code.events import _ending
    from accords.nlp import load_pipeline

    doc = load_pipeline()(text)
    talks = [t for t in doc if t.lower_ == "talks"][-1]
    return _ending(talks)


def test_talks_which_ended_on_a_day_end_on_it():
    assert _talks_end("Peru failed to win concessions from Chile during three days of "
                      "fisheries talks which ended in Santiago yesterday.")


def test_talks_which_began_on_a_day_do_not_end_on_it():
    assert not _talks_end("Peru failed to win concessions from Chile during three days of "
                          "fisheries talks which began in Santiago yesterday.")
