"""Ingesting a real corpus slice: end to end on both backends, and surviving `kill -9`.

The unit tests in test_store.py use a handful of hand-written articles; these run hundreds of
Reuters-21578 stories through the real extractor and the real databases, where merge order,
near-duplicates, re-sent wire stories and a crash half-way show up. Records come from the
session's cached extractor, so the second backend and the in-process reference runs reuse the
first extraction of each story.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from conftest import fresh_postgres_database
from sqlalchemy import create_engine, text
from sqlalchemy.exc import SQLAlchemyError

from accords.errors import InputError
from accords.ingest.documents import SourceDocument
from accords.ingest.sources import iter_sources
from accords.store import Filters, Store
from accords.store.ingest import IngestSummary, ingest
from accords.store.store import Counts, database_url

pytestmark = pytest.mark.model

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "reuters21578"
SLICE = 500
KILL_LIMIT = 120
KILL_AFTER = 25  # committed documents before the kill: well into the run, well before its end
POLL_TIMEOUT_S = 120.0
RUN_TIMEOUT_S = 300.0

Items = list[SourceDocument | InputError]


def backend(url: str) -> str:
    return "postgresql" if url.startswith(("postgresql://", "postgres://")) else "sqlite"


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"Reuters-21578 not found at {CORPUS}")
    return CORPUS


@pytest.fixture(scope="module")
def reuters_slice(corpus: Path) -> Items:
    """The first SLICE stories, read once: every backend ingests the very same items."""
    items = list(iter_sources(corpus, limit=SLICE))
    assert sum(isinstance(i, SourceDocument) for i in items) == SLICE
    return items


# ---- a 500-story slice, end to end -------------------------------------------------------------

@dataclass
class SliceRun:
    first: IngestSummary
    counts: Counts
    again: IngestSummary
    counts_again: Counts


_slice_runs: dict[str, SliceRun] = {}
"""Each backend's run, kept for the cross-backend comparison (which fills in what is missing)."""


def ingest_slice(url: str, items: Items, extractor: Callable[[Any], Any]) -> SliceRun:
    with Store(url) as store:
        first = ingest(store, items, extractor=extractor)
        counts = store.counts()
        again = ingest(store, items, extractor=extractor)
        run = SliceRun(first, counts, again, store.counts())
    _slice_runs[backend(url)] = run
    return run


def test_reuters_slice_end_to_end(store_url: str, reuters_slice: Items,
                                  cached_extractor: Callable[[Any], Any]) -> None:
    run = ingest_slice(store_url, reuters_slice, cached_extractor)
    first, counts = run.first, run.counts
    read = len(reuters_slice)
    assert first.documents == read
    assert first.known == 0
    assert first.new + first.duplicates + first.failed == read, first.as_dict()
    assert first.failed <= read // 100, first.errors[:5]
    assert first.added > 0

    assert counts.documents == first.new
    assert counts.sources == counts.documents + first.duplicates
    assert counts.near_duplicates == first.near_duplicates
    assert counts.agreements > 0 and counts.events > 0 and counts.actors > 0, counts
    assert counts.agreements + counts.events == first.added

    with Store(store_url) as store:
        assert store.check() == []
        everything = store.agreements(Filters(limit=None))
        assert len(everything) == counts.agreements
        # the country in most agreements: a query for it finds exactly the records naming it
        country, expected = Counter(c for g in everything for c in g.countries).most_common(1)[0]
        found = store.agreements(Filters(country=country, limit=None))
        assert len(found) == expected
        assert all(country in g.countries for g in found)
        assert all(g.sources for g in found)

    # the same slice again: every stored document is recognised, nothing extracted or added
    again = run.again
    assert again.new == again.duplicates == 0, again.as_dict()
    assert again.known == first.new + first.duplicates
    assert again.failed == first.failed
    assert again.added == again.merged == 0
    assert run.counts_again == counts


