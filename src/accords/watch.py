"""`accords watch`: poll feeds, pages and folders, store what is new, and alert on every new or
changed agreement or event that matches the watch's filters.

One poll reads each source in turn. An HTTP source is fetched conditionally (its last ETag
and Last-Modified are sent, and a 304 ends there), with a timeout and retries with back-off
(`accords.ingest.fetch`); a body identical to the last one is not read again, for servers that
send no validators. A file or folder is read again only when its list of files, sizes and
modification times changed. What is read goes through the ordinary ingest, so a known text is
never extracted twice. A source that fails is reported and the others are polled all the same.

Alerts come from the store, not from the fetch: after each document, every document stored
since the watch's cursor is looked at, each agreement and event it reports that matches the
filters is alerted ("new" when that document is its first report, else "changed"), and the
alert and the cursor are written to the database. A restart therefore resumes where the last
run stopped: no alert is given twice (each is keyed by watch, record and document) and none is
missed (documents stored while no watch ran are past the cursor too). A watch is keyed by its
filters, so two watches with different filters on one database keep separate alert histories.
Its first run starts from the documents stored at that moment: older records are not alerted.

`Watcher.stop()` (Ctrl-C in the CLI) ends the run after the document in hand; the feed that
was being read keeps its old validators, so the next run reads the rest of it.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

import httpx
import orjson
from sqlalchemy import func, insert, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from accords.errors import AccordsError, ArgumentError, InputError, StoreError
from accords.ingest import fetch
from accords.ingest.documents import MAX_TEXT_BYTES, SourceDocument
from accords.ingest.sources import iter_sources
from accords.model import PLOVER_EVENTS, StoredAgreement, StoredEvent
from accords.store import Filters, Store
from accords.store.database import first_line
from accords.store.ingest import Extractor, IngestSummary, extract_document, ingest
from accords.store.schema import (
    agreement_reports,
    documents,
    event_reports,
    sources,
    watch_alerts,
    watch_cursors,
    watch_sources,
)

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_DURATION_RE = re.compile(r"(\d+(?:\.\d+)?)\s*([smhd])")


def parse_duration(value: str, option: str = "--every") -> float:
    """Seconds in "90s", "15m", "1h30m" or "1d"; an ArgumentError naming the option and the
    value for anything else (a bare number would leave the unit to guess)."""
    text = value.strip().lower()
    parts = _DURATION_RE.findall(text)
    if not text or _DURATION_RE.sub("", text).strip():
        parts = []
    seconds = sum(float(n) * _UNITS[u] for n, u in parts)
    if not parts or seconds <= 0:
        raise ArgumentError(f"{option}: {value!r} is not a duration; write a number and a "
                            "unit: 30s, 15m, 2h, 1d (or 1h30m)")
    return seconds


@dataclass(frozen=True)
class Source:
    """A place to poll: an http(s) URL, or a file or folder read as `accords ingest` does."""

    location: str
    kind: str  # "http" or "path"

    @classmethod
    def parse(cls, value: str) -> Source:
        """The source a user named, or an ArgumentError saying why it is none."""
        if re.match(r"https?://", value, re.I):
            try:
                host = httpx.URL(value).host
            except httpx.InvalidURL as exc:
                raise ArgumentError(f"source {value!r}: not a valid URL: {exc}") from None
            if not host:
                raise ArgumentError(f"source {value!r}: a URL without a host")
            return cls(value, "http")
        if re.match(r"[a-z][a-z0-9+.-]*://", value, re.I):
            raise ArgumentError(f"source {value!r}: only http:// and https:// URLs are polled")
        path = Path(value).expanduser()
        if not path.exists():
            raise ArgumentError(f"unknown source {value!r}: not an http(s) URL, nor an "
                                "existing file or folder")
        return cls(str(path.resolve()), "path")


@dataclass(frozen=True)
class WatchFilters:
    """What the watch alerts on: the filters of `accords query` it takes. `sector` selects
    agreements only and `event` events only, as in `accords export`."""

    country: str | None = None
    with_country: str | None = None
    sector: str | None = None
    event: str | None = None

    def __post_init__(self) -> None:
        from accords.code.sectors import SECTOR_WORDS

        if self.sector is not None and self.sector.lower() not in SECTOR_WORDS:
            raise ArgumentError(f"--sector: unknown sector {self.sector!r}; one of "
                                f"{', '.join(sorted(SECTOR_WORDS))}")
        if self.event is not None and not self.event.isdigit() and \
                self.event.upper() not in PLOVER_EVENTS:
            raise ArgumentError(f"--event: unknown event {self.event!r}; a PLOVER type "
                                f"({', '.join(PLOVER_EVENTS)}) or a CAMEO code such as 112")

    @property
    def key(self) -> str:
        """The watch's name in the database: its filters, written out."""
        parts = [f"{name}={value.upper() if name != 'sector' else value.lower()}"
                 for name, value in (("country", self.country), ("with", self.with_country),
                                     ("sector", self.sector), ("event", self.event)) if value]
        return ";".join(parts) or "all"

    def store_filters(self, kind: str) -> Filters | None:
        """The store's Filters for agreements or events; None when this kind is not watched."""
        if (kind == "agreement" and self.event) or (kind == "event" and self.sector):
            return None
        return Filters(country=self.country, with_country=self.with_country,
                       sector=self.sector if kind == "agreement" else None,
                       event=self.event if kind == "event" else None, limit=None)


