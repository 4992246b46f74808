"""Writer capacity: how many documents per second the single writer merges into the store when
extraction is already done, as it is when a cluster of workers extracts.

Usage: python bench/writer.py [--corpus PATH] [--limit N] [--db URL]... [--records FILE]
                              [--workers N] [--profile FILE] [--json]

The first N Reuters-21578 stories are extracted once (with N local worker processes) and their
records kept in a JSON Lines file (--records; by default a cache under ~/.cache/accords/bench
keyed by the corpus, the limit and the coder's version), so reruns start at once. Then, for
each database (--db may be given more than once: SQLite paths or postgresql://...; default a
temporary SQLite file), the stories go through `accords.store.ingest.ingest` with an
extractor that hands back the stored record: everything the writer does for a cluster is
timed (looking each text up, merging it, one transaction per document), and nothing else.
A `--db` database is EMPTIED first.

Reported per database: wall seconds and documents/s; CPU seconds of this process and, for a
local PostgreSQL server, of its backends, and documents per CPU second (what the writer can
sustain on a core of its own, whatever else the machine runs); SQL statements per document.
Reading the stories is timed apart (the writer's process reads them too, in a real run).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import orjson
from extract import DEFAULT_CORPUS, SINGLE_THREAD_ENV, pin_to_one_cpu
from measure import measured, profiled


@dataclass
class WriterResult:
    database: str
    documents: int
    new: int
    duplicates: int
    failed: int
    records_added: int
    records_merged: int
    wall_s: float
    documents_per_s: float
    cpu_s: float
    server_cpu_s: float | None
    documents_per_cpu_s: float
    statements_per_document: float
    read_ms_per_document: float


def cache_path(corpus: Path, limit: int | None) -> Path:
    from accords.extract import CODER_NAME, CODER_VERSION

    key = hashlib.sha256(f"{corpus.resolve()}|{limit}|{CODER_NAME}.v{CODER_VERSION}"
                         .encode()).hexdigest()[:16]
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "accords" / "bench" / f"records-{key}.jsonl"


def load_documents(corpus: Path, limit: int | None) -> tuple[list[Any], float]:
    """The stories (documents only; reading errors are skipped) and the ms it took per
    story to read them."""
    import time

    from accords.ingest.documents import SourceDocument
    from accords.ingest.sources import iter_sources

    start = time.process_time()
    docs = [d for d in iter_sources(corpus, limit=limit) if isinstance(d, SourceDocument)]
    return docs, (time.process_time() - start) * 1000 / max(1, len(docs))


def precompute(docs: list[Any], path: Path, workers: int) -> dict[str, Any]:
    """Each story's record (or None where extraction failed), from `path` when it holds
    all these stories, else extracted now and written there."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from accords.model import Record

    if path.exists():
        lines = {x["id"]: x["record"] for x in map(orjson.loads,
                                                    path.read_bytes().splitlines())}
        if all(d.document.id in lines for d in docs):
            return {d.document.id: Record.model_validate(lines[d.document.id])
                    if lines[d.document.id] else None for d in docs}
    from accords.scale import LocalProcesses, Serial, ordered_map
    from accords.store.ingest import DocumentExtractor

    backend = LocalProcesses(workers) if workers > 1 else Serial()
    out: dict[str, Any] = {}
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    try:
        with tmp.open("wb") as f, Progress(TextColumn("[bold]extracting once"), BarColumn(),
                                          MofNCompleteColumn(),
                                          console=Console(stderr=True)) as progress:
            task = progress.add_task("extract", total=len(docs))
            for doc, record in ordered_map(backend, DocumentExtractor(), docs):
                ok = not isinstance(record, BaseException)
                out[doc.document.id] = record if ok else None
                f.write(orjson.dumps({"id": doc.document.id,
                                      "record": record.to_dict() if ok else None}) + b"\n")
                progress.advance(task)
    finally:
        backend.close()
    tmp.replace(path)
    return out


@dataclass(frozen=True)
class Precomputed:
    """The extractor the writer is timed with: the record extracted earlier."""

    records: dict[str, Any]

    def __call__(self, doc: Any) -> Any:
        record = self.records.get(doc.document.id)
        if record is None:
            raise RuntimeError("extraction failed when the records were computed")
        return record


