"""Reading the store: listings with filters and paging, single records, documents, full-text
search and counts. Merged records come back as the shared record model (`StoredAgreement`,
`StoredEvent`, `StoredActor`), which the CLI, the exports and the web layer all use.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select, text

from accords.model import (
    DateRange,
    Place,
    Record,
    Role,
    SourceRef,
    Span,
    StatusStep,
    StoredActor,
    StoredAgreement,
    StoredEvent,
)
from accords.store.database import Database
from accords.store.merge import STAGE
from accords.store.schema import (
    actor_mentions,
    actors,
    agreement_actors,
    agreement_countries,
    agreement_history,
    agreement_reports,
    agreement_sectors,
    agreements,
    documents,
    event_actors,
    event_agreements,
    event_countries,
    event_reports,
    events,
    metadata,
    sources,
)

MAX_ID = 2**31 - 1
"""Record ids are 32-bit integers on every backend: a larger one names nothing."""


@dataclass
class Filters:
    """The filters `accords query` and the API share. Countries are ISO alpha-3 codes."""

    country: str | None = None
    with_country: str | None = None
    sector: str | None = None
    instrument: str | None = None
    status: str | None = None
    event: str | None = None
    quad: int | None = None  # events: CAMEO/GDELT QuadClass 1-4 (accords.export.codes)
    kind: str | None = None
    since: str | None = None
    until: str | None = None
    text: str | None = None
    actor: str | None = None  # a store actor id ("a12"): party, signatory, actor or recipient
    occasion: str | None = None  # an event id ("e3"): agreements signed on that occasion
    limit: int | None = 100
    offset: int = 0


@dataclass
class Counts:
    """How many rows the store holds, for the home page and GET /api/stats."""

    documents: int = 0
    sources: int = 0
    actors: int = 0
    events: int = 0
    agreements: int = 0
    near_duplicates: int = 0
    by_table: dict[str, int] = field(default_factory=dict)


class Reader(Database):
    """The reading half of `Store`: what `accords query`, the exports and the API read."""

    def counts(self) -> Counts:
        with self.engine.connect() as conn:
            def n(table: Any, *where: Any) -> int:
                return conn.execute(select(func.count()).select_from(table).where(
                    *where)).scalar_one()
            return Counts(
                documents=n(documents), sources=n(sources), actors=n(actors),
                events=n(events), agreements=n(agreements),
                near_duplicates=n(documents, documents.c.near_duplicate_of.is_not(None)),
                by_table={t.name: n(t) for t in metadata.sorted_tables},
            )

    def agreements(self, filters: Filters | None = None) -> list[StoredAgreement]:
        f = filters or Filters()
        with self.engine.connect() as conn:
            pks = [r[0] for r in conn.execute(_paged(self._agreement_query(f), agreements, f))]
            return self._load_agreements(conn, pks)

    def _agreement_query(self, f: Filters) -> Any:
        query = self._shared_filters(agreements, agreement_countries, "agreement", f)
        if f.sector:
            query = query.where(agreements.c.id.in_(select(agreement_sectors.c.agreement_id)
                                                    .where(agreement_sectors.c.sector ==
                                                           f.sector.lower())))
        if f.instrument:
            query = query.where(agreements.c.instrument == f.instrument.lower())
        if f.status and (f.since or f.until):
            # "ratified since January": reached that status in the period, whatever it is now
            reached = select(agreement_history.c.agreement_id).where(
                agreement_history.c.status == f.status.lower(),
                agreement_history.c.modality == "asserted")
            if f.since:
                reached = reached.where(agreement_history.c.anchor >= f.since)
            if f.until:
                reached = reached.where(agreement_history.c.anchor <= f.until)
            query = query.where(agreements.c.id.in_(reached))
        elif f.status:
            query = query.where(agreements.c.status == f.status.lower())
        if f.actor:
            query = query.where(agreements.c.id.in_(select(agreement_actors.c.agreement_id)
                                                    .where(agreement_actors.c.actor_id ==
                                                           record_pk(f.actor, "a"))))
        if f.occasion:
            query = query.where(agreements.c.occasion_id == record_pk(f.occasion, "e"))
        return query

    def _shared_filters(self, table: Any, countries: Any, kind: str, f: Filters) -> Any:
        """The filters agreements and events share: countries taking part, the period (on
        `anchor`; for agreements filtered by status, on the date that status was reached),
        full text."""
        ref = countries.c[f"{kind}_id"]
        query = select(table.c.id)
        for code in (f.country, f.with_country):
            if code:
                query = query.where(table.c.id.in_(select(ref).where(
                    countries.c.country == code.upper())))
        by_step = kind == "agreement" and bool(f.status)
        if f.since and not by_step:
            query = query.where(table.c.anchor >= f.since)
        if f.until and not by_step:
            query = query.where(table.c.anchor <= f.until)
        if f.text:
            query = query.where(table.c.id.in_(self._search_ids(kind, f.text)))
        return query

    def agreement(self, pk: int) -> StoredAgreement | None:
        if not 0 < pk <= MAX_ID:
            return None
        with self.engine.connect() as conn:
            found = self._load_agreements(conn, [pk])
        return found[0] if found else None

    def events(self, filters: Filters | None = None) -> list[StoredEvent]:
        f = filters or Filters()
        with self.engine.connect() as conn:
            pks = [r[0] for r in conn.execute(_paged(self._event_query(f), events, f))]
            return self._load_events(conn, pks)

    def _event_query(self, f: Filters) -> Any:
        query = self._shared_filters(events, event_countries, "event", f)
        if f.event:
            query = query.where(or_(events.c.event == f.event.upper(),
                                    events.c.cameo == f.event))
        if f.quad:
            from accords.export.codes import QUAD_EVENTS, QUAD_ROOTS

            query = query.where(or_(
                func.substr(events.c.cameo, 1, 2).in_(QUAD_ROOTS.get(f.quad, ())),
                and_(events.c.cameo.is_(None), events.c.event.in_(QUAD_EVENTS.get(f.quad, ())))))
        if f.actor:
            query = query.where(events.c.id.in_(select(event_actors.c.event_id).where(
                event_actors.c.actor_id == record_pk(f.actor, "a"))))
        return query

    def event(self, pk: int) -> StoredEvent | None:
        if not 0 < pk <= MAX_ID:
            return None
        with self.engine.connect() as conn:
            found = self._load_events(conn, [pk])
        return found[0] if found else None

    def matching(self, kind: str, pks: Iterable[int], filters: Filters) -> list[int]:
        """Which of these agreements or events (`kind`) match `filters`, in the order given:
        what `accords watch` alerts on, by the very rules `accords query` lists by."""
        wanted = list(dict.fromkeys(pks))
        if not wanted:
            return []
        table = agreements if kind == "agreement" else events
        query = (self._agreement_query(filters) if kind == "agreement" else
                 self._event_query(filters)).where(table.c.id.in_(wanted))
        with self.engine.connect() as conn:
            found = {r[0] for r in conn.execute(query)}
        return [pk for pk in wanted if pk in found]

    def actors(self, filters: Filters | None = None, *,
               sort: str = "documents") -> list[StoredActor]:
        """Actors matching `filters`, the most mentioned first, or by name (`sort="name"`)."""
        f = filters or Filters()
        query = select(actors)
        if f.country:
            query = query.where(actors.c.country == f.country.upper())
        if f.kind:
            query = query.where(actors.c.kind == f.kind.lower())
        if f.text:
            like = f"%{_escape_like(f.text.lower())}%"
            query = query.where(func.lower(actors.c.name).like(like, escape="\\"))
        order = ((func.lower(actors.c.name), actors.c.id) if sort == "name" else
                 (actors.c.n_documents.desc(), actors.c.id))
        query = query.order_by(*order).offset(f.offset)
        if f.limit is not None:
            query = query.limit(f.limit)
        with self.engine.connect() as conn:
            return [_actor_model(r) for r in conn.execute(query)]

    def actors_by_id(self, ids: Iterable[str]) -> dict[str, StoredActor]:
        pks = {record_pk(i, "a") for i in ids} - {None}
        if not pks:
            return {}
        with self.engine.connect() as conn:
            rows = conn.execute(select(actors).where(actors.c.id.in_(pks))).all()
        return {f"a{r.id}": _actor_model(r) for r in rows}

    def documents(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        """Documents with their sources, newest first; `text` searches their full text."""
        f = filters or Filters()
        query = select(documents.c.id, documents.c.title, documents.c.published,
                       documents.c.language, documents.c.near_duplicate_of)
        if f.since:
            query = query.where(documents.c.published >= f.since)
        if f.until:
            query = query.where(documents.c.published <= f.until)
        if f.text:
            query = query.where(documents.c.id.in_(self._search_ids("document", f.text)))
        query = query.order_by(documents.c.published.desc().nulls_last(),
                               documents.c.id.desc()).offset(f.offset)
        if f.limit is not None:
            query = query.limit(f.limit)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
            srcs = self._sources_of(conn, [r.id for r in rows])
        return [{"id": r.id, "title": r.title, "published": r.published,
                 "language": r.language, "near_duplicate_of": r.near_duplicate_of,
                 "sources": srcs.get(r.id, [])} for r in rows]

    def document(self, doc_id: str) -> tuple[str, Record] | None:
        """The text and the per-document record of a document, by any of its ids."""
        with self.engine.connect() as conn:
            row = conn.execute(select(documents.c.text, documents.c.record).join(
                sources, sources.c.document_id == documents.c.id).where(
                sources.c.doc_id == doc_id)).first()
        if row is None:
            return None
        return row.text, Record.model_validate(row.record)

    def document_sources(self, doc_id: str) -> list[dict[str, Any]]:
        """Every way the text with this id reached the store (ids, titles, outlets, URLs)."""
        with self.engine.connect() as conn:
            pk = conn.execute(select(sources.c.document_id).where(
                sources.c.doc_id == doc_id)).scalar()
            return self._sources_of(conn, [pk]).get(pk, []) if pk is not None else []

    def document_records(self, doc_id: str) -> dict[str, str]:
        """The store-wide id of each record of a document: {"g1": "g57", "e2": "e31",
        "a4": "a9", ...}, to link a document's own records to their merged pages."""
        with self.engine.connect() as conn:
            pk = conn.execute(select(sources.c.document_id).where(
                sources.c.doc_id == doc_id)).scalar()
            if pk is None:
                return {}
            out: dict[str, str] = {}
            for table, col, prefix in ((agreement_reports, "agreement_id", "g"),
                                       (event_reports, "event_id", "e"),
                                       (actor_mentions, "actor_id", "a")):
                for local, ref in conn.execute(select(table.c.local_id, table.c[col]).where(
                        table.c.document_id == pk)):
                    out[local] = f"{prefix}{ref}"
            return out

    def records(self) -> Iterator[Record]:
        """Every document's own record, in ingestion order (the contract's JSONL)."""
        with self.engine.connect() as conn:
            for row in conn.execute(select(documents.c.record).order_by(documents.c.id)):
                yield Record.model_validate(row.record)

    def search(self, query: str, kinds: Iterable[str] = ("document", "agreement", "event"),
               limit: int = 50) -> dict[str, list[int]]:
        """Full-text search over articles and records: ids per kind, best first."""
        return {kind: self._search_ids(kind, query, limit) for kind in kinds}

    def _search_ids(self, kind: str, query: str, limit: int | None = None) -> list[int]:
        words = re.findall(r"[^\W_]+", query, re.U)
        if not words:
            return []
        with self.engine.connect() as conn:
            if self.dialect == "sqlite":
                match = " ".join(f'"{w}"' for w in words)
                sql = ("SELECT DISTINCT e.ref_id FROM search_fts f JOIN search_entries e "
                       "ON e.id = f.rowid WHERE search_fts MATCH :q AND e.kind = :k "
                       "ORDER BY f.rank")
                params: dict[str, Any] = {"q": match, "k": kind}
            elif self.dialect == "postgresql":
                sql = ("SELECT ref_id FROM (SELECT ref_id, max(ts_rank(to_tsvector('english', "
                       "body), q)) AS rank FROM search_entries, plainto_tsquery('english', :q) "
                       "q WHERE kind = :k AND to_tsvector('english', body) @@ q GROUP BY "
                       "ref_id) s ORDER BY rank DESC")
                params = {"q": " ".join(words), "k": kind}
            else:  # other databases: every word somewhere in the entry
                clauses = " AND ".join(f"lower(body) LIKE :w{n}" for n in range(len(words)))
                sql = f"SELECT DISTINCT ref_id FROM search_entries WHERE kind = :k AND {clauses}"
                params = {"k": kind, **{f"w{n}": f"%{w.lower()}%" for n, w in enumerate(words)}}
            if limit:
                sql += f" LIMIT {int(limit)}"
            seen: dict[int, None] = {}
            for row in conn.execute(text(sql), params):
                seen.setdefault(row[0], None)
            return list(seen)

    def count(self, what: str, filters: Filters | None = None) -> int:
        """How many agreements, events, actors or documents match (for pagination)."""
        f = replace(filters or Filters(), limit=None, offset=0)
        if what in ("agreements", "events"):
            ids = (self._agreement_query(f) if what == "agreements" else
                   self._event_query(f)).subquery()
            with self.engine.connect() as conn:
                return int(conn.execute(select(func.count()).select_from(ids)).scalar_one())
        if what == "documents" and not f.text:
            query = select(func.count()).select_from(documents)
            if f.since:
                query = query.where(documents.c.published >= f.since)
            if f.until:
                query = query.where(documents.c.published <= f.until)
            with self.engine.connect() as conn:
                return int(conn.execute(query).scalar_one())
        return len(getattr(self, what)(f))

    # -- loading merged records
    def _sources_of(self, conn: Connection, doc_pks: list[int]) -> dict[int, list[dict]]:
        out: dict[int, list[dict]] = defaultdict(list)
        if not doc_pks:
            return out
        for r in conn.execute(select(sources).where(sources.c.document_id.in_(doc_pks))
                              .order_by(sources.c.id)):
            out[r.document_id].append({"id": r.doc_id, "title": r.title,
                                       "published": r.published, "source": r.source,
                                       "url": r.url})
        return out

    def _refs(self, conn: Connection, reports: Any, col: str,
              pks: list[int]) -> dict[int, list[SourceRef]]:
        rows = conn.execute(select(reports.c[col], reports.c.document_id, reports.c.local_id,
                                   reports.c.record).where(reports.c[col].in_(pks))
                            .order_by(reports.c.id)).all()
        srcs = self._sources_of(conn, sorted({r.document_id for r in rows}))
        out: dict[int, list[SourceRef]] = defaultdict(list)
        for r in rows:
            evidence = [Span.model_validate(s) for s in r.record.get("evidence", [])]
            for s in srcs.get(r.document_id, []):
                out[r[0]].append(SourceRef(document=s["id"], record=r.local_id,
                                           title=s["title"], published=s["published"],
                                           source=s["source"], url=s["url"],
                                           evidence=evidence))
        return out

    def _links(self, conn: Connection, table: Any, col: str, pks: list[int],
               role_col: str) -> dict[int, dict[str, list[str]]]:
        out: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
        for r in conn.execute(select(table).where(table.c[col].in_(pks))
                              .order_by(table.c.actor_id)):
            out[r[0]][r._mapping[role_col]].append(f"a{r.actor_id}")
        return out

    def _load_agreements(self, conn: Connection, pks: list[int]) -> list[StoredAgreement]:
        if not pks:
            return []
        rows = {r.id: r for r in conn.execute(select(agreements).where(
            agreements.c.id.in_(pks)))}
        refs = self._refs(conn, agreement_reports, "agreement_id", pks)
        links = self._links(conn, agreement_actors, "agreement_id", pks, "role")
        history = self._history(conn, pks)
        sectors_of: dict[int, list[str]] = defaultdict(list)
        for r in conn.execute(select(agreement_sectors).where(
                agreement_sectors.c.agreement_id.in_(pks))):
            sectors_of[r.agreement_id].append(r.sector)
        out = []
        for pk in pks:
            r = rows.get(pk)
            if r is None:
                continue
            ordered = list(r.sectors or [])
            ordered += sorted(set(sectors_of[pk]) - set(ordered))
            srcs = refs.get(pk, [])
            out.append(StoredAgreement(
                id=f"g{pk}", instrument=r.instrument, subject=r.subject, sectors=ordered,
                parties=links[pk].get("party", []), signatories=links[pk].get("signatory", []),
                countries=list(r.countries), status=r.status, modality=r.modality,
                date=DateRange(start=r.date_start, end=r.date_end) if r.date_start else None,
                place=Place.model_validate(r.place) if r.place else None,
                occasion=f"e{r.occasion_id}" if r.occasion_id else None,
                evidence=srcs[0].evidence if srcs else [], confidence=r.confidence,
                history=history.get(pk, []), sources=srcs))
        return out

    def _history(self, conn: Connection, pks: list[int]) -> dict[int, list[StatusStep]]:
        """Each agreement's lifecycle, oldest first: one step per status, modality and day,
        however many documents report it (the first is `document`, all are `documents`).
        An undated step is placed at its report's publication."""
        first_source = select(sources.c.doc_id).where(
            sources.c.document_id == agreement_history.c.document_id).order_by(
            sources.c.id).limit(1).scalar_subquery()
        rows = conn.execute(
            select(agreement_history, documents.c.published, first_source.label("doc_id"),
                   agreement_reports.c.local_id)
            .join(documents, documents.c.id == agreement_history.c.document_id)
            .join(agreement_reports, agreement_reports.c.id == agreement_history.c.report_id)
            .where(agreement_history.c.agreement_id.in_(pks))
            .order_by(agreement_history.c.id)).all()
        steps: dict[int, dict[tuple, StatusStep]] = defaultdict(dict)
        for r in rows:
            key = (r.status, r.modality, r.date)
            step = steps[r.agreement_id].get(key)
            if step is None:
                steps[r.agreement_id][key] = StatusStep(
                    status=r.status, date=r.date, document=r.doc_id, record=r.local_id,
                    modality=r.modality,
                    evidence=[Span.model_validate(e) for e in r.evidence or []],
                    published=r.published, documents=[r.doc_id])
            else:
                if r.published and (step.published is None or r.published < step.published):
                    step.published = r.published  # the first to report it
                if r.doc_id not in step.documents:
                    step.documents.append(r.doc_id)
        return {pk: sorted(found.values(), key=_step_order) for pk, found in steps.items()}

    def _load_events(self, conn: Connection, pks: list[int]) -> list[StoredEvent]:
        if not pks:
            return []
        rows = {r.id: r for r in conn.execute(select(events).where(events.c.id.in_(pks)))}
        refs = self._refs(conn, event_reports, "event_id", pks)
        links = self._links(conn, event_actors, "event_id", pks, "side")
        covered: dict[int, list[str]] = defaultdict(list)
        for r in conn.execute(select(event_agreements).where(
                event_agreements.c.event_id.in_(pks)).order_by(event_agreements.c.agreement_id)):
            covered[r.event_id].append(f"g{r.agreement_id}")
        out = []
        for pk in pks:
            r = rows.get(pk)
            if r is None:
                continue
            srcs = refs.get(pk, [])
            out.append(StoredEvent(
                id=f"e{pk}", event=r.event, mode=r.mode, cameo=r.cameo,
                context=list(r.context or []), actor=links[pk].get("actor", []),
                recipient=links[pk].get("recipient", []),
                date=DateRange(start=r.date_start, end=r.date_end) if r.date_start else None,
                place=Place.model_validate(r.place) if r.place else None,
                modality=r.modality, agreements=covered[pk],
                evidence=srcs[0].evidence if srcs else [], confidence=r.confidence,
                sources=srcs))
        return out