@dataclass(frozen=True)
class Alert:
    """A new or changed record that matches the watch: what the terminal, the alert file and
    the webhook receive."""

    change: str  # "new" or "changed"
    kind: str  # "agreement" or "event"
    id: str  # the store-wide id: g12, e31
    line: str  # one readable line
    document: dict[str, Any]  # the document that brought it: id, title, url, source, published
    record: dict[str, Any]  # the merged record, with its sources and evidence
    watch: str
    alerted_at: str

    def to_dict(self) -> dict[str, Any]:
        return {"alert": self.change, "kind": self.kind, "id": self.id, "line": self.line,
                "watch": self.watch, "alerted_at": self.alerted_at, "document": self.document,
                "record": self.record}


@dataclass
class PollSummary:
    """What one poll did, for the line the CLI prints after it."""

    sources: int = 0
    unchanged: int = 0
    failed: int = 0
    documents: int = 0  # new texts stored
    alerts: int = 0
    errors: list[str] = field(default_factory=list)
    stopped: bool = False


class Watcher:
    """Polls `sources` into `store` and alerts on records that match `filters`.

    Alerts go to `on_alert` (the terminal), to `alerts_file` (one JSON object a line,
    appended and flushed before the alert is marked as given) and, when `webhook` is set, as
    a JSON POST there; a webhook that fails is tried again at the next poll. Problems go to
    `on_error`, one line each.
    """

    def __init__(self, store: Store, sources: Iterable[Source], filters: WatchFilters, *,
                 alerts_file: str | os.PathLike[str] | None = None,
                 webhook: str | None = None,
                 on_alert: Callable[[Alert], None] | None = None,
                 on_error: Callable[[str], None] | None = None,
                 timeout: float = 30.0,
                 retrying: fetch.Retrying | None = None,
                 extractor: Extractor = extract_document,
                 max_bytes: int = MAX_TEXT_BYTES) -> None:
        self.store = store
        self.sources = list(sources)
        self.filters = filters
        self.webhook = webhook
        self.on_alert = on_alert
        self.on_error = on_error
        self.retrying = retrying or fetch.Retrying()
        self.extractor = extractor
        self.max_bytes = max_bytes
        self._cursor = self._start_cursor()
        self._stop = threading.Event()
        self._alerts: TextIO | None = None
        if alerts_file is not None:
            try:
                self._alerts = open(alerts_file, "a", encoding="utf-8")
            except OSError as exc:
                raise ArgumentError(f"--alerts: cannot write {str(alerts_file)!r}: "
                                    f"{exc.strerror or exc}") from None
        self._http = fetch.client(timeout)

    # ---- running --------------------------------------------------------------------------
    def run(self, every: float, *, once: bool = False,
            on_poll: Callable[[PollSummary], None] | None = None) -> None:
        """Poll, then wait `every` seconds, until `stop()` (or after one poll with `once`)."""
        while not self._stop.is_set():
            summary = self.poll()
            if on_poll is not None:
                on_poll(summary)
            if once or self._stop.wait(every):
                break

    def stop(self) -> None:
        """End the run after the document in hand (safe from a signal handler or a thread)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def close(self) -> None:
        self._http.close()
        if self._alerts is not None:
            self._alerts.close()

    def __enter__(self) -> Watcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def poll(self) -> PollSummary:
        """Read every source once, store what is new and give its alerts."""
        summary = PollSummary()
        try:
            self._retry_webhooks(summary)
            self._flush(summary)  # documents stored while no watch ran
        except (AccordsError, SQLAlchemyError) as exc:  # the database is away: next poll
            self._report(summary, f"cannot give alerts: {first_line(exc)}")
            return summary
        for source in self.sources:
            if self._stop.is_set():
                summary.stopped = True
                break
            summary.sources += 1
            try:
                self._poll_source(source, summary)
            except Exception as exc:  # one bad source never stops the others
                if isinstance(exc, AccordsError):
                    message = exc.message
                elif isinstance(exc, SQLAlchemyError):
                    message = f"database: {first_line(exc)}"
                else:
                    message = f"{type(exc).__name__}: {exc}"
                self._failed(source, summary, f"{source.location}: {message}")
        summary.stopped = summary.stopped or self._stop.is_set()
        return summary

    # ---- sources --------------------------------------------------------------------------
    def _poll_source(self, source: Source, summary: PollSummary) -> None:
        state = self._source_state(source)
        now = datetime.now(UTC)
        if source.kind == "http":
            try:
                got = fetch.fetch(self._http, source.location, etag=state["etag"],
                                  last_modified=state["last_modified"],
                                  retrying=self.retrying, sleep=self._stop.wait)
            except InputError as exc:
                self._failed(source, summary, str(exc))
                return
            fingerprint = None if got.unchanged else hashlib.sha256(got.body).hexdigest()
            validators = {"etag": got.etag, "last_modified": got.last_modified}
            if got.unchanged or fingerprint == state["fingerprint"]:
                summary.unchanged += 1
                self._save_source(source, checked_at=now, error=None, failures=0,
                                  **validators)
                return
            items: Iterable[SourceDocument | InputError] = fetch.documents(
                got, max_bytes=self.max_bytes)
        else:
            fingerprint = _path_fingerprint(Path(source.location))
            validators = {}
            if fingerprint == state["fingerprint"]:
                summary.unchanged += 1
                self._save_source(source, checked_at=now, error=None, failures=0)
                return
            items = iter_sources(source.location, max_bytes=self.max_bytes)
        bad = [0]
        result = ingest(self.store, self._until_stopped(items, bad),
                        extractor=self.extractor,
                        on_item=lambda _s: self._flush(summary),
                        on_error=lambda message: self._report(summary, message))
        summary.documents += result.new
        if self._stop.is_set() or _store_trouble(result, bad[0]):
            # read again next time: what was not stored must not look already seen
            self._save_source(source, checked_at=now, error=None, failures=0)
            return
        self._save_source(source, checked_at=now, changed_at=now, fingerprint=fingerprint,
                          error=None, failures=0, **validators)

    def _until_stopped(self, items: Iterable[SourceDocument | InputError],
                       bad: list[int]) -> Iterator[SourceDocument | InputError]:
        """The items, until the watch is told to stop; counts the unreadable ones in bad[0]."""
        for item in items:
            if self._stop.is_set():
                return
            if isinstance(item, InputError):
                bad[0] += 1
            yield item

    def _failed(self, source: Source, summary: PollSummary, message: str) -> None:
        summary.failed += 1
        self._report(summary, message)
        try:
            state = self._source_state(source)
            self._save_source(source, checked_at=datetime.now(UTC), error=message,
                              failures=(state["failures"] or 0) + 1)
        except AccordsError as exc:
            self._report(summary, str(exc))

    def _report(self, summary: PollSummary, message: str) -> None:
        summary.errors.append(message)
        if self.on_error is not None:
            self.on_error(message)

    def _source_state(self, source: Source) -> dict[str, Any]:
        """The source's row, created on its first poll."""
        try:
            with self.store.engine.begin() as conn:
                row = conn.execute(select(watch_sources).where(
                    watch_sources.c.location == source.location)).first()
                if row is None:
                    try:
                        with conn.begin_nested():
                            conn.execute(insert(watch_sources).values(
                                location=source.location, kind=source.kind, failures=0))
                    except IntegrityError:  # another watch added it meanwhile
                        pass
                    row = conn.execute(select(watch_sources).where(
                        watch_sources.c.location == source.location)).one()
                return dict(row._mapping)
        except SQLAlchemyError as exc:
            raise AccordsError(f"{source.location}: cannot read the watch state: "
                               f"{first_line(exc)}") from exc

    def _save_source(self, source: Source, **values: Any) -> None:
        try:
            with self.store.engine.begin() as conn:
                conn.execute(update(watch_sources).where(
                    watch_sources.c.location == source.location).values(**values))
        except SQLAlchemyError as exc:
            raise AccordsError(f"{source.location}: cannot save the watch state: "
                               f"{first_line(exc)}") from exc

    # ---- alerts ---------------------------------------------------------------------------
    def _start_cursor(self) -> int:
        """This watch's cursor; a new watch starts at the newest stored document."""
        key = self.filters.key
        try:
            with self.store.engine.begin() as conn:
                cursor = conn.execute(select(watch_cursors.c.document_id).where(
                    watch_cursors.c.watch == key)).scalar()
                if cursor is not None:
                    return int(cursor)
                newest = conn.execute(select(func.max(documents.c.id))).scalar() or 0
                try:
                    with conn.begin_nested():
                        conn.execute(insert(watch_cursors).values(
                            watch=key, document_id=newest, updated_at=datetime.now(UTC)))
                except IntegrityError:  # the same watch started twice at once
                    return int(conn.execute(select(watch_cursors.c.document_id).where(
                        watch_cursors.c.watch == key)).scalar_one())
                return int(newest)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot start the watch {key!r}: {first_line(exc)}") from exc

    def _flush(self, summary: PollSummary) -> None:
        """Alert on the records of every document stored past the cursor, in order."""
        with self.store.engine.connect() as conn:
            pending = [r[0] for r in conn.execute(select(documents.c.id).where(
                documents.c.id > self._cursor).order_by(documents.c.id))]
        for doc_pk in pending:
            for kind, reports, column in (("agreement", agreement_reports, "agreement_id"),
                                          ("event", event_reports, "event_id")):
                wanted = self.filters.store_filters(kind)
                if wanted is None:
                    continue
                with self.store.engine.connect() as conn:
                    pks = [r[0] for r in conn.execute(
                        select(reports.c[column]).where(reports.c.document_id == doc_pk)
                        .order_by(reports.c.id))]
                for pk in self.store.matching(kind, pks, wanted):
                    if self._alert(kind, pk, doc_pk):
                        summary.alerts += 1
            with self.store.engine.begin() as conn:
                conn.execute(update(watch_cursors).where(
                    watch_cursors.c.watch == self.filters.key).values(
                    document_id=doc_pk, updated_at=datetime.now(UTC)))
            self._cursor = doc_pk

    def _alert(self, kind: str, pk: int, doc_pk: int) -> bool:
        """Give one alert unless it was given; False when it was."""
        key = self.filters.key
        reports, column = (agreement_reports, "agreement_id") if kind == "agreement" else \
            (event_reports, "event_id")
        with self.store.engine.connect() as conn:
            if conn.execute(select(watch_alerts.c.id).where(
                    watch_alerts.c.watch == key, watch_alerts.c.kind == kind,
                    watch_alerts.c.record_id == pk,
                    watch_alerts.c.document_id == doc_pk)).first() is not None:
                return False
            first = conn.execute(select(func.min(reports.c.document_id)).where(
                reports.c[column] == pk)).scalar()
            doc = conn.execute(select(sources.c.doc_id, sources.c.title, sources.c.url,
                                      sources.c.source, sources.c.published).where(
                sources.c.document_id == doc_pk).order_by(sources.c.id)).first()
        record = self.store.agreement(pk) if kind == "agreement" else self.store.event(pk)
        if record is None or doc is None:
            return False
        change = "new" if first == doc_pk else "changed"
        document = {"id": doc.doc_id, "title": doc.title, "url": doc.url,
                    "source": doc.source, "published": doc.published}
        now = datetime.now(UTC)
        alert = Alert(change=change, kind=kind, id=record.id,
                      line=self._line(change, record, document), document=document,
                      record=record.model_dump(mode="json"), watch=key,
                      alerted_at=now.isoformat(timespec="seconds"))
        payload = alert.to_dict()
        if self.on_alert is not None:
            self.on_alert(alert)
        if self._alerts is not None:
            self._alerts.write(orjson.dumps(payload).decode() + "\n")
            self._alerts.flush()
            os.fsync(self._alerts.fileno())
        hook = self._post(payload) if self.webhook else None
        with self.store.engine.begin() as conn:
            conn.execute(insert(watch_alerts).values(
                watch=key, kind=kind, record_id=pk, document_id=doc_pk, change=change,
                alerted_at=now, payload=payload, webhook=hook))
        return True

    def _post(self, payload: dict[str, Any]) -> str:
        assert self.webhook is not None
        try:
            fetch.post_json(self._http, self.webhook, orjson.dumps(payload),
                            retrying=self.retrying, sleep=self._stop.wait)
        except InputError as exc:
            if self.on_error is not None:
                self.on_error(f"{exc} (tried again at the next poll)")
            return "failed"
        return "sent"

    def _retry_webhooks(self, summary: PollSummary) -> None:
        """Post again the alerts whose webhook failed at an earlier poll, oldest first."""
        if not self.webhook:
            return
        with self.store.engine.connect() as conn:
            rows = conn.execute(select(watch_alerts.c.id, watch_alerts.c.payload).where(
                watch_alerts.c.watch == self.filters.key,
                watch_alerts.c.webhook == "failed").order_by(watch_alerts.c.id)).all()
        for row in rows:
            if self._stop.is_set() or self._post(row.payload) != "sent":
                break  # still down: the rest wait for the next poll, in order
            with self.store.engine.begin() as conn:
                conn.execute(update(watch_alerts).where(watch_alerts.c.id == row.id)
                             .values(webhook="sent"))

    def _line(self, change: str, record: StoredAgreement | StoredEvent,
              document: dict[str, Any]) -> str:
        """One line for the terminal: what happened, between whom, from which document."""
        names = {a.id: a.name for a in self.store.actors_by_id(
            [*getattr(record, "parties", []), *getattr(record, "actor", []),
             *getattr(record, "recipient", [])]).values()}
        when = record.date.start if record.date and record.date.start else "undated"
        if isinstance(record, StoredAgreement):
            what = " ".join(x for x in (record.instrument, record.subject or "",
                                         record.status or "") if x)
            who = "-".join(record.countries) or ", ".join(names.get(p, p)
                                                          for p in record.parties)
            sectors = f" [{', '.join(record.sectors)}]" if record.sectors else ""
            body = f"{who}: {what}{sectors}"
        else:
            actor = ", ".join(names.get(a, a) for a in record.actor) or "?"
            recipient = ", ".join(names.get(a, a) for a in record.recipient)
            code = f"{record.event} {record.cameo}" if record.cameo else record.event
            body = f"{code}: {actor}" + (f" -> {recipient}" if recipient else "")
        origin = document.get("title") or document.get("id")
        return f"{change} {record.id} {body} ({when}) from {origin}"


def _store_trouble(result: IngestSummary, unreadable: int) -> bool:
    """Whether documents failed for another reason than their own content (the store, the
    extractor): those must be read again, so the source is not marked as seen."""
    return result.failed > unreadable


def _path_fingerprint(path: Path) -> str:
    """A digest of every file under `path` (name, size, modification time), hidden entries
    skipped as `accords ingest` skips them: equal digests mean nothing to read again."""
    digest = hashlib.sha256()
    entries: list[Path] = [path] if path.is_file() else []
    if path.is_dir():
        for root, dirs, files in os.walk(path):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            entries += [Path(root, f) for f in sorted(files) if not f.startswith(".")]
    for entry in entries:
        try:
            info = entry.stat()
        except OSError:
            continue
        digest.update(f"{entry}\0{info.st_size}\0{info.st_mtime_ns}\n".encode())
    return digest.hexdigest()
