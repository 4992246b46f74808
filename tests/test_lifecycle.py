"""Agreement lifecycles: reports of one agreement at different stages ("will sign", "signed",
"ratified") merge into one stored record with one history step each, without merging two
different agreements between the same countries.

Articles are written here, run through the real extractor and stored in a real SQLite file
and a real PostgreSQL database (the `store_url` fixture runs each test on both).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from accords.ingest.documents import SourceDocument
from accords.model import Document, StoredAgreement
from accords.store import Filters, Store
from accords.store.ingest import ingest

pytestmark = pytest.mark.model

ARTICLES = [
    ("nuclear-announced", "2025-01-15", "India and US to sign civil nuclear deal",
     "NEW DELHI, Jan 15 - India and the United States will sign a civil nuclear cooperation "
     "deal next month, Foreign Secretary Vikram Misri told reporters on Wednesday. The deal "
     "would allow American companies to build reactors in India."),
    ("nuclear-signed", "2025-02-20", "India and US sign civil nuclear deal",
     "WASHINGTON, Feb 20 - India and the United States signed a civil nuclear cooperation "
     "deal in Washington on Thursday, officials said. The deal allows American companies to "
     "build reactors in India."),
    ("nuclear-ratified", "2025-09-12", "Congress ratifies nuclear deal with India",
     "WASHINGTON, Sept 12 - The US Congress on Friday ratified the civil nuclear cooperation "
     "deal between India and the United States, clearing the way for American companies to "
     "build reactors in India."),
    ("health-mou", "2025-05-05", "India and US sign health MoU",
     "NEW DELHI, May 5 - India and the United States signed a memorandum of understanding on "
     "cooperation in health in New Delhi on Monday."),
    ("health-mou-2", "2025-11-04", "India and US sign second health MoU",
     "WASHINGTON, Nov 4 - India and the United States signed a memorandum of understanding "
     "on cooperation in health research in Washington on Tuesday."),
    ("defence-ratified", "2025-10-01", "Congress ratifies defence pact with India",
     "WASHINGTON, Oct 1 - The US Congress on Wednesday ratified the defence cooperation "
     "agreement between India and the United States."),
]


def documents() -> list[SourceDocument]:
    return [SourceDocument(Document(id=i, published=p, title=t, source="test"), text)
            for i, p, t, text in ARTICLES]


def by_document(store: Store) -> dict[str, StoredAgreement]:
    """Each stored agreement under the ids of the documents that report it."""
    out = {}
    for ag in store.agreements(Filters(limit=None)):
        for src in ag.sources:
            out[src.document] = ag
    return out


@pytest.fixture
def lifecycle_store(store_url: str, cached_extractor: Callable[[Any], Any]) -> Any:
    with Store(store_url) as store:
        ingest(store, documents(), extractor=cached_extractor)
        yield store


def test_one_agreement_at_three_stages_is_one_record_with_three_steps(
        lifecycle_store: Store) -> None:
    found = by_document(lifecycle_store)
    deal = found["nuclear-signed"]
    assert found["nuclear-announced"].id == deal.id == found["nuclear-ratified"].id
    assert deal.status == "ratified" and deal.modality == "asserted"
    assert deal.date is not None and deal.date.start == "2025-02-20"  # when it was signed
    steps = [(h.status, h.modality, h.date, h.document) for h in deal.history]
    # the announced signing is dated when it is planned: "will sign ... next month"
    assert steps == [("signed", "future", "2025-02-01", "nuclear-announced"),
                     ("signed", "asserted", "2025-02-20", "nuclear-signed"),
                     ("ratified", "asserted", "2025-09-12", "nuclear-ratified")]
    text = dict((i, body) for i, _, _, body in ARTICLES)
    for step in deal.history:
        assert step.evidence, step
        span = step.evidence[0]
        assert text[step.document][span.start:span.end] == span.text


def test_different_agreements_between_the_same_countries_stay_apart(
        lifecycle_store: Store) -> None:
    found = by_document(lifecycle_store)
    # two MoUs on health, each signed once, six months apart
    assert found["health-mou"].id != found["health-mou-2"].id
    # a defence pact ratified is not the nuclear deal, though both are Indo-US and ratified
    assert found["defence-ratified"].id != found["nuclear-signed"].id
    assert {found[d].id for d in found} == {a.id for a in lifecycle_store.agreements(
        Filters(limit=None))}
    assert len({found[d].id for d in found}) == 4
    assert [len(found[d].history) for d in ("health-mou", "health-mou-2")] == [1, 1]


def test_query_by_the_status_reached_in_a_period(lifecycle_store: Store) -> None:
    def ids(**kw: Any) -> set[str]:
        return {a.id for a in lifecycle_store.agreements(Filters(limit=None, **kw))}

    found = by_document(lifecycle_store)
    nuclear, defence = found["nuclear-signed"].id, found["defence-ratified"].id
    assert ids(status="ratified", since="2025-01-01") == {nuclear, defence}
    assert ids(status="ratified", since="2025-09-20") == {defence}
    # signed in February, whatever its status is now; the announcement is no signing
    assert nuclear in ids(status="signed", since="2025-02-01", until="2025-02-28")
    assert nuclear not in ids(status="signed", since="2025-01-01", until="2025-01-31")
    assert ids(status="ratified", since="2025-01-01") == {
        a.id for a in lifecycle_store.agreements(Filters(limit=None, status="ratified",
                                                         since="2025-01-01"))}
    assert lifecycle_store.count("agreements", Filters(status="ratified",
                                                       since="2025-01-01")) == 2


def _alembic(url: str, revision: str) -> None:
    """Move a store's schema to `revision` with the migrations the package ships."""
    from importlib.resources import files

    from alembic import command
    from alembic.config import Config

    from accords.store.database import database_url

    cfg = Config()
    cfg.set_main_option("script_location", str(files("accords.store") / "migrations"))
    cfg.set_main_option("sqlalchemy.url", database_url(url).replace("%", "%%"))
    command.downgrade(cfg, revision)


