"""Writing to the store: one document and its record per transaction, every record merged into
the stored record it repeats, or added when none matches.

`merge.py` decides whether two records are one (pure functions on signatures); this module
finds the candidates in the database, applies the decision, and keeps the links (actors,
countries, sectors, covered agreements), the reports and the source counts up to date.

The single writer is what a cluster of extraction workers waits on (docs/scaling.md), so each
document costs few round trips: every statement is built once, below, and only its parameters
change (SQLAlchemy then reuses the compiled SQL); rows nothing in the same transaction reads
again (mentions, reports, links, search entries) are inserted together at the end of the
document, in the order a row-by-row write would have given them; the candidates for a merge
are found by indexed columns and their actors and steps read in one query for all of them; a
record created by this document has no links yet, so they are not looked up.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any, Literal

from sqlalchemy import Connection, Table, and_, bindparam, func, insert, or_, select, update
from sqlalchemy.exc import SQLAlchemyError

from accords.errors import StoreError
from accords.ingest.documents import SourceDocument
from accords.model import Actor, Agreement, Record
from accords.store import merge
from accords.store.database import Database, first_line
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
    search_entries,
    sources,
)


@dataclass
class AddResult:
    """What `Store.add` did with one document."""

    status: Literal["new", "known", "duplicate"]  # duplicate: known text under a new id/URL
    document_id: int
    added: int = 0  # new merged records (agreements + events)
    merged: int = 0  # reports folded into records that other documents created
    near_duplicate_of: str | None = None


# ---- the statements, built once ------------------------------------------------------------

def _in(column: Any, name: str) -> Any:
    return column.in_(bindparam(name, expanding=True))


_FIND_TEXT = (select(documents.c.id, sources.c.id.label("source_id"))
              .select_from(documents.outerjoin(sources, and_(
                  sources.c.document_id == documents.c.id,
                  sources.c.doc_id == bindparam("doc_id"))))
              .where(documents.c.content_hash == bindparam("content_hash")).limit(1))
_NEAR_TEXTS = select(documents.c.id, documents.c.simhash).where(or_(
    *(documents.c[f"band{k}"] == bindparam(f"b{k}") for k in range(len(merge.BAND_WIDTHS)))))
_FIRST_SOURCE = (select(sources.c.doc_id).where(sources.c.document_id == bindparam("pk"))
                 .order_by(sources.c.id).limit(1))

_ACTOR_BY_KEY = select(actors).where(actors.c.key == bindparam("key"))
_ACTORS_BY_KEY = select(actors).where(_in(actors.c.key, "keys"))
_ACTOR_BY_ID = select(actors).where(actors.c.id == bindparam("pk"))
_PERSONS = (select(actors).where(actors.c.kind == "person", actors.c.block == bindparam("block"))
            .order_by(actors.c.id))
_PERSONS_OF = (select(actors).where(actors.c.kind == "person",
                                    actors.c.block == bindparam("block"),
                                    actors.c.country == bindparam("country"))
               .order_by(actors.c.id))
_COUNT_DOCUMENT = (update(actors).where(actors.c.id == bindparam("pk"))
                   .values(n_documents=actors.c.n_documents + 1))

# merge candidates, oldest first (the first of equal scores wins), by indexed columns
_AGREEMENTS_OF = (select(agreements).where(agreements.c.country_key == bindparam("country_key"))
                  .order_by(agreements.c.id))
_AGREEMENT_PARTIES = (select(agreement_actors.c.agreement_id, actors.c.key, actors.c.country)
                      .join(actors, agreement_actors.c.actor_id == actors.c.id)
                      .where(_in(agreement_actors.c.agreement_id, "pks"),
                             actors.c.kind != "country"))
_AGREEMENT_STEPS = (select(agreement_history.c.agreement_id, agreement_history.c.status,
                           agreement_history.c.modality, agreement_history.c.date,
                           documents.c.published)
                    .join(documents, documents.c.id == agreement_history.c.document_id)
                    .where(_in(agreement_history.c.agreement_id, "pks"))
                    .order_by(agreement_history.c.id))
_EVENT_MATCH = (events.c.event == bindparam("event"),
                events.c.actor_key == bindparam("actor_key"),
                events.c.recipient_key == bindparam("recipient_key"),
                events.c.modality == bindparam("modality"))
_EVENTS_LIKE = (select(events).where(events.c.cameo == bindparam("cameo"), *_EVENT_MATCH)
                .order_by(events.c.id))
_EVENTS_LIKE_UNCODED = (select(events).where(events.c.cameo.is_(None), *_EVENT_MATCH)
                        .order_by(events.c.id))
_EVENT_PARTIES = (select(event_actors.c.event_id, actors.c.key)
                  .join(actors, event_actors.c.actor_id == actors.c.id)
                  .where(_in(event_actors.c.event_id, "pks"), actors.c.kind != "country"))
_EVENT_COVERS = select(event_agreements.c.event_id, event_agreements.c.agreement_id).where(
    _in(event_agreements.c.event_id, "pks"))

_SECTORS_OF = select(agreement_sectors.c.sector).where(
    agreement_sectors.c.agreement_id == bindparam("pk"))
_COVERED_BY = select(event_agreements.c.agreement_id).where(
    event_agreements.c.event_id == bindparam("pk"))
_LINKS = {t.name: select(t.c.actor_id, t.c[role]).where(t.c[col] == bindparam("pk"))
          for t, col, role in ((agreement_actors, "agreement_id", "role"),
                               (event_actors, "event_id", "side"))}
_SET_OCCASION = (update(agreements).where(agreements.c.id == bindparam("pk"),
                                          agreements.c.occasion_id.is_(None))
                 .values(occasion_id=bindparam("occasion")))


def _recount(table: Table, reports: Table, col: str) -> Any:
    """`n_sources` of every record a document reports: the sources of every document that
    reports it (a text received under two ids counts twice)."""
    reporting = (select(reports.c.document_id).where(reports.c[col] == table.c.id)
                 .correlate_except(reports))  # the record being updated, two levels up
    count = (select(func.count(sources.c.id)).where(sources.c.document_id.in_(reporting))
             .scalar_subquery())
    return update(table).where(table.c.id.in_(select(reports.c[col]).where(
        reports.c.document_id == bindparam("doc")))).values(n_sources=count)


_RECOUNTS = (_recount(agreements, agreement_reports, "agreement_id"),
             _recount(events, event_reports, "event_id"))
_INSERT = {t.name: insert(t) for t in (documents, sources, actors, actor_mentions, agreements,
                                       agreement_countries, agreement_sectors, agreement_actors,
                                       agreement_reports, agreement_history, events,
                                       event_countries, event_agreements, event_actors,
                                       event_reports, search_entries)}


@functools.cache
def _update_by_id(table: Table) -> Any:
    """UPDATE table SET (the columns of the parameters) WHERE id = :pk_."""
    return update(table).where(table.c.id == bindparam("pk_"))


class _Pending:
    """Rows a document writes and nothing in its transaction reads back, inserted together
    (one executemany per table) at the end; each table's rows keep the order in which a
    row-by-row write would have inserted them, so their ids are the same."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict[str, Any]]] = defaultdict(list)

    def add(self, table: Table, **row: Any) -> None:
        self.rows[table.name].append(row)

    def flush(self, conn: Connection) -> None:
        for name, rows in self.rows.items():
            if rows:
                conn.execute(_INSERT[name], rows)
        self.rows.clear()


