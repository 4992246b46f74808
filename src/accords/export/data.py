"""What every exporter reads: merged actors, events and agreements, however they were supplied.

The store hands out merged records (`StoredActor`, `StoredEvent`, `StoredAgreement`); `accords
extract` hands out one `Record` per article. `ExportData.collect` accepts either (or both) and
returns merged records, so each format is written once. A per-document record becomes merged
records with one source each, and its ids are prefixed with the document id ("doc-7/e1") so
that ids from different articles never collide.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from accords.model import (
    Agreement,
    Document,
    Record,
    SourceRef,
    Span,
    StatusStep,
    StoredActor,
    StoredAgreement,
    StoredEvent,
)
from accords.store.merge import report_steps

__all__ = ["ExportData", "merge_record"]

_SOURCE_FIELDS = ("title", "published", "source", "url")


def _scoped(doc_id: str, local_id: str) -> str:
    return f"{doc_id}/{local_id}"


Merged = tuple[list[StoredActor], list[StoredEvent], list[StoredAgreement]]


def merge_record(record: Record) -> Merged:
    """One article's record as merged records with a single source each (ids document-scoped)."""
    doc = record.document

    def scope(local: str) -> str:
        return _scoped(doc.id, local)

    def source(local_id: str, evidence: list[Span]) -> SourceRef:
        return SourceRef(
            document=doc.id, record=local_id, title=doc.title, published=doc.published,
            source=doc.source, url=doc.url, evidence=list(evidence),
        )

    actors = [
        StoredActor(**a.model_dump(exclude={"id"}), id=scope(a.id), documents=1)
        for a in record.actors
    ]
    events = [
        StoredEvent(
            **e.model_dump(exclude={"id", "actor", "recipient", "agreements"}),
            id=scope(e.id),
            actor=[scope(x) for x in e.actor],
            recipient=[scope(x) for x in e.recipient],
            agreements=[scope(x) for x in e.agreements],
            sources=[source(e.id, e.evidence)],
        )
        for e in record.events
    ]
    agreements = [
        StoredAgreement(
            **g.model_dump(exclude={"id", "parties", "signatories", "occasion", "history"}),
            id=scope(g.id),
            parties=[scope(x) for x in g.parties],
            signatories=[scope(x) for x in g.signatories],
            occasion=scope(g.occasion) if g.occasion else None,
            history=_steps(g, doc),
            sources=[source(g.id, g.evidence)],
        )
        for g in record.agreements
    ]
    return actors, events, agreements


def _steps(g: Agreement, doc: Document) -> list[StatusStep]:
    """The lifecycle one article reports, as the store records it (`merge.report_steps`):
    the extractor's own history, else one step from the status."""
    return [StatusStep(**step, document=doc.id, record=g.id, published=doc.published,
                       documents=[doc.id])
            for step in report_steps(g)]


def _fill_sources(sources: list[SourceRef], docs: dict[str, Document]) -> list[SourceRef]:
    """Complete a source's title/published/outlet/url from its Document where the store left
    them empty, so exports can cite every report."""
    out = []
    for ref in sources:
        doc = docs.get(ref.document)
        missing = {k: getattr(doc, k) for k in _SOURCE_FIELDS if doc and not getattr(ref, k)}
        out.append(ref.model_copy(update=missing) if missing else ref)
    return out


@dataclass(frozen=True)
class ExportData:
    """Merged records ready to export, with an actor index for resolving ids to names."""

    actors: tuple[StoredActor, ...] = ()
    events: tuple[StoredEvent, ...] = ()
    agreements: tuple[StoredAgreement, ...] = ()
    _by_id: dict[str, StoredActor] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_id", {a.id: a for a in self.actors})

    @classmethod
    def collect(
        cls,
        *,
        records: Iterable[Record] | None = None,
        actors: Iterable[StoredActor] | None = None,
        events: Iterable[StoredEvent] | None = None,
        agreements: Iterable[StoredAgreement] | None = None,
        documents: Iterable[Document] | None = None,
    ) -> ExportData:
        """Merge per-document `records` (if any) with already merged records (if any).

        `documents`, when given, fill in source metadata (title, date, outlet, URL) that a
        merged record's `sources` lack; records carry their own document."""
        all_actors = list(actors or ())
        all_events = list(events or ())
        all_agreements = list(agreements or ())
        for record in records or ():
            a, e, g = merge_record(record)
            all_actors += a
            all_events += e
            all_agreements += g
        docs = {d.id: d for d in documents or ()}
        if docs:
            all_events = [
                e.model_copy(update={"sources": _fill_sources(e.sources, docs)})
                for e in all_events
            ]
            all_agreements = [
                g.model_copy(update={"sources": _fill_sources(g.sources, docs)})
                for g in all_agreements
            ]
        return cls(tuple(all_actors), tuple(all_events), tuple(all_agreements))

    def actor(self, actor_id: str) -> StoredActor | None:
        return self._by_id.get(actor_id)

    def names(self, ids: Iterable[str]) -> list[str]:
        """Actor names for ids; an id that resolves to no actor is kept as it is, not dropped."""
        return [a.name if (a := self.actor(i)) else i for i in ids]

    def countries(self, ids: Iterable[str]) -> list[str | None]:
        """Actor countries for ids, aligned with `names` (None where unknown)."""
        return [a.country if (a := self.actor(i)) else None for i in ids]


# ---- helpers over a merged event or agreement ---------------------------------------------


def _unique(values: Iterable[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for v in values:
        if v:
            seen.setdefault(v, None)
    return list(seen)


def source_documents(rec: StoredEvent | StoredAgreement) -> list[str]:
    """Document ids of the reports, in source order, without repeats."""
    return _unique(s.document for s in rec.sources)


def source_urls(rec: StoredEvent | StoredAgreement) -> list[str]:
    return _unique(s.url for s in rec.sources)


def evidence_spans(rec: StoredEvent | StoredAgreement) -> Iterator[Span]:
    """The record's own evidence, then each source's, in order."""
    yield from rec.evidence
    for s in rec.sources:
        yield from s.evidence


def evidence_texts(rec: StoredEvent | StoredAgreement) -> list[str]:
    return _unique(span.text for span in evidence_spans(rec))


def first_evidence(rec: StoredEvent | StoredAgreement) -> str | None:
    return next((span.text for span in evidence_spans(rec) if span.text), None)


def earliest_published(rec: StoredEvent | StoredAgreement) -> str | None:
    """The earliest publication date among the reports (ISO strings sort by date)."""
    dates = sorted(s.published for s in rec.sources if s.published)
    return dates[0] if dates else None
