"""Throughput, memory and database size of `accords ingest` on Reuters-21578, and what the store
costs on top of extraction alone.

Usage: python bench/ingest.py [--corpus PATH] [--limit N] [--db URL]... [--baseline]
                              [--profile FILE] [--json]

Ingests the corpus (all of it unless --limit) into an empty database: a temporary SQLite file by
default, or each database --db names (repeatable: a SQLite path or postgresql://...), which is
emptied first with Store.clear(). Extraction, merging and every transaction are timed together,
as a user's `accords ingest` runs them; loading the model is timed apart. With --baseline, the
same documents are first extracted alone (each distinct text once, as ingest extracts them),
and each ingest is reported as a multiple of that. Every phase runs in a fresh process, pinned
to one CPU with one BLAS/OpenMP thread, so rates compare across machines and no phase inherits
another's warm caches.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import orjson

# bench/extract.py, beside this file (a script's folder is on sys.path): one definition of the
# default corpus, the single-thread settings and the peak-RSS reading for both benchmarks.
from extract import DEFAULT_CORPUS, SINGLE_THREAD_ENV, peak_rss_mib, pin_to_one_cpu
from measure import measured, profiled

MIB = 1024 * 1024


@dataclass
class IngestResult:
    corpus: str
    database: str
    documents: int
    new: int
    known: int
    duplicates: int
    failed: int
    records_added: int
    records_merged: int
    near_duplicates: int
    load_s: float
    wall_s: float
    articles_per_s: float
    cpu_s: float  # this process
    server_cpu_s: float | None  # the PostgreSQL backends (a local server), None on SQLite
    extract_wall_s: float  # of the above, in the extractor
    extract_cpu_s: float
    statements: int
    db_empty_mib: float | None
    db_mib: float | None
    mib_per_1000: float | None
    peak_rss_mib: float
    check_problems: list[str]
    first_error: str | None

    @property
    def total_cpu_s(self) -> float:
        return self.cpu_s + (self.server_cpu_s or 0.0)


@dataclass
class ExtractResult:
    """Extraction alone over the texts ingest extracts."""

    documents: int
    extracted: int
    failed: int
    load_s: float
    wall_s: float
    cpu_s: float
    articles_per_s: float
    peak_rss_mib: float


def empty(store: Any) -> None:
    """Delete every row, then give the space back so the size measured later is this run's."""
    from sqlalchemy import text

    store.clear()
    vacuum = "VACUUM FULL" if store.dialect == "postgresql" else "VACUUM"
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text(vacuum))


def size_mib(store: Any) -> float | None:
    """The database's size on disk; SQLite's write-ahead log is folded in first, as a reader
    opening the file later would find it."""
    from sqlalchemy import text

    if store.dialect == "sqlite":
        with store.engine.connect() as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
    size = store.size_bytes()
    return round(size / MIB, 2) if size is not None else None


def warm_up(corpus: Path) -> float:
    """Extraction loads its pipeline, tables and language identifier on first use: pay that
    outside the timing, on a real story (a one-line warm-up misses the language model)."""
    from accords.ingest.documents import SourceDocument
    from accords.ingest.sources import iter_sources
    from accords.store.ingest import extract_document

    first = next((i for i in iter_sources(corpus, limit=1) if isinstance(i, SourceDocument)),
                 None)
    start = time.perf_counter()
    if first is not None:
        extract_document(first)
    return time.perf_counter() - start


def progress_bar(name: str) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn(f"[bold]{name}"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]:>7.1f} art/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    # stdout carries the results; the bar goes to the terminal on stderr
    return Progress(*columns, console=Console(stderr=True))