class Writer(Database):
    """The writing half of `Store`: `lookup` and `add`, and the merging behind `add`."""

    def lookup(self, text: str, doc_id: str) -> Literal["known", "stored", "new"]:
        """Whether this text is stored under this id ("known": nothing to do), under another
        id only ("stored": its record is reused, no extraction), or not at all ("new")."""
        try:
            with self.engine.connect() as conn:
                return self._lookup(conn, merge.content_hash(text), doc_id)[0]
        except SQLAlchemyError as exc:  # e.g. an id PostgreSQL cannot store (NUL)
            raise StoreError(f"{doc_id!r}: cannot look up: {first_line(exc)}") from exc

    def _lookup(self, conn: Connection, content_hash: str, doc_id: str
                ) -> tuple[Literal["known", "stored", "new"], int | None]:
        row = conn.execute(_FIND_TEXT, {"content_hash": content_hash, "doc_id": doc_id}).first()
        if row is None:
            return "new", None
        return ("known" if row.source_id is not None else "stored"), row.id

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
            raise StoreError(f"{doc.document.id}: cannot store: {first_line(exc)}") from exc

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
        doc_pk = conn.execute(_INSERT["documents"], dict(
            content_hash=h, text=doc.text, language=meta.language, title=meta.title,
            published=meta.published, dateline=meta.dateline, simhash=sh,
            **{f"band{k}": band for k, band in enumerate(bands)},
            near_duplicate_of=near[0] if near else None, record=record.to_dict(),
            coder=f"{record.coder.name}.v{record.coder.version}",
            ingested_at=datetime.now(UTC),
        )).inserted_primary_key[0]
        pending = _Pending()
        pending.add(sources, **_source_row(doc_pk, doc))
        pending.add(search_entries, kind="document", ref_id=doc_pk,
                    body=f"{meta.title or ''}\n{doc.text}")
        ids, keys, countries_of = self._add_actors(conn, doc_pk, record, pending)
        result = AddResult("new", doc_pk, near_duplicate_of=near[1] if near else None)
        # agreements first: whether two signing events are one follows from whether the
        # agreements they cover were found to be one
        agreement_ids = self._add_agreements(conn, doc_pk, record, ids, keys, countries_of,
                                             result, pending)
        event_ids = self._add_events(conn, doc_pk, record, ids, keys, countries_of,
                                     agreement_ids, result, pending)
        pending.flush(conn)
        occasions = [{"pk": agreement_ids[ag.id], "occasion": event_ids[ag.occasion]}
                     for ag in record.agreements if ag.occasion and ag.occasion in event_ids]
        if occasions:
            conn.execute(_SET_OCCASION, occasions)
        # only the kinds of record this document reports can have changed
        self._recount_sources(conn, doc_pk, agreements=bool(record.agreements),
                              events=bool(record.events))
        return result

    def _add_source(self, conn: Connection, doc_pk: int, doc: SourceDocument) -> None:
        conn.execute(_INSERT["sources"], _source_row(doc_pk, doc))

    def _near_duplicate(self, conn: Connection, sh: int,
                        bands: tuple[int, ...]) -> tuple[int, str] | None:
        rows = conn.execute(_NEAR_TEXTS, {f"b{k}": band for k, band in enumerate(bands)}).all()
        best = min(rows, key=lambda r: (merge.hamming(sh, r.simhash), r.id), default=None)
        if best is None or merge.hamming(sh, best.simhash) > merge.NEAR_DUPLICATE_BITS:
            return None
        first = conn.execute(_FIRST_SOURCE, {"pk": best.id}).scalar()
        return best.id, first

    def _recount_sources(self, conn: Connection, doc_pk: int, *, agreements: bool = True,
                         events: bool = True) -> int:
        """Refresh `n_sources` of every record this document reports; returns how many."""
        return sum(conn.execute(recount, {"doc": doc_pk}).rowcount
                   for recount, wanted in zip(_RECOUNTS, (agreements, events), strict=True)
                   if wanted)

    # -- actors
    def _add_actors(self, conn: Connection, doc_pk: int, record: Record, pending: _Pending
                    ) -> tuple[dict[str, int], dict[str, str], dict[str, str | None]]:
        """Each local actor's stored id and store key, and its country."""
        # the stored actors with the keys this document names, read at once and kept as the
        # actors below change them: what a query by key would find at each step
        key_list = [merge.actor_key(a) for a in record.actors]
        wanted = sorted(set(key_list))
        by_key = {r.key: _row(r) for r in conn.execute(_ACTORS_BY_KEY, {"keys": wanted})} \
            if wanted else {}
        ids: dict[str, int] = {}
        countries_of: dict[str, str | None] = {}
        for actor, key in zip(record.actors, key_list, strict=True):
            ids[actor.id] = self._actor_row(conn, actor, key, by_key).id
            countries_of[actor.id] = actor.country
            pending.add(actor_mentions, actor_id=ids[actor.id], document_id=doc_pk,
                        local_id=actor.id, name=actor.name,
                        mentions=[m.model_dump() for m in actor.mentions])
        if record.actors:  # once per local actor, as mentioned in this document
            conn.execute(_COUNT_DOCUMENT, [{"pk": ids[a.id]} for a in record.actors])
        # keys as they are now: a person matched early may have gained a country since
        key_of = {row.id: row.key for row in by_key.values()}
        return ids, {local: key_of[pk] for local, pk in ids.items()}, countries_of

    def _actor_row(self, conn: Connection, actor: Actor, key: str,
                   by_key: dict[str, Any]) -> Any:
        """The stored actor this one (of store key `key`) is, enriched with what it adds; or
        a new one."""
        row = by_key.get(key)
        if row is None and actor.kind == "person":
            row = self._person_variant(conn, actor, key, by_key)
        if row is not None:
            row = self._enrich_actor(conn, row, actor)
            by_key[row.key] = row
            return row
        values = dict(key=key, kind=actor.kind, name=actor.name, country=actor.country,
                      sector=actor.sector, block=merge.actor_block(actor),
                      roles=[r.model_dump() for r in actor.roles],
                      aliases=sorted(set(actor.aliases) - {actor.name}), n_documents=0)
        pk = conn.execute(_INSERT["actors"], values).inserted_primary_key[0]
        by_key[key] = row = SimpleNamespace(id=pk, **values)
        return row

    def _person_variant(self, conn: Connection, actor: Actor, key: str,
                        by_key: dict[str, Any]) -> Any:
        block = merge.actor_block(actor)
        if actor.country is None:
            rows = conn.execute(_PERSONS, {"block": block}).all()
            # a person named without a country is a known person of exactly one country
            exact = [r for r in rows if merge.normalise_name(r.name) ==
                     merge.normalise_name(actor.name)]
            return _row(exact[0]) if len(exact) == 1 else None
        rows = conn.execute(_PERSONS_OF, {"block": block, "country": actor.country}).all()
        for r in rows:
            names = [r.name, *(r.aliases or [])]
            if any(merge.same_person(actor.name, n) for n in names):
                return _row(r)
        # the same full name stored without a country (an article that did not say) is this
        # person: the country learnt now is kept
        orphan = conn.execute(_ACTOR_BY_KEY, {"key": merge.actor_key(
            actor.model_copy(update={"country": None}))}).first()
        if orphan is not None:
            conn.execute(_update_by_id(actors), {"pk_": orphan.id, "country": actor.country,
                                                 "key": key})
            by_key.pop(orphan.key, None)
            return _row(conn.execute(_ACTOR_BY_ID, {"pk": orphan.id}).first())
        return None

    def _enrich_actor(self, conn: Connection, row: Any, actor: Actor) -> Any:
        """`row` with the roles, aliases and sector `actor` adds, as stored now."""
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
        if not values:
            return row
        conn.execute(_update_by_id(actors), {"pk_": row.id, **values})
        return SimpleNamespace(**{**vars(row), **values})

    # -- events
    def _add_events(self, conn: Connection, doc_pk: int, record: Record, ids: dict[str, int],
                    keys: dict[str, str], countries_of: dict[str, str | None],
                    agreement_ids: dict[str, int], result: AddResult,
                    pending: _Pending) -> dict[str, int]:
        published = record.document.published
        taken: set[int] = set()
        event_ids: dict[str, int] = {}
        for ev in record.events:
            sig = merge.event_signature(ev, keys, countries_of, published)
            sig.covers = frozenset(agreement_ids[g] for g in ev.agreements if g in agreement_ids)
            actor_key = "|".join(sorted(sig.direction[0])) if sig.direction else ""
            recipient_key = "|".join(sorted(sig.direction[1])) if sig.direction else ""
            match = {"event": ev.event, "actor_key": actor_key, "recipient_key": recipient_key,
                     "modality": ev.modality}
            if ev.cameo is None:
                rows = conn.execute(_EVENTS_LIKE_UNCODED, match).all()
            else:
                rows = conn.execute(_EVENTS_LIKE, {**match, "cameo": ev.cameo}).all()
            rows = [r for r in rows if r.id not in taken]
            parties: dict[int, set[str]] = defaultdict(set)
            covers: dict[int, set[int]] = defaultdict(set)
            if rows:
                pks = {"pks": [r.id for r in rows]}
                for event_pk, key in conn.execute(_EVENT_PARTIES, pks):
                    parties[event_pk].add(key)
                for event_pk, agreement_pk in conn.execute(_EVENT_COVERS, pks):
                    covers[event_pk].add(agreement_pk)
            best, best_score = None, 0.0
            for r in rows:
                old = merge.Signature(
                    countries=sig.countries, kind=sig.kind, modality=r.modality,
                    start=merge._day(r.date_start), end=merge._day(r.date_end),
                    anchor=merge._day(r.anchor), direction=sig.direction,
                    parties=frozenset(parties[r.id]), covers=frozenset(covers[r.id]))
                score = merge.event_score(sig, old)
                if score is not None and score > best_score:
                    best, best_score = r, score
            if best is None:
                pk = conn.execute(_INSERT["events"], dict(
                    event=ev.event, mode=ev.mode, cameo=ev.cameo, context=list(ev.context),
                    actor_key=actor_key, recipient_key=recipient_key, modality=ev.modality,
                    date_start=_iso(sig.start), date_end=_iso(sig.end), anchor=_iso(sig.anchor),
                    place=ev.place.model_dump() if ev.place else None,
                    confidence=ev.confidence, n_sources=0,
                )).inserted_primary_key[0]
                for c in sorted(sig.countries):
                    if len(c) == 3 and c.isupper():
                        pending.add(event_countries, event_id=pk, country=c)
                result.added += 1
                linked: set[int] = set()  # a new record has no links yet
            else:
                pk = best.id
                values: dict[str, Any] = {
                    "confidence": merge.combined_confidence(best.confidence, ev.confidence)}
                if best.date_start is None and sig.start:
                    values.update(date_start=_iso(sig.start), date_end=_iso(sig.end),
                                  anchor=_iso(sig.start))
                if best.place is None and ev.place:
                    values["place"] = ev.place.model_dump()
                conn.execute(_update_by_id(events), {"pk_": pk, **values})
                result.merged += 1
                linked = set(conn.execute(_COVERED_BY, {"pk": pk}).scalars())
            taken.add(pk)
            event_ids[ev.id] = pk
            for agreement_pk in sorted(sig.covers - linked):
                pending.add(event_agreements, event_id=pk, agreement_id=agreement_pk)
            self._link_actors(conn, event_actors, "event_id", pk, best is None, pending,
                              [(ids[a], "actor") for a in ev.actor if a in ids] +
                              [(ids[a], "recipient") for a in ev.recipient if a in ids])
            pending.add(event_reports, event_id=pk, document_id=doc_pk, local_id=ev.id,
                        record=ev.model_dump(mode="json"))
            pending.add(search_entries, kind="event", ref_id=pk,
                        body=" ".join(s.text for s in ev.evidence))
        return event_ids

    # -- agreements
    def _add_agreements(self, conn: Connection, doc_pk: int, record: Record,
                        ids: dict[str, int], keys: dict[str, str],
                        countries_of: dict[str, str | None], result: AddResult,
                        pending: _Pending) -> dict[str, int]:
        published = record.document.published
        taken: set[int] = set()
        agreement_ids: dict[str, int] = {}
        for ag in record.agreements:
            sig = merge.agreement_signature(ag, keys, countries_of, published)
            country_key = "|".join(sorted(ag.countries))
            rows = [r for r in conn.execute(_AGREEMENTS_OF, {"country_key": country_key})
                    if r.id not in taken]
            best, best_score = None, 0.0
            for r, old in zip(rows, self._agreement_signatures(conn, sig, rows), strict=True):
                score = merge.agreement_score(sig, old)
                if score is not None and score > best_score:
                    best, best_score = r, score
            if best is None:
                pk = conn.execute(_INSERT["agreements"], dict(
                    instrument=ag.instrument, subject=ag.subject, sectors=list(ag.sectors),
                    countries=sorted(ag.countries), country_key=country_key, status=ag.status,
                    modality=ag.modality, date_start=_iso(sig.start), date_end=_iso(sig.end),
                    anchor=_iso(sig.anchor), place=ag.place.model_dump() if ag.place else None,
                    occasion_id=None, confidence=ag.confidence, n_sources=0,
                )).inserted_primary_key[0]
                for c in sorted(set(ag.countries)):
                    pending.add(agreement_countries, agreement_id=pk, country=c)
                result.added += 1
                current: set[str] = set()  # a new record has no sectors yet
            else:
                pk = best.id
                conn.execute(_update_by_id(agreements),
                             {"pk_": pk, **_merged_agreement(best, ag, sig)})
                result.merged += 1
                current = set(conn.execute(_SECTORS_OF, {"pk": pk}).scalars())
            taken.add(pk)
            for s in ag.sectors:
                if s not in current:
                    pending.add(agreement_sectors, agreement_id=pk, sector=s)
                    current.add(s)
            self._link_actors(conn, agreement_actors, "agreement_id", pk, best is None, pending,
                              [(ids[a], "party") for a in ag.parties if a in ids] +
                              [(ids[a], "signatory") for a in ag.signatories if a in ids])
            agreement_ids[ag.id] = pk
            # inserted at once: its history rows name it
            report_pk = conn.execute(_INSERT["agreement_reports"], dict(
                agreement_id=pk, document_id=doc_pk, local_id=ag.id,
                record=ag.model_dump(mode="json"))).inserted_primary_key[0]
            for step in merge.report_steps(ag):
                pending.add(agreement_history, **step, agreement_id=pk, report_id=report_pk,
                            document_id=doc_pk, anchor=step["date"] or published)
            pending.add(search_entries, kind="agreement", ref_id=pk,
                        body=f"{ag.instrument} {ag.subject or ''} {' '.join(ag.sectors)}\n"
                             + " ".join(s.text for s in ag.evidence))
        return agreement_ids

    def _agreement_signatures(self, conn: Connection, new: merge.Signature,
                              rows: list[Any]) -> list[merge.Signature]:
        """The merge signatures of stored agreements, in one query for all their parties;
        their lifecycle steps are read (in one more) only for those whose dates do not fit
        `new`'s, the only case in which the steps decide."""
        if not rows:
            return []
        sides: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        parties: dict[int, set[str]] = defaultdict(set)
        for agreement_pk, key, country in conn.execute(_AGREEMENT_PARTIES,
                                                       {"pks": [r.id for r in rows]}):
            parties[agreement_pk].add(key)
            if country:
                sides[agreement_pk][country].add(key)
        out = [merge.Signature(
            countries=frozenset(row.countries),
            kind=merge.INSTRUMENT_CLASS.get(row.instrument, "other"), modality=row.modality,
            start=merge._day(row.date_start), end=merge._day(row.date_end),
            anchor=merge._day(row.anchor), sectors=frozenset(row.sectors or []),
            words=merge.content_words(row.subject),
            sides={c: frozenset(v) for c, v in sides[row.id].items()},
            parties=frozenset(parties[row.id])) for row in rows]
        later = {row.id: old for row, old in zip(rows, out, strict=True)
                 if not merge.dates_compatible(new, old)}
        if later:
            steps: dict[int, list[merge.Step]] = defaultdict(list)
            for h in conn.execute(_AGREEMENT_STEPS, {"pks": list(later)}):
                steps[h.agreement_id].append(merge.Step(
                    h.status, h.modality, merge._day(h.date), merge._day(h.published)))
            for pk, old in later.items():
                old.steps = tuple(steps[pk])
        return out

    def _link_actors(self, conn: Connection, table: Table, col: str, pk: int, new: bool,
                     pending: _Pending, links: list[tuple[int, str]]) -> None:
        role_col = "side" if "side" in table.c else "role"
        existing: set[tuple[int, str]] = set() if new else {
            (r[0], r[1]) for r in conn.execute(_LINKS[table.name], {"pk": pk})}
        for actor_pk, role in dict.fromkeys(links):
            if (actor_pk, role) not in existing:
                pending.add(table, **{col: pk, "actor_id": actor_pk, role_col: role})
                existing.add((actor_pk, role))


def _row(row: Any) -> SimpleNamespace:
    """A stored row as a mutable object."""
    return SimpleNamespace(**row._mapping)


def _source_row(doc_pk: int, doc: SourceDocument) -> dict[str, Any]:
    meta = doc.document
    return dict(document_id=doc_pk, doc_id=meta.id, title=meta.title, published=meta.published,
                source=meta.source, url=meta.url)


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
    # the first known date, but a deal's date is when it was done: a "will sign" report's
    # date gives way to the signing's
    if sig.start and (row.date_start is None or (
            row.modality != "asserted" and ag.modality == "asserted")):
        values.update(date_start=_iso(sig.start), date_end=_iso(sig.end), anchor=_iso(sig.start))
    if row.place is None and ag.place:
        values["place"] = ag.place.model_dump()
    return values


def _iso(d: Any) -> str | None:
    return d.isoformat() if d else None
