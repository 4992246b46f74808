"""The REST API under /api: the store's merged records, per-document records, summaries and
search, plus extraction of one article and (with a token) ingestion of a batch.

Every response has a pydantic model, so the OpenAPI document at /openapi.json describes exactly
what comes back, errors included (`{"error": {"status", "message"}}`, written by `app.py`).
Query parameters are validated before the store sees them: country codes, dates, sizes and ids
that the database could choke on (a 20-digit id overflows SQLite's integers) are refused with
422 or answered with 404, never with a 500. The endpoints are plain `def`s: the store and the
extractor are synchronous, so FastAPI runs them in its thread pool.
"""

from __future__ import annotations

import functools
import hmac
import inspect
import threading
from collections.abc import Callable
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request, Response
from fastapi.routing import APIRoute
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictInt,
    TypeAdapter,
)

from accords.errors import InputError
from accords.ingest.documents import (
    MAX_TEXT_BYTES,
    SourceDocument,
    check_published,
    check_text,
    detect_language,
)
from accords.model import (
    ActorKind,
    Document,
    Record,
    SourceRef,
    StoredActor,
    StoredAgreement,
    StoredEvent,
)
from accords.store import Filters, Store, record_pk
from accords.web.dependencies import MAX_PAGE_SIZE, event_type, resolve_country, store_of

MAX_OFFSET = 2**31 - 1
"""Largest `offset`: beyond any real store, and inside every database's integer range."""
MAX_INGEST_DOCUMENTS = 100
"""Documents per POST /api/ingest: a batch a client can retry whole if the connection drops."""
EXTRACT_MAX_BYTES = 512 * 1024
"""Largest text POST /api/extract takes. Parsing costs about a minute per megabyte and this
endpoint needs no token, so it takes a long article but not the CLI's 2 MiB."""
MAX_LATEST = 100
"""Most latest agreements and events a dyad or country summary embeds."""

_extracting = threading.Lock()
"""One extraction at a time: spaCy pipelines are not documented as thread-safe, and the CPU
is the bottleneck anyway, so queueing costs nothing and keeps the readers responsive."""


# ---- errors -----------------------------------------------------------------------------------

class ErrorBody(BaseModel):
    status: int
    message: str


class ErrorResponse(BaseModel):
    """What every error looks like (see `accords.web.app`)."""

    error: ErrorBody


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    text = {400: "Malformed request", 401: "Missing or wrong API token",
            403: "Ingest is disabled on this server", 404: "Not found",
            413: "Request body too large", 422: "Invalid parameters or body",
            500: "Internal error (details only in the server log)"}
    return {c: {"model": ErrorResponse, "description": text[c]} for c in codes}


class _SerializedInThread(APIRoute):
    """A route whose plain `def` endpoint also checks and serializes its answer against
    `response_model`, in the worker thread it already runs in.

    FastAPI would run that step in a second trip through the thread pool, and the server
    lets only `REQUEST_THREADS` requests hold a thread at once (`web/app.py`): under load an
    API request queued twice, behind every waiting request each time, while a page renders
    its template in its first trip. That, not the queries, made the API answer 1.5-2 times
    slower than the pages that show the same data. The answer is what FastAPI would send:
    the same validation (from attributes), the same JSON (by alias, `exclude_none` where the
    route asks), the same OpenAPI document (the route still declares its model)."""

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        model = kwargs.get("response_model")
        if model is not None and not inspect.iscoroutinefunction(endpoint):
            endpoint = _serializing(endpoint, TypeAdapter(model), kwargs.get("status_code"),
                                   bool(kwargs.get("response_model_exclude_none")))
        super().__init__(path, endpoint, **kwargs)


def _serializing(endpoint: Callable[..., Any], adapter: TypeAdapter[Any],
                 status_code: int | None, exclude_none: bool) -> Callable[..., Any]:
    @functools.wraps(endpoint)  # FastAPI reads the parameters from the wrapped signature
    def serialized(*args: Any, **kwargs: Any) -> Any:
        content = endpoint(*args, **kwargs)
        if isinstance(content, Response):
            return content
        value = adapter.validate_python(content, from_attributes=True)
        return Response(adapter.dump_json(value, by_alias=True, exclude_none=exclude_none),
                        status_code=status_code or 200, media_type="application/json")

    return serialized


