"""The dyad brief (`accords brief`, /dyads/A/B/brief): its content checked against the stored
records it is written from, over a real store of the gold examples."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from example_stores import example_store
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from accords.cli import app
from accords.export.brief import build_brief, render_html, render_markdown
from accords.export.codes import event_quad
from accords.store import Filters, Store
from accords.web.app import create_app

pytestmark = pytest.mark.model


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path,
       cached_extractor: Callable[[Any], Any]) -> str:
    return str(example_store(tmp_path_factory, examples_dir, cached_extractor, "brief"))


@pytest.fixture(scope="module")
def store(db: str) -> Iterator[Store]:
    with Store(db) as s:
        yield s


def _evidence_of(record: Any) -> set[str]:
    spans = [*record.evidence, *(sp for s in record.sources for sp in s.evidence)]
    spans += [sp for step in getattr(record, "history", []) for sp in step.evidence]
    return {" ".join(sp.text.split()) for sp in spans}


def test_every_agreement_once_under_its_status_with_its_lifecycle(store: Store) -> None:
    brief = build_brief(store, "PAK", "BLR")
    stored = {g.id: g for g in store.agreements(Filters(country="PAK", with_country="BLR",
                                                        limit=None))}
    assert stored, "the examples hold agreements between Pakistan and Belarus"
    listed = [(group["status"], g) for group in brief["agreements_by_status"]
              for g in group["agreements"]]
    assert sorted(g["id"] for _, g in listed) == sorted(stored)
    assert brief["numbers"]["agreements"] == len(stored)
    for status, item in listed:
        record = stored[item["id"]]
        assert status == record.status
        assert item["href"] == f"/agreements/{record.id}"
        assert [s["status"] for s in item["steps"]] == [s.status for s in record.history]
        for step in item["steps"]:
            assert step["source"]["evidence"] in _evidence_of(record)
            assert step["source"]["document"] in {s.document for s in record.sources}
        assert item["source"]["evidence"] in _evidence_of(record)


def test_events_split_by_cooperation_and_conflict_with_their_sources(store: Store) -> None:
    brief = build_brief(store, "PAK", "BLR")
    stored = {e.id: e for e in store.events(Filters(country="PAK", with_country="BLR",
                                                    limit=None))}
    shown = brief["cooperation"] + brief["conflict"]
    assert shown, "the visit to Minsk is there"
    for item in brief["cooperation"]:
        assert event_quad(stored[item["id"]].cameo, stored[item["id"]].event) in (1, 2)
    for item in brief["conflict"]:
        assert event_quad(stored[item["id"]].cameo, stored[item["id"]].event) in (3, 4)
    for item in shown:
        assert item["source"]["evidence"] in _evidence_of(stored[item["id"]])
        assert item["source"]["href"].startswith("/documents/")
    visit = next(i for i in shown if stored[i["id"]].cameo == "042")
    assert visit["line"].startswith("Pakistan's Prime Minister Shehbaz Sharif visited Minsk")


def test_institutions_are_the_records_actors_on_each_side(store: Store) -> None:
    brief = build_brief(store, "PAK", "BLR")
    ags = store.agreements(Filters(country="PAK", with_country="BLR", limit=None))
    evs = store.events(Filters(country="PAK", with_country="BLR", limit=None))
    for side in ("PAK", "BLR"):
        people = brief["institutions"][side]["shown"]
        assert people, side
        for p in people:
            for ref in p["records"]:
                record = next(r for r in [*ags, *evs] if r.id == ref["id"])
                named = (record.parties + record.signatories if ref["id"][0] == "g"
                         else record.actor + record.recipient)
                assert p["id"] in named
    names = {p["name"] for p in brief["institutions"]["PAK"]["shown"]}
    assert "Pakistan Post" in names


def test_since_lists_only_what_is_newer(store: Store) -> None:
    everything = build_brief(store, "PAK", "BLR", since="1900-01-01")["changes"]
    assert len(everything["agreements"]) == build_brief(store, "PAK", "BLR")[
        "numbers"]["agreements"]
    later = build_brief(store, "PAK", "BLR", since="2100-01-01")
    changes = later["changes"]
    assert changes["agreements"] == changes["events"] == changes["steps"] == []
    assert "Nothing recorded since then." in render_markdown(later)
    assert build_brief(store, "PAK", "BLR")["changes"] is None
    # signed on 10 April, reported on 12 April: news for a reader who last looked on the 11th
    ags = store.agreements(Filters(country="PAK", with_country="BLR", limit=None))
    assert all(g.date.start < "2025-04-11" <= g.sources[0].published for g in ags)
    reported = build_brief(store, "PAK", "BLR", since="2025-04-11")["changes"]
    assert sorted(g["id"] for g in reported["agreements"]) == sorted(g.id for g in ags)
    assert build_brief(store, "PAK", "BLR", since="2025-04-13")["changes"]["agreements"] == []


def test_markdown_quotes_only_evidence_and_links_every_record(store: Store) -> None:
    brief = build_brief(store, "PAK", "BLR", base="http://localhost:8000")
    text = render_markdown(brief)
    records = [*store.agreements(Filters(country="PAK", with_country="BLR", limit=None)),
               *store.events(Filters(country="PAK", with_country="BLR", limit=None))]
    evidence = set().union(*(_evidence_of(r) for r in records))
    quotes = [line.strip()[2:] for line in text.splitlines() if line.strip().startswith("> ")]
    assert quotes
    for quote in quotes:
        assert re.sub(r"\\(.)", r"\1", quote) in evidence
    for g in records:
        kind = "agreements" if g.id[0] == "g" else "events"
        if kind == "agreements":
            assert f"[{g.id}](http://localhost:8000/{kind}/{g.id})" in text


def test_markdown_and_html_keep_corpus_text_inert(store: Store) -> None:
    brief = build_brief(store, "PAK", "BLR")
    item = brief["agreements_by_status"][0]["agreements"][0]
    item["name"] = "[click](javascript:alert(1)) <script>x</script>"
    item["steps"] = []
    item["source"]["evidence"] = "**bold** <img src=x onerror=alert(1)>"
    text = render_markdown(brief)
    # Markdown shows a backslash-escaped character as itself: no link, tag or emphasis
    assert not re.search(r"(?<!\\)(<script|<img|\]\(javascript|\*\*bold)", text)
    assert "\\<img" in text and "\\[click\\]" in text
    page = render_html(brief)
    assert "<script>x" not in page and "<img src=x" not in page
    assert "&lt;script&gt;" in page


def test_cli_writes_markdown_and_a_standalone_html_page(db: str, tmp_path: Path) -> None:
    runner = CliRunner()
    md = runner.invoke(app, ["brief", "pakistan", "BLR", "--db", db, "--since", "2025-01-01"])
    assert md.exit_code == 0, md.output
    assert md.output.startswith("# Pakistan – Belarus: brief")
    assert "## Since 2025-01-01" in md.output and "## Agreements by status" in md.output
    out = tmp_path / "brief.html"
    html = runner.invoke(app, ["brief", "PAK", "BLR", "--db", db, "--format", "html",
                               "-o", str(out)])
    assert html.exit_code == 0, html.output
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>") and "<style>" in page
    assert "/static/" not in page, "the file stands alone"
    assert "Pakistan Post" in page
    same = runner.invoke(app, ["brief", "PAK", "pakistan", "--db", db])
    assert same.exit_code == 2
    bad = runner.invoke(app, ["brief", "PAK", "BLR", "--db", db, "--format", "pdf"])
    assert bad.exit_code == 2
    nothing = runner.invoke(app, ["brief", "PAK", "CHL", "--db", db])
    assert nothing.exit_code == 0 and "0 agreements, 0 events" in nothing.output
    assert "no agreement or event between PAK and CHL" in nothing.output


def test_page_and_its_twins_show_the_same_brief(db: str) -> None:
    with Store(db) as s:
        client = TestClient(create_app(store=s))
        page = client.get("/dyads/PAK/BLR/brief", headers={"accept": "text/html"})
        assert page.status_code == 200
        twin = client.get("/dyads/PAK/BLR/brief.json").json()
        for group in twin["agreements_by_status"]:
            for g in group["agreements"]:
                assert f'data-id="{g["id"]}"' in page.text
        md = client.get("/dyads/blr/pak/brief.md?since=2025-01-01")
        assert md.status_code == 200 and md.text.startswith("# Belarus – Pakistan")
        assert client.get("/dyads/PAK/PAK/brief").status_code == 404
        assert client.get("/dyads/PAK/BLR/brief?since=yesterday").status_code == 422
        assert client.get("/dyads/PAK/BLR", headers={"accept": "text/html"}).text.count(
            'href="/dyads/PAK/BLR/brief"') >= 1


def test_brief_and_indexes_on_each_backend(store_url: str, examples_dir: Path,
                                           cached_extractor: Callable[[Any], Any]) -> None:
    """The brief's reads and the index queries (country counts, actors by name) give the same
    answers on SQLite and PostgreSQL."""
    from example_stores import example_documents

    from accords.store.ingest import ingest

    docs = [d for d in example_documents(examples_dir)
            if d.document.id in ("pak-blr-visit", "bbc_politics_015")]
    with Store(store_url, create=True) as s:
        assert ingest(s, docs, extractor=cached_extractor).failed == 0
        index = s.country_index()
        assert index["PAK"]["agreements"] == index["BLR"]["agreements"] == 7
        assert index["PAK"]["partners"] == 1
        named = s.actors(Filters(text="post", limit=None), sort="name")
        assert [a.name for a in named] == sorted((a.name for a in named), key=str.lower)
        assert {"Pakistan Post", "Belarus Post"} <= {a.name for a in named}
        people = s.actors(Filters(kind="person", country="PAK", limit=None))
        assert people and all(a.kind == "person" and a.country == "PAK" for a in people)
        brief = build_brief(s, "PAK", "BLR", since="2025-04-11")
        assert brief["numbers"]["agreements"] == 7
        assert "Pakistan Post" in render_markdown(brief)


def test_api_serves_the_same_brief(db: str) -> None:
    with Store(db) as s:
        client = TestClient(create_app(store=s))
        api = client.get("/api/dyads/pak/BLR/brief?since=2025-04-11")
        assert api.status_code == 200
        twin = client.get("/dyads/PAK/BLR/brief.json?since=2025-04-11").json()
        assert api.json() == twin
        assert client.get("/api/dyads/PAK/PAK/brief").status_code == 404
        assert client.get("/api/dyads/PAK/XYZ/brief").status_code == 404
        assert client.get("/api/dyads/PAK/BLR/brief?since=2025-02-30").status_code == 422
        assert "/api/dyads/{a}/{b}/brief" in client.get("/openapi.json").json()["paths"]
