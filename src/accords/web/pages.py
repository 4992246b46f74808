"""The HTML pages and their JSON twins.

Each page is one function that builds a context (plain data: the store's models, dicts and
lists) from `Store` calls. `page()` registers it twice: the HTML page renders that context with
a Jinja template, and the same path with `.json` appended returns the context itself. So what a
reader sees and what a script downloads cannot drift apart, and there is one query layer.

Everything is server-rendered: no script is needed, no file comes from elsewhere, and charts are
inline SVG drawn by `accords.web.svg`. Text from the corpus is escaped by the templates; the one
place that builds HTML from article text (`highlight_html`) escapes every piece it slices.
"""

from __future__ import annotations

import calendar
import csv
import functools
import inspect
import io
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from html import escape
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode

import orjson
from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from accords.export.brief import build_brief, render_markdown
from accords.export.codes import QUAD_NAMES, event_quad
from accords.export.phrases import event_sentence
from accords.gazetteer import get_gazetteer
from accords.ingest.outlet import Outlet, describe, web_url
from accords.model import (
    INSTRUMENTS,
    PLOVER_EVENTS,
    SECTORS,
    STATUSES,
    Record,
    Span,
    StoredActor,
    StoredAgreement,
    StoredEvent,
    jsonable,
)
from accords.store import Filters, Store, record_pk
from accords.web import svg
from accords.web.dependencies import (
    MAX_PAGE_SIZE,
    TEMPLATES,
    event_type,
    known_country,
    store_of,
)

router = APIRouter()
templates = Jinja2Templates(directory=TEMPLATES)

LATEST = 10
"""Newest agreements/events shown on the home, country and dyad pages."""
PAGE_SIZE = 50
"""Default rows per page of a listing."""
SEARCH_LIMIT = 50
"""Hits per kind on the search page."""
SOURCES_SHOWN = 50
INSTITUTIONS_SHOWN = 60
NETWORK_NODES = 120
"""Most countries drawn in the network (the busiest); more make an unreadable ring."""
NETWORK_TABLE = 50
"""Strongest links listed under the network chart."""

Record_ = StoredAgreement | StoredEvent


# ---- query parameters ------------------------------------------------------------------------

Iso3 = Annotated[str, StringConstraints(pattern=r"^[A-Za-z]{3}$", to_upper=True)]
DateText = Annotated[str, StringConstraints(pattern=r"^\d{4}(-\d{2}(-\d{2})?)?$")]
Sector = Literal[SECTORS]  # type: ignore[valid-type]
Instrument = Literal[INSTRUMENTS]  # type: ignore[valid-type]
Status = Literal[STATUSES]  # type: ignore[valid-type]
EventCode = Annotated[str, StringConstraints(pattern=r"^([A-Za-z]{3,12}|\d{2,4})$",
                                             max_length=12), AfterValidator(event_type)]


class _Query(BaseModel):
    """Query parameters of a page. An empty field is absent: a GET form sends every field,
    filled in or not, and `?sector=` must mean "any sector", not 422."""

    model_config = ConfigDict(extra="ignore", populate_by_name=True)

    @model_validator(mode="before")
    @classmethod
    def _blank_is_absent(cls, data: Any) -> Any:
        if isinstance(data, dict):
            return {k: v for k, v in data.items() if not (isinstance(v, str) and not v.strip())}
        return data

    def chosen(self) -> dict[str, Any]:
        """The filters as set (query names, no paging): for forms and links."""
        return self.model_dump(by_alias=True, exclude_none=True, exclude={"page", "size"})


class _Paged(_Query):
    page: int = Field(1, ge=1, le=1_000_000)
    size: int = Field(PAGE_SIZE, ge=1, le=MAX_PAGE_SIZE)


class AgreementQuery(_Paged):
    country: Iso3 | None = None
    with_country: Iso3 | None = Field(None, alias="with")
    sector: Sector | None = None
    instrument: Instrument | None = None
    status: Status | None = None
    since: DateText | None = None
    until: DateText | None = None


class EventQuery(_Paged):
    country: Iso3 | None = None
    with_country: Iso3 | None = Field(None, alias="with")
    event: EventCode | None = None
    quad: int | None = Field(None, ge=1, le=4)
    since: DateText | None = None
    until: DateText | None = None


class DocumentQuery(_Paged):
    since: DateText | None = None
    until: DateText | None = None


class NetworkQuery(_Query):
    sector: Sector | None = None
    since: DateText | None = None
    until: DateText | None = None
    country: Iso3 | None = None
    institutions: bool | None = None


def until_inclusive(value: str | None) -> str | None:
    """`until=2025` or `until=2025-04` as the last day they name: the store compares ISO date
    strings, and "2025-04-10" > "2025-04" would drop April from `until=2025-04`."""
    if value is None or len(value) == 10:
        return value
    if len(value) == 4:
        return f"{value}-12-31"
    year, month = int(value[:4]), int(value[5:7])
    if not 1 <= month <= 12:
        return value
    return f"{value}-{calendar.monthrange(year, month)[1]:02d}"


# ---- registering a page and its JSON twin ----------------------------------------------------

