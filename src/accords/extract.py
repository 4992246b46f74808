"""The one entry point: an article in, an Accords record out.

`extract` runs the stages of `accords.stages` in order: the lead (headline and dateline) -> the
parse (nlp) -> actors (resolve.actors) -> people's countries from the words describing them ->
agreements and events (code) -> people's countries the article implies -> the agreements' events
and occasions -> the actors to list -> dates and places (resolve.dates, resolve.places) -> the
record (model). Nothing is stored here; `extract` is a pure function of the text and its
metadata.
"""

from __future__ import annotations

from functools import cache

from accords.code.agreements import AgreementCoder
from accords.code.events import EventCoder
from accords.gazetteer import get_gazetteer
from accords.gazetteer.eras import era_code
from accords.ingest.documents import MAX_TEXT_BYTES, check_text, detect_language
from accords.ingest.outlet import home_country as outlet_home
from accords.model import Coder, Document, Record
from accords.nlp import load_pipeline, model_name
from accords.resolve.actors import ActorMatchers, ActorResolver, to_actors
from accords.stages.lead import place_country, read_lead
from accords.stages.linking import link
from accords.stages.nationality import describe_people, settle_nationalities
from accords.stages.parse import body_token, parse, recase, unwrap
from accords.stages.record import assemble
from accords.stages.selection import kept_actors
from accords.stages.settings import Settings, filed_day

CODER_NAME = "accords.coder.rules"
CODER_VERSION = "1"


@cache
def _matchers() -> ActorMatchers:
    return ActorMatchers(load_pipeline(), get_gazetteer())


def warm_up() -> None:
    """Load everything extraction needs (pipeline, gazetteers, matchers, language model, date
    parser) once, so a worker's first document does not pay for it."""
    extract("Prime Minister Shehbaz Sharif visited Minsk on Thursday, where Belarus and "
            "Pakistan signed a roadmap on trade and agreed to meet again next week, officials "
            "said after the talks. The visit ended with a joint statement on cooperation in "
            "energy and transport.", published="2025-04-12", id="warm-up")


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    dateline: str | None = None,
    id: str | None = None,
    source: str | None = None,
    url: str | None = None,
    max_bytes: int = MAX_TEXT_BYTES,
) -> Record:
    """Extract the actors, events and agreements of one article.

    Raises InputError for text that cannot be an article (empty, binary, over `max_bytes`);
    an article that is not in English gives a record with its language and nothing extracted.
    """
    text = check_text(text, id or "<text>", max_bytes=max_bytes)
    language = detect_language(text)  # short Latin-script text counts as English there
    document = Document(id=id or "doc", title=title, published=published, dateline=dateline,
                        source=source, url=url, language=language)
    coder = Coder(name=CODER_NAME, version=CODER_VERSION, model=model_name())
    if language != "en":
        return Record(document=document, coder=coder)
    return _extract_english(text, document, coder)


def _extract_english(text: str, document: Document, coder: Coder) -> Record:
    """The stages, in order, on an English article (see `accords.stages`)."""
    gz = get_gazetteer()
    lead = read_lead(text, document.title, document.dateline)
    if document.dateline is None and lead.dateline:
        document = document.model_copy(update={"dateline": lead.dateline})
    doc = parse(recase(unwrap(text, lead.body_start), lead.body_start), lead.body_start)
    body_tok = body_token(doc, lead.body_start)
    # places and names of today's states, as the states of the story's day ("Moscow" in 1987)
    published = document.published
    dateline_country = era_code(lead.country, published)
    table = ActorResolver(gz, _matchers()).resolve(doc, lead.body_start, published,
                                                   dateline_country)
    describe_people(table, doc, dateline_country, gz,
                    outlet_country=outlet_home(document.id, document.source, document.url))
    agreements = AgreementCoder(doc, table, body_tok, dateline_country).code()
    event_coder = EventCoder(doc, table, body_tok, dateline_country, gz,
                             lambda name: era_code(place_country(name), published),
                             filed_from_capital=bool(lead.dateline and
                                                     gz.capital(lead.dateline)))
    events = event_coder.code()
    events = settle_nationalities(table, events, doc)
    links = link(agreements, events, table, gz)
    actors, ids = to_actors(kept_actors(table, agreements, links.events, doc, body_tok, gz),
                            text)
    # relative dates count from the dateline's day where it gives one
    story_day = filed_day(doc, body_tok, published) or published
    settings = Settings(published=story_day, dateline=lead.place, table=table, gz=gz,
                        doc=doc, lead=(body_tok, event_coder.lead_end))
    return assemble(text, document, coder, actors, ids, links.events, agreements,
                    links.occasion, settings)