def run_extract(corpus: Path, limit: int | None) -> ExtractResult:
    """Extraction alone, on what ingest would extract: every distinct text once (a text seen
    under a second id is not extracted again by ingest), read from the corpus the same way."""
    from accords.ingest.documents import SourceDocument
    from accords.ingest.sources import iter_sources
    from accords.store.ingest import extract_document
    from accords.store.merge import content_hash

    total = sum(1 for _ in iter_sources(corpus, limit=limit))
    load_s = warm_up(corpus)
    seen: set[str] = set()
    documents = extracted = failed = 0
    with progress_bar("extract") as progress, measured() as clock:
        task = progress.add_task("extract", total=total, rate=0.0)
        start = time.perf_counter()
        for item in iter_sources(corpus, limit=limit):
            documents += 1
            if isinstance(item, SourceDocument):
                h = content_hash(item.text)
                if h not in seen:
                    seen.add(h)
                    extracted += 1
                    try:
                        extract_document(item)
                    except Exception:  # counted, as ingest counts it
                        failed += 1
            elapsed = time.perf_counter() - start
            progress.update(task, completed=documents,
                            rate=documents / elapsed if elapsed > 0 else 0.0)
    return ExtractResult(documents=documents, extracted=extracted, failed=failed,
                         load_s=round(load_s, 3), wall_s=round(clock.wall_s, 3),
                         cpu_s=round(clock.cpu_s, 3),
                         articles_per_s=round(documents / clock.wall_s, 2),
                         peak_rss_mib=round(peak_rss_mib(), 1))


@dataclass
class _TimedExtractor:
    """The ingest's extractor, with the time spent in it added up."""

    wall_s: float = 0.0
    cpu_s: float = 0.0

    def __call__(self, doc: Any) -> Any:
        from accords.store.ingest import extract_document

        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return extract_document(doc)
        finally:
            self.wall_s += time.perf_counter() - wall
            self.cpu_s += time.process_time() - cpu


def run(corpus: Path, limit: int | None, db: str | None, workdir: Path,
        profile: str | None = None) -> IngestResult:
    """Ingest the corpus into an empty database and measure it."""
    from sqlalchemy.engine import make_url

    from accords.ingest.sources import iter_sources
    from accords.store import Store
    from accords.store.ingest import IngestSummary, ingest
    from accords.store.store import database_url

    url = db or str(workdir / "accords.db")
    store = Store(url)  # refuses a database whose tables are not this version's
    try:
        if db:
            empty(store)
        empty_mib = size_mib(store)
        # a first pass counts the stories for the progress bar; it keeps no text
        total = sum(1 for _ in iter_sources(corpus, limit=limit))
        load_s = warm_up(corpus)
        extractor = _TimedExtractor()
        with progress_bar("ingest") as progress:
            task = progress.add_task("ingest", total=total, rate=0.0, new=0, failed=0)

            def advance(s: IngestSummary) -> None:
                rate = s.documents / s.seconds if s.seconds > 0 else 0.0
                progress.update(task, completed=s.documents, rate=rate)

            with profiled(profile), measured(store) as clock:
                summary = ingest(store, iter_sources(corpus, limit=limit),
                                 extractor=extractor, on_item=advance)
        db_mib = size_mib(store)
        problems = store.check()
    finally:
        store.close()

    stored = summary.new + summary.duplicates
    per_1000 = None
    if db_mib is not None and empty_mib is not None and stored:
        per_1000 = round((db_mib - empty_mib) / stored * 1000, 2)
    return IngestResult(
        corpus=str(corpus),
        database=make_url(database_url(db)).render_as_string(hide_password=True)
        if db else "a temporary SQLite file",
        documents=summary.documents,
        new=summary.new,
        known=summary.known,
        duplicates=summary.duplicates,
        failed=summary.failed,
        records_added=summary.added,
        records_merged=summary.merged,
        near_duplicates=summary.near_duplicates,
        load_s=round(load_s, 3),
        wall_s=round(summary.seconds, 3),
        articles_per_s=round(summary.documents / summary.seconds, 2) if summary.seconds else 0.0,
        cpu_s=round(clock.cpu_s, 3),
        server_cpu_s=round(clock.server_cpu_s, 3) if clock.server_cpu_s is not None else None,
        extract_wall_s=round(extractor.wall_s, 3),
        extract_cpu_s=round(extractor.cpu_s, 3),
        statements=clock.statements,
        db_empty_mib=empty_mib,
        db_mib=db_mib,
        mib_per_1000=per_1000,
        peak_rss_mib=round(peak_rss_mib(), 1),
        check_problems=problems,
        first_error=summary.errors[0] if summary.errors else None,
    )