def record_pk(record_id: str, prefix: str | None = None) -> int | None:
    """The row number in a store-wide id: `g12` (or `12`) -> 12. None for anything else: a
    malformed id, another kind's prefix than `prefix`, or a number past MAX_ID, which names
    nothing on any backend (PostgreSQL would raise on it)."""
    m = re.fullmatch(r"([a-z]?)(\d{1,10})", record_id)
    if m is None or (prefix is not None and m.group(1) not in ("", prefix)):
        return None
    number = int(m.group(2))
    return number if 0 < number <= MAX_ID else None


def _step_order(step: StatusStep) -> tuple[str, int, int]:
    """Oldest first; on one day (or undated), in the order of the lifecycle, announcements
    before the act."""
    return (step.date or step.published or "9999", STAGE.get(step.status, 0),
            0 if step.modality == "future" else 1)


def _actor_model(r: Any) -> StoredActor:
    return StoredActor(id=f"a{r.id}", kind=r.kind, name=r.name, country=r.country,
                       sector=r.sector, roles=[Role.model_validate(x) for x in r.roles or []],
                       aliases=list(r.aliases or []), documents=r.n_documents)


def _paged(query: Any, table: Any, f: Filters) -> Any:
    """Newest first (by `anchor`, undated last), in insertion order within a day; a page."""
    query = query.order_by(table.c.anchor.desc().nulls_last(), table.c.id).offset(f.offset)
    return query.limit(f.limit) if f.limit is not None else query


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