@dataclass(frozen=True)
class Download:
    """What a list page offers as files: `rows` (context -> one dict per row, keys as
    `columns`) is its table as CSV, `items` (context -> records) its records as JSON lines.
    Both read the context the page itself shows, so a download holds exactly its rows."""

    name: str
    columns: tuple[str, ...]
    rows: Callable[[dict[str, Any]], list[dict[str, Any]]]
    items: Callable[[dict[str, Any]], list[Any]]


def _csv_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(_csv_text(v) for v in value)
    return str(value)


def _csv_safe(text: str) -> str:
    """A cell a spreadsheet will not run as a formula (=, +, -, @ first: CSV injection)."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def page(path: str, template: str, *, json_paths: Sequence[str] = (),
         download: Download | None = None) -> Callable:
    """Register `build` (request + parameters -> context) as the HTML page at `path` and as
    its JSON twin at `path + ".json"` (or `json_paths`); with `download`, also as CSV and
    JSON Lines at `path + ".csv"` and `path + ".jsonl"` (same parameters, same rows). The
    twins are added first: `{param}` would otherwise swallow the suffix."""

    def register(build: Callable[..., dict[str, Any]]) -> Callable[..., dict[str, Any]]:
        signature = inspect.signature(build)

        @functools.wraps(build)
        def as_json(**params: Any) -> Response:
            return JSONResponse(jsonable(build(**params)))

        @functools.wraps(build)
        def as_html(**params: Any) -> Response:
            request: Request = params["request"]
            context = build(**params)
            extra: dict[str, Any] = {"json_url": _json_url(request)}
            if download is not None:
                extra["downloads"] = {kind: _twin_url(request, kind) for kind in ("csv", "jsonl")}
            return templates.TemplateResponse(request, template, {**context, **extra})

        @functools.wraps(build)
        def as_csv(**params: Any) -> Response:
            assert download is not None
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
            writer.writerow(download.columns)
            for row in download.rows(build(**params)):
                writer.writerow([_csv_safe(_csv_text(row.get(c))) for c in download.columns])
            return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8",
                            headers=_attachment(f"{download.name}.csv"))

        @functools.wraps(build)
        def as_jsonl(**params: Any) -> Response:
            assert download is not None
            lines = [orjson.dumps(jsonable(item)).decode() + "\n"
                     for item in download.items(build(**params))]
            return Response("".join(lines), media_type="application/x-ndjson; charset=utf-8",
                            headers=_attachment(f"{download.name}.jsonl"))

        for endpoint in (as_json, as_html, as_csv, as_jsonl):
            endpoint.__signature__ = signature  # type: ignore[attr-defined]
        for twin in json_paths or [f"{path}.json"]:
            router.add_api_route(twin, as_json, methods=["GET"], include_in_schema=False)
        if download is not None:
            router.add_api_route(f"{path}.csv", as_csv, methods=["GET"], include_in_schema=False)
            router.add_api_route(f"{path}.jsonl", as_jsonl, methods=["GET"],
                                 include_in_schema=False)
        router.add_api_route(path, as_html, methods=["GET"], include_in_schema=False,
                             response_class=HTMLResponse, name=build.__name__)
        return build

    return register


def _attachment(filename: str) -> dict[str, str]:
    return {"content-disposition": f'attachment; filename="{filename}"'}


def _twin_url(request: Request, suffix: str) -> str:
    query = request.url.query
    return f"{request.url.path}.{suffix}" + (f"?{query}" if query else "")


def _json_url(request: Request) -> str:
    path = request.url.path
    twin = "/index.json" if path == "/" else f"{path}.json"
    query = request.url.query
    return f"{twin}?{query}" if query else twin


def _not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no {what}")


def _actors_of(store: Store, records: Iterable[Record_]) -> dict[str, StoredActor]:
    """The actors the records name, by id: pages show names and link them."""
    ids: set[str] = set()
    for r in records:
        if isinstance(r, StoredAgreement):
            ids.update(r.parties, r.signatories)
        else:
            ids.update(r.actor, r.recipient)
    return store.actors_by_id(sorted(ids))


def _when(record: Record_) -> str | None:
    """The date a record is placed at: its own, else its first source's publication date (the
    store's `anchor`, which the since/until filters compare)."""
    if record.date and record.date.start:
        return record.date.start
    return next((s.published for s in record.sources if s.published), None)


# ---- timeline data ---------------------------------------------------------------------------

def _point(point: Sequence[Any]) -> tuple[str, str, str | None, int | None]:
    """(kind, label, date, quad class): events carry the QuadClass of their CAMEO code."""
    kind, label, when = point[0], point[1], point[2]
    cameo = point[3] if len(point) > 3 else None
    return kind, label, when, (event_quad(cameo, label) if kind == "event" else None)