router = APIRouter(prefix="/api", tags=["api"], responses=_errors(422, 500),
                   route_class=_SerializedInThread)


# ---- parameter types --------------------------------------------------------------------------

def _printable(value: str) -> str:
    """No NUL or other C0 controls: PostgreSQL refuses NUL in strings, and no real filter or
    title contains them."""
    if any(ord(c) < 32 and c not in "\t\n\r" for c in value):
        raise ValueError("control characters are not allowed")
    return value


def _encodable(value: str) -> str:
    """Lone surrogates (possible in JSON escapes) cannot be stored or sent back as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("not valid Unicode text (lone surrogate)") from None
    return value


def _iso_date(value: str) -> str:
    try:
        date.fromisoformat(value)
    except ValueError:
        raise ValueError("not a calendar date; use YYYY-MM-DD, e.g. 2025-04-12") from None
    return value


def _lower(value: object) -> object:
    return value.lower() if isinstance(value, str) else value


def _country(value: str) -> str:
    return resolve_country(value)


Country = Annotated[str, Field(pattern=r"^[A-Za-z]{3}$", examples=["PAK"],
                               description="ISO 3166-1 alpha-3 country code"),
                    AfterValidator(_country)]
IsoDate = Annotated[str, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", examples=["2025-04-12"],
                               json_schema_extra={"format": "date"}),
                    AfterValidator(_iso_date)]
Word = Annotated[str, Field(pattern=r"^[A-Za-z_]{1,40}$")]
SearchText = Annotated[str, Field(min_length=1, max_length=500), AfterValidator(_printable),
                       AfterValidator(_encodable)]
BodyText = Annotated[str, AfterValidator(_encodable)]
ShortText = Annotated[str, Field(max_length=1000), AfterValidator(_encodable)]
LongText = Annotated[str, Field(max_length=10_000), AfterValidator(_encodable)]


class _Query(BaseModel):
    """Query parameters; unknown ones are refused, so a filter that does not apply to a
    listing (say `country` on documents) is an error rather than silently ignored."""

    model_config = ConfigDict(extra="forbid")


class PageQuery(_Query):
    limit: int = Field(50, ge=1, le=MAX_PAGE_SIZE, description="At most this many items.")
    offset: int = Field(0, ge=0, le=MAX_OFFSET, description="Skip this many items first.")


class DateQuery(PageQuery):
    since: IsoDate | None = Field(None, description="From this date (YYYY-MM-DD).")
    until: IsoDate | None = Field(None, description="Up to this date (YYYY-MM-DD).")


class AgreementQuery(DateQuery):
    country: Country | None = Field(None, description="A country taking part (ISO alpha-3).")
    with_: Country | None = Field(None, alias="with",
                                  description="A second country taking part (ISO alpha-3).")
    sector: Word | None = Field(None, description="Sector, e.g. defence, trade, energy.")
    instrument: Word | None = Field(None, description="mou, agreement, treaty, protocol, ...")
    status: Word | None = Field(None, description="signed, agreed, ratified, ...; with since "
                                "or until: agreements that reached it in that period.")
    text: SearchText | None = Field(None, description="Full-text search in the evidence.")


class EventQuery(DateQuery):
    country: Country | None = Field(None, description="A country taking part (ISO alpha-3).")
    with_: Country | None = Field(None, alias="with",
                                  description="A second country taking part (ISO alpha-3).")
    event: Annotated[str, Field(pattern=r"^(?:[A-Za-z]{1,20}|[0-9]{2,4})$"),
                     AfterValidator(event_type)] | None = Field(
        None, description="PLOVER event type (any of the 16: AGREE, CONSULT, SUPPORT, "
        "CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, "
        "SANCTION, MOBILIZE, COERCE, ASSAULT) or CAMEO code (057).")
    quad: int | None = Field(
        None, ge=1, le=4, description="CAMEO/GDELT QuadClass of the event's CAMEO code: "
        "1 verbal cooperation (roots 01-05), 2 material cooperation (06-08), "
        "3 verbal conflict (09-13), 4 material conflict (14-20).")
    text: SearchText | None = Field(None, description="Full-text search in the evidence.")


class ActorQuery(PageQuery):
    country: Country | None = Field(None, description="The actor's country (ISO alpha-3).")
    kind: Annotated[ActorKind, BeforeValidator(_lower)] | None = Field(
        None, description="country, person, organization or international.")
    text: SearchText | None = Field(None, description="Part of the actor's name.")


class DocumentQuery(DateQuery):
    text: SearchText | None = Field(None, description="Full-text search in the articles.")


class SearchQuery(_Query):
    q: SearchText = Field(description="Words to look for.")
    limit: int = Field(20, ge=1, le=MAX_PAGE_SIZE, description="At most this many of each kind.")


class NetworkQuery(_Query):
    sector: Word | None = Field(None, description="Only agreements of this sector.")
    since: IsoDate | None = Field(None, description="From this date (YYYY-MM-DD).")
    until: IsoDate | None = Field(None, description="Up to this date (YYYY-MM-DD).")
    country: Country | None = Field(None, description="Only edges touching this country.")
    institutions: bool = Field(False, description="Nodes are the parties (ministries, "
                               "companies, people) instead of countries.")


class SummaryQuery(_Query):
    latest: int = Field(10, ge=0, le=MAX_LATEST,
                        description="How many of the latest agreements and events to embed.")


AgreementId = Annotated[str, Path(pattern=r"^g?[0-9]{1,18}$", examples=["g12"],
                                  description="A store id such as g12 (or the bare number)")]
EventId = Annotated[str, Path(pattern=r"^e?[0-9]{1,18}$", examples=["e3"],
                              description="A store id such as e3 (or the bare number)")]
ActorId = Annotated[str, Path(pattern=r"^a?[0-9]{1,18}$", examples=["a5"],
                              description="A store id such as a5 (or the bare number)")]
CountryPath = Annotated[str, Path(pattern=r"^[A-Za-z]{3}$", examples=["PAK"],
                                  description="ISO 3166-1 alpha-3 country code")]


# ---- response models --------------------------------------------------------------------------

class Page(BaseModel):
    total: int = Field(description="How many items match, over all pages.")
    limit: int
    offset: int
    next: str | None = Field(description="The URL of the next page; null on the last.")


class DocumentSource(BaseModel):
    """One of the ids (and outlets) under which a text was received."""

    id: str
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None


class DocumentSummary(BaseModel):
    """A stored text; `id` is the store's number, the ids to fetch it by are in `sources`."""

    id: int
    title: str | None = None
    published: str | None = None
    language: str | None = None
    near_duplicate_of: int | None = None
    sources: list[DocumentSource] = []


