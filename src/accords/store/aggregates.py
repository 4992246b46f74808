"""Summaries the pages and the API show, counted in SQL where the figures allow: a pair of
countries (`dyad`), one country, the network of who signs with whom, the points of a timeline
and the documents behind a selection. Built on the reading queries of `reader.py`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, and_, func, or_, select

from accords.model import SourceRef, Span
from accords.store.reader import Filters, Reader, _actor_model, _paged, record_pk
from accords.store.schema import (
    actors,
    agreement_actors,
    agreement_countries,
    agreement_reports,
    agreement_sectors,
    agreements,
    documents,
    event_actors,
    event_reports,
    events,
    sources,
)


class Aggregates(Reader):
    """The summaries of `Store`: each answers one page or API route in a few queries."""

    def dyad(self, a: str, b: str, *, latest: int = 10) -> dict[str, Any]:
        """The relationship of two countries at a glance. Like `country`, only the `latest`
        records are loaded whole: when the pair has more, the figures are counted over light
        columns (ids, dates, sectors, links) and the sources read one report per document,
        for its evidence, so that a pair with hundreds of records costs a few queries."""
        a, b = a.upper(), b.upper()
        pair = Filters(country=a, with_country=b, limit=None)
        ags_q = self._agreement_query(pair)
        evs_q = self._event_query(pair)
        with self.engine.connect() as conn:
            # the pair's records newest first, as `agreements` and `events` list them
            ags = conn.execute(_paged(ags_q.add_columns(agreements.c.date_start,
                                                        agreements.c.sectors),
                                      agreements, pair)).all()
            evs = conn.execute(_paged(evs_q, events, pair)).scalars().all()
            latest_ags = self._load_agreements(conn, [g.id for g in ags[:latest]])
            latest_evs = self._load_events(conn, list(evs[:latest]))
            if len(ags) <= latest and len(evs) <= latest:  # all loaded: count them
                dated = [(g.id, g.date.start if g.date else None, g.sectors,
                          next((s.published for s in g.sources if s.published), None))
                         for g in latest_ags]
                linked = sorted({record_pk(i) or 0 for rec in latest_ags
                                 for i in rec.parties + rec.signatories} |
                                {record_pk(i) or 0 for rec in latest_evs
                                 for i in rec.actor + rec.recipient})
                srcs: dict[str, SourceRef] = {}
                for rec in [*latest_ags, *latest_evs]:
                    for s in rec.sources:
                        srcs.setdefault(s.document, s)
                refs = list(srcs.values())
            else:
                dated = self._dyad_dates(conn, ags_q, ags)
                linked = sorted(conn.execute(
                    select(agreement_actors.c.actor_id).where(
                        agreement_actors.c.agreement_id.in_(ags_q)).union(
                        select(event_actors.c.actor_id).where(
                            event_actors.c.event_id.in_(evs_q)))).scalars())
                refs = self._dyad_sources(conn, [g.id for g in ags], list(evs))
            people = {f"a{r.id}": _actor_model(r) for r in conn.execute(
                select(actors).where(actors.c.id.in_(linked)).order_by(actors.c.id))}
        by_year: dict[str, Counter[str]] = defaultdict(Counter)
        by_sector: Counter[str] = Counter()
        for _pk, start, sectors, first_published in dated:
            year = start or first_published
            for sector in sectors or ["unspecified"]:
                by_year[year[:4] if year else "undated"][sector] += 1
            by_sector.update(sectors)
        institutions: dict[str, list[dict[str, Any]]] = {a: [], b: []}
        for actor in sorted(people.values(), key=lambda x: (-x.documents, x.name)):
            if actor.kind != "country" and actor.country in institutions:
                institutions[actor.country].append(
                    {"id": actor.id, "name": actor.name, "kind": actor.kind,
                     "titles": [r.title for r in actor.roles], "documents": actor.documents})
        return {
            "countries": [a, b],
            "agreements": len(ags),
            "events": len(evs),
            "by_year": {y: dict(c) for y, c in sorted(by_year.items())},
            "by_sector": dict(by_sector.most_common()),
            "latest_agreements": latest_ags,
            "latest_events": latest_evs,
            "institutions": institutions,
            "sources": sorted(refs, key=lambda s: (s.published or "", s.document),
                              reverse=True),
            "actors": people,
        }

    def _dyad_dates(self, conn: Connection, ags_q: Any, ags: list[Any]
                    ) -> list[tuple[int, str | None, list[str], str | None]]:
        """(id, own date, sectors as `agreements` orders them, first publication date of its
        sources) of each agreement, from light columns; the publication date is read only
        for those without a date of their own."""
        extra: dict[int, set[str]] = defaultdict(set)
        for pk, sector in conn.execute(
                select(agreement_sectors.c.agreement_id, agreement_sectors.c.sector)
                .where(agreement_sectors.c.agreement_id.in_(ags_q))):
            extra[pk].add(sector)
        first_published: dict[int, str] = {}
        undated = [g.id for g in ags if not g.date_start]
        if undated:
            for pk, published in conn.execute(
                    select(agreement_reports.c.agreement_id, sources.c.published)
                    .join(sources, sources.c.document_id == agreement_reports.c.document_id)
                    .where(agreement_reports.c.agreement_id.in_(undated),
                           sources.c.published.is_not(None))
                    .order_by(agreement_reports.c.id, sources.c.id)):
                first_published.setdefault(pk, published)
        out = []
        for g in ags:
            ordered = list(g.sectors or [])
            ordered += sorted(extra[g.id] - set(ordered))
            out.append((g.id, g.date_start, ordered, first_published.get(g.id)))
        return out

    def _dyad_sources(self, conn: Connection, agreement_pks: list[int],
                      event_pks: list[int]) -> list[SourceRef]:
        """One `SourceRef` per document id under which these records were reported: the
        first such reference of the records in the order given (agreements, then events),
        as their `sources` list them, with that report's evidence."""
        firsts: dict[str, tuple[int, int, str, dict[str, Any]]] = {}
        for kind, reports, col, pks in ((0, agreement_reports, "agreement_id", agreement_pks),
                                        (1, event_reports, "event_id", event_pks)):
            if not pks:
                continue
            rows = conn.execute(select(reports.c.id, reports.c[col], reports.c.document_id,
                                       reports.c.local_id).where(reports.c[col].in_(pks))
                                .order_by(reports.c.id)).all()
            of_record: dict[int, list[Any]] = defaultdict(list)
            for r in rows:
                of_record[r[1]].append(r)
            found = self._sources_of(conn, sorted({r.document_id for r in rows}))
            for pk in pks:
                for r in of_record[pk]:
                    for s in found.get(r.document_id, []):
                        firsts.setdefault(s["id"], (kind, r.id, r.local_id, s))
        evidence: dict[tuple[int, int], list[Span]] = {}
        for kind, reports in ((0, agreement_reports), (1, event_reports)):
            wanted = sorted({pk for k, pk, _, _ in firsts.values() if k == kind})
            if wanted:
                for pk, record in conn.execute(select(reports.c.id, reports.c.record)
                                               .where(reports.c.id.in_(wanted))):
                    evidence[(kind, pk)] = [Span.model_validate(x)
                                            for x in record.get("evidence", [])]
        return [SourceRef(document=s["id"], record=local, title=s["title"],
                          published=s["published"], source=s["source"], url=s["url"],
                          evidence=evidence[(kind, pk)])
                for kind, pk, local, s in firsts.values()]

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

    def country_index(self) -> dict[str, dict[str, int]]:
        """Every country the records name: its agreements, events and agreement partners,
        counted in SQL (the /countries index and the world map)."""
        from accords.store.schema import event_countries

        a, b = agreement_countries.alias("a"), agreement_countries.alias("b")
        with self.engine.connect() as conn:
            ags = conn.execute(select(agreement_countries.c.country,
                                      func.count(func.distinct(agreement_countries.c.agreement_id)))
                               .group_by(agreement_countries.c.country)).all()
            evs = conn.execute(select(event_countries.c.country,
                                      func.count(func.distinct(event_countries.c.event_id)))
                               .group_by(event_countries.c.country)).all()
            partners = conn.execute(
                select(a.c.country, func.count(func.distinct(b.c.country)))
                .join(b, and_(a.c.agreement_id == b.c.agreement_id, a.c.country != b.c.country))
                .group_by(a.c.country)).all()
        out: dict[str, dict[str, int]] = {}
        for rows, key in ((ags, "agreements"), (evs, "events"), (partners, "partners")):
            for country, n in rows:
                if country:
                    out.setdefault(country, {"agreements": 0, "events": 0, "partners": 0})[
                        key] = int(n)
        return dict(sorted(out.items()))

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
