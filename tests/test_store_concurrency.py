"""Several processes on one new database at once: real processes, real SQLite or PostgreSQL.

Users start two `accords ingest` runs on a database that does not exist yet (two terminals, a
cron job overlapping a manual run). Creating the schema must not fail in the second one, and a
document the other run stored meanwhile is known, not a failure.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from accords.store import Store

PROCESSES = 4
OPEN_STORE = "import sys; from accords.store import Store; Store(sys.argv[1]).close()"
ACCORDS = [str(Path(sys.executable).with_name("accords"))]


def start_together(commands: list[list[str]]) -> list[subprocess.CompletedProcess[str]]:
    """Start every command before waiting for any, and collect their results."""
    running = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for c in commands]
    results = []
    for command, process in zip(commands, running, strict=True):
        out, err = process.communicate(timeout=600)
        results.append(subprocess.CompletedProcess(command, process.returncode, out, err))
    return results


def test_stores_opened_together_on_a_new_database(store_url: str) -> None:
    results = start_together([[sys.executable, "-c", OPEN_STORE, store_url]] * PROCESSES)
    for r in results:
        assert r.returncode == 0, r.stderr
    with Store(store_url) as store:
        assert store.check() == []


@pytest.mark.model
def test_two_ingests_of_the_same_input_together(tmp_path: Path) -> None:
    countries = ["Chile", "Peru", "Kenya", "Uganda", "Norway", "Sweden", "Ghana", "Togo",
                 "Nepal", "Bhutan", "Laos", "Vietnam"]
    docs = [{"id": f"d{i}", "published": "2024-03-05",
             "text": f"{a} and {b} signed an agreement on trade on Monday in {a}'s capital."}
            for i, (a, b) in enumerate(zip(countries, countries[1:], strict=False))]
    batch = tmp_path / "docs.jsonl"
    batch.write_bytes(b"".join(orjson.dumps(d) + b"\n" for d in docs))
    db = str(tmp_path / "new.db")
    command = [*ACCORDS, "ingest", str(batch), "--db", db, "--json"]
    results = start_together([command, command])
    summaries = []
    for r in results:
        assert r.returncode == 0, r.stderr
        assert "UNIQUE" not in r.stderr and "error" not in r.stderr, r.stderr
        summaries.append(json.loads(r.stdout))
    for s in summaries:
        assert s["failed"] == 0
        assert s["new"] + s["known"] == len(docs)
    assert sum(s["new"] for s in summaries) == len(docs)
    with Store(db) as store:
        assert store.counts().documents == len(docs)
