"""`accords ingest`, `query`, `dyad`, `search` and `export` on a real SQLite file, in-process.

The examples are ingested once per module into one database; each test reads it through the
command line as a user would, and exports are read back with the libraries analysts use.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import orjson
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from accords.cli import EXIT_PARTIAL, app
from accords.export import GDELT_COLUMNS, PARQUET_SCHEMAS
from accords.model import Record
from accords.store import Store

pytestmark = pytest.mark.model


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def db(examples_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> str:
    path = str(tmp_path_factory.mktemp("cli-store") / "accords.db")
    result = CliRunner().invoke(app, ["ingest", str(examples_dir), "--db", path, "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["new"] == summary["documents"] > 0
    return path


def run(*args: str) -> str:
    result = CliRunner().invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def test_ingest_twice_reports_everything_known(db: str, examples_dir: Path) -> None:
    result = CliRunner().invoke(app, ["ingest", str(examples_dir), "--db", db])
    assert result.exit_code == 0, result.output
    text = flat(result.stdout)
    assert "already known" in text
    with Store(db) as store:
        n = store.counts().documents
    assert f"already known │ {n}" in text or f"already known | {n}" in text, text


def test_ingest_reports_bad_input_with_file_and_line(tmp_path: Path) -> None:
    good = {"id": "ok", "text": "Chile and Peru signed an agreement on trade on Monday.",
            "published": "2024-03-05"}
    (tmp_path / "docs.jsonl").write_bytes(orjson.dumps(good) + b"\n{broken json\n")
    (tmp_path / "page.html").write_text("<html><body><nav>Home | About</nav></body></html>",
                                        encoding="utf-8")
    db = str(tmp_path / "a.db")
    result = CliRunner().invoke(app, ["ingest", str(tmp_path / "docs.jsonl"),
                                      str(tmp_path / "page.html"), "--db", db, "--json"])
    assert result.exit_code == EXIT_PARTIAL, result.output  # some failed
    summary = json.loads(result.stdout)
    assert (summary["new"], summary["failed"]) == (1, 2)
    message = flat(result.stderr)
    assert "docs.jsonl:2" in message and "page.html" in message, message


def test_query_agreements_as_json_and_csv(db: str) -> None:
    data = json.loads(run("query", "agreements", "--db", db, "--country", "PAK",
                          "--with", "BLR", "--format", "json"))
    assert len(data) == 7
    assert all(set(g["countries"]) == {"PAK", "BLR"} for g in data)
    assert all(g["sources"] and g["sources"][0]["document"] == "pak-blr-visit" for g in data)
    rows = list(csv.DictReader(io.StringIO(run(
        "query", "agreements", "--db", db, "--sector", "migration", "--format", "csv"))))
    assert rows and all("migration" in r["sectors"] for r in rows)
    table = run("query", "agreements", "--db", db, "--instrument", "roadmap")
    assert "military-technical" in table


def test_query_events_actors_documents(db: str) -> None:
    events = json.loads(run("query", "events", "--db", db, "--event", "CONSULT",
                            "--country", "PAK", "--format", "json"))
    assert events and all(e["event"] == "CONSULT" for e in events)
    actors = json.loads(run("query", "actors", "--db", db, "--kind", "person",
                            "--country", "BLR", "--format", "json"))
    assert "Alexander Lukashenko" in {a["name"] for a in actors}
    docs = run("query", "documents", "--db", db, "--text", "readmission")
    assert "pak-blr-visit" in docs


def test_query_rejects_bad_arguments(db: str) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["query", "treaties", "--db", db]).exit_code != 0
    result = runner.invoke(app, ["query", "agreements", "--db", db, "--since", "last year"])
    assert result.exit_code != 0 and "--since" in flat(result.output)


def test_dyad_table_and_json(db: str) -> None:
    text = flat(run("dyad", "PAK", "BLR", "--db", db))
    assert "PAK–BLR: 7 agreements" in text
    assert "Pakistan Post" in text and "Belarus Post" in text
    data = json.loads(run("dyad", "pak", "blr", "--db", db, "--format", "json"))
    assert data["agreements"] == 7 and data["countries"] == ["PAK", "BLR"]
    assert data["sources"][0]["document"] == "pak-blr-visit"


def test_search(db: str) -> None:
    data = json.loads(run("search", "postal", "--db", db, "--format", "json"))
    assert any("postal" in (g["subject"] or "") for g in data["agreements"])
    assert data["documents"]


def test_export_jsonl_round_trips_the_records(db: str, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    run("export", "--format", "jsonl", "--db", db, "--output", str(out))
    records = [Record.model_validate_json(line) for line in out.read_text().splitlines()]
    with Store(db) as store:
        assert records == list(store.records())


def test_export_csv_and_parquet_tables(db: str, tmp_path: Path) -> None:
    run("export", "--format", "csv", "--db", db, "--output", str(tmp_path / "csv"))
    run("export", "--format", "parquet", "--db", db, "--output", str(tmp_path / "pq"))
    with Store(db) as store:
        n_agreements = store.counts().agreements
    rows = list(csv.DictReader((tmp_path / "csv" / "agreements.csv").open(encoding="utf-8")))
    assert len(rows) == n_agreements
    for name, schema in PARQUET_SCHEMAS.items():
        table = pq.read_table(tmp_path / "pq" / f"{name}.parquet")
        assert table.schema.equals(schema, check_metadata=False), name
    agreements = pq.read_table(tmp_path / "pq" / "agreements.parquet")
    assert agreements.num_rows == n_agreements


def test_export_plover_and_gdelt(db: str, tmp_path: Path) -> None:
    run("export", "--format", "plover", "--db", db, "--output", str(tmp_path / "p.jsonl"))
    lines = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert lines
    for line in lines:
        for key in ("id", "date", "event", "source", "recipient"):
            assert key in line
    gdelt = run("export", "--format", "gdelt", "--db", db, "--country", "PAK", "--header")
    rows = [r.split("\t") for r in gdelt.splitlines()]
    assert rows[0] == [*GDELT_COLUMNS, "SQLDATEBasis"]  # GDELT's 61, then which date
    assert len(rows) > 1 and all(len(r) == 62 for r in rows)
    assert all(r[1] for r in rows[1:])  # every row has a SQLDATE
    root = GDELT_COLUMNS.index("EventRootCode")
    assert {r[root] for r in rows[1:]} <= {f"{n:02d}" for n in range(1, 21)}


def test_export_rejects_unknown_format_and_missing_folder(db: str) -> None:
    runner = CliRunner()
    assert runner.invoke(app, ["export", "--format", "xml", "--db", db]).exit_code != 0
    result = runner.invoke(app, ["export", "--format", "csv", "--db", db])
    assert result.exit_code != 0 and "--output" in flat(result.output)


def test_export_filters_like_query(db: str, tmp_path: Path) -> None:
    """`--country` used to be ignored: every record was written whatever was asked."""
    def merged(*args: str) -> list[dict]:
        run("export", "--db", db, "--format", "merged-jsonl", "-o", str(tmp_path / "m.jsonl"),
            *args)
        return [json.loads(line) for line in
                (tmp_path / "m.jsonl").read_text(encoding="utf-8").splitlines()]

    everything = merged()
    pakistan = merged("--country", "pakistan")
    kinds = [r["type"] for r in pakistan]
    assert "agreement" in kinds and len(pakistan) < len(everything)
    assert all("PAK" in r["countries"] for r in pakistan if r["type"] == "agreement")
    mous = merged("--instrument", "mou")
    assert {r["type"] for r in mous} <= {"agreement", "actor"}
    assert {r["instrument"] for r in mous if r["type"] == "agreement"} == {"mou"}
    run("export", "--db", db, "--format", "jsonl", "--country", "PAK", "-o",
        str(tmp_path / "r.jsonl"))
    records = [json.loads(line) for line in (tmp_path / "r.jsonl").read_text().splitlines()]
    with Store(db) as store:
        assert records and len(records) < len(list(store.records()))
    everyone = merged("--all-actors")
    assert sum(r["type"] == "actor" for r in everyone) > sum(
        r["type"] == "actor" for r in everything)