def test_both_backends_store_the_same_rows(reuters_slice: Items, postgres_admin_url: str,
                                           cached_extractor: Callable[[Any], Any],
                                           tmp_path: Path) -> None:
    """SQLite and PostgreSQL merge the same records into the same rows, table by table.

    Uses the runs of the test above; a backend it did not run on (test selection, parallel
    workers) is ingested here, so the comparison never silently passes."""
    if "sqlite" not in _slice_runs:
        ingest_slice(str(tmp_path / "accords.db"), reuters_slice, cached_extractor)
    if "postgresql" not in _slice_runs:
        url, drop = fresh_postgres_database(postgres_admin_url)
        try:
            ingest_slice(url, reuters_slice, cached_extractor)
        finally:
            drop()
    sqlite, postgres = _slice_runs["sqlite"], _slice_runs["postgresql"]
    assert sqlite.counts.by_table == postgres.counts.by_table
    assert sqlite.counts == postgres.counts
    assert sqlite.first.as_dict() | {"seconds": 0, "articles_per_second": 0} == \
        postgres.first.as_dict() | {"seconds": 0, "articles_per_second": 0}


# ---- kill -9 in the middle of `accords ingest` -------------------------------------------------

def committed_documents(url: str) -> int | None:
    """Documents committed so far, read with plain SQL (no migration racing the writer's);
    None while the database or its tables do not exist yet."""
    if backend(url) == "sqlite" and not Path(url).exists():
        return None
    engine = create_engine(database_url(url))
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT count(*) FROM documents")).scalar_one())
    except SQLAlchemyError:
        return None
    finally:
        engine.dispose()


def tail(path: Path, chars: int = 2000) -> str:
    return path.read_text(encoding="utf-8", errors="replace")[-chars:] if path.exists() else ""


def test_kill_9_mid_ingest_then_rerun_equals_an_uninterrupted_run(
        store_url: str, corpus: Path, cached_extractor: Callable[[Any], Any],
        request: pytest.FixtureRequest, tmp_path: Path) -> None:
    """Each document is its own transaction: a killed run leaves a consistent store, and the
    rerun completes it to exactly what one uninterrupted run stores."""
    command = [str(Path(sys.executable).parent / "accords"), "ingest", str(corpus),
               "--limit", str(KILL_LIMIT), "--db", store_url, "--json"]
    env = {k: v for k, v in os.environ.items() if k != "ACCORDS_DB"}
    env.update(OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    stderr = tmp_path / "killed.stderr"
    with stderr.open("wb") as err:
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, env=env)
    try:
        deadline = time.monotonic() + POLL_TIMEOUT_S
        committed: int | None = None
        while True:
            committed = committed_documents(store_url)
            if committed is not None and committed >= KILL_AFTER:
                break
            if proc.poll() is not None:
                pytest.fail(f"`accords ingest` ended (exit {proc.returncode}) with "
                            f"{committed} documents committed, before it could be killed:\n"
                            f"{tail(stderr)}")
            if time.monotonic() > deadline:
                pytest.fail(f"`accords ingest` committed {committed} documents in "
                            f"{POLL_TIMEOUT_S:.0f} s, fewer than {KILL_AFTER}:\n{tail(stderr)}")
            time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=30)

    with Store(store_url) as store:
        assert store.check() == []
        interrupted = store.counts()
    assert KILL_AFTER <= interrupted.documents, interrupted
    assert interrupted.sources < KILL_LIMIT, "the killed run had already finished"

    rerun = subprocess.run(command, capture_output=True, text=True, env=env,
                           timeout=RUN_TIMEOUT_S, check=False)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    summary = json.loads(rerun.stdout)
    assert summary["documents"] == KILL_LIMIT
    assert summary["known"] == interrupted.sources
    assert summary["failed"] == 0, rerun.stderr[-2000:]

    # the reference: the same documents ingested in one go into a second, fresh database
    if backend(store_url) == "sqlite":
        reference_url, drop = str(tmp_path / "reference.db"), None
    else:
        reference_url, drop = fresh_postgres_database(
            request.getfixturevalue("postgres_admin_url"))
    try:
        with Store(reference_url) as reference:
            done = ingest(reference, iter_sources(corpus, limit=KILL_LIMIT),
                          extractor=cached_extractor)
            assert done.failed == 0, done.errors[:5]
            expected = reference.counts()
    finally:
        if drop is not None:
            drop()

    with Store(store_url) as store:
        assert store.check() == []
        resumed = store.counts()
    assert resumed.by_table == expected.by_table
    assert resumed == expected