class AgreementPage(Page):
    items: list[StoredAgreement]


class EventPage(Page):
    items: list[StoredEvent]


class ActorPage(Page):
    items: list[StoredActor]


class DocumentPage(Page):
    items: list[DocumentSummary]


class AgreementDetail(StoredAgreement):
    """An agreement with the actors it names and the event it was signed at, so a client
    needs no second request to show it."""

    actors: dict[str, StoredActor] = Field(
        default_factory=dict, description="Parties, signatories and the occasion's actors, "
                                          "by id.")
    occasion_event: StoredEvent | None = None


class EventDetail(StoredEvent):
    actors: dict[str, StoredActor] = Field(
        default_factory=dict, description="The actors named in `actor` and `recipient`, by id.")


class DocumentDetail(BaseModel):
    id: str
    text: str
    record: Record = Field(description="The document's own record, before merging.")


class Institution(BaseModel):
    id: str
    name: str
    kind: str
    titles: list[str] = []
    documents: int = 0


class DyadSummary(BaseModel):
    countries: list[str]
    agreements: int
    events: int
    by_year: dict[str, dict[str, int]] = Field(description="Agreements per year and sector.")
    by_sector: dict[str, int]
    latest_agreements: list[StoredAgreement]
    latest_events: list[StoredEvent]
    institutions: dict[str, list[Institution]] = Field(
        description="People and bodies of each country that took part, by country.")
    sources: list[SourceRef]
    actors: dict[str, StoredActor]


