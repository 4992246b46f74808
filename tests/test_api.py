"""The REST API over a real store: the gold examples ingested into SQLite with the real
extractor, driven in-process with FastAPI's TestClient, plus one run through a real server
(`accords serve`) and one over each database backend.

The examples hold the Pakistan-Belarus visit (seven agreements signed in Minsk, 2025) and
older Reuters and BBC stories; the tests lean on the visit and check everything else by
properties (every item of a filtered listing satisfies the filter).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from example_stores import example_documents, example_store
from fastapi.testclient import TestClient

from accords.store import Store
from accords.store.ingest import ingest
from accords.web import create_app
from accords.web.api import EXTRACT_MAX_BYTES, MAX_INGEST_DOCUMENTS
from accords.web.dependencies import MAX_BODY_BYTES, MAX_PAGE_SIZE, TOKEN_ENV
from accords.web.server import running_server

pytestmark = pytest.mark.model

TOKEN = "s3cret-tøken"  # non-ASCII on purpose: compare_digest refuses such str, not bytes
CHILE_PERU = ("Chile and Peru signed an agreement on trade in Lima on Monday, the two "
              "governments said.")
FRENCH = ("Le gouvernement français et le gouvernement allemand ont signé lundi à Paris un "
          "accord de coopération dans le domaine de l'énergie, a annoncé le ministère des "
          "Affaires étrangères dans un communiqué publié dans la soirée. Les deux pays "
          "s'engagent à renforcer leurs échanges d'électricité et à développer ensemble de "
          "nouvelles centrales.")


@pytest.fixture(scope="module")
def db_file(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path,
            cached_extractor: Callable) -> Path:
    return example_store(tmp_path_factory, examples_dir, cached_extractor, "api")


@pytest.fixture(scope="module")
def client(db_file: Path) -> Iterator[TestClient]:
    """The examples store, read-only: no token, so ingest is disabled."""
    with TestClient(create_app(str(db_file), token="")) as c:
        yield c


@pytest.fixture(scope="module")
def n_examples(examples_dir: Path) -> int:
    return len(example_documents(examples_dir))


@pytest.fixture
def writer(tmp_path: Path) -> Iterator[TestClient]:
    """An empty store that accepts ingest with TOKEN."""
    with TestClient(create_app(str(tmp_path / "w.db"), token=TOKEN)) as c:
        yield c


def get(client: TestClient, url: str, expect: int = 200, **params: Any) -> Any:
    r = client.get(url, params=params or None)  # params={} would drop the URL's own query
    assert r.status_code == expect, (url, params, r.text[:500])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def error(client: TestClient, url: str, status: int, **params: Any) -> str:
    body = get(client, url, status, **params)
    assert set(body) == {"error"} and body["error"]["status"] == status
    assert "Traceback" not in body["error"]["message"]
    return body["error"]["message"]


def everything(client: TestClient, url: str, **params: Any) -> list[dict[str, Any]]:
    return get(client, url, limit=MAX_PAGE_SIZE, **params)["items"]


# ---- listings ---------------------------------------------------------------------------------

def test_agreements_of_a_dyad_with_sources_and_evidence(client: TestClient) -> None:
    page = get(client, "/api/agreements", country="PAK", **{"with": "BLR"})
    assert (page["total"], page["limit"], page["offset"], page["next"]) == (7, 50, 0, None)
    assert len(page["items"]) == 7
    for g in page["items"]:
        assert g["id"].startswith("g") and sorted(g["countries"]) == ["BLR", "PAK"]
        assert g["date"]["start"] == "2025-04-10"
        assert [s["document"] for s in g["sources"]] == ["pak-blr-visit"]
        assert g["evidence"] and all(s["evidence"] for s in g["sources"])
    # codes are case-insensitive
    assert get(client, "/api/agreements", country="pak", **{"with": "blr"})["total"] == 7


def test_pagination_walks_every_item_once(client: TestClient) -> None:
    total = get(client, "/api/agreements")["total"]
    assert total > 7
    seen: list[str] = []
    url: str | None = "/api/agreements?limit=4"
    pages = 0
    while url:
        page = get(client, url)
        assert page["total"] == total and page["limit"] == 4
        assert len(page["items"]) == min(4, total - page["offset"])
        seen += [g["id"] for g in page["items"]]
        url = page["next"]
        pages += 1
        if url:
            assert "limit=4" in url and f"offset={page['offset'] + 4}" in url
    assert pages == -(-total // 4)
    assert len(seen) == len(set(seen)) == total
    assert seen == [g["id"] for g in everything(client, "/api/agreements")]
    beyond = get(client, "/api/agreements", offset=total + 10)
    assert beyond["items"] == [] and beyond["next"] is None and beyond["total"] == total


def test_agreement_filters(client: TestClient) -> None:
    for params, check in (
        ({"sector": "finance"}, lambda g: "finance" in g["sectors"]),
        ({"sector": "FINANCE"}, lambda g: "finance" in g["sectors"]),
        ({"instrument": "mou"}, lambda g: g["instrument"] == "mou"),
        ({"status": "ratified"}, lambda g: g["status"] == "ratified"),
        ({"country": "GBR"}, lambda g: "GBR" in g["countries"]),
        ({"since": "2025-01-01"}, lambda g: g["date"]["start"] >= "2025-01-01"),
        ({"until": "1987-03-31"}, lambda g: g["date"]["start"] <= "1987-03-31"),
        ({"text": "military"}, lambda g: any("military" in s["text"].lower()
                                             for s in g["evidence"])),
    ):
        page = get(client, "/api/agreements", limit=MAX_PAGE_SIZE, **params)
        assert page["total"] == len(page["items"]) > 0, params
        assert all(check(g) for g in page["items"]), params
    assert get(client, "/api/agreements", since="2100-01-01")["total"] == 0
    assert get(client, "/api/agreements", sector="finance", instrument="mou",
               country="PAK")["total"] == 2


def test_event_actor_and_document_filters(client: TestClient, n_examples: int) -> None:
    agree = everything(client, "/api/events", event="agree")
    assert agree and all(e["event"] == "AGREE" for e in agree)
    signing = everything(client, "/api/events", event="057")
    assert signing and all(e["cameo"] == "057" for e in signing)
    pak = everything(client, "/api/events", country="PAK", **{"with": "BLR"})
    assert pak and all(s["document"] == "pak-blr-visit" for e in pak for s in e["sources"])

    people = get(client, "/api/actors", kind="PERSON", limit=MAX_PAGE_SIZE)
    assert people["total"] == len(people["items"]) > 0
    assert all(a["kind"] == "person" for a in people["items"])
    counts = [a["documents"] for a in everything(client, "/api/actors")]
    assert counts == sorted(counts, reverse=True)  # the most mentioned first
    assert all(a["country"] == "BLR" for a in everything(client, "/api/actors", country="blr"))
    named = everything(client, "/api/actors", text="lukashenko")
    assert named and all("lukashenko" in a["name"].lower() for a in named)

    docs = get(client, "/api/documents", limit=MAX_PAGE_SIZE)
    assert docs["total"] == len(docs["items"]) == n_examples
    march = everything(client, "/api/documents", since="1987-03-01", until="1987-03-31")
    assert march and all("1987-03-01" <= d["published"] <= "1987-03-31" for d in march)
    minsk = everything(client, "/api/documents", text="Minsk")
    assert [s["id"] for d in minsk for s in d["sources"]] == ["pak-blr-visit"]


@pytest.mark.parametrize(("url", "params", "fragment"), [
    ("/api/agreements", {"country": "PA"}, "country"),
    ("/api/agreements", {"country": "PAKI"}, "country"),
    ("/api/agreements", {"with": "P4K"}, "with"),
    ("/api/events", {"country": "1234"}, "country"),
    ("/api/agreements", {"since": "2024-13-01"}, "since"),
    ("/api/agreements", {"until": "yesterday"}, "until"),
    ("/api/documents", {"since": "2024-02-30"}, "since"),
    ("/api/network", {"since": "20240101"}, "since"),
    ("/api/agreements", {"limit": MAX_PAGE_SIZE + 1}, "limit"),
    ("/api/agreements", {"limit": 0}, "limit"),
    ("/api/actors", {"offset": -1}, "offset"),
    ("/api/events", {"offset": 10**30}, "offset"),
    ("/api/actors", {"kind": "alien"}, "kind"),
    ("/api/events", {"event": "'; DROP TABLE events; --"}, "event"),
    ("/api/documents", {"country": "PAK"}, "country"),  # documents have no country
    ("/api/search", {}, "q"),
    ("/api/search", {"q": ""}, "q"),
    ("/api/search", {"q": "a\x00b"}, "q"),
    ("/api/dyads/PAK/B1R", {}, "b"),
    ("/api/countries/PAKISTAN", {}, "iso"),
    ("/api/agreements/e3", {}, "agreement_id"),
    ("/api/events/12x", {}, "event_id"),
    ("/api/actors/g1", {}, "actor_id"),
])
def test_invalid_parameters_are_422_json(client: TestClient, url: str, params: dict[str, Any],
                                          fragment: str) -> None:
    assert fragment in error(client, url, 422, **params)


# ---- single records ---------------------------------------------------------------------------

def test_agreement_embeds_its_actors_and_occasion(client: TestClient) -> None:
    listed = everything(client, "/api/agreements", country="PAK")
    with_occasion = next(g for g in listed if g["occasion"])
    g = get(client, f"/api/agreements/{with_occasion['id']}")
    assert {k: v for k, v in g.items() if k not in ("actors", "occasion_event")} == with_occasion
    assert get(client, f"/api/agreements/{g['id'][1:]}") == g  # the bare number works too
    assert set(g["parties"] + g["signatories"]) <= set(g["actors"])
    assert all(a["id"] == key for key, a in g["actors"].items())
    assert {a["country"] for i, a in g["actors"].items() if i in g["parties"]} == {"PAK", "BLR"}
    occasion = g["occasion_event"]
    assert occasion["id"] == g["occasion"]
    assert occasion["sources"][0]["document"] == "pak-blr-visit"
    assert set(occasion["actor"] + occasion["recipient"]) <= set(g["actors"])
    assert g["sources"][0]["evidence"] and g["sources"][0]["document"] == "pak-blr-visit"
    without = next(x for x in everything(client, "/api/agreements") if not x["occasion"])
    assert get(client, f"/api/agreements/{without['id']}")["occasion_event"] is None


def test_event_and_actor_by_id(client: TestClient) -> None:
    listed = everything(client, "/api/events", country="PAK")
    e = get(client, f"/api/events/{listed[0]['id']}")
    assert e["sources"] and e["evidence"]
    assert set(e["actor"] + e["recipient"]) == set(e["actors"])
    actor_id = e["actor"][0]
    actor = get(client, f"/api/actors/{actor_id}")
    assert actor == e["actors"][actor_id]
    assert actor["documents"] >= 1 and actor["name"]
    assert get(client, f"/api/actors/{actor_id[1:]}") == actor


def test_document_by_id_with_its_record(client: TestClient, examples_dir: Path) -> None:
    d = get(client, "/api/documents/pak-blr-visit")
    assert d["id"] == "pak-blr-visit"
    assert d["text"] == (examples_dir / "pak-blr-visit" / "article.txt").read_text("utf-8")
    record = d["record"]
    assert record["document"]["id"] == "pak-blr-visit"
    assert len(record["agreements"]) == 7  # the per-document ids (g1...), before merging
    for span in (s for g in record["agreements"] for s in g["evidence"]):
        assert d["text"][span["start"]:span["end"]] == span["text"]


@pytest.mark.parametrize("url", [
    "/api/agreements/g999999", "/api/agreements/99999999999999", "/api/events/e999999",
    "/api/events/999999999999999999", "/api/actors/a999999", "/api/documents/no-such-document",
    "/api/documents/a/b/c", "/api/documents/" + "x" * 600, "/api/nothing-here",
])
def test_unknown_things_are_404_json(client: TestClient, url: str) -> None:
    error(client, url, 404)


# ---- summaries, search, stats -----------------------------------------------------------------

def test_dyad_and_country_summaries(client: TestClient) -> None:
    dyad = get(client, "/api/dyads/pak/BLR")
    assert dyad["countries"] == ["PAK", "BLR"]
    assert (dyad["agreements"], len(dyad["latest_agreements"])) == (7, 7)
    assert list(dyad["by_year"]) == ["2025"]
    assert sum(dyad["by_sector"].values()) >= 7
    assert [s["document"] for s in dyad["sources"]] == ["pak-blr-visit"]
    assert set(dyad["institutions"]) == {"PAK", "BLR"}
    assert all(i["id"] in dyad["actors"] for side in dyad["institutions"].values()
               for i in side)
    assert len(get(client, "/api/dyads/PAK/BLR", latest=2)["latest_agreements"]) == 2
    assert get(client, "/api/dyads/PAK/VEN")["agreements"] == 0

    country = get(client, "/api/countries/blr")
    assert country["country"] == "BLR" and country["partners"] == {"PAK": 7}
    assert country["agreements"] == 7 and country["institutions"]
    assert get(client, "/api/countries/ZWE")["agreements"] == 0  # known, nothing recorded


@pytest.mark.parametrize("url,says", [
    ("/api/countries/XYZ", "XYZ"), ("/api/countries/zzz", "zzz"),
    ("/api/dyads/PAK/XYZ", "XYZ"), ("/api/dyads/QQQ/BLR", "QQQ"), ("/api/dyads/PAK/pak", "itself"),
])
def test_codes_that_name_no_country_are_404_like_their_pages(client: TestClient, url: str,
                                                              says: str) -> None:
    """/api/countries/XYZ answered 200 with zeros: a typo looked like a quiet country."""
    assert says in error(client, url, 404)
    page = client.get(url.removeprefix("/api"), headers={"accept": "text/html"})
    assert page.status_code == 404


@pytest.mark.parametrize("url", ["/api/agreements", "/api/events", "/api/actors",
                                 "/api/network"])
def test_a_country_filter_that_names_no_country_is_422(client: TestClient, url: str) -> None:
    assert "XYZ" in error(client, url, 422, country="XYZ")


def test_network(client: TestClient) -> None:
    net = get(client, "/api/network")
    edges = {(e["source"], e["target"]): e["agreements"] for e in net["edges"]}
    assert edges[("BLR", "PAK")] == 7
    nodes = {n["id"]: n["agreements"] for n in net["nodes"]}
    assert set(nodes) == {c for pair in edges for c in pair}
    only = get(client, "/api/network", country="pak")["edges"]
    assert [(e["source"], e["target"]) for e in only] == [("BLR", "PAK")]
    defence = get(client, "/api/network", sector="defence")["edges"]
    assert defence and all(e["agreements"] >= 1 for e in defence)
    assert get(client, "/api/network", since="2025-01-01", until="2025-12-31")["edges"] == [
        {"source": "BLR", "target": "PAK", "agreements": 7}]


def test_search_and_stats(client: TestClient, n_examples: int) -> None:
    found = get(client, "/api/search", q="Belarus")
    assert found["query"] == "Belarus"
    assert [s["id"] for d in found["documents"] for s in d["sources"]] == ["pak-blr-visit"]
    assert found["agreements"] and isinstance(found["events"], list)
    assert len(get(client, "/api/search", q="Belarus", limit=1)["agreements"]) == 1
    assert get(client, "/api/search", q="!!! ???") == {
        "query": "!!! ???", "documents": [], "agreements": [], "events": []}

    stats = get(client, "/api/stats")
    assert stats["documents"] == n_examples
    assert stats["agreements"] == get(client, "/api/agreements")["total"]
    assert stats["events"] == get(client, "/api/events")["total"]
    assert stats["actors"] == get(client, "/api/actors")["total"]
    assert stats["by_table"]["documents"] == n_examples


# ---- extract ----------------------------------------------------------------------------------

def test_extract_returns_the_record_and_stores_nothing(client: TestClient) -> None:
    before = get(client, "/api/stats")
    r = client.post("/api/extract", json={"text": CHILE_PERU, "published": "2024-03-05",
                                          "id": "cp", "title": "Trade deal"})
    assert r.status_code == 200, r.text
    record = r.json()
    assert record["document"]["id"] == "cp" and record["document"]["published"] == "2024-03-05"
    assert [sorted(g["countries"]) for g in record["agreements"]] == [["CHL", "PER"]]
    assert record["agreements"][0]["sectors"] == ["trade"]
    assert get(client, "/api/stats") == before
    # a datetime is accepted as the publication date, like the JSON Lines reader does
    r = client.post("/api/extract", json={"text": CHILE_PERU, "published": "2024-03-05T10:00Z"})
    assert r.status_code == 200 and r.json()["document"]["published"] == "2024-03-05"


def test_extract_non_english_gives_an_empty_record(client: TestClient) -> None:
    r = client.post("/api/extract", json={"text": FRENCH})
    assert r.status_code == 200, r.text
    record = r.json()
    assert record["document"]["language"] == "fr"
    assert record["agreements"] == record["events"] == record["actors"] == []


@pytest.mark.parametrize(("body", "fragment"), [
    ({"text": ""}, "empty text"),
    ({"text": " \n\t "}, "empty text"),
    ({"text": "abc\x00def"}, "binary"),
    ({"text": "x" * (EXTRACT_MAX_BYTES + 1)}, "text"),
    ({"text": "é" * (EXTRACT_MAX_BYTES // 2 + 1)}, "too large"),  # fits in chars, not bytes
    ({"text": CHILE_PERU, "published": "last Monday"}, "published"),
    ({"text": CHILE_PERU, "colour": "blue"}, "colour"),
    ({"title": "no text"}, "text"),
    ({"text": 42}, "text"),
])
def test_extract_refuses_bad_input_with_422(client: TestClient, body: dict[str, Any],
                                            fragment: str) -> None:
    r = client.post("/api/extract", json=body)
    assert r.status_code == 422, r.text[:300]
    assert fragment in r.json()["error"]["message"]


def test_extract_refuses_malformed_and_oversized_bodies(client: TestClient) -> None:
    r = client.post("/api/extract", content=b"{not json",
                    headers={"content-type": "application/json"})
    assert r.status_code == 422 and "error" in r.json()
    r = client.post("/api/extract", content=b"x" * (MAX_BODY_BYTES + 1),
                    headers={"content-type": "application/json"})
    assert r.status_code == 413
    assert r.json()["error"]["status"] == 413

    def chunks() -> Iterator[bytes]:  # no Content-Length: the cap applies while reading
        for _ in range(5):
            yield b" " * (MAX_BODY_BYTES // 4)

    r = client.post("/api/extract", content=chunks(), headers={"content-type":
                                                                 "application/json"})
    assert r.status_code == 413


# ---- ingest -----------------------------------------------------------------------------------

def test_ingest_is_disabled_without_a_configured_token(client: TestClient) -> None:
    for headers in ({}, {"Authorization": "Bearer anything"}, {"X-API-Token": ""}):
        r = client.post("/api/ingest", json={"documents": [{"text": CHILE_PERU}]},
                        headers=headers)
        assert r.status_code == 403
        assert r.json()["error"]["message"].startswith("ingest is disabled")


def test_ingest_is_disabled_when_the_environment_has_no_token(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(TOKEN_ENV, raising=False)
    with TestClient(create_app(str(tmp_path / "e.db"))) as c:
        assert c.post("/api/ingest", json={"documents": [{"text": "x"}]}).status_code == 403
    monkeypatch.setenv(TOKEN_ENV, "from-env")
    with TestClient(create_app(str(tmp_path / "e.db"))) as c:
        r = c.post("/api/ingest", json={"documents": [{"text": " "}]},
                   headers={"X-API-Token": "from-env"})
        assert r.status_code == 200 and r.json()["failed"] == 1


@pytest.mark.parametrize("headers", [
    {}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
    {"Authorization": "Bearer "}, {"X-API-Token": "wrong"}, {"X-API-Token": TOKEN[:-1]},
    {"Authorization": "Bearer s3cret-tøken-and-more"},
])
def test_ingest_with_a_missing_or_wrong_token_is_401(writer: TestClient,
                                                     headers: dict[str, str]) -> None:
    encoded = {k: v.encode("utf-8") for k, v in headers.items()}  # httpx sends str as ASCII
    r = writer.post("/api/ingest", json={"documents": [{"text": CHILE_PERU}]},
                    headers=encoded)
    assert r.status_code == 401, r.text
    assert r.headers["www-authenticate"].startswith("Bearer")
    assert r.json()["error"]["message"] == "missing or wrong API token"
    assert get(writer, "/api/stats")["documents"] == 0


def auth(token: str = TOKEN) -> dict[str, bytes]:
    return {"Authorization": f"Bearer {token}".encode()}


def test_ingest_stores_and_a_second_post_changes_nothing(writer: TestClient) -> None:
    body = {"documents": [{"id": "cp-1", "text": CHILE_PERU, "published": "2024-03-05",
                           "title": "Chile, Peru sign trade deal", "url": "https://x.test/cp",
                           "source": "test"}]}
    r = writer.post("/api/ingest", json=body, headers=auth())
    assert r.status_code == 200, r.text
    first = r.json()
    assert (first["documents"], first["new"], first["failed"]) == (1, 1, 0)
    assert first["records_added"] >= 2  # the agreement and its signing event
    assert first["results"] == [{"index": 0, "id": "cp-1", "status": "new", "error": None}]
    assert first["errors"] == []

    agreements = get(writer, "/api/agreements", country="chl")["items"]
    assert len(agreements) == 1 and agreements[0]["countries"] == ["CHL", "PER"]
    assert agreements[0]["sources"][0]["url"] == "https://x.test/cp"
    assert get(writer, "/api/documents/cp-1")["text"] == CHILE_PERU
    stats = get(writer, "/api/stats")

    second = writer.post("/api/ingest", json=body, headers=auth()).json()
    assert (second["new"], second["known"], second["records_added"]) == (0, 1, 0)
    assert second["results"][0]["status"] == "known"
    assert get(writer, "/api/stats") == stats
    # the same text under another id is one more source of the same records
    again = {"documents": [{**body["documents"][0], "id": "cp-mirror"}]}
    third = writer.post("/api/ingest", json=again,
                        headers={"X-API-Token": TOKEN.encode()}).json()
    assert third["duplicates"] == 1 and third["results"][0]["status"] == "duplicate"
    sources = get(writer, "/api/agreements", country="CHL")["items"][0]["sources"]
    assert sorted(s["document"] for s in sources) == ["cp-1", "cp-mirror"]


def test_ingest_reports_each_bad_document_and_stores_the_rest(writer: TestClient) -> None:
    docs = [
        {"id": "good", "text": CHILE_PERU},
        {"id": "empty", "text": "   "},
        {"id": "late", "text": "Some text about nothing.", "published": "soon"},
        {"id": "good", "text": "Another text with the same id."},
        {"text": "No id given: one is derived from the text."},
        {"id": 7, "text": "A numeric id, as the JSON Lines reader takes.", "dateline": "x" * 300},
        {"id": "nul", "text": "Fine text.", "title": "a\x00b"},
    ]
    r = writer.post("/api/ingest", json={"documents": docs}, headers=auth())
    assert r.status_code == 200, r.text
    out = r.json()
    statuses = [(x["index"], x["id"], x["status"]) for x in out["results"]]
    assert statuses[0] == (0, "good", "new")
    assert [s for _, _, s in statuses] == ["new", "failed", "failed", "failed", "new", "failed",
                                           "failed"]
    assert statuses[4][1].startswith("api-")
    assert statuses[5][1] == "7"
    assert (out["documents"], out["new"], out["failed"]) == (7, 2, 5)
    messages = {e["index"]: e["message"] for e in out["errors"]}
    assert set(messages) == {1, 2, 3, 5, 6}
    assert "empty text" in messages[1] and "documents[1]" in messages[1]
    assert "published" in messages[2]
    assert "duplicate id 'good'" in messages[3]
    assert "dateline" in messages[5]
    assert "NUL" in messages[6]
    assert get(writer, "/api/stats")["documents"] == 2
    derived = writer.post("/api/ingest", json={"documents": [docs[4]]}, headers=auth()).json()
    assert derived["known"] == 1 and derived["results"][0]["id"] == statuses[4][1]


@pytest.mark.parametrize(("body", "fragment"), [
    ({"documents": []}, "documents"),
    ({"documents": [{"text": "x"}] * (MAX_INGEST_DOCUMENTS + 1)}, "documents"),
    ({"documents": [{"id": "no-text"}]}, "text"),
    ({"documents": [{"text": 5}]}, "text"),
    ({"documents": [{"text": "x", "id": True}]}, "id"),
    ({"docs": [{"text": "x"}]}, "docs"),
    ([{"text": "x"}], "body"),
])
def test_ingest_refuses_a_malformed_batch(writer: TestClient, body: Any,
                                          fragment: str) -> None:
    r = writer.post("/api/ingest", json=body, headers=auth())
    assert r.status_code == 422, r.text[:300]
    assert fragment in r.json()["error"]["message"]
    assert get(writer, "/api/stats")["documents"] == 0


# ---- the OpenAPI document ---------------------------------------------------------------------

def test_openapi_describes_every_response(client: TestClient) -> None:
    spec = get(client, "/openapi.json")
    operations = {(m.upper(), p): op for p, ops in spec["paths"].items() if p.startswith("/api/")
                  for m, op in ops.items()}
    assert set(operations) >= {
        ("GET", "/api/agreements"), ("GET", "/api/events"), ("GET", "/api/actors"),
        ("GET", "/api/documents"), ("GET", "/api/agreements/{agreement_id}"),
        ("GET", "/api/events/{event_id}"), ("GET", "/api/actors/{actor_id}"),
        ("GET", "/api/documents/{doc_id}"), ("GET", "/api/dyads/{a}/{b}"),
        ("GET", "/api/countries/{iso}"), ("GET", "/api/network"), ("GET", "/api/search"),
        ("GET", "/api/stats"), ("POST", "/api/extract"), ("POST", "/api/ingest")}
    for key, op in operations.items():
        ok = op["responses"]["200"]["content"]["application/json"]["schema"]
        assert "$ref" in ok, key  # a named model, not an untyped object
        for status, response in op["responses"].items():
            if status != "200":
                assert response["content"]["application/json"]["schema"]["$ref"].endswith(
                    "/ErrorResponse"), (key, status)
    assert {"HTTPBearer", "APIKeyHeader"} <= set(spec["components"]["securitySchemes"])
    limit = next(p for p in operations[("GET", "/api/agreements")]["parameters"]
                 if p["name"] == "limit")
    assert limit["schema"]["maximum"] == MAX_PAGE_SIZE


# ---- through a real server, and over each database backend -----------------------------------

def test_a_real_server_answers_over_http(tmp_path_factory: pytest.TempPathFactory,
                                         examples_dir: Path,
                                         cached_extractor: Callable) -> None:
    db = example_store(tmp_path_factory, examples_dir, cached_extractor, "served")
    env = {k: v for k, v in os.environ.items() if k != TOKEN_ENV}
    with running_server(str(db), env=env) as base:
        with httpx.Client(base_url=base, timeout=30) as http:
            dyad = http.get("/api/dyads/PAK/BLR").json()
            assert dyad["countries"] == ["PAK", "BLR"] and dyad["agreements"] == 7
            assert {s["document"] for s in dyad["sources"]} == {"pak-blr-visit"}
            r = http.post("/api/ingest", json={"documents": [{"text": CHILE_PERU}]})
            assert r.status_code == 403 and r.json()["error"]["status"] == 403
            r = http.get("/api/agreements", params={"limit": MAX_PAGE_SIZE + 1})
            assert r.status_code == 422 and "limit" in r.json()["error"]["message"]


def test_the_api_on_each_backend(store_url: str, examples_dir: Path,
                                 cached_extractor: Callable) -> None:
    """What a database could choke on (huge numbers, NUL, odd ids) stays a 4xx on both."""
    visit = [d for d in example_documents(examples_dir) if d.document.id == "pak-blr-visit"]
    with Store(store_url) as store:
        ingest(store, visit, extractor=cached_extractor)
        with TestClient(create_app(store=store, token=TOKEN)) as c:
            assert get(c, "/api/agreements", country="PAK", **{"with": "BLR"})["total"] == 7
            assert get(c, "/api/dyads/BLR/PAK")["agreements"] == 7
            first = get(c, "/api/agreements", limit=1)["items"][0]["id"]
            assert get(c, f"/api/agreements/{first}")["actors"]
            for url in ("/api/agreements/g2147483648", "/api/events/999999999999999999",
                        "/api/actors/a2147483647", "/api/documents/a%00b",
                        "/api/documents/%F0%9F%98%80"):
                error(c, url, 404)
            error(c, "/api/actors", 422, text="a\x00b")
            error(c, "/api/agreements", 422, offset=2**63)
            assert get(c, "/api/actors", text="100%_\\")["total"] == 0
            assert get(c, "/api/search", q='Minsk "roadmap" (military)')["documents"]
            assert get(c, "/api/network", country="PAK")["edges"]
            r = c.post("/api/ingest", headers=auth(), json={"documents": [
                {"id": "x\x00y", "text": CHILE_PERU}, {"id": "ok", "text": CHILE_PERU}]})
            assert r.status_code == 200, r.text
            assert [x["status"] for x in r.json()["results"]] == ["failed", "new"]
