"""Extraction on workers: a real `distributed.LocalCluster` and real local processes.

The store a parallel run builds must equal the one a serial run builds, row for row, and a
worker killed mid-run must lose and duplicate nothing.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson
import pytest
from example_stores import example_documents
from typer.testing import CliRunner

from accords.cli import app
from accords.ingest.corpora import iter_reuters
from accords.ingest.documents import SourceDocument
from accords.scale import DaskCluster, LocalProcesses, ordered_map
from accords.store import Store
from accords.store.ingest import extract_document, ingest

pytestmark = pytest.mark.model

REUTERS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpora" / "reuters21578"
SLICE = 60


@pytest.fixture(scope="module")
def documents(examples_dir: Path) -> list[SourceDocument]:
    docs = example_documents(examples_dir)
    if REUTERS.is_dir():
        known = {d.document.id for d in docs}
        docs += [d for d in iter_reuters(REUTERS, limit=SLICE) if d.document.id not in known]
    return docs


@pytest.fixture(scope="module")
def serial_rows(documents: list[SourceDocument], tmp_path_factory: pytest.TempPathFactory,
                cached_extractor: Callable[[Any], Any]) -> dict[str, Any]:
    """What a serial run stores: every table's rows, ids included."""
    db = tmp_path_factory.mktemp("serial") / "serial.db"
    with Store(str(db)) as store:
        summary = ingest(store, documents, extractor=cached_extractor)
        assert summary.failed == 0, summary.errors
        return snapshot(store)


def snapshot(store: Store) -> dict[str, Any]:
    """The merged records as the exports see them, and each table's row count."""
    from accords.store.schema import metadata

    with store.engine.connect() as conn:
        counts = {t.name: conn.execute(t.select()).all().__len__()
                  for t in metadata.sorted_tables}
    return {
        "counts": counts,
        "agreements": [g.model_dump(mode="json") for g in store.agreements(
            _everything())],
        "events": [e.model_dump(mode="json") for e in store.events(_everything())],
        "actors": [a.model_dump(mode="json") for a in store.actors(_everything())],
        "problems": store.check(),
    }


def _everything() -> Any:
    from accords.store import Filters

    return Filters(limit=None)


@pytest.fixture(scope="module")
def cluster() -> Any:
    backend = DaskCluster(workers=2, memory_limit="1.5GiB")
    yield backend
    backend.close()


def test_a_local_cluster_builds_the_same_store_as_a_serial_run(
        cluster: DaskCluster, documents: list[SourceDocument], serial_rows: dict[str, Any],
        tmp_path: Path) -> None:
    assert cluster.capacity == 2
    with Store(str(tmp_path / "dask.db")) as store:
        summary = ingest(store, documents, backend=cluster)
        assert summary.failed == 0, summary.errors
        assert summary.new + summary.duplicates == len(documents)
        assert snapshot(store) == serial_rows


def test_a_killed_worker_loses_and_duplicates_nothing(
        cluster: DaskCluster, documents: list[SourceDocument], serial_rows: dict[str, Any],
        tmp_path: Path) -> None:
    pids = cluster.client.run(os.getpid)
    victim = sorted(pids.values())[0]
    killed: list[int] = []

    def kill_once(summary: Any) -> None:
        if not killed and summary.documents >= 12:
            os.kill(victim, signal.SIGKILL)
            killed.append(victim)

    with Store(str(tmp_path / "killed.db")) as store:
        summary = ingest(store, documents, backend=cluster, on_item=kill_once)
        assert killed, "the worker was killed mid-run"
        assert summary.failed == 0, summary.errors
        assert snapshot(store) == serial_rows
    cluster.client.wait_for_workers(2, timeout=60)  # the nanny restarts it


def _crash_once(marker: str) -> Any:
    """Kill the worker process the first time it sees the marker, then work normally."""
    path = Path(marker)
    if not path.exists():
        path.write_text("crashed", encoding="utf-8")
        os._exit(1)
    return os.getpid()


def test_local_processes_resubmit_after_a_worker_dies(tmp_path: Path) -> None:
    backend = LocalProcesses(2)
    try:
        marker = str(tmp_path / "crash-marker")
        results = list(ordered_map(backend, _crash_once, [marker] * 6))
    finally:
        backend.close()
    assert len(results) == 6
    assert all(isinstance(r, int) for _, r in results), results
    assert Path(marker).read_text(encoding="utf-8") == "crashed"


def test_cli_ingest_with_workers_equals_serial(examples_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    for name, extra in (("serial", []), ("workers", ["--workers", "2"])):
        result = runner.invoke(app, ["ingest", str(examples_dir), "--db",
                                     str(tmp_path / f"{name}.db"), "--json", *extra])
        assert result.exit_code == 0, result.output
    with Store(str(tmp_path / "serial.db")) as a, Store(str(tmp_path / "workers.db")) as b:
        assert snapshot(a) == snapshot(b)


def test_cli_extract_with_workers_keeps_order_and_errors(tmp_path: Path) -> None:
    lines = [orjson.dumps({"id": f"d{n}", "text": text, "published": "2024-03-05"})
             for n, text in enumerate([
                 "Chile and Peru signed an agreement on trade on Monday.",
                 "France and Germany will sign a defence pact next week.",
                 "Japan and India agreed to hold talks on nuclear energy.",
             ])]
    lines.insert(1, b"{not json")
    (tmp_path / "docs.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    outputs = {}
    for name, extra in (("serial", []), ("workers", ["--workers", "2"])):
        out = tmp_path / f"{name}.jsonl"
        result = CliRunner().invoke(app, ["extract", "--input", str(tmp_path / "docs.jsonl"),
                                          "--output", str(out), *extra])
        assert result.exit_code == 3, result.output  # one bad line: some failed
        assert "docs.jsonl:2" in " ".join(result.output.split())
        outputs[name] = [json.loads(x) for x in out.read_text().splitlines()]
    assert [r["document"]["id"] for r in outputs["workers"]] == ["d0", "d1", "d2"]
    assert outputs["workers"] == outputs["serial"]


def test_the_extractor_survives_pickling() -> None:
    """Workers receive the extractor by pickle: it must be a module-level callable."""
    import pickle

    from accords.store.ingest import DocumentExtractor, _Job

    job = pickle.loads(pickle.dumps(_Job(extract_document)))
    assert job.extractor is extract_document
    assert pickle.loads(pickle.dumps(DocumentExtractor(max_bytes=10))).max_bytes == 10


def test_cli_ingest_on_an_existing_scheduler(cluster: DaskCluster, examples_dir: Path,
                                              tmp_path: Path) -> None:
    """`accords ingest --scheduler tcp://...` uses a running cluster, as on real machines."""
    address = cluster.client.scheduler.address
    assert address.startswith("tcp://")
    runner = CliRunner()
    result = runner.invoke(app, ["ingest", str(examples_dir), "--db", str(tmp_path / "d.db"),
                                 "--json", "--scheduler", address])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["new"] == summary["documents"] > 0 and summary["failed"] == 0
    result = runner.invoke(app, ["ingest", str(examples_dir), "--db", str(tmp_path / "s.db"),
                                 "--json"])
    with Store(str(tmp_path / "d.db")) as a, Store(str(tmp_path / "s.db")) as b:
        assert snapshot(a) == snapshot(b)
    bad = runner.invoke(app, ["ingest", str(examples_dir), "--db", str(tmp_path / "x.db"),
                              "--scheduler", "tcp://127.0.0.1:1"])
    assert bad.exit_code != 0 and "cannot start the workers" in " ".join(bad.output.split())