class CountrySummary(BaseModel):
    country: str
    agreements: int
    events: int
    partners: dict[str, int] = Field(description="Agreements with each other country.")
    by_sector: dict[str, int]
    latest_agreements: list[StoredAgreement]
    latest_events: list[StoredEvent]
    institutions: list[Institution]


class NetworkNode(BaseModel):
    id: str = Field(description="ISO alpha-3 country code, or an actor id (institutions).")
    agreements: int
    name: str | None = Field(None, description="The actor's name (institutions).")
    kind: str | None = Field(None, description="The actor's kind (institutions).")
    country: str | None = Field(None, description="The actor's country (institutions).")


class NetworkEdge(BaseModel):
    source: str
    target: str
    agreements: int
    example: str | None = Field(None, description="One agreement the edge counts "
                                "(institutions).")


class Network(BaseModel):
    nodes: list[NetworkNode]
    edges: list[NetworkEdge]


class SearchResults(BaseModel):
    query: str
    documents: list[DocumentSummary]
    agreements: list[StoredAgreement]
    events: list[StoredEvent]


class Stats(BaseModel):
    documents: int
    sources: int
    actors: int
    events: int
    agreements: int
    near_duplicates: int
    by_table: dict[str, int]


# ---- request bodies ---------------------------------------------------------------------------

class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: BodyText = Field(max_length=EXTRACT_MAX_BYTES, description="The article, UTF-8.")
    published: str | None = Field(None, max_length=40, examples=["2025-04-12"],
                                  description="Publication date; relative dates resolve "
                                              "against it.")
    title: ShortText | None = None
    dateline: ShortText | None = None
    id: ShortText | None = None
    source: ShortText | None = None
    url: LongText | None = None


class IngestDocument(BaseModel):
    """One article. Its shape is checked with the request (a wrong type rejects the batch);
    its content (empty or binary text, a bad date, a repeated id) only fails this document,
    as in a JSON Lines batch."""

    text: BodyText
    id: ShortText | StrictInt | None = Field(
        None, description="Defaults to one derived from the text, so a resend is recognised.")
    published: str | None = Field(None, max_length=40)
    title: LongText | None = None
    dateline: ShortText | None = None
    url: LongText | None = None
    source: LongText | None = None
    language: Annotated[str, Field(pattern=r"^[A-Za-z]{2,3}$")] | None = Field(
        None, description="ISO 639-1 code; detected if absent.")


class IngestRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: list[IngestDocument] = Field(min_length=1, max_length=MAX_INGEST_DOCUMENTS)


class IngestResult(BaseModel):
    index: int = Field(description="Position in the request's `documents`.")
    id: str | None
    status: Literal["new", "known", "duplicate", "failed"]
    error: str | None = None


class IngestError(BaseModel):
    index: int
    id: str | None
    message: str


class IngestResponse(BaseModel):
    documents: int
    new: int
    known: int
    duplicates: int = Field(description="Stored texts under a new id or URL: one more source.")
    failed: int
    records_added: int
    records_merged: int
    near_duplicates: int
    seconds: float
    articles_per_second: float
    results: list[IngestResult]
    errors: list[IngestError]


# ---- helpers ----------------------------------------------------------------------------------

def _filters(q: PageQuery) -> Filters:
    values = q.model_dump(exclude={"with_"})
    if "with_" in type(q).model_fields:
        values["with_country"] = q.with_  # type: ignore[attr-defined]
    return Filters(**values)


def _page(request: Request, q: PageQuery, total: int, items: list[Any]) -> dict[str, Any]:
    more = q.offset + q.limit < total
    next_url = str(request.url.include_query_params(offset=q.offset + q.limit)) if more else None
    return {"total": total, "limit": q.limit, "offset": q.offset, "next": next_url,
            "items": items}


def _not_found(what: str, value: str) -> HTTPException:
    return HTTPException(404, f"no {what} {value!r} in this store")