def test_a_store_of_the_previous_version_upgrades_in_place(
        store_url: str, cached_extractor: Callable[[Any], Any]) -> None:
    """A store at revision 0001 (before agreement history) keeps every row when opened by
    this version, and its history is rebuilt from the reports it already holds: the same
    steps a fresh ingest gives."""
    from sqlalchemy import inspect, select, text, update

    from accords.store.schema import agreement_reports

    with Store(store_url) as store:
        ingest(store, documents(), extractor=cached_extractor)
        before = store.counts()
        agreements_before = store.agreements(Filters(limit=None))
    _alembic(store_url, "0001")
    with Store(store_url, migrate=False) as old:
        with old.engine.connect() as conn:
            assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                == "0001"
            assert "agreement_history" not in inspect(conn).get_table_names()
            assert conn.execute(text("SELECT count(*) FROM agreement_reports")).scalar() == \
                before.by_table["agreement_reports"]
        # the records as the previous version wrote them: without the optional history
        with old.engine.begin() as conn:
            for pk, record in conn.execute(select(agreement_reports.c.id,
                                                  agreement_reports.c.record)).all():
                assert record.pop("history") == []
                conn.execute(update(agreement_reports).where(agreement_reports.c.id == pk)
                             .values(record=record))
    with Store(store_url) as store:  # opening upgrades to the newest revision
        assert store.check() == []
        after = store.counts()
        assert (after.documents, after.agreements, after.events, after.actors) == (
            before.documents, before.agreements, before.events, before.actors)
        assert after.by_table["agreement_history"] == before.by_table["agreement_history"] > 0
        agreements_after = store.agreements(Filters(limit=None))
        assert [a.model_dump() for a in agreements_after] == [
            a.model_dump() for a in agreements_before]
        deal = by_document(store)["nuclear-ratified"]
        assert [h.status for h in deal.history] == ["signed", "signed", "ratified"]