def timeline(points: Iterable[Sequence[Any]], scope: dict[str, str]) -> dict[str, Any]:
    """Counts of agreements per sector and events per type over time, for `svg.timeline`.

    Months when everything is dated to the month and spans at most three years, else years;
    the bins have no gaps, so the x axis is proportional to time. Each cell links to the
    listing filtered to its sector (or event type and quad class) and period, within `scope`
    (country/with). An event row is one PLOVER type in one quad class (verbal/material
    cooperation/conflict, `QUAD_NAMES`), which colours it; only REQUEST can have two rows, its
    appeals (CAMEO 02, verbal cooperation) and its demands (CAMEO 10, verbal conflict).
    """
    quads = [_point(p) for p in points]
    dated = [(kind, label, quad, when) for kind, label, when, quad in quads if when]
    undated = sum(1 for _, _, when, _ in quads if not when)
    if not dated:
        return {"unit": "year", "bins": [], "rows": [], "cells": [], "undated": undated}
    first, last = min(d[3] for d in dated), max(d[3] for d in dated)
    by_month = all(len(d[3]) >= 7 for d in dated) and _months(first, last) <= 36
    unit = "month" if by_month else "year"
    cut = 7 if by_month else 4
    bins = _month_range(first[:7], last[:7]) if by_month else \
        [str(y) for y in range(int(first[:4]), int(last[:4]) + 1)]
    per_row = Counter((kind, label, quad) for kind, label, quad, _ in dated)
    rows = sorted(per_row, key=lambda k: (k[0] != "agreement", -per_row[k], k[1], k[2] or 0))
    index = {row: i for i, row in enumerate(rows)}
    counts = Counter((index[(kind, label, quad)], when[:cut])
                     for kind, label, quad, when in dated)
    cells = []
    for (row, b), n in sorted(counts.items(), key=lambda x: (x[0][0], x[0][1])):
        kind, label, quad = rows[row]
        params = dict(scope)
        if kind == "agreement":
            listing = "/agreements"
            if label != "unspecified":
                params["sector"] = label
        else:
            listing = "/events"
            params["event"] = label
            if quad:
                params["quad"] = str(quad)
        params["since"] = b if len(b) == 7 else f"{b}-01"
        params["until"] = until_inclusive(b) or b
        href = f"{listing}?{urlencode(params)}" if label != "unspecified" else None
        cells.append({"row": row, "bin": b, "count": n, "href": href})
    return {"unit": unit, "bins": bins, "undated": undated, "cells": cells,
            "rows": [{"kind": kind, "label": label, "count": per_row[(kind, label, quad)],
                      **({"quad": quad} if kind == "event" else {})}
                     for kind, label, quad in rows]}


def _months(first: str, last: str) -> int:
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7])


def _month_range(first: str, last: str) -> list[str]:
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


# ---- the document page: highlights from character offsets ------------------------------------

@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    kind: str
    record: str
    anchor: str
    title: str
    order: int