def _actors_of(store: Store, ids: list[str]) -> dict[str, StoredActor]:
    found = store.actors_by_id(ids)
    return {i: found[i] for i in dict.fromkeys(ids) if i in found}


# ---- listings ---------------------------------------------------------------------------------

@router.get("/agreements", response_model=AgreementPage)
def list_agreements(request: Request, q: Annotated[AgreementQuery, Query()]) -> dict[str, Any]:
    """Merged agreements, newest first."""
    store, f = store_of(request), _filters(q)
    return _page(request, q, store.count("agreements", f), store.agreements(f))


@router.get("/events", response_model=EventPage)
def list_events(request: Request, q: Annotated[EventQuery, Query()]) -> dict[str, Any]:
    """Merged events, newest first."""
    store, f = store_of(request), _filters(q)
    return _page(request, q, store.count("events", f), store.events(f))


@router.get("/actors", response_model=ActorPage)
def list_actors(request: Request, q: Annotated[ActorQuery, Query()]) -> dict[str, Any]:
    """Actors, the most often mentioned first."""
    store, f = store_of(request), _filters(q)
    return _page(request, q, store.count("actors", f), store.actors(f))


@router.get("/documents", response_model=DocumentPage)
def list_documents(request: Request, q: Annotated[DocumentQuery, Query()]) -> dict[str, Any]:
    """Stored texts, newest first."""
    store, f = store_of(request), _filters(q)
    return _page(request, q, store.count("documents", f), store.documents(f))


# ---- single records ---------------------------------------------------------------------------

@router.get("/agreements/{agreement_id}", response_model=AgreementDetail,
            responses=_errors(404))
def get_agreement(request: Request, agreement_id: AgreementId) -> AgreementDetail:
    """One agreement with its sources and evidence, its actors and its occasion."""
    store = store_of(request)
    pk = record_pk(agreement_id, "g")
    found = store.agreement(pk) if pk is not None else None
    if found is None:
        raise _not_found("agreement", agreement_id)
    occasion = None
    if found.occasion:
        occasion_pk = record_pk(found.occasion, "e")
        occasion = store.event(occasion_pk) if occasion_pk is not None else None
    ids = found.parties + found.signatories
    if occasion is not None:
        ids += occasion.actor + occasion.recipient
    return AgreementDetail(**dict(found), actors=_actors_of(store, ids), occasion_event=occasion)


@router.get("/events/{event_id}", response_model=EventDetail, responses=_errors(404))
def get_event(request: Request, event_id: EventId) -> EventDetail:
    """One event with its sources, evidence and actors."""
    store = store_of(request)
    pk = record_pk(event_id, "e")
    found = store.event(pk) if pk is not None else None
    if found is None:
        raise _not_found("event", event_id)
    return EventDetail(**dict(found), actors=_actors_of(store, found.actor + found.recipient))


@router.get("/actors/{actor_id}", response_model=StoredActor, responses=_errors(404))
def get_actor(request: Request, actor_id: ActorId) -> StoredActor:
    """One actor: names, roles, aliases, and how many documents mention it."""
    pk = record_pk(actor_id, "a")
    found = store_of(request).actors_by_id([f"a{pk}"]) if pk is not None else {}
    if not found:
        raise _not_found("actor", actor_id)
    return next(iter(found.values()))


@router.get("/documents/{doc_id:path}", response_model=DocumentDetail, responses=_errors(404))
def get_document(request: Request, doc_id: str) -> DocumentDetail:
    """A document's text and its own record, by any id it was received under."""
    if len(doc_id) > 500 or not doc_id.isprintable():  # longer ids are never stored
        raise _not_found("document", doc_id[:100])
    found = store_of(request).document(doc_id)
    if found is None:
        raise _not_found("document", doc_id)
    text, record = found
    return DocumentDetail(id=doc_id, text=text, record=record)


# ---- summaries and search ---------------------------------------------------------------------

def _country_or_404(code: str) -> str:
    try:
        return resolve_country(code)
    except ValueError as exc:
        raise HTTPException(404, str(exc)) from None


