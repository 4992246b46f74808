"""Each stage of `accords.extract` run on its own (the real spaCy model), on short articles
written for these tests: the stages before the one under test give it its input, and the test
asserts on that stage's output alone. The end-to-end tests check the stages together."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import pytest
from spacy.tokens import Doc

from accords.code.agreements import AgreementCoder, AgreementDraft
from accords.code.events import EventCoder, EventDraft
from accords.gazetteer import get_gazetteer
from accords.model import Coder, Document, Span
from accords.nlp import load_pipeline
from accords.resolve.actors import ActorMatchers, ActorResolver, ActorTable, to_actors
from accords.resolve.places import geocode
from accords.stages.lead import Lead, place_country, read_lead
from accords.stages.linking import find_occasions, link, signers
from accords.stages.nationality import (
    countries_from_events,
    countries_from_lists,
    settle_nationalities,
)
from accords.stages.parse import body_token, parse
from accords.stages.record import assemble, cameo_context, occasion_id, spans
from accords.stages.selection import kept_actors
from accords.stages.settings import Settings

pytestmark = pytest.mark.model

PUBLISHED = "2025-04-12"  # a Saturday
# Harlow is an invented name: the gazetteer cannot know his country, only the story can
VISIT = ("Prime Minister John Harlow visited Belarus on Thursday. Belarus and Pakistan signed "
         "a trade agreement during the visit.")
MEETING = ("Belarus and Pakistan held talks in Minsk on Thursday. Foreign Minister John Harlow "
           "met Belarusian minister Maxim Ryzhenkov.")
LISTED = ("Attendees included Pakistani minister Ali Khan, Pakistani envoy Omar Farooq and "
          "John Harlow. Pakistan and Belarus are negotiating a trade agreement.")
ASIDE = ("Belarus and Pakistan signed a trade agreement on Friday.\n"
         "The talks came a day after France held elections.")
HARLOW = "person:john harlow"


@cache
def _matchers() -> ActorMatchers:
    return ActorMatchers(load_pipeline(), get_gazetteer())


@dataclass
class Coded:
    """An article through the stages up to the coders: what the later stages take in."""

    text: str
    lead: Lead
    doc: Doc
    body_tok: int
    table: ActorTable
    agreements: list[AgreementDraft]
    events: list[EventDraft]


def coded(text: str) -> Coded:
    """Lead, parse, actors, agreements and events of `text`, as `accords.extract` runs them."""
    gz = get_gazetteer()
    lead = read_lead(text, None, None)
    doc = parse(text)
    body_tok = body_token(doc, lead.body_start)
    table = ActorResolver(gz, _matchers()).resolve(doc, lead.body_start, PUBLISHED,
                                                   lead.country)
    return Coded(text, lead, doc, body_tok, table, AgreementCoder(doc, table, body_tok).code(),
                 EventCoder(doc, table, body_tok, lead.country, gz, place_country).code())


def _visit(c: Coded) -> EventDraft:
    return next(e for e in c.events if e.cameo == "042")


# ---- 1. lead -------------------------------------------------------------------------------
def test_the_lead_finds_the_dateline_and_where_the_body_starts() -> None:
    text = "MINSK (Reuters) - Belarus and Pakistan signed a trade agreement."
    lead = read_lead(text, None, None)
    assert lead.dateline == "MINSK"
    assert text[lead.body_start:].startswith("Belarus and Pakistan")
    assert lead.place is not None and lead.country == "BLR"


def test_a_dateline_given_with_the_article_wins_over_the_texts() -> None:
    lead = read_lead("MINSK (Reuters) - Belarus and Pakistan signed a trade agreement.",
                     None, "ISLAMABAD")
    assert lead.dateline == "ISLAMABAD"
    assert lead.country == "PAK"


def test_a_headline_repeated_as_the_first_line_is_not_body() -> None:
    text = "Pakistan and Belarus sign accord\nBelarus and Pakistan signed a trade agreement."
    lead = read_lead(text, "Pakistan and Belarus sign accord", None)
    assert lead.body_start == len("Pakistan and Belarus sign accord\n")
    assert lead.dateline is None and lead.place is None and lead.country is None


def test_the_event_coder_gets_a_places_country() -> None:
    assert place_country("Minsk") == "BLR"
    assert place_country("Nowhereville Qzx") is None


# ---- 2. parse ------------------------------------------------------------------------------
def test_the_parse_keeps_the_texts_offsets_and_finds_the_first_body_token() -> None:
    text = "MINSK (Reuters) - Belarus and Pakistan signed a trade agreement."
    doc = parse(text)
    assert doc.text == text
    first = doc[body_token(doc, read_lead(text, None, None).body_start)]
    assert first.text == "Belarus"
    assert body_token(doc, len(text) + 1) == len(doc)


# ---- 4. nationality ------------------------------------------------------------------------
def test_a_visitor_of_no_stated_country_comes_from_the_other_side_of_the_dyad() -> None:
    c = coded(VISIT)
    assert sorted(c.table.dyad) == ["BLR", "PAK"]
    assert c.table.country_of(HARLOW) is None
    countries_from_events(c.table, [_visit(c)])
    assert c.table.country_of(HARLOW) == "PAK"


def test_one_side_of_talks_between_people_gives_the_other_its_country() -> None:
    c = coded(MEETING)
    assert c.table.country_of("person:maxim ryzhenkov") == "BLR"
    countries_from_events(c.table, c.events)
    assert c.table.country_of(HARLOW) == "PAK"


def test_people_listed_together_share_the_country_of_the_others() -> None:
    c = coded(LISTED)
    assert c.table.country_of(HARLOW) is None
    countries_from_lists(c.table, c.doc)
    assert c.table.country_of(HARLOW) == "PAK"


def test_a_tentative_event_without_a_second_side_is_dropped() -> None:
    c = coded(VISIT)
    one_sided = EventDraft("CONSULT", "040", None, 0, [HARLOW], [], tentative=True)
    kept = settle_nationalities(c.table, [*c.events, one_sided], c.doc)
    assert one_sided not in kept
    assert _visit(c) in kept
    assert c.table.country_of(HARLOW) == "PAK"


# ---- 5. linking ----------------------------------------------------------------------------
def test_an_agreement_signed_during_a_visit_is_a_signing_at_that_visit() -> None:
    c = coded(VISIT)
    events = settle_nationalities(c.table, c.events, c.doc)
    links = link(c.agreements, events, c.table, get_gazetteer())
    assert links.occasion == {0: _visit(c)}
    signing = links.events[-1]
    assert (signing.event, signing.cameo, signing.agreements) == ("SUPPORT", "057", [0])
    assert signing.countries(c.table) == {"BLR", "PAK"}
    assert links.events[:-1] == events


def test_an_agreement_with_a_date_of_its_own_has_no_occasion() -> None:
    c = coded(VISIT.replace("during the visit", "on Friday"))
    assert [d.text for d in c.agreements[0].date_tokens] == ["Friday"]
    assert [e.cameo for e in c.events] == ["042"]
    assert find_occasions(c.agreements, c.events, c.table) == {}


def test_negotiating_with_no_talks_coded_is_talks() -> None:
    c = coded(LISTED)
    assert [a.status for a in c.agreements] == ["negotiating"]
    links = link(c.agreements, c.events, c.table, get_gazetteer())
    talks = links.events[-1]
    assert (talks.event, talks.cameo, talks.agreements) == ("CONSULT", "046", [0])


def test_the_signers_of_an_agreement_without_signatories_are_its_countries() -> None:
    c = coded(ASIDE)
    ag = c.agreements[0]
    ag.countries = [*ag.countries, "KAZ"]
    assert "country:KAZ" not in c.table.drafts
    keys = signers(ag, c.table, get_gazetteer())
    assert keys == ["country:BLR", "country:PAK", "country:KAZ"]
    assert c.table.drafts["country:KAZ"].name == "Kazakhstan"


# ---- 6. selection --------------------------------------------------------------------------
def test_a_country_named_once_in_passing_is_not_listed() -> None:
    c = coded(ASIDE)
    links = link(c.agreements, c.events, c.table, get_gazetteer())
    kept = kept_actors(c.table, c.agreements, links.events, c.doc, c.body_tok,
                       get_gazetteer())
    assert "country:FRA" in c.table.drafts
    assert list(kept.drafts) == ["country:BLR", "country:PAK"]


def test_every_person_is_listed_with_the_country_they_act_for() -> None:
    c = coded(MEETING)
    events = settle_nationalities(c.table, c.events, c.doc)
    links = link(c.agreements, events, c.table, get_gazetteer())
    kept = kept_actors(c.table, c.agreements, links.events, c.doc, c.body_tok,
                       get_gazetteer())
    assert {HARLOW, "person:maxim ryzhenkov", "country:PAK", "country:BLR"} <= set(kept.drafts)


# ---- 7. settings ---------------------------------------------------------------------------
def test_dates_are_read_back_from_publication_or_forward_for_plans() -> None:
    settings = Settings(PUBLISHED, None, ActorTable(), get_gazetteer())
    thursday = list(parse("They met on Thursday.").ents)
    assert [e.text for e in thursday] == ["Thursday"]
    past = settings.date(thursday, "asserted", None)
    assert past is not None and (past.start, past.end) == ("2025-04-10", "2025-04-10")
    future = settings.date(thursday, "future", 3)
    assert future is not None and (future.start, future.end) == ("2025-04-17", "2025-04-19")
    assert settings.date([], "asserted", None) is None


def test_a_visit_to_the_datelines_country_is_at_the_dateline() -> None:
    minsk = geocode("Minsk")
    settings = Settings(PUBLISHED, minsk, ActorTable(), get_gazetteer())
    assert settings.place("Belarus", set()) is minsk
    assert settings.place(None, {"BLR"}) is minsk
    assert settings.place(None, {"PAK"}) is None
    pakistan = settings.place("the Pakistan", set())
    assert pakistan is not None and (pakistan.name, pakistan.country) == ("Pakistan", "PAK")


def test_an_agreement_and_its_signing_take_the_date_and_place_of_their_occasion() -> None:
    c = coded(VISIT)
    events = settle_nationalities(c.table, c.events, c.doc)
    links = link(c.agreements, events, c.table, get_gazetteer())
    settings = Settings(PUBLISHED, geocode("Minsk"), c.table, get_gazetteer())
    of_agreement = settings.of_agreement(c.agreements[0], links.occasion[0])
    assert of_agreement.date is not None and of_agreement.date.start == "2025-04-10"
    assert of_agreement.place is not None and of_agreement.place.name == "Minsk"
    assert settings.of_event(links.events[-1], c.agreements, links.occasion) == of_agreement
    assert settings.of_agreement(c.agreements[0], None).place is None


# ---- 8. record -----------------------------------------------------------------------------
def test_evidence_spans_lose_repeats_and_trailing_space() -> None:
    text = "Belarus signed.  Then"
    assert spans(text, [(0, 17), (0, 17), (17, 21)]) == [
        Span(start=0, end=15, text="Belarus signed."), Span(start=17, end=21, text="Then")]


def test_cameo_context_is_ploverss_context() -> None:
    assert cameo_context("036") == ["diplomatic"]
    assert cameo_context("042") == []


def test_the_record_numbers_events_agreements_and_their_links() -> None:
    c = coded(VISIT)
    events = settle_nationalities(c.table, c.events, c.doc)
    links = link(c.agreements, events, c.table, get_gazetteer())
    actors, ids = to_actors(kept_actors(c.table, c.agreements, links.events, c.doc,
                                        c.body_tok, get_gazetteer()), VISIT)
    record = assemble(VISIT, Document(id="visit", published=PUBLISHED),
                      Coder(name="test", version="0"), actors, ids, links.events,
                      c.agreements, links.occasion,
                      Settings(PUBLISHED, None, c.table, get_gazetteer()))
    assert [(e.id, e.cameo, e.agreements) for e in record.events] == [
        ("e1", "042", []), ("e2", "057", ["g1"])]
    agreement = record.agreements[0]
    assert (agreement.id, agreement.occasion) == ("g1", "e1")
    assert record.events[0].actor == [ids[HARLOW]]
    assert agreement.date == record.events[0].date
    assert occasion_id(links.occasion[0], links.events) == "e1"
    assert occasion_id(None, links.events) is None
