"""The corpus store: documents in, merged actors, events and agreements out.

`Store(url)` opens (and migrates) a SQLite file or a PostgreSQL database. `add()` writes one
document and its record in a single transaction, so a killed run loses at most the document it
was writing and a rerun completes the work without duplicates. Reading returns the shared
record model (`StoredAgreement`, `StoredEvent`, `StoredActor`), which the CLI, the exports and
the web layer all use.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import (
    Connection,
    Engine,
    and_,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import SQLAlchemyError

from accords.errors import StoreError, missing_module_message
from accords.ingest.documents import SourceDocument
from accords.model import (
    Actor,
    Agreement,
    DateRange,
    Place,
    Record,
    Role,
    SourceRef,
    Span,
    StoredActor,
    StoredAgreement,
    StoredEvent,
)
from accords.store import merge
from accords.store.schema import (
    actor_mentions,
    actors,
    agreement_actors,
    agreement_countries,
    agreement_reports,
    agreement_sectors,
    agreements,
    documents,
    event_actors,
    event_agreements,
    event_countries,
    event_reports,
    events,
    include_name,
    metadata,
    search_entries,
    sources,
)

DEFAULT_URL = "accords.db"
WRITE_LOCK = 0x4143_4344  # "ACCD": the PostgreSQL advisory lock writers take turns on
MAX_ID = 2**31 - 1
"""Record ids are 32-bit integers on every backend: a larger one names nothing."""


def database_url(url: str | None) -> str:
    """A SQLAlchemy URL from what a user types: a file path, `sqlite:///...` or
    `postgresql://...` (psycopg 3 is the driver)."""
    url = url or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" in url:
        return url
    return f"sqlite:///{Path(url).expanduser()}"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (as `database_url` gives it), None for other databases and
    in-memory ones."""
    if not url.startswith("sqlite:///"):
        return None
    path = url.removeprefix("sqlite:///").split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


@dataclass
class AddResult:
    """What `Store.add` did with one document."""

    status: Literal["new", "known", "duplicate"]  # duplicate: known text under a new id/URL
    document_id: int
    added: int = 0  # new merged records (agreements + events)
    merged: int = 0  # reports folded into records that other documents created
    near_duplicate_of: str | None = None


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
    documents: int = 0
    sources: int = 0
    actors: int = 0
    events: int = 0
    agreements: int = 0
    near_duplicates: int = 0
    by_table: dict[str, int] = field(default_factory=dict)