def run(db: str | None, docs: list[Any], records: dict[str, Any], read_ms: float,
        workdir: Path, profile: str | None) -> WriterResult:
    from ingest import empty
    from sqlalchemy.engine import make_url

    from accords.store import Store
    from accords.store.ingest import ingest
    from accords.store.store import database_url

    url = db or str(workdir / "writer.db")
    store = Store(url)
    try:
        if db:
            empty(store)
        with profiled(profile), measured(store) as clock:
            summary = ingest(store, docs, extractor=Precomputed(records))
    finally:
        store.close()
    n = summary.documents
    return WriterResult(
        database=make_url(database_url(db)).render_as_string(hide_password=True)
        if db else "a temporary SQLite file",
        documents=n, new=summary.new, duplicates=summary.duplicates, failed=summary.failed,
        records_added=summary.added, records_merged=summary.merged,
        wall_s=round(clock.wall_s, 2), documents_per_s=round(n / clock.wall_s, 1),
        cpu_s=round(clock.cpu_s, 2),
        server_cpu_s=round(clock.server_cpu_s, 2) if clock.server_cpu_s is not None else None,
        documents_per_cpu_s=round(n / clock.total_cpu_s, 1),
        statements_per_document=round(clock.statements / max(1, n), 1),
        read_ms_per_document=round(read_ms, 3),
    )


def report(results: list[WriterResult], as_json: bool) -> None:
    if as_json:
        sys.stdout.write(orjson.dumps([asdict(r) for r in results],
                                      option=orjson.OPT_INDENT_2).decode() + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title="the single writer, extraction precomputed, one core",
                  caption="docs/CPU s: documents per CPU second of this process and the "
                  "PostgreSQL backends (local server), what one writer sustains on a core of "
                  "its own")
    for column in ("database", "docs", "new", "dup", "added", "merged", "wall s", "docs/s",
                   "CPU s", "server CPU s", "docs/CPU s", "stmts/doc"):
        table.add_column(column, justify="left" if column == "database" else "right")
    for r in results:
        table.add_row(_label(r.database), str(r.documents), str(r.new), str(r.duplicates),
                      str(r.records_added), str(r.records_merged), f"{r.wall_s:.1f}",
                      f"{r.documents_per_s:.0f}", f"{r.cpu_s:.1f}",
                      "-" if r.server_cpu_s is None else f"{r.server_cpu_s:.1f}",
                      f"{r.documents_per_cpu_s:.0f}", f"{r.statements_per_document:.1f}")
    console = Console(width=max(Console().width, 120))
    console.print(table)
    for r in results:
        console.print(f"{_label(r.database)}: {r.database}")
    console.print(f"reading the stories: {results[0].read_ms_per_document:.2f} ms CPU each "
                  "(not in the figures above)")
    failed = [r for r in results if r.failed]
    if failed:
        console.print(f"[yellow]{failed[0].failed} documents failed (their extraction "
                      "failed when the records were computed)[/yellow]")


def _label(database: str) -> str:
    return "PostgreSQL" if database.startswith("postgresql") else "SQLite"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, default=4000, help="stories (default 4000; "
                        "0: the whole corpus)")
    parser.add_argument("--db", action="append", default=None,
                        help="a database to write (repeatable): SQLite path or "
                        "postgresql://...; it is EMPTIED first (default: a temporary SQLite "
                        "file)")
    parser.add_argument("--records", type=Path, help="JSON Lines cache of the extracted "
                        "records (default: under ~/.cache/accords/bench)")
    parser.add_argument("--workers", type=int, default=2,
                        help="processes that extract the records when they are not cached")
    parser.add_argument("--profile", metavar="FILE",
                        help="cProfile the first database's run into FILE and print its top")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        parser.error(f"corpus not found: {args.corpus} (pass --corpus or set ACCORDS_CORPORA)")
    limit = args.limit or None

    for name, value in SINGLE_THREAD_ENV.items():
        os.environ.setdefault(name, value)
    docs, read_ms = load_documents(args.corpus, limit)
    records = precompute(docs, args.records or cache_path(args.corpus, limit), args.workers)
    pin_to_one_cpu()  # after the workers: they extract on every core
    results = []
    with tempfile.TemporaryDirectory(prefix="accords-writer-") as workdir:
        for i, db in enumerate(args.db or [None]):
            results.append(run(db, docs, records, read_ms, Path(workdir),
                               args.profile if i == 0 else None))
    report(results, args.json)


if __name__ == "__main__":
    main()