@router.get("/dyads/{a}/{b}", response_model=DyadSummary, responses=_errors(404))
def get_dyad(request: Request, a: CountryPath, b: CountryPath,
             q: Annotated[SummaryQuery, Query()]) -> dict[str, Any]:
    """Two countries' relationship at a glance (as `accords dyad`); 404 for a code that
    names no country, or a country with itself."""
    a, b = _country_or_404(a), _country_or_404(b)
    if a == b:
        raise HTTPException(404, f"no dyad of {a} with itself: name two countries")
    return store_of(request).dyad(a, b, latest=q.latest)


class BriefQuery(_Query):
    since: IsoDate | None = Field(None, description="Also list what changed from this date.")


class Brief(BaseModel):
    """The dyad brief (`accords brief`, docs/brief.md): every line with its record id, page,
    source document and evidence."""

    countries: list[str]
    names: dict[str, str]
    since: str | None = None
    date: str
    base: str
    dyad_href: str
    numbers: dict[str, Any]
    agreements_by_status: list[dict[str, Any]]
    cooperation: list[dict[str, Any]]
    conflict: list[dict[str, Any]]
    institutions: dict[str, Any]
    changes: dict[str, Any] | None = None


@router.get("/dyads/{a}/{b}/brief", response_model=Brief, responses=_errors(404))
def get_brief(request: Request, a: CountryPath, b: CountryPath,
              q: Annotated[BriefQuery, Query()]) -> dict[str, Any]:
    """The one-page brief on two countries (as `accords brief`), from the records only."""
    from accords.export.brief import build_brief

    a, b = _country_or_404(a), _country_or_404(b)
    if a == b:
        raise HTTPException(404, f"no dyad of {a} with itself: name two countries")
    return build_brief(store_of(request), a, b, since=q.since)


@router.get("/countries/{iso}", response_model=CountrySummary, responses=_errors(404))
def get_country(request: Request, iso: CountryPath,
                q: Annotated[SummaryQuery, Query()]) -> dict[str, Any]:
    """One country: partners, sectors, latest records, institutions; 404 for a code that
    names no country (a known country with nothing recorded has zeros)."""
    return store_of(request).country(_country_or_404(iso), latest=q.latest)


@router.get("/network", response_model=Network, response_model_exclude_none=True)
def get_network(request: Request, q: Annotated[NetworkQuery, Query()]) -> dict[str, Any]:
    """Who signs with whom: countries and the agreements between each pair."""
    return store_of(request).network(**q.model_dump())


@router.get("/search", response_model=SearchResults)
def search(request: Request, q: Annotated[SearchQuery, Query()]) -> dict[str, Any]:
    """Full-text search over articles, agreements and events (as `accords search`)."""
    store = store_of(request)
    f = Filters(text=q.q, limit=q.limit)
    return {"query": q.q, "documents": store.documents(f), "agreements": store.agreements(f),
            "events": store.events(f)}


@router.get("/stats", response_model=Stats)
def stats(request: Request) -> dict[str, Any]:
    """How much the store holds."""
    return dict(store_of(request).counts().__dict__)


# ---- extraction and ingestion -----------------------------------------------------------------

@router.post("/extract", response_model=Record, responses=_errors(400, 413))
def extract_text(body: ExtractRequest) -> Record:
    """Extract one article's record; nothing is stored. A text that is not English gives a
    record with its language and nothing extracted."""
    from accords.extract import extract  # loads spaCy: not needed to start the server

    source = body.id or "text"
    try:
        published = check_published(body.published, source)
        with _extracting:
            return extract(body.text, published=published, title=body.title,
                           dateline=body.dateline, id=body.id, source=body.source, url=body.url,
                           max_bytes=EXTRACT_MAX_BYTES)
    except InputError as exc:
        raise HTTPException(422, str(exc)) from None


_bearer = HTTPBearer(auto_error=False, description="The server's ACCORDS_API_TOKEN.")
_api_key = APIKeyHeader(name="X-API-Token", auto_error=False,
                        description="The server's ACCORDS_API_TOKEN (alternative header).")