@pytest.fixture(scope="module")
def sqlite_lifecycle(tmp_path_factory: pytest.TempPathFactory) -> str:
    """One SQLite store of the articles above for the read-only tests of the outputs."""
    from accords.store.ingest import extract_document

    path = str(tmp_path_factory.mktemp("lifecycle") / "accords.db")
    with Store(path) as store:
        ingest(store, documents(), extractor=extract_document)
    return path


def _nuclear(db: str) -> StoredAgreement:
    with Store(db) as store:
        return by_document(store)["nuclear-ratified"]


def test_history_in_json_csv_and_parquet_exports(sqlite_lifecycle: str, tmp_path: Any) -> None:
    import csv

    import orjson
    import pyarrow.parquet as pq

    from accords.export import PARQUET_SCHEMAS, read_merged

    deal = _nuclear(sqlite_lifecycle)
    with Store(sqlite_lifecycle) as store:
        store.export("merged-jsonl", tmp_path / "merged.jsonl")
        store.export("csv", tmp_path / "csv")
        store.export("parquet", tmp_path / "pq")
    lines = [orjson.loads(x) for x in (tmp_path / "merged.jsonl").read_bytes().splitlines()]
    line = next(x for x in lines if x["type"] == "agreement" and x["id"] == deal.id)
    assert [(h["status"], h["date"], h["document"]) for h in line["history"]] == [
        ("signed", "2025-02-01", "nuclear-announced"), ("signed", "2025-02-20", "nuclear-signed"),
        ("ratified", "2025-09-12", "nuclear-ratified")]
    assert next(g for g in read_merged(tmp_path / "merged.jsonl").agreements
                if g.id == deal.id).history == deal.history
    with (tmp_path / "csv" / "agreement_history.csv").open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if r["agreement"] == deal.id]
    assert [(r["step"], r["status"], r["modality"], r["date"], r["document"]) for r in rows] == [
        ("1", "signed", "future", "2025-02-01", "nuclear-announced"),
        ("2", "signed", "asserted", "2025-02-20", "nuclear-signed"),
        ("3", "ratified", "asserted", "2025-09-12", "nuclear-ratified")]
    assert "ratified" in rows[2]["evidence"]
    table = pq.read_table(tmp_path / "pq" / "agreement_history.parquet")
    assert table.schema.equals(PARQUET_SCHEMAS["agreement_history"], check_metadata=False)
    with Store(sqlite_lifecycle) as store:
        steps = sum(len(g.history) for g in store.agreements(Filters(limit=None)))
    assert table.num_rows == steps == 6
    parquet_rows = [r for r in table.to_pylist() if r["agreement"] == deal.id]
    assert [str(r["date"]) for r in parquet_rows] == ["2025-02-01", "2025-02-20", "2025-09-12"]


def test_history_in_the_api_and_the_agreement_page(sqlite_lifecycle: str) -> None:
    from fastapi.testclient import TestClient

    from accords.web import create_app

    deal = _nuclear(sqlite_lifecycle)
    with TestClient(create_app(sqlite_lifecycle, token="")) as client:
        one = client.get(f"/api/agreements/{deal.id}").json()
        assert [h["status"] for h in one["history"]] == ["signed", "signed", "ratified"]
        assert one["history"][2]["document"] == "nuclear-ratified"
        listed = client.get("/api/agreements", params={"status": "ratified",
                                                       "since": "2025-09-20"}).json()
        assert deal.id not in {g["id"] for g in listed["items"]} and listed["items"]
        listed = client.get("/api/agreements", params={"status": "ratified",
                                                       "since": "2025-09-01",
                                                       "until": "2025-09-30"}).json()
        assert [g["id"] for g in listed["items"]] == [deal.id]
        page = client.get(f"/agreements/{deal.id}")
        assert page.status_code == 200
        html = page.text
        timeline = html[html.index('id="history-h"'):html.index('id="sources-h"')]
        assert timeline.index("2025-02-01") < timeline.index("2025-02-20") < \
            timeline.index("2025-09-12")
        assert "(future)" in timeline and "/documents/nuclear-ratified?highlight=g1" in timeline