class Store:
    """An Accords database. Use as a context manager or call `close()`."""

    def __init__(self, url: str | None = None, *, migrate: bool = True,
                 create: bool = True) -> None:
        """`create=False` refuses a SQLite file that does not exist: a command that only reads
        must not answer "none" from an empty database made out of a typo in `--db`."""
        self.url = database_url(url)
        missing = sqlite_file(self.url)
        if not create and missing is not None and not missing.exists():
            raise StoreError(f"no such database file: {missing} (accords ingest creates one; "
                             "check --db or ACCORDS_DB)")
        try:
            self.engine: Engine = create_engine(self.url, future=True)
        except ImportError as exc:  # psycopg for postgresql://
            raise StoreError(missing_module_message(exc, f"the database {self.url!r}"),
                             source=None) from exc
        except (SQLAlchemyError, ValueError) as exc:
            raise StoreError(f"cannot open database {url or DEFAULT_URL!r}: {exc}") from exc
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if migrate:
            self.migrate()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # ---- schema ------------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision (creating it in an empty database)."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(files("accords.store") / "migrations"))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        try:
            # under the write lock: two runs starting together on a new database would both
            # see it empty and the second would fail creating tables the first just made
            with self._writing() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
                differences = schema_differences(conn)
        except (SQLAlchemyError, OSError) as exc:
            raise StoreError(f"cannot open or migrate database {self.url!r}: "
                             f"{_short(exc)}") from exc
        if differences:
            # refuse at once rather than fail on every document after paying its extraction
            raise StoreError(f"database {self.engine.url.render_as_string()!r} does not have "
                             f"this version's tables ({len(differences)} differences, first: "
                             f"{differences[0]}); use a new database")

    # ---- writing -----------------------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A transaction that holds the database's write lock from its first statement.

        Writers (two `accords ingest` runs, the API's ingest) then take turns whole: what one
        reads before writing (is this text stored? which actor is this?) is still true when it
        writes, so a text another writer stored meanwhile is found as known instead of failing
        on the unique hash, and merges see every committed record. SQLite takes its lock with
        BEGIN IMMEDIATE (waiting up to busy_timeout), PostgreSQL with a transaction-scoped
        advisory lock.
        """
        with self.engine.begin() as conn:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            elif self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            yield conn

    def lookup(self, text: str, doc_id: str) -> Literal["known", "stored", "new"]:
        """Whether this text is stored under this id ("known": nothing to do), under another
        id only ("stored": its record is reused, no extraction), or not at all ("new")."""
        try:
            with self.engine.connect() as conn:
                return self._lookup(conn, merge.content_hash(text), doc_id)[0]
        except SQLAlchemyError as exc:  # e.g. an id PostgreSQL cannot store (NUL)
            raise StoreError(f"{doc_id!r}: cannot look up: {_short(exc)}") from exc

    def _lookup(self, conn: Connection, content_hash: str, doc_id: str
                ) -> tuple[Literal["known", "stored", "new"], int | None]:
        pk = conn.execute(select(documents.c.id).where(
            documents.c.content_hash == content_hash)).scalar()
        if pk is None:
            return "new", None
        known = conn.execute(select(sources.c.id).where(
            sources.c.document_id == pk, sources.c.doc_id == doc_id)).first()
        return ("known" if known else "stored"), pk

    def add(self, doc: SourceDocument, record: Record | None) -> AddResult:
        """Store one document and merge its record, all in one transaction.

        `record` may be None when the text is already stored (see `lookup`): the document
        then only gains a source. Raises StoreError and leaves the database unchanged if any
        part fails.
        """
        try:
            with self._writing() as conn:
                return self._add(conn, doc, record)
        except SQLAlchemyError as exc:
            raise StoreError(f"{doc.document.id}: cannot store: {_short(exc)}") from exc

    def _add(self, conn: Connection, doc: SourceDocument, record: Record | None) -> AddResult:
        h = merge.content_hash(doc.text)
        meta = doc.document
        status, doc_pk = self._lookup(conn, h, meta.id)
        if status == "known":
            return AddResult("known", doc_pk)
        if status == "stored":
            self._add_source(conn, doc_pk, doc)
            merged = self._recount_sources(conn, doc_pk)
            return AddResult("duplicate", doc_pk, merged=merged)
        if record is None:
            raise StoreError(f"{meta.id}: a new text needs its extracted record")
        sh = merge.simhash(doc.text)
        bands = merge.simhash_bands(sh)
        near = self._near_duplicate(conn, sh, bands)
        doc_pk = conn.execute(insert(documents).values(
            content_hash=h, text=doc.text, language=meta.language, title=meta.title,
            published=meta.published, dateline=meta.dateline, simhash=sh,
            **{f"band{k}": band for k, band in enumerate(bands)},
            near_duplicate_of=near[0] if near else None, record=record.to_dict(),
            coder=f"{record.coder.name}.v{record.coder.version}",
            ingested_at=datetime.now(UTC),
        )).inserted_primary_key[0]
        self._add_source(conn, doc_pk, doc)
        conn.execute(insert(search_entries).values(
            kind="document", ref_id=doc_pk, body=f"{meta.title or ''}\n{doc.text}"))
        ids, countries_of = self._add_actors(conn, doc_pk, record)
        result = AddResult("new", doc_pk, near_duplicate_of=near[1] if near else None)
        # agreements first: whether two signing events are one follows from whether the
        # agreements they cover were found to be one
        agreement_ids = self._add_agreements(conn, doc_pk, record, ids, countries_of, result)
        event_ids = self._add_events(conn, doc_pk, record, ids, countries_of, agreement_ids,
                                     result)
        for ag in record.agreements:
            occasion = event_ids.get(ag.occasion) if ag.occasion else None
            if occasion is not None:
                conn.execute(update(agreements).where(
                    agreements.c.id == agreement_ids[ag.id],
                    agreements.c.occasion_id.is_(None)).values(occasion_id=occasion))
        self._recount_sources(conn, doc_pk)
        return result

    def _add_source(self, conn: Connection, doc_pk: int, doc: SourceDocument) -> None:
        meta = doc.document
        conn.execute(insert(sources).values(
            document_id=doc_pk, doc_id=meta.id, title=meta.title, published=meta.published,
            source=meta.source, url=meta.url))

    def _near_duplicate(self, conn: Connection, sh: int,
                        bands: tuple[int, ...]) -> tuple[int, str] | None:
        rows = conn.execute(select(documents.c.id, documents.c.simhash).where(or_(
            *(documents.c[f"band{k}"] == band for k, band in enumerate(bands))))).all()
        best = min(rows, key=lambda r: (merge.hamming(sh, r.simhash), r.id), default=None)
        if best is None or merge.hamming(sh, best.simhash) > merge.NEAR_DUPLICATE_BITS:
            return None
        first = conn.execute(select(sources.c.doc_id).where(sources.c.document_id == best.id)
                             .order_by(sources.c.id)).scalar()
        return best.id, first

    def _recount_sources(self, conn: Connection, doc_pk: int) -> int:
        """Refresh `n_sources` of every record this document reports; returns how many."""
        n = 0
        for table, reports, col in ((agreements, agreement_reports, "agreement_id"),
                                    (events, event_reports, "event_id")):
            ids = [r[0] for r in conn.execute(select(reports.c[col]).where(
                reports.c.document_id == doc_pk))]
            for rid in ids:
                count = conn.execute(select(func.count(sources.c.id)).where(
                    sources.c.document_id.in_(select(reports.c.document_id).where(
                        reports.c[col] == rid)))).scalar_one()
                conn.execute(update(table).where(table.c.id == rid).values(n_sources=count))
            n += len(ids)
        return n

    # -- actors
    def _add_actors(self, conn: Connection, doc_pk: int,
                    record: Record) -> tuple[dict[str, int], dict[str, str | None]]:
        ids: dict[str, int] = {}
        countries_of: dict[str, str | None] = {}
        for actor in record.actors:
            actor_pk = self._actor_pk(conn, actor)
            ids[actor.id] = actor_pk
            countries_of[actor.id] = actor.country
            conn.execute(insert(actor_mentions).values(
                actor_id=actor_pk, document_id=doc_pk, local_id=actor.id, name=actor.name,
                mentions=[m.model_dump() for m in actor.mentions]))
            conn.execute(update(actors).where(actors.c.id == actor_pk)
                         .values(n_documents=actors.c.n_documents + 1))
        return ids, countries_of

    def _actor_pk(self, conn: Connection, actor: Actor) -> int:
        key = merge.actor_key(actor)
        row = conn.execute(select(actors).where(actors.c.key == key)).first()
        if row is None and actor.kind == "person":
            row = self._person_variant(conn, actor)
        if row is not None:
            self._enrich_actor(conn, row, actor)
            return row.id
        return conn.execute(insert(actors).values(
            key=key, kind=actor.kind, name=actor.name, country=actor.country,
            sector=actor.sector, block=merge.actor_block(actor),
            roles=[r.model_dump() for r in actor.roles],
            aliases=sorted(set(actor.aliases) - {actor.name}), n_documents=0,
        )).inserted_primary_key[0]

    def _person_variant(self, conn: Connection, actor: Actor) -> Any:
        block = merge.actor_block(actor)
        query = select(actors).where(actors.c.kind == "person", actors.c.block == block)
        if actor.country is not None:
            query = query.where(actors.c.country == actor.country)
        rows = conn.execute(query.order_by(actors.c.id)).all()
        if actor.country is None:
            # a person named without a country is a known person of exactly one country
            exact = [r for r in rows if merge.normalise_name(r.name) ==
                     merge.normalise_name(actor.name)]
            return exact[0] if len(exact) == 1 else None
        for r in rows:
            names = [r.name, *(r.aliases or [])]
            if any(merge.same_person(actor.name, n) for n in names):
                return r
        # the same full name stored without a country (an article that did not say) is this
        # person: the country learnt now is kept
        orphan = conn.execute(select(actors).where(
            actors.c.key == merge.actor_key(actor.model_copy(update={"country": None})))).first()
        if orphan is not None:
            conn.execute(update(actors).where(actors.c.id == orphan.id).values(
                country=actor.country, key=merge.actor_key(actor)))
            return conn.execute(select(actors).where(actors.c.id == orphan.id)).first()
        return None

    def _enrich_actor(self, conn: Connection, row: Any, actor: Actor) -> None:
        roles = list(row.roles or [])
        for role in actor.roles:
            if role.model_dump() not in roles:
                roles.append(role.model_dump())
        aliases = set(row.aliases or []) | set(actor.aliases)
        if merge.normalise_name(actor.name) != merge.normalise_name(row.name):
            aliases.add(actor.name)
        aliases.discard(row.name)
        values: dict[str, Any] = {}
        if roles != list(row.roles or []):
            values["roles"] = roles
        if sorted(aliases) != sorted(row.aliases or []):
            values["aliases"] = sorted(aliases)
        if row.sector is None and actor.sector:
            values["sector"] = actor.sector
        if values:
            conn.execute(update(actors).where(actors.c.id == row.id).values(**values))

    # -- events
    def _add_events(self, conn: Connection, doc_pk: int, record: Record, ids: dict[str, int],
                    countries_of: dict[str, str | None], agreement_ids: dict[str, int],
                    result: AddResult) -> dict[str, int]:
        keys = self._keys(conn, ids)
        published = record.document.published
        taken: set[int] = set()
        event_ids: dict[str, int] = {}
        for ev in record.events:
            sig = merge.event_signature(ev, keys, countries_of, published)
            sig.covers = frozenset(agreement_ids[g] for g in ev.agreements if g in agreement_ids)
            actor_key = "|".join(sorted(sig.direction[0])) if sig.direction else ""
            recipient_key = "|".join(sorted(sig.direction[1])) if sig.direction else ""
            rows = conn.execute(select(events).where(
                events.c.event == ev.event, events.c.cameo == ev.cameo,
                events.c.actor_key == actor_key, events.c.recipient_key == recipient_key,
                events.c.modality == ev.modality)).all()
            best, best_score = None, 0.0
            for r in rows:
                if r.id in taken:
                    continue
                old = merge.Signature(
                    countries=sig.countries, kind=sig.kind, modality=r.modality,
                    start=merge._day(r.date_start), end=merge._day(r.date_end),
                    anchor=merge._day(r.anchor), direction=sig.direction,
                    parties=frozenset(conn.execute(
                        select(actors.c.key).join(event_actors,
                                                  event_actors.c.actor_id == actors.c.id)
                        .where(event_actors.c.event_id == r.id,
                               actors.c.kind != "country")).scalars()),
                    covers=frozenset(conn.execute(select(event_agreements.c.agreement_id).where(
                        event_agreements.c.event_id == r.id)).scalars()))
                score = merge.event_score(sig, old)
                if score is not None and score > best_score:
                    best, best_score = r, score
            if best is None:
                pk = conn.execute(insert(events).values(
                    event=ev.event, mode=ev.mode, cameo=ev.cameo, context=list(ev.context),
                    actor_key=actor_key, recipient_key=recipient_key, modality=ev.modality,
                    date_start=_iso(sig.start), date_end=_iso(sig.end), anchor=_iso(sig.anchor),
                    place=ev.place.model_dump() if ev.place else None,
                    confidence=ev.confidence, n_sources=0,
                )).inserted_primary_key[0]
                for c in sorted(sig.countries):
                    if len(c) == 3 and c.isupper():
                        conn.execute(insert(event_countries).values(event_id=pk, country=c))
                result.added += 1
            else:
                pk = best.id
                values: dict[str, Any] = {
                    "confidence": merge.combined_confidence(best.confidence, ev.confidence)}
                if best.date_start is None and sig.start:
                    values.update(date_start=_iso(sig.start), date_end=_iso(sig.end),
                                  anchor=_iso(sig.start))
                if best.place is None and ev.place:
                    values["place"] = ev.place.model_dump()
                conn.execute(update(events).where(events.c.id == pk).values(**values))
                result.merged += 1
            taken.add(pk)
            event_ids[ev.id] = pk
            linked = set(conn.execute(select(event_agreements.c.agreement_id).where(
                event_agreements.c.event_id == pk)).scalars())
            for agreement_pk in sorted(sig.covers - linked):
                conn.execute(insert(event_agreements).values(event_id=pk,
                                                             agreement_id=agreement_pk))
            self._link_actors(conn, event_actors, "event_id", pk,
                              [(ids[a], "actor") for a in ev.actor if a in ids] +
                              [(ids[a], "recipient") for a in ev.recipient if a in ids])
            conn.execute(insert(event_reports).values(
                event_id=pk, document_id=doc_pk, local_id=ev.id, record=ev.model_dump(
                    mode="json")))
            conn.execute(insert(search_entries).values(
                kind="event", ref_id=pk, body=" ".join(s.text for s in ev.evidence)))
        return event_ids

    # -- agreements
    def _add_agreements(self, conn: Connection, doc_pk: int, record: Record,
                        ids: dict[str, int], countries_of: dict[str, str | None],
                        result: AddResult) -> dict[str, int]:
        keys = self._keys(conn, ids)
        published = record.document.published
        taken: set[int] = set()
        agreement_ids: dict[str, int] = {}
        for ag in record.agreements:
            sig = merge.agreement_signature(ag, keys, countries_of, published)
            country_key = "|".join(sorted(ag.countries))
            rows = conn.execute(select(agreements).where(
                agreements.c.country_key == country_key)).all()
            best, best_score = None, 0.0
            for r in rows:
                if r.id in taken:
                    continue
                score = merge.agreement_score(sig, self._agreement_signature(conn, r, sig))
                if score is not None and score > best_score:
                    best, best_score = r, score
            if best is None:
                pk = conn.execute(insert(agreements).values(
                    instrument=ag.instrument, subject=ag.subject, sectors=list(ag.sectors),
                    countries=sorted(ag.countries), country_key=country_key, status=ag.status,
                    modality=ag.modality, date_start=_iso(sig.start), date_end=_iso(sig.end),
                    anchor=_iso(sig.anchor), place=ag.place.model_dump() if ag.place else None,
                    occasion_id=None, confidence=ag.confidence, n_sources=0,
                )).inserted_primary_key[0]
                for c in sorted(set(ag.countries)):
                    conn.execute(insert(agreement_countries).values(agreement_id=pk, country=c))
                result.added += 1
            else:
                pk = best.id
                conn.execute(update(agreements).where(agreements.c.id == pk).values(
                    **_merged_agreement(best, ag, sig)))
                result.merged += 1
            taken.add(pk)
            current = set(conn.execute(select(agreement_sectors.c.sector).where(
                agreement_sectors.c.agreement_id == pk)).scalars())
            for s in ag.sectors:
                if s not in current:
                    conn.execute(insert(agreement_sectors).values(agreement_id=pk, sector=s))
                    current.add(s)
            self._link_actors(conn, agreement_actors, "agreement_id", pk,
                              [(ids[a], "party") for a in ag.parties if a in ids] +
                              [(ids[a], "signatory") for a in ag.signatories if a in ids])
            agreement_ids[ag.id] = pk
            conn.execute(insert(agreement_reports).values(
                agreement_id=pk, document_id=doc_pk, local_id=ag.id,
                record=ag.model_dump(mode="json")))
            conn.execute(insert(search_entries).values(
                kind="agreement", ref_id=pk,
                body=f"{ag.instrument} {ag.subject or ''} {' '.join(ag.sectors)}\n"
                     + " ".join(s.text for s in ag.evidence)))
        return agreement_ids

    def _agreement_signature(self, conn: Connection, row: Any,
                             new: merge.Signature) -> merge.Signature:
        sides: dict[str, set[str]] = defaultdict(set)
        parties: set[str] = set()
        for key, country in conn.execute(
                select(actors.c.key, actors.c.country)
                .join(agreement_actors, agreement_actors.c.actor_id == actors.c.id)
                .where(agreement_actors.c.agreement_id == row.id, actors.c.kind != "country")):
            parties.add(key)
            if country:
                sides[country].add(key)
        return merge.Signature(
            countries=frozenset(row.countries),
            kind=merge.INSTRUMENT_CLASS.get(row.instrument, "other"), modality=row.modality,
            start=merge._day(row.date_start), end=merge._day(row.date_end),
            anchor=merge._day(row.anchor), sectors=frozenset(row.sectors or []),
            words=merge.content_words(row.subject),
            sides={c: frozenset(v) for c, v in sides.items()}, parties=frozenset(parties))

    def _keys(self, conn: Connection, ids: dict[str, int]) -> dict[str, str]:
        if not ids:
            return {}
        by_pk = dict(conn.execute(select(actors.c.id, actors.c.key).where(
            actors.c.id.in_(set(ids.values())))).all())
        return {local: by_pk[pk] for local, pk in ids.items()}

    def _link_actors(self, conn: Connection, table: Any, col: str, pk: int,
                     links: list[tuple[int, str]]) -> None:
        role_col = "side" if "side" in table.c else "role"
        existing = {(r.actor_id, r[1]) for r in conn.execute(
            select(table.c.actor_id, table.c[role_col]).where(table.c[col] == pk))}
        for actor_pk, role in dict.fromkeys(links):
            if (actor_pk, role) not in existing:
                conn.execute(insert(table).values({col: pk, "actor_id": actor_pk,
                                                   role_col: role}))
                existing.add((actor_pk, role))

    def ingest(self, paths: Any, *, published: str | None = None, limit: int | None = None,
               **options: Any) -> Any:
        """Read, extract and store everything in `paths` (files, folders, corpora), as
        `accords ingest` does; returns its `IngestSummary`. `options` go to
        `accords.store.ingest.ingest` (extractor, on_item, on_error)."""
        from accords.ingest.sources import iter_sources
        from accords.store.ingest import ingest

        return ingest(self, iter_sources(paths, published=published, limit=limit), **options)

    def export(self, fmt: str, destination: Any, **options: Any) -> list[Path]:
        """Write the whole store in an export format (see `accords.export`), as
        `accords export` does."""
        from accords.export import export

        if fmt == "jsonl":
            return export(fmt, destination, records=self.records(), **options)
        agreements_ = self.agreements(Filters(limit=None))
        events_ = self.events(Filters(limit=None))
        ids = {i for g in agreements_ for i in g.parties + g.signatories}
        ids |= {i for e in events_ for i in e.actor + e.recipient}
        return export(fmt, destination, agreements=agreements_, events=events_,
                      actors=list(self.actors_by_id(ids).values()), **options)

    # ---- reading -----------------------------------------------------------------------------
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
        if f.status:
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
        `anchor`), full text."""
        ref = countries.c[f"{kind}_id"]
        query = select(table.c.id)
        for code in (f.country, f.with_country):
            if code:
                query = query.where(table.c.id.in_(select(ref).where(
                    countries.c.country == code.upper())))
        if f.since:
            query = query.where(table.c.anchor >= f.since)
        if f.until:
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

    def actors(self, filters: Filters | None = None) -> list[StoredActor]:
        f = filters or Filters()
        query = select(actors)
        if f.country:
            query = query.where(actors.c.country == f.country.upper())
        if f.kind:
            query = query.where(actors.c.kind == f.kind.lower())
        if f.text:
            like = f"%{_escape_like(f.text.lower())}%"
            query = query.where(func.lower(actors.c.name).like(like, escape="\\"))
        query = query.order_by(actors.c.n_documents.desc(), actors.c.id).offset(f.offset)
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

    def dyad(self, a: str, b: str, *, latest: int = 10) -> dict[str, Any]:
        """The relationship of two countries at a glance."""
        a, b = a.upper(), b.upper()
        ags = self.agreements(Filters(country=a, with_country=b, limit=None))
        evs = self.events(Filters(country=a, with_country=b, limit=None))
        by_year: dict[str, Counter[str]] = defaultdict(Counter)
        for g in ags:
            year = (g.date.start if g.date and g.date.start else None) or next(
                (s.published for s in g.sources if s.published), None)
            for sector in g.sectors or ["unspecified"]:
                by_year[year[:4] if year else "undated"][sector] += 1
        actor_ids = {i for g in ags for i in g.parties + g.signatories}
        actor_ids |= {i for e in evs for i in e.actor + e.recipient}
        people = self.actors_by_id(actor_ids)
        institutions: dict[str, list[dict[str, Any]]] = {a: [], b: []}
        for actor in sorted(people.values(), key=lambda x: (-x.documents, x.name)):
            if actor.kind != "country" and actor.country in institutions:
                institutions[actor.country].append(
                    {"id": actor.id, "name": actor.name, "kind": actor.kind,
                     "titles": [r.title for r in actor.roles], "documents": actor.documents})
        srcs: dict[str, SourceRef] = {}
        for rec in [*ags, *evs]:
            for s in rec.sources:
                srcs.setdefault(s.document, s)
        return {
            "countries": [a, b],
            "agreements": len(ags),
            "events": len(evs),
            "by_year": {y: dict(c) for y, c in sorted(by_year.items())},
            "by_sector": dict(Counter(s for g in ags for s in g.sectors).most_common()),
            "latest_agreements": ags[:latest],
            "latest_events": evs[:latest],
            "institutions": institutions,
            "sources": sorted(srcs.values(), key=lambda s: (s.published or "", s.document),
                              reverse=True),
            "actors": people,
        }

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

    def network(self, *, sector: str | None = None, since: str | None = None,
                until: str | None = None, country: str | None = None,
                institutions: bool = False) -> dict[str, Any]:
        """Who signs with whom: countries as nodes, agreements between them as weighted edges
        (a multilateral agreement links every pair of its countries). With `institutions`,
        the nodes are the parties themselves (ministries, companies, people), and each edge
        names one of the agreements it counts."""
        if institutions:
            return self._institution_network(sector, since, until, country)
        a, b = agreement_countries.alias("a"), agreement_countries.alias("b")
        query = (select(a.c.country, b.c.country, func.count(func.distinct(a.c.agreement_id)))
                 .join(b, and_(a.c.agreement_id == b.c.agreement_id, a.c.country < b.c.country))
                 .join(agreements, agreements.c.id == a.c.agreement_id))
        if sector:
            query = query.where(a.c.agreement_id.in_(select(agreement_sectors.c.agreement_id)
                                                     .where(agreement_sectors.c.sector ==
                                                            sector.lower())))
        if since:
            query = query.where(agreements.c.anchor >= since)
        if until:
            query = query.where(agreements.c.anchor <= until)
        if country:
            query = query.where(or_(a.c.country == country.upper(),
                                    b.c.country == country.upper()))
        query = query.group_by(a.c.country, b.c.country)
        with self.engine.connect() as conn:
            edges = [{"source": x, "target": y, "agreements": n}
                     for x, y, n in conn.execute(query)]
        degree: Counter[str] = Counter()
        for e in edges:
            degree[e["source"]] += e["agreements"]
            degree[e["target"]] += e["agreements"]
        nodes = [{"id": c, "agreements": n} for c, n in sorted(degree.items())]
        edges.sort(key=lambda e: (-e["agreements"], e["source"], e["target"]))
        return {"nodes": nodes, "edges": edges}

    def timeline_points(self, filters: Filters) -> list[tuple[str, ...]]:
        """(kind, label, date) for every agreement sector and (kind, type, date, CAMEO code) for
        every event that match: what a timeline counts, without loading the records
        ("unspecified" for no sector)."""
        ags = self._agreement_query(filters).subquery()  # the queries ignore paging
        evs = self._event_query(filters).subquery()
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(agreements.c.anchor, agreement_sectors.c.sector)
                .select_from(agreements.outerjoin(
                    agreement_sectors, agreement_sectors.c.agreement_id == agreements.c.id))
                .where(agreements.c.id.in_(select(ags.c.id)))).all()
            points = [("agreement", sector or "unspecified", anchor) for anchor, sector in rows]
            points += [("event", event, anchor, cameo) for event, anchor, cameo in conn.execute(
                select(events.c.event, events.c.anchor, events.c.cameo).where(
                    events.c.id.in_(select(evs.c.id))))]
        return points

    def report_sources(self, filters: Filters, *, limit: int = 50
                       ) -> tuple[list[SourceRef], int]:
        """The documents that report the agreements and events matching `filters`, newest
        first (one entry per document), and how many there are."""
        ags = self._agreement_query(filters).subquery()  # the queries ignore paging
        evs = self._event_query(filters).subquery()
        docs = select(agreement_reports.c.document_id).where(
            agreement_reports.c.agreement_id.in_(select(ags.c.id))).union(
            select(event_reports.c.document_id).where(
                event_reports.c.event_id.in_(select(evs.c.id)))).subquery()
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).select_from(docs)).scalar_one()
            rows = conn.execute(
                select(documents.c.id).where(documents.c.id.in_(select(docs.c[0])))
                .order_by(documents.c.published.desc().nulls_last(), documents.c.id.desc())
                .limit(limit)).scalars().all()
            found = self._sources_of(conn, list(rows))
        refs = []
        for pk in rows:
            first = found.get(pk, [{}])[0]
            refs.append(SourceRef(document=first.get("id", str(pk)), title=first.get("title"),
                                  published=first.get("published"),
                                  source=first.get("source"), url=first.get("url")))
        return refs, int(total)

    def _institution_network(self, sector: str | None, since: str | None,
                             until: str | None, country: str | None) -> dict[str, Any]:
        a, b = agreement_actors.alias("a"), agreement_actors.alias("b")
        wanted = self._agreement_query(Filters(sector=sector, since=since, until=until,
                                               country=country)).subquery()
        parties = select(actors.c.id).where(actors.c.kind != "country")
        query = (select(a.c.actor_id, b.c.actor_id,
                        func.count(func.distinct(a.c.agreement_id)), func.min(a.c.agreement_id))
                 .join(b, and_(a.c.agreement_id == b.c.agreement_id,
                               a.c.actor_id < b.c.actor_id))
                 .where(a.c.agreement_id.in_(select(wanted.c.id)),
                        a.c.actor_id.in_(parties), b.c.actor_id.in_(parties))
                 .group_by(a.c.actor_id, b.c.actor_id))
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        edges = [{"source": f"a{x}", "target": f"a{y}", "agreements": n, "example": f"g{g}"}
                 for x, y, n, g in rows]
        degree: Counter[str] = Counter()
        for e in edges:
            degree[e["source"]] += e["agreements"]
            degree[e["target"]] += e["agreements"]
        found = self.actors_by_id(degree)
        nodes = [{"id": i, "agreements": n, "name": found[i].name, "kind": found[i].kind,
                  "country": found[i].country}
                 for i, n in sorted(degree.items(), key=lambda x: record_pk(x[0]) or 0)
                 if i in found]
        edges.sort(key=lambda e: (-e["agreements"], e["source"], e["target"]))
        return {"nodes": nodes, "edges": edges}

    def country(self, iso: str, *, latest: int = 10) -> dict[str, Any]:
        """One country at a glance: its partners, sectors, latest records, institutions.
        Counts are aggregated in SQL; only the `latest` records are loaded."""
        iso = iso.upper()
        f = Filters(country=iso, limit=latest)
        mine = self._agreement_query(Filters(country=iso)).subquery()
        with self.engine.connect() as conn:
            partners = conn.execute(
                select(agreement_countries.c.country, func.count())
                .where(agreement_countries.c.agreement_id.in_(select(mine.c.id)),
                       agreement_countries.c.country != iso)
                .group_by(agreement_countries.c.country)
                .order_by(func.count().desc(), agreement_countries.c.country)).all()
            sectors = conn.execute(
                select(agreement_sectors.c.sector, func.count())
                .where(agreement_sectors.c.agreement_id.in_(select(mine.c.id)))
                .group_by(agreement_sectors.c.sector)
                .order_by(func.count().desc(), agreement_sectors.c.sector)).all()
        people = self.actors(Filters(country=iso, limit=None))
        return {
            "country": iso,
            "agreements": self.count("agreements", f),
            "events": self.count("events", f),
            "partners": {c: n for c, n in partners},
            "by_sector": {c: n for c, n in sectors},
            "latest_agreements": self.agreements(f),
            "latest_events": self.events(f),
            "institutions": [{"id": p.id, "name": p.name, "kind": p.kind,
                              "titles": list(dict.fromkeys(r.title for r in p.roles)),
                              "documents": p.documents}
                             for p in people if p.kind != "country"],
        }

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
                sources=srcs))
        return out

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

    def size_bytes(self) -> int | None:
        """The database's size on disk, for benchmarks and `accords stats`."""
        if self.dialect == "sqlite":
            path = self.engine.url.database
            if path and path != ":memory:" and Path(path).exists():
                return sum(p.stat().st_size for p in Path(path).parent.glob(
                    Path(path).name + "*"))
            return None
        if self.dialect == "postgresql":
            with self.engine.connect() as conn:
                return int(conn.execute(text("SELECT pg_database_size(current_database())"))
                           .scalar_one())
        return None

    def clear(self) -> None:
        """Delete every row (tests and benchmarks reuse one PostgreSQL database)."""
        with self.engine.begin() as conn:
            for table in reversed(metadata.sorted_tables):
                conn.execute(delete(table))

    def check(self) -> list[str]:
        """Consistency problems, none in a healthy store: every report points at a record and
        a document, every record has a report, counts agree."""
        problems = []
        with self.engine.connect() as conn:
            for table, reports, col in ((agreements, agreement_reports, "agreement_id"),
                                        (events, event_reports, "event_id")):
                orphans = conn.execute(select(func.count()).select_from(table).where(
                    ~table.c.id.in_(select(reports.c[col])))).scalar_one()
                if orphans:
                    problems.append(f"{orphans} {table.name} without a report")
            lonely = conn.execute(select(func.count()).select_from(documents).where(
                ~documents.c.id.in_(select(sources.c.document_id)))).scalar_one()
            if lonely:
                problems.append(f"{lonely} documents without a source")
            problems += schema_differences(conn)
        return problems