def _ratio(a: float, b: float | None) -> float | None:
    return round(a / b, 3) if b else None


def summary_of(results: list[IngestResult], base: ExtractResult | None) -> dict[str, Any]:
    """Each ingest as a multiple of extraction: of extraction alone (a separate run; wall and
    CPU seconds), and of the extraction inside the same run (CPU; what the store adds there,
    whatever the machine's other load did meanwhile)."""
    out: dict[str, Any] = {}
    for r in results:
        out[r.database] = {
            "ingest_over_extract_wall": _ratio(r.wall_s, base.wall_s) if base else None,
            "ingest_over_extract_cpu": _ratio(r.total_cpu_s, base.cpu_s) if base else None,
            "ingest_over_own_extraction_cpu": _ratio(r.total_cpu_s, r.extract_cpu_s),
            "store_ms_per_document_cpu": round(
                (r.total_cpu_s - r.extract_cpu_s) * 1000 / max(1, r.documents), 2),
            "statements_per_document": round(r.statements / max(1, r.documents), 1),
        }
    return out


def report(results: list[IngestResult], base: ExtractResult | None, as_json: bool) -> None:
    ratios = summary_of(results, base)
    if as_json:
        sys.stdout.write(orjson.dumps({"extract": asdict(base) if base else None,
                                       "ingest": [asdict(r) for r in results],
                                       "ratios": ratios},
                                      option=orjson.OPT_INDENT_2).decode() + "\n")
        return

    from rich.console import Console
    from rich.table import Table

    def mib(value: float | None) -> str:
        return "n/a" if value is None else f"{value:,.2f}"

    console = Console(width=max(Console().width, 110))
    for r in results:
        table = Table(title="accords ingest, one core", show_header=False)
        table.add_column("what")
        table.add_column("value", justify="right", overflow="fold")
        for label, value in (
            ("database", r.database),
            ("documents read", f"{r.documents:,}"),
            ("new", f"{r.new:,}"),
            ("same text, new id", f"{r.duplicates:,}"),
            ("already known", f"{r.known:,}"),
            ("failed", f"{r.failed:,}"),
            ("records added", f"{r.records_added:,}"),
            ("records merged", f"{r.records_merged:,}"),
            ("near-duplicates", f"{r.near_duplicates:,}"),
            ("model load s", f"{r.load_s:.2f}"),
            ("wall s", f"{r.wall_s:.2f}"),
            ("articles/s", f"{r.articles_per_s:.1f}"),
            ("CPU s (this process)", f"{r.cpu_s:.2f}"),
            ("CPU s (PostgreSQL backends)",
             "n/a" if r.server_cpu_s is None else f"{r.server_cpu_s:.2f}"),
            ("  of which extraction, CPU s", f"{r.extract_cpu_s:.2f}"),
            ("SQL statements per document", f"{r.statements / max(1, r.documents):.1f}"),
            ("database MiB", mib(r.db_mib)),
            ("  of which the empty schema", mib(r.db_empty_mib)),
            ("MiB per 1,000 articles", mib(r.mib_per_1000)),
            ("peak RSS MiB", f"{r.peak_rss_mib:.0f}"),
        ):
            table.add_row(label, value)
        console.print(table)
        if r.first_error:
            console.print(f"[red]first failure:[/red] {r.first_error}")
        if r.check_problems:
            console.print(f"[red]store check:[/red] {'; '.join(r.check_problems)}")

    table = Table(title="ingest as a multiple of extraction (1.00 = the store costs nothing)")
    for column in ("run", "wall s", "CPU s", "ingest/extract wall", "ingest/extract CPU",
                   "ingest/own extraction CPU", "store ms/doc CPU"):
        table.add_column(column, justify="left" if column == "run" else "right")
    if base:
        table.add_row(f"extract alone ({base.extracted} texts)", f"{base.wall_s:.1f}",
                      f"{base.cpu_s:.1f}", "", "", "", "")

    def show(x: float | None) -> str:
        return "" if x is None else f"{x:.3f}"

    for r in results:
        q = ratios[r.database]
        table.add_row(f"ingest, {'PostgreSQL' if 'postgresql' in r.database else 'SQLite'}",
                      f"{r.wall_s:.1f}", f"{r.total_cpu_s:.1f}",
                      show(q["ingest_over_extract_wall"]), show(q["ingest_over_extract_cpu"]),
                      show(q["ingest_over_own_extraction_cpu"]),
                      f"{q['store_ms_per_document_cpu']:.2f}")
    console.print(table)
    console.print("CPU counts this process and, on PostgreSQL, its server backends (a local "
                  "server). 'own extraction' is the extraction inside the same ingest run, "
                  "which the machine's other load affects alike.")


