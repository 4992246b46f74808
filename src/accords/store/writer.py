"""Writing to the store: one document and its record per transaction, every record merged into
the stored record it repeats, or added when none matches.

`merge.py` decides whether two records are one (pure functions on signatures); this module
finds the candidates in the database, applies the decision, and keeps the links (actors,
countries, sectors, covered agreements), the reports and the source counts up to date.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import Connection, func, insert, or_, select, update
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
            report_pk = conn.execute(insert(agreement_reports).values(
                agreement_id=pk, document_id=doc_pk, local_id=ag.id,
                record=ag.model_dump(mode="json"))).inserted_primary_key[0]
            steps = merge.report_steps(ag)
            if steps:
                conn.execute(insert(agreement_history), [
                    {**step, "agreement_id": pk, "report_id": report_pk,
                     "document_id": doc_pk, "anchor": step["date"] or published}
                    for step in steps])
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
        old = merge.Signature(
            countries=frozenset(row.countries),
            kind=merge.INSTRUMENT_CLASS.get(row.instrument, "other"), modality=row.modality,
            start=merge._day(row.date_start), end=merge._day(row.date_end),
            anchor=merge._day(row.anchor), sectors=frozenset(row.sectors or []),
            words=merge.content_words(row.subject),
            sides={c: frozenset(v) for c, v in sides.items()}, parties=frozenset(parties))
        if not merge.dates_compatible(new, old):
            # only a report whose date does not fit may be another stage: read the steps
            old.steps = self._steps(conn, row.id)
        return old

    def _steps(self, conn: Connection, agreement_pk: int) -> tuple[merge.Step, ...]:
        """A stored agreement's lifecycle steps, in merge terms."""
        published = select(documents.c.published).where(
            documents.c.id == agreement_history.c.document_id).scalar_subquery()
        return tuple(merge.Step(h.status, h.modality, merge._day(h.date),
                                merge._day(h.published))
                     for h in conn.execute(select(agreement_history.c.status,
                                                  agreement_history.c.modality,
                                                  agreement_history.c.date,
                                                  published.label("published"))
                                           .where(agreement_history.c.agreement_id ==
                                                  agreement_pk)
                                           .order_by(agreement_history.c.id)))

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