def schema_differences(conn: Connection) -> list[str]:
    """How the database's tables differ from this version's (empty when they match): a
    database stamped current but built by an older development schema is caught here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    context = MigrationContext.configure(conn, opts={"include_name": include_name})
    return [f"schema differs: {diff[0]} {_describe(diff)}"
            for diff in compare_metadata(context, metadata)]


def _describe(diff: Any) -> str:
    if isinstance(diff, list):  # column modifications come as lists of tuples
        diff = diff[0]
    parts = [str(getattr(x, "name", x)) for x in diff[1:4] if x is not None]
    return " ".join(p for p in parts if len(p) < 80)


def _merged_agreement(row: Any, ag: Agreement, sig: merge.Signature) -> dict[str, Any]:
    values: dict[str, Any] = {
        "confidence": merge.combined_confidence(row.confidence, ag.confidence)}
    if ag.modality == "asserted" or row.modality != "asserted":
        status = merge.later_status(row.status, ag.status)
        if status != row.status:
            values["status"] = status
    if row.modality != "asserted" and ag.modality == "asserted":
        values["modality"] = "asserted"
    if row.instrument in merge.GENERIC_INSTRUMENTS and ag.instrument not in \
            merge.GENERIC_INSTRUMENTS:
        values["instrument"] = ag.instrument
    if not row.subject and ag.subject:
        values["subject"] = ag.subject
    sectors = list(row.sectors or [])
    for s in ag.sectors:
        if s not in sectors:
            sectors.append(s)
    if sectors != list(row.sectors or []):
        values["sectors"] = sectors
    if row.date_start is None and sig.start:
        values.update(date_start=_iso(sig.start), date_end=_iso(sig.end), anchor=_iso(sig.start))
    if row.place is None and ag.place:
        values["place"] = ag.place.model_dump()
    return values


def _actor_model(r: Any) -> StoredActor:
    return StoredActor(id=f"a{r.id}", kind=r.kind, name=r.name, country=r.country,
                       sector=r.sector, roles=[Role.model_validate(x) for x in r.roles or []],
                       aliases=list(r.aliases or []), documents=r.n_documents)


def _paged(query: Any, table: Any, f: Filters) -> Any:
    """Newest first (by `anchor`, undated last), in insertion order within a day; a page."""
    query = query.order_by(table.c.anchor.desc().nulls_last(), table.c.id).offset(f.offset)
    return query.limit(f.limit) if f.limit is not None else query


def record_pk(record_id: str, prefix: str | None = None) -> int | None:
    """The row number in a store-wide id: `g12` (or `12`) -> 12. None for anything else: a
    malformed id, another kind's prefix than `prefix`, or a number past MAX_ID, which names
    nothing on any backend (PostgreSQL would raise on it)."""
    m = re.fullmatch(r"([a-z]?)(\d{1,10})", record_id)
    if m is None or (prefix is not None and m.group(1) not in ("", prefix)):
        return None
    number = int(m.group(2))
    return number if 0 < number <= MAX_ID else None


def _iso(d: Any) -> str | None:
    return d.isoformat() if d else None


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _short(exc: BaseException) -> str:
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL keeps readers working while one writer commits; foreign keys checked; a writer
    waits for a lock instead of failing at once."""
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


__all__ = ["DEFAULT_URL", "AddResult", "Counts", "Filters", "Store", "StoreError", "database_url",
           "record_pk", "sqlite_file"]