def run_phase(args: argparse.Namespace) -> None:
    """Child mode: one phase, its result as one JSON line on stdout."""
    from accords.errors import AccordsError

    pin_to_one_cpu()
    try:
        if args.phase == "extract":
            result: Any = run_extract(args.corpus, args.limit)
        else:
            with tempfile.TemporaryDirectory(prefix="accords-bench-") as workdir:
                result = run(args.corpus, args.limit, args.db[0] if args.db else None,
                             Path(workdir), args.profile)
    except AccordsError as exc:
        sys.exit(f"bench: {exc}")
    sys.stdout.write(orjson.dumps(asdict(result)).decode() + "\n")


def run_child(args: argparse.Namespace, phase: str, db: str | None = None,
              profile: str | None = None) -> dict[str, Any]:
    """One phase in a fresh interpreter; its progress bar goes to our terminal (stderr)."""
    command = [sys.executable, __file__, "--phase", phase, "--corpus", str(args.corpus)]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    if db:
        command += ["--db", db]
    if profile:
        command += ["--profile", profile]
    completed = subprocess.run(command, stdout=subprocess.PIPE,
                               env={**os.environ, **SINGLE_THREAD_ENV}, check=False)
    if completed.returncode != 0:
        sys.exit(f"bench: the {phase} phase failed (exit status {completed.returncode})")
    return orjson.loads(completed.stdout.splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_CORPUS,
        help=f"Reuters-21578 folder or .sgm file (default {DEFAULT_CORPUS})",
    )
    parser.add_argument("--limit", type=int, help="stop after N articles (default: all)")
    parser.add_argument(
        "--db", action="append",
        help="database to use (repeatable): a SQLite path or postgresql://...; it is EMPTIED "
        "first (default: a temporary SQLite file)",
    )
    parser.add_argument("--baseline", action="store_true",
                        help="also extract the same documents alone, and compare")
    parser.add_argument("--profile", metavar="FILE",
                        help="cProfile the (first) ingest into FILE and print its top")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--phase", choices=("extract", "ingest"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if not args.corpus.exists():
        parser.error(f"corpus not found: {args.corpus} (pass --corpus or set ACCORDS_CORPORA)")

    # before numpy and spaCy load: their thread pools read these once
    for name, value in SINGLE_THREAD_ENV.items():
        os.environ.setdefault(name, value)
    if args.phase:
        run_phase(args)
        return
    base = ExtractResult(**run_child(args, "extract")) if args.baseline else None
    results = []
    for i, db in enumerate(args.db or [None]):
        found = run_child(args, "ingest", db, args.profile if i == 0 else None)
        results.append(IngestResult(**found))
    report(results, base, args.json)
    if any(r.check_problems for r in results):
        sys.exit(1)


if __name__ == "__main__":
    main()
