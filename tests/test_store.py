"""The corpus store on a real SQLite file and a real PostgreSQL server (each test runs on both).

Documents come from the gold examples and short articles written here; records come from the
real extractor (cached per session, so the two backends see identical records).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from example_stores import example_documents

from accords.errors import InputError
from accords.ingest.documents import SourceDocument
from accords.model import Document, Record, StoredAgreement
from accords.store import Filters, Store, StoreError
from accords.store.ingest import ingest
from accords.store.schema import include_name, metadata

pytestmark = pytest.mark.model


def doc(text: str, id: str, published: str | None = "2024-03-05", url: str | None = None,
        title: str | None = None) -> SourceDocument:
    return SourceDocument(Document(id=id, published=published, url=url, title=title,
                                   source="test"), text)


@pytest.fixture
def store(store_url: str) -> Any:
    with Store(store_url) as s:
        yield s


def test_migration_builds_exactly_the_schema(store: Store) -> None:
    """The Alembic migration and the SQLAlchemy tables describe the same database."""
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(
            conn, opts={"include_name": include_name}), metadata)
    assert diff == []
    assert store.check() == []


def test_reopening_a_store_keeps_its_data(store_url: str, cached_extractor: Callable) -> None:
    with Store(store_url) as s:
        ingest(s, [doc("Chile and Peru signed an agreement on trade on Monday.", "cp")],
               extractor=cached_extractor)
        before = s.counts()
    with Store(store_url) as s:  # migrating an up-to-date database changes nothing
        assert s.counts() == before
        assert before.agreements == 1


def test_ingesting_the_examples_twice_changes_nothing_the_second_time(
        store: Store, examples_dir: Path, cached_extractor: Callable) -> None:
    docs = example_documents(examples_dir)
    first = ingest(store, docs, extractor=cached_extractor)
    assert first.new == len(docs) and first.failed == 0
    assert first.added > 0
    counts = store.counts()
    second = ingest(store, docs, extractor=cached_extractor)
    assert (second.new, second.known, second.added, second.merged) == (0, len(docs), 0, 0)
    assert store.counts() == counts
    assert store.check() == []


def test_the_same_article_under_two_ids_is_one_agreement_with_two_sources(
        store: Store, examples_dir: Path, cached_extractor: Callable) -> None:
    original = next(d for d in example_documents(examples_dir)
                    if d.document.id == "pak-blr-visit")
    resent = SourceDocument(original.document.model_copy(update={
        "id": "pak-blr-visit-mirror", "url": "https://mirror.example/pak-blr"}), original.text)
    ingest(store, [original], extractor=cached_extractor)
    counts = store.counts()
    summary = ingest(store, [resent], extractor=lambda d: pytest.fail("extracted twice"))
    assert summary.duplicates == 1 and summary.new == 0
    after = store.counts()
    assert (after.documents, after.agreements, after.events, after.actors) == (
        counts.documents, counts.agreements, counts.events, counts.actors)
    assert after.sources == counts.sources + 1
    found = store.agreements(Filters(country="PAK", with_country="BLR"))
    # the seven instruments of the visit stay seven: different bodies, different records
    assert len(found) == 7
    for agreement in found:
        assert sorted(s.document for s in agreement.sources) == [
            "pak-blr-visit", "pak-blr-visit-mirror"]
        assert all(s.evidence for s in agreement.sources)
    urls = {s.url for g in found for s in g.sources}
    assert "https://mirror.example/pak-blr" in urls


def test_one_agreement_reported_by_two_outlets_is_merged(
        store: Store, cached_extractor: Callable) -> None:
    a = doc("Chile and Peru signed an agreement on trade in Lima on Monday, the two "
            "governments said.", "outlet-a", published="2024-03-05")
    b = doc("Peru and Chile on Monday signed a trade agreement, officials in Santiago "
            "said. The deal cuts tariffs on farm goods.", "outlet-b", published="2024-03-06")
    summary = ingest(store, [a, b], extractor=cached_extractor)
    assert summary.new == 2
    found = store.agreements(Filters(country="CHL"))
    assert len(found) == 1, [g.model_dump() for g in found]
    assert sorted(s.document for s in found[0].sources) == ["outlet-a", "outlet-b"]
    assert summary.merged >= 1


def test_different_agreements_between_different_bodies_stay_apart(
        store: Store, cached_extractor: Callable) -> None:
    a = doc("Pakistan's Ministry of Defence Production and Belarus's State Authority for "
            "Military Industry signed a memorandum of understanding on Monday.", "mou-a")
    b = doc("Pakistan Post and Belarus Post signed a memorandum of understanding on Monday.",
            "mou-b")
    ingest(store, [a, b], extractor=cached_extractor)
    found = store.agreements(Filters(country="PAK", with_country="BLR"))
    assert len(found) == 2
    assert all(len(g.sources) == 1 for g in found)


def test_near_duplicate_articles_are_recognised(store: Store,
                                                cached_extractor: Callable) -> None:
    body = ("Japan and India signed an agreement on civil nuclear cooperation in Tokyo on "
            "Friday after talks between their prime ministers. The pact allows Japan to "
            "export reactors and fuel to India, which has not signed the Non-Proliferation "
            "Treaty. Officials said the deal took six years to negotiate and includes a "
            "clause that ends cooperation if India tests a nuclear weapon. ")
    first = doc(body * 2, "wire-1", published="2016-11-11")
    resend = doc(body * 2 + "Corrects spelling of minister's name.", "wire-1-corrected",
                 published="2016-11-11")
    summary = ingest(store, [first, resend], extractor=cached_extractor)
    assert summary.new == 2 and summary.near_duplicates == 1
    docs = {d["sources"][0]["id"]: d for d in store.documents()}
    assert docs["wire-1-corrected"]["near_duplicate_of"] is not None
    assert docs["wire-1"]["near_duplicate_of"] is None
    assert store.counts().near_duplicates == 1


def test_queries_filter_by_country_sector_instrument_status_dates_and_text(
        store: Store, examples_dir: Path, cached_extractor: Callable) -> None:
    ingest(store, example_documents(examples_dir), extractor=cached_extractor)
    everything = store.agreements(Filters(limit=None))
    assert len(everything) == store.counts().agreements
    pak = store.agreements(Filters(country="pak", limit=None))
    assert pak and all("PAK" in g.countries for g in pak)
    assert len(pak) < len(everything)
    defence = store.agreements(Filters(sector="defence", limit=None))
    assert defence and all("defence" in g.sectors for g in defence)
    mous = store.agreements(Filters(instrument="mou", limit=None))
    assert mous and all(g.instrument == "mou" for g in mous)
    signed = store.agreements(Filters(status="signed", limit=None))
    assert signed and all(g.status == "signed" for g in signed)
    recent = store.agreements(Filters(since="2025-01-01", limit=None))
    assert recent and all("PAK" in g.countries or "BLR" in g.countries for g in recent)
    old = store.agreements(Filters(until="1990-12-31", limit=None))
    assert old and not set(g.id for g in old) & set(g.id for g in recent)
    readmission = store.agreements(Filters(text="readmission", limit=None))
    assert any(g.subject and "readmission" in g.subject for g in readmission)
    assert store.agreements(Filters(text="zzzqqqxxx")) == []
    page = store.agreements(Filters(limit=2, offset=1))
    assert [g.id for g in page] == [g.id for g in everything[1:3]]
    visits = store.events(Filters(event="CONSULT", country="PAK", limit=None))
    assert visits and all(e.event == "CONSULT" for e in visits)
    people = store.actors(Filters(kind="person", country="PAK", limit=None))
    assert "Shehbaz Sharif" in {p.name for p in people}
    assert store.actors(Filters(text="sharif", limit=None))
    assert store.documents(Filters(text="Minsk"))


def test_full_text_search_is_not_an_injection_vector(store: Store,
                                                     cached_extractor: Callable) -> None:
    ingest(store, [doc("Chile and Peru signed an agreement on trade on Monday.", "cp")],
           extractor=cached_extractor)
    for nasty in ('" OR 1=1 --', "trade'; DROP TABLE agreements; --", "NEAR(", "*", "%_"):
        store.search(nasty)
        store.actors(Filters(text=nasty))
    assert store.counts().agreements == 1
    assert store.search("trade")["agreement"]


def test_dyad_summary(store: Store, examples_dir: Path, cached_extractor: Callable) -> None:
    ingest(store, example_documents(examples_dir), extractor=cached_extractor)
    summary = store.dyad("BLR", "PAK")
    assert summary["agreements"] == 7
    assert sum(sum(v.values()) for v in summary["by_year"].values()) >= 7
    assert "2025" in summary["by_year"]
    assert summary["by_sector"]["defence"] >= 1
    names = {p["name"] for p in summary["institutions"]["PAK"]}
    assert "Pakistan Post" in names
    assert "Belarus Post" in {p["name"] for p in summary["institutions"]["BLR"]}
    assert [s.document for s in summary["sources"]] == ["pak-blr-visit"]
    assert summary["latest_events"]


def test_actors_are_merged_across_documents(store: Store, cached_extractor: Callable) -> None:
    a = doc("Prime Minister Shehbaz Sharif met President Alexander Lukashenko in Minsk on "
            "Thursday.", "a", published="2025-04-11")
    b = doc("Pakistan's Prime Minister Shehbaz Sharif visited Belarus and held talks with "
            "President Alexander Lukashenko.", "b", published="2025-04-12")
    ingest(store, [a, b], extractor=cached_extractor)
    sharif = [p for p in store.actors(Filters(text="Shehbaz", limit=None))]
    assert len(sharif) == 1 and sharif[0].documents == 2
    assert sharif[0].country == "PAK"


def test_a_failed_write_leaves_the_store_unchanged(store: Store,
                                                   cached_extractor: Callable) -> None:
    good = doc("Chile and Peru signed an agreement on trade on Monday.", "good")
    ingest(store, [good], extractor=cached_extractor)
    before = store.counts()
    broken = doc("France and Germany signed a defence pact on Tuesday.", "broken")
    record = cached_extractor(broken)
    # two actors with one id: the second insert violates a constraint mid-transaction
    bad = Record.model_validate({**record.to_dict(),
                                 "actors": [a.to_dict() if hasattr(a, "to_dict") else
                                            a.model_dump(mode="json")
                                            for a in record.actors * 2]})
    with pytest.raises(StoreError, match="broken"):
        store.add(broken, bad)
    assert store.counts() == before
    assert store.check() == []
    summary = ingest(store, [broken], extractor=cached_extractor)
    assert summary.new == 1


def test_bad_items_are_counted_and_skipped(store: Store, cached_extractor: Callable) -> None:
    items: list[Any] = [
        InputError("not JSON", source="docs.jsonl", line=2),
        doc("Chile and Peru signed an agreement on trade on Monday.", "cp"),
    ]
    seen: list[str] = []
    summary = ingest(store, items, extractor=cached_extractor, on_error=seen.append)
    assert (summary.failed, summary.new) == (1, 1)
    assert "docs.jsonl:2" in seen[0]


def test_records_round_trip_through_the_store(store: Store, examples_dir: Path,
                                              cached_extractor: Callable) -> None:
    docs = example_documents(examples_dir)
    ingest(store, docs, extractor=cached_extractor)
    stored = list(store.records())
    assert [r.document.id for r in stored] == [d.document.id for d in docs]
    for d, r in zip(docs, stored, strict=True):
        assert r == cached_extractor(d)
    text, record = store.document("pak-blr-visit")
    assert text == docs[[d.document.id for d in docs].index("pak-blr-visit")].text
    for g in record.agreements:
        for span in g.evidence:
            assert text[span.start:span.end] == span.text
    agreement = store.agreement(int(store.agreements()[0].id[1:]))
    assert isinstance(agreement, StoredAgreement)


def test_an_unreachable_database_is_a_clear_error() -> None:
    with pytest.raises(StoreError, match="cannot open"):
        Store("postgresql://nobody@127.0.0.1:1/nothing")
    with pytest.raises(StoreError):
        Store("/nonexistent-folder/deeper/accords.db")


def test_the_python_api_ingests_and_exports(tmp_path: Path, examples_dir: Path) -> None:
    """`Store.ingest` and `Store.export` do what the commands do, from Python."""
    import accords

    with accords.Store(str(tmp_path / "api.db")) as store:
        summary = store.ingest([examples_dir / "pak-blr-visit"])
        assert summary.new == 1
        assert len(store.agreements(accords.Filters(country="BLR"))) == 7
        written = store.export("csv", tmp_path / "tables")
        assert {p.name for p in written} == {"agreements.csv", "events.csv", "actors.csv",
                                             "agreement_history.csv"}
        store.export("jsonl", tmp_path / "records.jsonl")
        assert (tmp_path / "records.jsonl").read_text().count("\n") == 1


def test_network_country_and_counts(store: Store, examples_dir: Path,
                                    cached_extractor: Callable) -> None:
    ingest(store, example_documents(examples_dir), extractor=cached_extractor)
    net = store.network()
    edge = next(e for e in net["edges"] if {e["source"], e["target"]} == {"BLR", "PAK"})
    assert edge["agreements"] == 7
    assert {"BLR", "PAK"} <= {n["id"] for n in net["nodes"]}
    defence = store.network(sector="defence")
    assert all(e["agreements"] <= 7 for e in defence["edges"])
    assert next(e for e in defence["edges"] if e["source"] == "BLR")["agreements"] == 1
    assert store.network(since="2030-01-01") == {"nodes": [], "edges": []}
    summary = store.country("pak")
    assert summary["partners"]["BLR"] == 7
    assert "Pakistan Post" in {i["name"] for i in summary["institutions"]}
    assert store.count("agreements", Filters(country="PAK", limit=2)) == summary["agreements"]
    assert store.count("documents") == store.counts().documents


def test_records_of_a_document_and_filters_by_actor(store: Store, examples_dir: Path,
                                                   cached_extractor: Callable) -> None:
    ingest(store, example_documents(examples_dir), extractor=cached_extractor)
    ids = store.document_records("pak-blr-visit")
    text, record = store.document("pak-blr-visit")
    assert {g.id for g in record.agreements} <= set(ids)
    merged = store.agreement(int(ids[record.agreements[0].id][1:]))
    assert merged is not None and "pak-blr-visit" in {s.document for s in merged.sources}
    assert store.document_sources("pak-blr-visit")[0]["id"] == "pak-blr-visit"
    assert store.document_records("nope") == {} and store.document_sources("nope") == []
    post = next(a for a in store.actors(Filters(text="Pakistan Post")))
    signed = store.agreements(Filters(actor=post.id))
    assert [g.subject for g in signed] == ["postal exchange"]
    occasion = merged.occasion
    assert occasion is not None and store.event(int(occasion[1:])).cameo == "042"
    assert len(store.agreements(Filters(occasion=occasion, limit=None))) == 7


def test_network_of_institutions(store: Store, examples_dir: Path,
                                 cached_extractor: Callable) -> None:
    ingest(store, example_documents(examples_dir), extractor=cached_extractor)
    net = store.network(institutions=True)
    names = {n["id"]: n["name"] for n in net["nodes"]}
    post = next(e for e in net["edges"]
                if {names[e["source"]], names[e["target"]]} == {"Pakistan Post", "Belarus Post"})
    assert post["agreements"] == 1
    assert store.agreement(int(post["example"][1:])).subject == "postal exchange"
    assert all(n["kind"] != "country" for n in net["nodes"])
    assert store.network(institutions=True, sector="communications")["edges"] == [post]


def test_timeline_points_and_report_sources(store: Store, examples_dir: Path,
                                            cached_extractor: Callable) -> None:
    """What the country page draws without loading records: one point per agreement sector
    and per event, and the reporting documents, newest first."""
    ingest(store, example_documents(examples_dir), extractor=cached_extractor)
    scope = Filters(country="PAK", with_country="BLR")
    points = store.timeline_points(scope)
    ags = store.agreements(replace(scope, limit=None))
    evs = store.events(replace(scope, limit=None))
    assert len([p for p in points if p[0] == "agreement"]) == sum(len(g.sectors) or 1
                                                                  for g in ags)
    assert len([p for p in points if p[0] == "event"]) == len(evs)
    assert ("agreement", "communications", "2025-04-10") in points
    sources, total = store.report_sources(Filters(country="PAK"), limit=1)
    assert total >= 1 and len(sources) == 1
    assert sources[0].document == "pak-blr-visit"
    everything, n = store.report_sources(Filters(), limit=100)
    reporting = [d for d in store.documents(Filters(limit=None))
                 if any(k[0] in "ge" for k in store.document_records(d["sources"][0]["id"]))]
    assert n == len(everything) == len(reporting)