def test_query_agreements_by_status_reached_since(sqlite_lifecycle: str) -> None:
    import json

    from typer.testing import CliRunner

    from accords.cli import app

    deal = _nuclear(sqlite_lifecycle)
    runner = CliRunner()

    def run(*args: str) -> Any:
        result = runner.invoke(app, ["query", "agreements", "--db", sqlite_lifecycle, *args])
        assert result.exit_code == 0, result.output
        return result.output

    found = json.loads(run("--status", "ratified", "--since", "2025-01-01", "--format", "json"))
    assert len(found) == 2 and deal.id in {g["id"] for g in found}
    assert [h["status"] for h in next(g for g in found if g["id"] == deal.id)["history"]] == [
        "signed", "signed", "ratified"]
    table = run("--status", "ratified", "--since", "2025-09-01", "--until", "2025-09-30")
    assert "reached" in table and "2025-09-12" in table and "Agreements (1)" in table
    assert "Agreements (0): none" in run("--status", "ratified", "--since", "2025-12-01")
    bad = runner.invoke(app, ["query", "agreements", "--db", sqlite_lifecycle, "--status",
                              "ratifed"])
    assert bad.exit_code != 0 and "--status must be one of" in bad.output


# ---- the rule on its own: which stages can be one agreement -----------------------------------

def _report(status: str, day: str | None, published: str, modality: str = "asserted",
            subject: str = "civil nuclear cooperation") -> Any:
    from datetime import date

    from accords.store import merge

    d = date.fromisoformat(day) if day else None
    return merge.Signature(
        countries=frozenset({"IND", "USA"}), kind="agreement", modality=modality, start=d,
        end=d, anchor=d or date.fromisoformat(published), sectors=frozenset({"energy"}),
        words=merge.content_words(subject),
        steps=(merge.Step(status, modality, d, date.fromisoformat(published)),))


def _fits(new: Any, *old: Any) -> bool:
    from dataclasses import replace

    from accords.store import merge

    stored = replace(old[0], steps=tuple(s for o in old for s in o.steps))
    return merge.agreement_score(new, stored) is not None


def test_stages_must_keep_their_order_and_name_the_same_deal() -> None:
    signed = _report("signed", "2025-02-20", "2025-02-20")
    assert _fits(_report("ratified", "2025-09-12", "2025-09-12"), signed)
    # nothing is ratified before it is signed, nor announced after the signing
    assert not _fits(_report("ratified", "2024-09-12", "2024-09-12"), signed)
    assert not _fits(_report("signed", None, "2025-06-01", modality="future"), signed)
    assert _fits(_report("signed", None, "2025-01-15", modality="future"), signed)
    # an article recalling an earlier stage later, without a date, keeps the order
    assert _fits(_report("agreed", None, "2025-08-01"), signed,
                 _report("ratified", "2025-09-12", "2025-09-12"))
    # another report of a step the record has, though the record is dated by an earlier one
    initialled = _report("initialled", "2025-01-10", "2025-01-10")
    assert _fits(_report("signed", None, "2025-02-21"), initialled, signed)
    assert not _fits(_report("signed", None, "2025-06-21"), initialled, signed)
    # a second signing is a second agreement; so is a step years away
    assert not _fits(_report("signed", "2025-08-20", "2025-08-20"), signed,
                     _report("ratified", "2025-09-12", "2025-09-12"))
    assert not _fits(_report("ratified", "2031-09-12", "2031-09-12"), signed)
    # "cooperation" names no deal: a ratified "cooperation agreement" is not the nuclear one
    assert not _fits(_report("ratified", "2025-09-12", "2025-09-12",
                             subject="cooperation agreement"), signed)