def require_token(
    request: Request,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    api_key: Annotated[str | None, Depends(_api_key)],
) -> None:
    """Refuse unless the request carries the server's token. Without a configured token
    nobody may write, so the default deployment is read-only."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "ingest is disabled: the server has no API token "
                                 "(set ACCORDS_API_TOKEN)")
    given = bearer.credentials if bearer is not None else api_key
    # Compare bytes (compare_digest refuses str with non-ASCII characters). Starlette decodes
    # header bytes as Latin-1, so encoding back gives the bytes sent: a UTF-8 token matches.
    if given is None or not hmac.compare_digest(given.encode("latin-1", "replace"),
                                                str(expected).encode("utf-8")):
        raise HTTPException(401, "missing or wrong API token",
                            headers={"WWW-Authenticate": 'Bearer realm="accords"'})


@router.post("/ingest", response_model=IngestResponse, dependencies=[Depends(require_token)],
             responses=_errors(400, 401, 403, 413))
def ingest_documents(request: Request, body: IngestRequest) -> IngestResponse:
    """Extract and store a batch of articles (as `accords ingest`). Sending the same batch
    again changes nothing: its documents come back `known`."""
    from accords.store.ingest import extract_document, ingest

    items, ids = _ingest_items(body.documents)

    def extractor(doc: SourceDocument) -> Record:
        with _extracting:
            return extract_document(doc)

    results: list[IngestResult] = []
    pending: list[str] = []
    before = (0, 0, 0, 0)

    def on_error(message: str) -> None:
        pending.append(message)

    def on_item(summary: Any) -> None:
        nonlocal before
        now = (summary.new, summary.known, summary.duplicates, summary.failed)
        status = next((s for s, a, b in zip(("new", "known", "duplicate", "failed"), now, before,
                                            strict=True) if a != b), "failed")
        index = len(results)
        results.append(IngestResult(index=index, id=ids[index], status=status,
                                    error="; ".join(pending) or None))
        pending.clear()
        before = now

    summary = ingest(store_of(request), items, extractor=extractor, on_item=on_item,
                     on_error=on_error)
    errors = [IngestError(index=r.index, id=r.id, message=r.error)
              for r in results if r.error is not None]
    return IngestResponse(**summary.as_dict(), results=results, errors=errors)


def _ingest_items(documents: list[IngestDocument]) -> tuple[list[SourceDocument | InputError],
                                                            list[str | None]]:
    """The batch as `ingest` takes it: a document or the reason it cannot be one, each; and
    the id of each (None where the text was too bad to derive one)."""
    from accords.store.merge import content_hash

    items: list[SourceDocument | InputError] = []
    ids: list[str | None] = []
    first: dict[str, int] = {}
    for index, d in enumerate(documents):
        where = f"documents[{index}]"
        doc_id = str(d.id) if d.id not in (None, "") else None
        try:
            text = check_text(d.text, where, max_bytes=MAX_TEXT_BYTES)
            doc_id = doc_id or f"api-{content_hash(text)[:16]}"
            _check_fields(d, doc_id, where)
            if doc_id in first:
                raise InputError(f"duplicate id {doc_id!r} (first used by "
                                 f"documents[{first[doc_id]}])", source=where)
            first[doc_id] = index
            document = Document(id=doc_id, title=d.title, published=check_published(
                d.published, where), dateline=d.dateline, source=d.source, url=d.url,
                language=d.language.lower() if d.language else detect_language(text))
        except InputError as exc:
            items.append(exc)
        else:
            items.append(SourceDocument(document=document, text=text))
        ids.append(doc_id)
    return items, ids


def _check_fields(d: IngestDocument, doc_id: str, where: str) -> None:
    """What the database columns cannot hold: NUL characters (PostgreSQL), an id or dateline
    longer than its column."""
    if len(doc_id) > 500:
        raise InputError("'id' is longer than 500 characters", source=where)
    if d.dateline is not None and len(d.dateline) > 200:
        raise InputError("'dateline' is longer than 200 characters", source=where)
    for name in ("title", "dateline", "url", "source"):
        if "\x00" in (getattr(d, name) or ""):
            raise InputError(f"{name!r} contains a NUL character", source=where)
    if any(ord(c) < 32 for c in doc_id):
        raise InputError("'id' contains control characters", source=where)
