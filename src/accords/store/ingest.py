"""Ingestion: documents in, records extracted once, merged into the store one by one.

Each document is its own transaction, so an interrupted run keeps every document it finished
and a rerun skips them (a document's identity is the hash of its text). Texts already stored
under another id are not extracted again: the document only gains a source. Bad input never
stops the run: it is counted, reported with its file and line, and skipped.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from accords.errors import AccordsError, InputError
from accords.ingest.documents import MAX_TEXT_BYTES, SourceDocument, is_english
from accords.model import Coder, Record
from accords.scale import Backend, Serial, ordered_map
from accords.store.writer import Writer

Extractor = Callable[[SourceDocument], Record]


def extract_document(doc: SourceDocument) -> Record:
    """The extractor `ingest` uses unless told otherwise."""
    return DocumentExtractor()(doc)


@dataclass(frozen=True)
class DocumentExtractor:
    """`accords.extract` on a SourceDocument, as a picklable callable for worker processes;
    an error item read from the input is handed back as it is."""

    max_bytes: int = MAX_TEXT_BYTES

    def __call__(self, doc: SourceDocument | AccordsError) -> Record | AccordsError:
        if isinstance(doc, AccordsError):
            return doc
        from accords.extract import CODER_NAME, CODER_VERSION, extract
        from accords.nlp import model_name

        d = doc.document
        if not is_english(d.language):
            # the reader's answer (detect_language, or what the row declares) decides, so that
            # `accords extract` and `accords ingest` skip the same texts
            return Record(document=d, coder=Coder(name=CODER_NAME, version=CODER_VERSION,
                                                  model=model_name()))
        return extract(doc.text, published=d.published, title=d.title, dateline=d.dateline,
                       id=d.id, source=d.source, url=d.url, max_bytes=self.max_bytes)


def not_english_message(doc_id: str, language: str | None) -> str:
    """The warning for a document skipped for its language, the same in extract and ingest."""
    return (f"{doc_id}: skipped: the text is in {language!r}, not English; nothing was "
            "extracted (only English is read)")


@dataclass
class IngestSummary:
    """What a run did: the figures `accords ingest` prints at the end."""

    new: int = 0
    known: int = 0
    duplicates: int = 0  # a stored text under a new id or URL: one more source, no extraction
    failed: int = 0
    added: int = 0
    merged: int = 0
    near_duplicates: int = 0
    not_english: int = 0  # stored, so a rerun knows them, but nothing extracted
    seconds: float = 0.0
    errors: list[str] = field(default_factory=list)

    @property
    def documents(self) -> int:
        return self.new + self.known + self.duplicates + self.failed

    @property
    def rate(self) -> float:
        processed = self.new + self.duplicates
        return processed / self.seconds if self.seconds > 0 else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"documents": self.documents, "new": self.new, "known": self.known,
                "duplicates": self.duplicates, "failed": self.failed,
                "records_added": self.added, "records_merged": self.merged,
                "near_duplicates": self.near_duplicates, "not_english": self.not_english,
                "seconds": round(self.seconds, 2),
                "articles_per_second": round(self.rate, 2)}


def ingest(store: Writer, items: Iterable[SourceDocument | InputError], *,
           extractor: Extractor = extract_document,
           on_item: Callable[[IngestSummary], None] | None = None,
           on_error: Callable[[str], None] | None = None,
           on_warning: Callable[[str], None] | None = None,
           backend: Backend | None = None) -> IngestSummary:
    """Store every document of `items` in `store` (a `Store`; only its writing half, `lookup`
    and `add`, is used); `on_item` is called after each (progress bars), `on_error` with each
    failure and `on_warning` with each document skipped as not English.

    With a `backend` (`accords.scale`: local processes or a Dask cluster) documents are
    extracted there, `extractor` must then be importable by the workers (a module-level
    function), and this process alone writes, in input order: the store ends up exactly as a
    serial run leaves it. Without one they are extracted here, one at a time. A document
    whose extraction raises is counted as failed and the run goes on.
    """
    summary = IngestSummary()
    started = time.perf_counter()

    def tick() -> None:
        summary.seconds = time.perf_counter() - started
        if on_item is not None:
            on_item(summary)

    # a serial run is the same pipeline on the in-process backend: one path to get right
    for (doc, _needed), record in ordered_map(backend or Serial(), _Job(extractor),
                                               _jobs(store, items, summary, on_error, tick)):
        if isinstance(record, BaseException):
            message = str(record) if isinstance(record, AccordsError) else \
                f"{doc.document.id}: extraction failed: {type(record).__name__}: {record}"
            _fail(summary, message, on_error)
        else:
            _write(store, doc, record, summary, on_error, on_warning)
        tick()
    summary.seconds = time.perf_counter() - started
    return summary


@dataclass
class _Job:
    """What a worker runs: extract a document, unless its text is already stored (None)."""

    extractor: Extractor

    def __call__(self, job: tuple[SourceDocument, bool]) -> Record | None:
        doc, needed = job
        return self.extractor(doc) if needed else None


def _jobs(store: Writer, items: Iterable[SourceDocument | InputError], summary: IngestSummary,
          on_error: Callable[[str], None] | None,
          tick: Callable[[], None]) -> Iterator[tuple[SourceDocument, bool]]:
    """The documents to send to the workers, with whether they need extracting; bad input and
    documents already stored are counted here and never leave this process."""
    for item in items:
        if isinstance(item, AccordsError):
            _fail(summary, str(item), on_error)
            tick()
            continue
        try:
            status = store.lookup(item.text, item.document.id)
        except AccordsError as exc:
            _fail(summary, str(exc), on_error)
            tick()
            continue
        if status == "known":
            summary.known += 1
            tick()
            continue
        yield item, status == "new"


def _write(store: Writer, doc: SourceDocument, record: Record | None, summary: IngestSummary,
           on_error: Callable[[str], None] | None,
           on_warning: Callable[[str], None] | None) -> None:
    if record is not None and record.document.language != doc.document.language:
        # the language extraction acted on is the one stored and shown
        doc = SourceDocument(document=doc.document.model_copy(
            update={"language": record.document.language}), text=doc.text)
    try:
        result = store.add(doc, record)
    except AccordsError as exc:
        _fail(summary, str(exc), on_error)
        return
    if result.status == "known":  # an earlier document in this run, or another writer
        summary.known += 1
        return
    if result.status == "duplicate":
        summary.duplicates += 1
    else:
        summary.new += 1
        if result.near_duplicate_of:
            summary.near_duplicates += 1
        if record is not None and not is_english(record.document.language):
            summary.not_english += 1
            if on_warning is not None:
                on_warning(not_english_message(doc.document.id, record.document.language))
    summary.added += result.added
    summary.merged += result.merged


def _fail(summary: IngestSummary, message: str,
          on_error: Callable[[str], None] | None) -> None:
    summary.failed += 1
    if len(summary.errors) < 1000:
        summary.errors.append(message)
    if on_error is not None:
        on_error(message)