def document_spans(text: str, record: Record,
                   ids: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Every evidence and mention span of a document's record that lies in its text; the
    tooltips name each record by its store-wide id (`ids`: "g1" -> "g12"), as the pages do.

    Agreement spans come first, then events, then actors, so at equal extent a mention nests
    inside the evidence sentence. A span whose offsets do not point at its text (an older
    extractor, a text normalised since) is moved to the nearest occurrence of its text, or
    dropped: a highlight must never mark the wrong words.
    """
    out: list[dict[str, Any]] = []

    def add(kind: str, rid: str, spans: Sequence[Span], title: str) -> None:
        for k, span in enumerate(spans):
            start, end = span.start, span.end
            if not (0 <= start < end <= len(text) and text[start:end] == span.text):
                found = _nearest(text, span.text, start)
                if found is None:
                    continue
                start, end = found, found + len(span.text)
            out.append({"kind": kind, "record": rid, "anchor": rid if k == 0 else f"{rid}-{k + 1}",
                        "start": start, "end": end, "text": text[start:end], "title": title})

    actors = {a.id: a for a in record.actors}

    def shown(local: str) -> str:
        return (ids or {}).get(local, local)

    def names(ids: Iterable[str]) -> str:
        return ", ".join(actors[i].name for i in ids if i in actors)

    for ag in record.agreements:
        title = f"Agreement {shown(ag.id)}: {ag.instrument.replace('_', ' ')}"
        title += f" on {ag.subject}" if ag.subject else ""
        title += f" ({ag.status})" if ag.status else ""
        if ag.parties:
            title += f" between {names(ag.parties)}"
        add("agreement", ag.id, ag.evidence, title)
    for ev in record.events:
        title = f"Event {shown(ev.id)}: {ev.event}" + (f" ({ev.mode})" if ev.mode else "")
        if ev.actor:
            title += f" by {names(ev.actor)}"
        if ev.recipient:
            title += f" with {names(ev.recipient)}"
        add("event", ev.id, ev.evidence, title)
    for a in record.actors:
        title = f"{a.name} ({a.kind}{', ' + a.country if a.country else ''})"
        add(f"actor {a.kind}", a.id, a.mentions, title)
    return out


def _nearest(text: str, needle: str, near: int) -> int | None:
    if not needle:
        return None
    best = None
    at = text.find(needle)
    while at != -1:
        if best is None or abs(at - near) < abs(best - near):
            best = at
        at = text.find(needle, at + 1)
    return best


def highlight_html(text: str, spans: Sequence[dict[str, Any]],
                   current: str | None = None) -> Markup:
    """The text with each span wrapped in `<mark>`, every piece of text escaped.

    The text is cut at every span boundary; each piece is wrapped in the marks that cover it,
    outer (earlier, longer) first. A span that crosses another's boundary is closed and
    reopened, so the HTML always nests; its pieces share `data-span` and only the first has the
    `id` that links target. `current` (a record id) marks that record's spans.
    """
    marks = [_Mark(s["start"], s["end"], s["kind"], s["record"], s["anchor"], s["title"], i)
             for i, s in enumerate(spans) if 0 <= s["start"] < s["end"] <= len(text)]
    rank = {m: i for i, m in enumerate(sorted(marks, key=lambda m: (m.start, -m.end, m.order)))}
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[str] = []
    stack: list[_Mark] = []
    opened: set[_Mark] = set()
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        active = sorted((m for m in marks if m.start <= lo and hi <= m.end), key=rank.__getitem__)
        keep = 0
        while keep < min(len(stack), len(active)) and stack[keep] is active[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        del stack[keep:]
        for m in active[keep:]:
            classes = f"hl hl-{m.kind}" + (" current" if current and m.record == current else "")
            ident = "" if m in opened else f' id="{escape(m.anchor, quote=True)}"'
            out.append(f'<mark class="{escape(classes, quote=True)}"{ident} '
                       f'data-ref="{escape(m.record, quote=True)}" '
                       f'data-span="{escape(m.anchor, quote=True)}" '
                       f'title="{escape(m.title, quote=True)}">')
            opened.add(m)
            stack.append(m)
        out.append(escape(text[lo:hi], quote=False))
    out.extend("</mark>" for _ in stack)
    return Markup("".join(out))


def _store_ids(store: Store, doc_id: str, record: Record) -> dict[str, str]:
    """The store-wide id of each of the document's own records (`g1` -> `g12`)."""
    ids = store.document_records(doc_id)
    local = {x.id for x in [*record.agreements, *record.events, *record.actors]}
    return {k: v for k, v in ids.items() if k in local}


# ---- downloads: a list page's table as rows --------------------------------------------------

def _names(ids: Iterable[str], actors: dict[str, StoredActor]) -> list[str]:
    return [" ".join(actors[i].name.split()) if i in actors else i for i in ids]


def _agreement_rows(context: dict[str, Any]) -> list[dict[str, Any]]:
    actors = context["actors"]
    return [{"id": g.id, "agreement": _instrument(g.instrument) +
             (f" on {g.subject}" if g.subject else ""), "parties": _names(g.parties, actors),
             "countries": g.countries, "sectors": g.sectors, "status": g.status,
             "modality": g.modality, "date": _when_text(g), "sources": len(g.sources),
             "documents": [s.document for s in g.sources]}
            for g in context["agreements"]]


def _event_rows(context: dict[str, Any]) -> list[dict[str, Any]]:
    actors = context["actors"]
    return [{"id": e.id, "what happened": _event_line(e, actors), "event": e.event,
             "mode": e.mode, "cameo": e.cameo,
             "class": QUAD_NAMES.get(event_quad(e.cameo, e.event) or 0),
             "actor": _names(e.actor, actors), "with": _names(e.recipient, actors),
             "place": e.place.name if e.place else None, "modality": e.modality,
             "date": _when_text(e), "sources": len(e.sources),
             "documents": [s.document for s in e.sources]}
            for e in context["events"]]


def _document_rows(context: dict[str, Any]) -> list[dict[str, Any]]:
    out = []
    for d in context["documents"]:
        first = d["sources"][0] if d["sources"] else {}
        o = _outlet(first) if first else None
        out.append({"id": first.get("id"), "title": d["title"], "published": d["published"],
                    "outlet": o.label if o else None, "url": web_url(o.url) if o else None,
                    "language": d["language"], "near_duplicate": bool(d["near_duplicate_of"]),
                    "ids": [x["id"] for x in d["sources"]]})
    return out


AGREEMENT_DOWNLOAD = Download(
    "agreements", ("id", "agreement", "parties", "countries", "sectors", "status", "modality",
                   "date", "sources", "documents"),
    _agreement_rows, lambda c: c["agreements"])
EVENT_DOWNLOAD = Download(
    "events", ("id", "what happened", "event", "mode", "cameo", "class", "actor", "with",
               "place", "modality", "date", "sources", "documents"),
    _event_rows, lambda c: c["events"])
DOCUMENT_DOWNLOAD = Download(
    "documents", ("id", "title", "published", "outlet", "url", "language", "near_duplicate",
                  "ids"),
    _document_rows, lambda c: c["documents"])
COUNTRY_DOWNLOAD = Download(
    "countries", ("iso", "name", "agreements", "events", "partners"),
    lambda c: c["countries"], lambda c: c["countries"])
ACTOR_DOWNLOAD = Download(
    "actors", ("id", "name", "kind", "country", "titles", "documents"),
    lambda c: [{"id": a.id, "name": a.name, "kind": a.kind, "country": a.country,
                "titles": list(dict.fromkeys(r.title for r in a.roles)),
                "documents": a.documents} for a in c["actors_list"]],
    lambda c: c["actors_list"])
NETWORK_DOWNLOAD = Download(
    "network", ("source", "source_name", "target", "target_name", "agreements", "example"),
    lambda c: [{**e, "source_name": c["names"].get(e["source"]),
                "target_name": c["names"].get(e["target"])} for e in c["edges"]],
    lambda c: c["edges"])


def _event_line(event: StoredEvent, actors: dict[str, StoredActor]) -> str:
    """What happened, in one line (`accords.export.phrases`)."""
    return event_sentence(event, actors, get_gazetteer().country_name)


# ---- search: snippets and near-duplicates ----------------------------------------------------

SNIPPET_WIDTH = 240
"""Characters of text shown around the matched words."""


def _word_pattern(q: str) -> re.Pattern[str] | None:
    words = sorted({w for w in re.findall(r"[^\W_]+", q, re.U) if len(w) > 1}, key=len,
                   reverse=True)
    if not words:
        return None
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\w*", re.I | re.U)


def snippet(text: str, q: str, width: int = SNIPPET_WIDTH) -> Markup:
    """The stretch of `text` with the most of the query's words (the search matches stems:
    "agreements" for "agreement"), each word in `<mark>`, every piece escaped."""
    text = " ".join(text.split())
    pattern = _word_pattern(q)
    hits = list(pattern.finditer(text)) if pattern else []
    if not hits:
        return Markup(escape(text[:width] + ("…" if len(text) > width else ""), quote=False))
    best = max(hits, key=lambda m: sum(1 for h in hits if 0 <= h.start() - m.start() < width))
    start = max(0, best.start() - width // 5)
    if start:
        space = text.find(" ", start)
        start = space + 1 if 0 <= space < best.start() else start
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > best.end() else end
    out, at = ["…" if start else ""], start
    for m in hits:
        if m.start() < start or m.end() > end:
            continue
        out.append(escape(text[at:m.start()], quote=False))
        out.append(f'<mark class="hit">{escape(m.group(0), quote=False)}</mark>')
        at = m.end()
    out.append(escape(text[at:end], quote=False) + ("…" if end < len(text) else ""))
    return Markup("".join(out))


def _grouped(documents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Search hits with near-duplicates (wire re-sends the store recognised, or the same
    title) folded under the best-ranked one of each story."""
    groups: list[dict[str, Any]] = []
    by_key: dict[Any, dict[str, Any]] = {}
    for d in documents:
        title = " ".join((d["title"] or "").lower().split())
        keys = [("doc", d["near_duplicate_of"] or d["id"]), *([("title", title)] if title else [])]
        group = next((by_key[k] for k in keys if k in by_key), None)
        if group is None:
            group = {**d, "duplicates": []}
            groups.append(group)
        else:
            group["duplicates"].append(d)
        for k in keys:
            by_key.setdefault(k, group)
    return groups


# ---- pages -----------------------------------------------------------------------------------

# `/.json` is the literal "same URL with .json appended"; `/index.json` reads better
@page("/", "home.html", json_paths=("/index.json", "/.json"))
def home(request: Request) -> dict[str, Any]:
    """What is in the store, and the newest agreements."""
    store = store_of(request)
    counts = store.counts()
    latest = store.agreements(Filters(limit=LATEST))
    index = store.country_index()
    return {"world": {iso: c["agreements"] for iso, c in index.items() if c["agreements"]},
            "with_pages": sorted(index),
            "counts": {"documents": counts.documents, "sources": counts.sources,
                       "agreements": counts.agreements, "events": counts.events,
                       "actors": counts.actors},
            "latest_agreements": latest, "actors": _actors_of(store, latest)}


@page("/search", "search.html")
def search(request: Request,
           q: Annotated[str, Query(max_length=200, description="words to find")] = ""
           ) -> dict[str, Any]:
    """Documents, agreements, events (full text) and actors (by name) matching `q`."""
    q = q.strip()
    if not q:
        return {"q": "", "documents": [], "documents_total": 0, "agreements": [], "events": [],
                "actors": [], "names": {}, "snippets": {}}
    store = store_of(request)
    ags = store.agreements(Filters(text=q, limit=SEARCH_LIMIT))
    evs = store.events(Filters(text=q, limit=SEARCH_LIMIT))
    docs = store.documents(Filters(text=q, limit=SEARCH_LIMIT))
    for d in docs:
        found = store.document(d["sources"][0]["id"]) if d["sources"] else None
        d["snippet"] = snippet(found[0], q) if found else ""
    snippets = {r.id: snippet(" ".join(sp.text for sp in r.evidence[:2]), q)
                for r in [*ags, *evs]}
    return {"q": q, "documents": _grouped(docs), "documents_total": len(docs),
            "agreements": ags, "events": evs, "snippets": snippets,
            "actors": store.actors(Filters(text=q, limit=SEARCH_LIMIT)),
            "names": _actors_of(store, [*ags, *evs])}


def _paging(query: _Paged, total: int) -> dict[str, Any]:
    return {"page": query.page, "size": query.size, "total": total,
            "pages": max(1, -(-total // query.size))}


@page("/agreements", "agreements.html", download=AGREEMENT_DOWNLOAD)
def agreement_list(request: Request,
                   query: Annotated[AgreementQuery, Query()]) -> dict[str, Any]:
    """Agreements, newest first, filtered and paged."""
    store = store_of(request)
    f = Filters(country=query.country, with_country=query.with_country, sector=query.sector,
                instrument=query.instrument, status=query.status, since=query.since,
                until=until_inclusive(query.until), limit=query.size,
                offset=(query.page - 1) * query.size)
    items = store.agreements(f)
    return {"filters": query.chosen(), **_paging(query, store.count("agreements", f)),
            "agreements": items, "actors": _actors_of(store, items)}


@page("/events", "events.html", download=EVENT_DOWNLOAD)
def event_list(request: Request, query: Annotated[EventQuery, Query()]) -> dict[str, Any]:
    """Events, newest first, filtered and paged."""
    store = store_of(request)
    f = Filters(country=query.country, with_country=query.with_country, event=query.event,
                quad=query.quad, since=query.since, until=until_inclusive(query.until),
                limit=query.size, offset=(query.page - 1) * query.size)
    items = store.events(f)
    return {"filters": query.chosen(), **_paging(query, store.count("events", f)),
            "events": items, "actors": _actors_of(store, items)}


@page("/documents", "documents.html", download=DOCUMENT_DOWNLOAD)
def document_list(request: Request,
                  query: Annotated[DocumentQuery, Query()]) -> dict[str, Any]:
    """Documents, newest first, paged."""
    store = store_of(request)
    f = Filters(since=query.since, until=until_inclusive(query.until), limit=query.size,
                offset=(query.page - 1) * query.size)
    return {"filters": query.chosen(), **_paging(query, store.count("documents", f)),
            "documents": store.documents(f)}


@page("/agreements/{agreement_id}", "agreement.html")
def agreement_page(request: Request, agreement_id: str) -> dict[str, Any]:
    """One agreement: who, what, when, where, the visit it was signed at, every source."""
    store = store_of(request)
    pk = record_pk(agreement_id, "g")
    agreement = store.agreement(pk) if pk is not None else None
    if agreement is None:
        raise _not_found(f"agreement {agreement_id!r}")
    occasion_pk = record_pk(agreement.occasion, "e") if agreement.occasion else None
    occasion = store.event(occasion_pk) if occasion_pk is not None else None
    return {"agreement": agreement, "occasion": occasion,
            "actors": _actors_of(store, [agreement, *([occasion] if occasion else [])])}


@page("/events/{event_id}", "event.html")
def event_page(request: Request, event_id: str) -> dict[str, Any]:
    """One event: who met or agreed with whom, the agreements it covers or occasioned."""
    store = store_of(request)
    pk = record_pk(event_id, "e")
    event = store.event(pk) if pk is not None else None
    if event is None:
        raise _not_found(f"event {event_id!r}")
    covered = [g for g in (store.agreement(p) for p in
                           (record_pk(i, "g") for i in event.agreements) if p is not None) if g]
    actors = _actors_of(store, [event])
    known = {g.id for g in covered}
    signed_during = [g for g in store.agreements(Filters(occasion=event.id, limit=None))
                     if g.id not in known]
    actors.update(_actors_of(store, [*covered, *signed_during]))
    return {"event": event, "agreements": covered, "signed_during": signed_during,
            "actors": actors}


@page("/actors/{actor_id}", "actor.html")
def actor_page(request: Request, actor_id: str) -> dict[str, Any]:
    """One actor: who it is, and the agreements and events it takes part in."""
    store = store_of(request)
    pk = record_pk(actor_id, "a")
    actor = store.actors_by_id([f"a{pk}"]).get(f"a{pk}") if pk is not None else None
    if actor is None:
        raise _not_found(f"actor {actor_id!r}")
    ags = store.agreements(Filters(actor=actor.id, limit=SEARCH_LIMIT))
    evs = store.events(Filters(actor=actor.id, limit=SEARCH_LIMIT))
    return {"actor": actor, "agreements": ags, "events": evs,
            "agreements_total": store.count("agreements", Filters(actor=actor.id)),
            "events_total": store.count("events", Filters(actor=actor.id)),
            "actors": _actors_of(store, [*ags, *evs])}


def _iso(code: str) -> str:
    iso = known_country(code) if re.fullmatch(r"[A-Za-z]{3}", code) else None
    if iso is None:
        raise _not_found(f"country {code!r} (use an ISO 3166 alpha-3 code such as PAK)")
    return iso


class CountryIndexQuery(_Query):
    q: Annotated[str, StringConstraints(max_length=100, strip_whitespace=True)] | None = None
    sort: Literal["name", "agreements", "events", "partners"] = "agreements"


class ActorIndexQuery(_Paged):
    q: Annotated[str, StringConstraints(max_length=100, strip_whitespace=True)] | None = None
    kind: Literal["person", "organization", "international", "country"] | None = None
    country: Iso3 | None = None
    sort: Literal["documents", "name"] = "documents"


def _sort_links(filters: dict[str, Any], keys: Iterable[str]) -> dict[str, str]:
    """The URL that sorts an index by each column, the other filters kept."""
    return {k: _with_query({**filters, "sort": k}) for k in keys}


@page("/countries", "countries.html", download=COUNTRY_DOWNLOAD)
def country_index(request: Request,
                  query: Annotated[CountryIndexQuery, Query()]) -> dict[str, Any]:
    """Every country the records name, with its counts; searchable by name or code."""
    gazetteer = get_gazetteer()
    rows = [{"iso": iso, "name": gazetteer.country_name(iso) or iso, **counts}
            for iso, counts in store_of(request).country_index().items()]
    total = len(rows)
    if query.q:
        needle = query.q.lower()
        rows = [r for r in rows if needle in r["name"].lower() or needle == r["iso"].lower()]
    if query.sort == "name":
        rows.sort(key=lambda r: r["name"])
    else:
        rows.sort(key=lambda r: (-r[query.sort], r["name"]))
    return {"filters": query.chosen(), "countries": rows, "total": total,
            "sort": query.sort, "sort_links": _sort_links(
                query.chosen(), ("name", "agreements", "events", "partners"))}


@page("/actors", "actors.html", download=ACTOR_DOWNLOAD)
def actor_index(request: Request, query: Annotated[ActorIndexQuery, Query()]) -> dict[str, Any]:
    """Institutions and people (and countries as actors), the most mentioned first or by
    name; searchable by name, filtered by kind and country."""
    store = store_of(request)
    f = Filters(text=query.q, kind=query.kind, country=query.country, limit=query.size,
                offset=(query.page - 1) * query.size)
    items = store.actors(f, sort=query.sort)
    return {"filters": query.chosen(), **_paging(query, store.count("actors", f)),
            "actors_list": items, "sort": query.sort,
            "sort_links": _sort_links(query.chosen(), ("documents", "name"))}


@page("/countries/{iso}", "country.html")
def country_page(request: Request, iso: str) -> dict[str, Any]:
    """One country: its agreements and events over time by sector, partners, institutions."""
    store = store_of(request)
    iso = _iso(iso)
    # counts, timeline and sources are aggregated by the store: a big country's page must
    # not load its thousands of records
    summary = store.country(iso, latest=LATEST)
    ags, evs = summary["latest_agreements"], summary["latest_events"]
    if not ags and not evs and not summary["institutions"]:
        raise _not_found(f"records for country {iso}")
    scope = Filters(country=iso)
    sources, sources_total = store.report_sources(scope, limit=SOURCES_SHOWN)
    return {"country": iso, "name": get_gazetteer().country_name(iso),
            # partners have agreements, so pages: no need to count every country here
            "with_pages": sorted(summary["partners"]),
            "agreements": summary["agreements"], "events": summary["events"],
            "partners": summary["partners"], "by_sector": summary["by_sector"],
            "timeline": timeline(store.timeline_points(scope), {"country": iso}),
            "latest_agreements": ags, "latest_events": evs,
            "institutions": summary["institutions"][:INSTITUTIONS_SHOWN],
            "institutions_total": len(summary["institutions"]),
            "sources": sources, "sources_total": sources_total,
            "actors": _actors_of(store, [*ags, *evs])}


@page("/dyads/{a}/{b}", "dyad.html")
def dyad_page(request: Request, a: str, b: str) -> dict[str, Any]:
    """Two countries: their agreements and events over time, each side's institutions."""
    store = store_of(request)
    a, b = _iso(a), _iso(b)
    if a == b:
        raise _not_found(f"dyad of {a} with itself")
    # counts, timeline and sources are aggregated by the store, as on the country page: a
    # big pair's page must not load its hundreds of records
    summary = store.dyad(a, b, latest=LATEST)
    ags, evs = summary["latest_agreements"], summary["latest_events"]
    if not summary["agreements"] and not summary["events"]:
        raise _not_found(f"agreements or events between {a} and {b}")
    gazetteer = get_gazetteer()
    scope = Filters(country=a, with_country=b)
    return {"countries": [a, b],
            "names": {a: gazetteer.country_name(a), b: gazetteer.country_name(b)},
            "agreements": summary["agreements"], "events": summary["events"],
            "by_year": summary["by_year"], "by_sector": summary["by_sector"],
            "timeline": timeline(store.timeline_points(scope), {"country": a, "with": b}),
            "latest_agreements": ags, "latest_events": evs,
            "institutions": summary["institutions"],
            "sources": summary["sources"][:SOURCES_SHOWN],
            "sources_total": len(summary["sources"]),
            "actors": _actors_of(store, [*ags, *evs])}


class BriefQuery(_Query):
    since: DateText | None = None


def _dyad_codes(a: str, b: str) -> tuple[str, str]:
    a, b = _iso(a), _iso(b)
    if a == b:
        raise _not_found(f"dyad of {a} with itself")
    return a, b


@page("/dyads/{a}/{b}/brief", "brief.html")
def dyad_brief(request: Request, a: str, b: str,
               query: Annotated[BriefQuery, Query()]) -> dict[str, Any]:
    """The printable brief on two countries (`accords.export.brief`, as `accords brief`)."""
    a, b = _dyad_codes(a, b)
    brief = build_brief(store_of(request), a, b, since=query.since)
    if not brief["numbers"]["agreements"] and not brief["numbers"]["events"]:
        raise _not_found(f"agreements or events between {a} and {b}")
    return brief


@router.get("/dyads/{a}/{b}/brief.md", include_in_schema=False)
def dyad_brief_markdown(request: Request, a: str, b: str,
                        query: Annotated[BriefQuery, Query()]) -> Response:
    """The brief as Markdown, to paste into a note."""
    brief = dyad_brief(request, a, b, query)
    return Response(render_markdown(brief), media_type="text/markdown; charset=utf-8",
                    headers={"content-disposition":
                             f'inline; filename="brief-{brief["countries"][0]}-'
                             f'{brief["countries"][1]}.md"'})


@page("/network", "network.html", download=NETWORK_DOWNLOAD)
def network_page(request: Request, query: Annotated[NetworkQuery, Query()]) -> dict[str, Any]:
    """Who signs with whom: countries linked by how many agreements they share."""
    store = store_of(request)
    institutions = bool(query.institutions)
    graph = store.network(sector=query.sector, since=query.since,
                          until=until_inclusive(query.until), country=query.country,
                          institutions=institutions)
    nodes = sorted(graph["nodes"], key=lambda n: (-n["agreements"], n["id"]))[:NETWORK_NODES]
    shown = {n["id"] for n in nodes}
    edges = [e for e in graph["edges"] if e["source"] in shown and e["target"] in shown]
    gazetteer = get_gazetteer()
    if institutions:
        names = {n["id"]: n["name"] + (f" ({n['country']})" if n.get("country") else "")
                 for n in nodes}
        for n in nodes:
            n["href"] = f"/actors/{n['id']}"
        for e in edges:
            e["href"] = f"/agreements/{e['example']}"
    else:
        names = {n["id"]: gazetteer.country_name(n["id"]) for n in nodes}
    return {"filters": query.chosen(), "nodes": nodes, "edges": edges,
            "institutions": institutions,
            "total_nodes": len(graph["nodes"]), "total_edges": len(graph["edges"]),
            "names": names}


@page("/documents/{doc_id:path}", "document.html")
def document_page(request: Request, doc_id: str,
                  highlight: Annotated[str | None, Query(max_length=40)] = None
                  ) -> dict[str, Any]:
    """One article with its actors, events and agreements marked where the text says them."""
    store = store_of(request)
    found = store.document(doc_id)
    if found is None:
        raise _not_found(f"document {doc_id!r}")
    text, record = found
    links = _store_ids(store, doc_id, record)
    return {"doc_id": doc_id, "highlight": highlight, "text": text,
            "spans": document_spans(text, record, links), "record": record, "links": links}


# ---- template helpers ------------------------------------------------------------------------

def _doc_href(document: str, record: str | None = None, span: int = 1) -> str:
    """The document page, marking one of its records and scrolled to its `span`-th evidence
    span (anchors as `document_spans` names them)."""
    href = f"/documents/{quote(document, safe='/')}"
    if record:
        anchor = record if span <= 1 else f"{record}-{span}"
        href += f"?{urlencode({'highlight': record})}#{quote(anchor, safe='')}"
    return href


def _outlet(ref: Any) -> Outlet:
    """Who published a report (a SourceRef, a document's source, a record's Document): the
    outlet and the original's link, or the corpus and story id; never a local path."""
    def get(name: str) -> Any:
        return ref.get(name) if isinstance(ref, dict) else getattr(ref, name, None)

    return describe(str(get("document") or get("id") or ""), get("source"), get("url"))


def _date(value: Any) -> str:
    """A DateRange (or a date string) as text: `2025-04-10 – 2025-04-11`."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    start, end = getattr(value, "start", None), getattr(value, "end", None)
    if start and end and end != start:
        return f"{start} – {end}"
    return start or end or ""


INSTRUMENT_NAMES = {"mou": "MoU", "letter_of_intent": "Letter of intent"}


def _instrument(code: str) -> str:
    """`mou` -> `MoU`: an instrument code as a name."""
    return INSTRUMENT_NAMES.get(code) or code.replace("_", " ").capitalize()


def _when_text(record: Record_) -> str:
    """A record's date as text, falling back to its first source's date (as `_when`)."""
    return _date(record.date) or _when(record) or "undated"


def _with_query(filters: dict[str, Any], **changes: Any) -> str:
    """A query string from the current filters with some changed (pagination links)."""
    params = {**filters, **changes}
    return "?" + urlencode({k: v for k, v in params.items() if v not in (None, "")})


templates.env.globals.update(
    SECTORS=SECTORS, INSTRUMENTS=INSTRUMENTS, STATUSES=STATUSES, PLOVER_EVENTS=PLOVER_EVENTS,
    QUAD_NAMES=QUAD_NAMES, event_quad=event_quad,
    timeline_svg=svg.timeline, network_svg=svg.network, sector_class=svg.sector_class,
    world_map=svg.world_map, map_legend=svg.map_legend, event_line=_event_line,
    highlight_html=highlight_html, doc_href=_doc_href, outlet=_outlet, with_query=_with_query,
)
templates.env.filters.update(
    country_name=lambda iso: get_gazetteer().country_name(iso) if iso else "",
    date=_date, safe_url=web_url, label=lambda s: str(s).replace("_", " "),
    by_id=lambda items: {x.id: x for x in items}, instrument=_instrument, when=_when_text,
)
