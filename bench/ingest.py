"""Throughput, memory and database size of `accords ingest` on Reuters-21578.

Usage: python bench/ingest.py [--corpus PATH] [--limit N] [--db URL] [--json]

Ingests the corpus (all of it unless --limit) into an empty database: a temporary SQLite file by
default, or the database --db names (a SQLite path or postgresql://...), which is emptied first
with Store.clear(). Extraction, merging and every transaction are timed together, as a user's
`accords ingest` runs them; loading the model is timed apart. Like bench/extract.py, the run is
pinned to one CPU with one BLAS/OpenMP thread so rates compare across machines.
"""

from __future__ import annotations

import argparse
import os
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
    db_empty_mib: float | None
    db_mib: float | None
    mib_per_1000: float | None
    peak_rss_mib: float
    check_problems: list[str]
    first_error: str | None


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


def run(corpus: Path, limit: int | None, db: str | None, workdir: Path) -> IngestResult:
    """Ingest the corpus into an empty database and measure it."""
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )
    from sqlalchemy.engine import make_url

    from accords.ingest.documents import SourceDocument
    from accords.ingest.sources import iter_sources
    from accords.store import Store
    from accords.store.ingest import IngestSummary, extract_document, ingest
    from accords.store.store import database_url

    url = db or str(workdir / "accords.db")
    store = Store(url)  # refuses a database whose tables are not this version's
    try:
        if db:
            empty(store)
        empty_mib = size_mib(store)
        # a first pass counts the stories for the progress bar; it keeps no text
        total = sum(1 for _ in iter_sources(corpus, limit=limit))

        # Extraction loads its pipeline, tables and language identifier on first use: pay that
        # outside the timing, on a real story (a one-line warm-up misses the language model).
        first = next((i for i in iter_sources(corpus, limit=1)
                      if isinstance(i, SourceDocument)), None)
        start = time.perf_counter()
        if first is not None:
            extract_document(first)
        load_s = time.perf_counter() - start

        columns = (
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:>7.1f} art/s"),
            TextColumn("{task.fields[new]} new, {task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
        )
        # stdout carries the results (--json); the bar goes to the terminal on stderr
        with Progress(*columns, console=Console(stderr=True)) as progress:
            task = progress.add_task("ingest", total=total, rate=0.0, new=0, failed=0)

            def advance(s: IngestSummary) -> None:
                rate = s.documents / s.seconds if s.seconds > 0 else 0.0
                progress.update(task, completed=s.documents, rate=rate, new=s.new,
                                failed=s.failed)

            summary = ingest(store, iter_sources(corpus, limit=limit), on_item=advance)
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
        db_empty_mib=empty_mib,
        db_mib=db_mib,
        mib_per_1000=per_1000,
        peak_rss_mib=round(peak_rss_mib(), 1),
        check_problems=problems,
        first_error=summary.errors[0] if summary.errors else None,
    )


def report(r: IngestResult, as_json: bool) -> None:
    if as_json:
        sys.stdout.write(orjson.dumps(asdict(r), option=orjson.OPT_INDENT_2).decode() + "\n")
        return

    from rich.console import Console
    from rich.table import Table

    def mib(value: float | None) -> str:
        return "n/a" if value is None else f"{value:,.2f}"

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
        ("database MiB", mib(r.db_mib)),
        ("  of which the empty schema", mib(r.db_empty_mib)),
        ("MiB per 1,000 articles", mib(r.mib_per_1000)),
        ("peak RSS MiB", f"{r.peak_rss_mib:.0f}"),
    ):
        table.add_row(label, value)
    console = Console()
    console.print(table)
    if r.first_error:
        console.print(f"[red]first failure:[/red] {r.first_error}")
    if r.check_problems:
        console.print(f"[red]store check:[/red] {'; '.join(r.check_problems)}")


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
        "--db",
        help="database to use: a SQLite path or postgresql://...; it is EMPTIED first "
        "(default: a temporary SQLite file)",
    )
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    if not args.corpus.exists():
        parser.error(f"corpus not found: {args.corpus} (pass --corpus or set ACCORDS_CORPORA)")

    # before numpy and spaCy load: their thread pools read these once
    for name, value in SINGLE_THREAD_ENV.items():
        os.environ.setdefault(name, value)
    pin_to_one_cpu()

    from accords.errors import AccordsError

    with tempfile.TemporaryDirectory(prefix="accords-bench-") as workdir:
        try:
            result = run(args.corpus, args.limit, args.db, Path(workdir))
        except AccordsError as exc:
            sys.exit(f"bench: {exc}")
    report(result, args.json)
    if result.check_problems:
        sys.exit(1)


if __name__ == "__main__":
    main()
