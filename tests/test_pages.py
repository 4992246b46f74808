"""The HTML pages and their JSON twins, over a real SQLite store built from the gold examples.

Pages are read with a strict little HTML parser (every element closed in order), so the tests
check what a reader gets: the links, the highlighted spans, the chart's edges; and that every
page's `.json` twin holds what the page shows.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from fastapi.testclient import TestClient

from accords.ingest.documents import SourceDocument, read_text_file
from accords.model import Document
from accords.store import Store
from accords.store.ingest import ingest
from accords.web import pages, svg
from accords.web.app import STATIC, create_app

pytestmark = pytest.mark.model

HTML = {"accept": "text/html"}


def example_documents(examples_dir: Path) -> list[SourceDocument]:
    docs = []
    for folder in sorted(p for p in examples_dir.iterdir() if (p / "article.txt").is_file()):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        docs.append(read_text_file(folder / "article.txt", published=meta.get("published"),
                                   title=meta.get("title"), dateline=meta.get("dateline"),
                                   id=meta.get("id", folder.name)))
    return docs


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path,
          cached_extractor: Callable) -> Iterator[Store]:
    with Store(str(tmp_path_factory.mktemp("pages") / "accords.db")) as s:
        summary = ingest(s, example_documents(examples_dir), extractor=cached_extractor)
        assert summary.failed == 0 and summary.new > 0
        yield s


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store=store))


# ---- reading pages ---------------------------------------------------------------------------

class Page(HTMLParser):
    """What a page holds: links, marks (by `data-span`), asset URLs, the article's text; and
    any element closed out of order (`errors`), which a strict reader would misread."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
            "source", "track", "wbr"}

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.links: list[dict[str, str]] = []
        self.marks: dict[str, str] = defaultdict(str)
        self.mark_attrs: dict[str, dict[str, str]] = {}
        self.ids: Counter[str] = Counter()
        self.assets: list[str] = []
        self.starts: list[tuple[str, dict[str, str]]] = []
        self.article = ""
        self.text = ""
        self.errors: list[str] = []
        self._open_links: list[dict[str, str]] = []
        self.feed(html)
        self.close()
        if self.stack:
            self.errors.append(f"unclosed: {[t for t, _ in self.stack]}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.starts.append((tag, a))
        if "id" in a:
            self.ids[a["id"]] += 1
        if "src" in a:
            self.assets.append(a["src"])
        if tag == "link" and "href" in a:
            self.assets.append(a["href"])
        if tag == "mark" and "data-span" in a:
            self.mark_attrs.setdefault(a["data-span"], a)
        if tag in self.VOID:
            return
        if tag == "a":
            link = {**a, "text": ""}
            self.links.append(link)
            self._open_links.append(link)
        self.stack.append((tag, a))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.starts.append((tag, a))
        if "src" in a:
            self.assets.append(a["src"])

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1][0] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1][0] if self.stack else None}")
            return
        self.stack.pop()
        if tag == "a":
            self._open_links.pop()

    def handle_data(self, data: str) -> None:
        self.text += data
        for link in self._open_links:
            link["text"] += data
        for tag, a in self.stack:
            if tag == "mark" and "data-span" in a:
                self.marks[a["data-span"]] += data
            if tag == "article":
                self.article += data

    def hrefs(self) -> list[str]:
        return [link["href"] for link in self.links if "href" in link]


def get_page(client: TestClient, url: str) -> Page:
    r = client.get(url, headers=HTML)
    assert r.status_code == 200, (url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("text/html")
    page = Page(r.text)
    assert page.errors == [], (url, page.errors[:5])
    return page


def twin_url(url: str) -> str:
    parts = urlsplit(url)
    path = "/index.json" if parts.path == "/" else parts.path + ".json"
    return f"{path}?{parts.query}" if parts.query else path


def get_json(client: TestClient, url: str) -> Any:
    r = client.get(twin_url(url))
    assert r.status_code == 200, (url, r.status_code, r.text[:300])
    assert r.headers["content-type"].startswith("application/json")
    return r.json()


def records_in(value: Any) -> Iterator[dict[str, Any]]:
    """Every agreement and event anywhere in a JSON context."""
    if isinstance(value, dict):
        if "id" in value and ("instrument" in value or "cameo" in value):
            yield value
        for v in value.values():
            yield from records_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from records_in(v)


def pak_blr(client: TestClient) -> dict[str, Any]:
    return get_json(client, "/dyads/PAK/BLR")


def postal_agreement(client: TestClient) -> dict[str, Any]:
    found = [g for g in pak_blr(client)["latest_agreements"] if g["subject"] and
             "postal" in g["subject"]]
    assert len(found) == 1
    return found[0]


# ---- every page and its twin -----------------------------------------------------------------

PAGES = [
    "/", "/search?q=postal", "/search", "/agreements", "/agreements?country=PAK&sector=trade",
    "/events", "/events?country=BLR&with=PAK", "/documents", "/network",
    "/network?sector=communications", "/countries/PAK", "/countries/GBR", "/dyads/PAK/BLR",
    "/dyads/ARG/VEN", "/documents/pak-blr-visit", "/countries", "/countries?sort=name&q=a",
    "/actors", "/actors?sort=name&kind=person", "/dyads/PAK/BLR/brief",
    "/dyads/PAK/BLR/brief?since=2025-04-11",
]


def all_pages(client: TestClient) -> list[str]:
    """The fixed pages and one of each record page, found through the twins."""
    dyad = pak_blr(client)
    agreement, event = dyad["latest_agreements"][0], dyad["latest_events"][0]
    actor = dyad["institutions"]["PAK"][0]
    return [*PAGES, f"/agreements/{agreement['id']}", f"/events/{event['id']}",
            f"/actors/{actor['id']}"]


def test_every_page_renders_and_its_twin_holds_what_it_shows(client: TestClient) -> None:
    for url in all_pages(client):
        page = get_page(client, url)
        context = get_json(client, url)
        assert isinstance(context, dict) and context, url
        hrefs = set(page.hrefs())
        # the page names its twin, and every record the twin lists is linked on the page
        alternate = [a for t, a in page.starts if t == "link" and a.get("rel") == "alternate"]
        assert alternate and alternate[0]["href"] == twin_url(url)
        assert twin_url(url) in hrefs
        for record in records_in(context):
            kind = "agreements" if "instrument" in record else "events"
            if url.startswith("/documents/"):
                continue  # a document's own records have local ids: checked below
            assert f"/{kind}/{record['id']}" in hrefs or url == f"/{kind}/{record['id']}", \
                (url, record["id"])
        # one heading, ids unique, the language declared
        assert sum(1 for t, _ in page.starts if t == "h1") == 1, url
        assert all(n == 1 for n in page.ids.values()), (url, page.ids.most_common(3))
        assert ("html", {"lang": "en"}) in page.starts


def test_home_counts_newest_agreements_and_search_box(client: TestClient, store: Store) -> None:
    page = get_page(client, "/")
    context = get_json(client, "/")
    counts = store.counts()
    assert context["counts"]["documents"] == counts.documents
    assert context["counts"]["agreements"] == counts.agreements
    assert context["counts"]["events"] == counts.events
    assert context["counts"]["actors"] == counts.actors
    for n, noun in ((counts.documents, "documents"), (counts.agreements, "agreements"),
                    (counts.events, "events"), (counts.actors, "actors")):
        assert re.search(rf"{n}\s*{noun}", page.text), noun
    shown = [a["data-id"] for t, a in page.starts if t == "tr" and "data-id" in a]
    assert shown == [g["id"] for g in context["latest_agreements"]] and shown
    assert len(shown) == min(pages.LATEST, counts.agreements)
    newest = context["latest_agreements"][0]
    assert any(link["href"] == f"/agreements/{newest['id']}" for link in page.links)
    forms = [a for t, a in page.starts if t == "form" and a.get("action") == "/search"]
    assert forms and all(a.get("method") == "get" for a in forms)
    assert ("input", {"id": "home-q", "type": "search", "name": "q",
                      "placeholder": "e.g. readmission, Belarus, gas pipeline"}) in page.starts
    assert client.get("/.json").json() == context  # the literal "URL + .json"


def test_dyad_page_pak_blr(client: TestClient) -> None:
    page = get_page(client, "/dyads/PAK/BLR")
    context = pak_blr(client)
    assert context["countries"] == ["PAK", "BLR"]
    assert context["agreements"] == 7 and len(context["latest_agreements"]) == 7
    assert "Pakistan Post" in page.text and "Belarus Post" in page.text
    assert "Pakistan Post" in [i["name"] for i in context["institutions"]["PAK"]]
    rows = [a["data-id"] for t, a in page.starts if t == "tr" and "data-id" in a]
    assert [r for r in rows if r.startswith("g")] == \
        [g["id"] for g in context["latest_agreements"]]
    assert re.search(r"7\s*agreements", page.text)
    # the timeline: one row per sector, one mark per (sector, month), each a link
    svg = [a for t, a in page.starts if t == "svg" and "timeline" in a.get("class", "")]
    assert len(svg) == 1
    assert sum(1 for t, a in page.starts if t == "circle" and "class" not in a) == sum(
        1 for c in context["timeline"]["cells"]
        if context["timeline"]["rows"][c["row"]]["kind"] == "agreement")
    assert {r["label"] for r in context["timeline"]["rows"] if r["kind"] == "agreement"} == \
        {s for g in context["latest_agreements"] for s in g["sectors"]}
    # sources link to the article
    assert any(h.startswith("/documents/pak-blr-visit") for h in page.hrefs())
    # the other way round is the same relationship
    assert get_json(client, "/dyads/BLR/PAK")["agreements"] == 7


def test_timeline_marks_link_to_exactly_what_they_count(client: TestClient) -> None:
    for url in ("/dyads/PAK/BLR", "/countries/GBR", "/countries/PAK"):
        timeline = get_json(client, url)["timeline"]
        assert timeline["cells"]
        for cell in timeline["cells"]:
            if cell["href"] is None:
                continue
            listing = get_json(client, cell["href"])
            assert listing["total"] == cell["count"], (url, cell)


def test_agreement_page_shows_evidence_and_links_to_its_document(client: TestClient) -> None:
    agreement = postal_agreement(client)
    page = get_page(client, f"/agreements/{agreement['id']}")
    context = get_json(client, f"/agreements/{agreement['id']}")
    assert context["agreement"]["id"] == agreement["id"]
    source = context["agreement"]["sources"][0]
    assert source["document"] == "pak-blr-visit"
    evidence = source["evidence"][0]["text"]
    assert "postal exchange agreement" in evidence
    quoted = [link for link in page.links if link["text"] == evidence]
    assert quoted, "the evidence sentence is shown, linked to the article"
    href = quoted[0]["href"]
    assert href == f"/documents/pak-blr-visit?highlight={source['record']}#{source['record']}"
    # parties link to actor pages, countries to country pages, the visit to its event
    hrefs = page.hrefs()
    names = {link["text"] for link in page.links if link["href"].startswith("/actors/")}
    assert {"Pakistan Post", "Belarus Post"} <= names
    assert {"/countries/PAK", "/countries/BLR", "/dyads/BLR/PAK"} <= set(hrefs)
    assert context["occasion"] is not None
    assert f"/events/{context['occasion']['id']}" in hrefs
    assert "postal exchange" in page.text and "signed" in page.text

    # following the link: the article, with the evidence marked and this record current
    doc = get_page(client, href.split("#")[0])
    anchor = href.split("#")[1]
    assert doc.marks[anchor] == evidence
    assert "current" in doc.mark_attrs[anchor]["class"]
    assert doc.mark_attrs[anchor]["id"] == anchor


def test_document_page_marks_every_span_with_its_own_text(client: TestClient) -> None:
    url = "/documents/pak-blr-visit"
    page = get_page(client, url)
    context = get_json(client, url)
    text = context["text"]
    # the article is the text itself, untouched by the marks around it
    assert page.article == text
    record = context["record"]
    expected = {}
    for kind in ("agreements", "events"):
        for r in record[kind]:
            for k, span in enumerate(r["evidence"]):
                expected[r["id"] if k == 0 else f"{r['id']}-{k + 1}"] = span["text"]
    for actor in record["actors"]:
        for k, span in enumerate(actor["mentions"]):
            expected[actor["id"] if k == 0 else f"{actor['id']}-{k + 1}"] = span["text"]
    assert expected
    assert len(context["spans"]) == len(expected)
    for anchor, span_text in expected.items():
        assert page.marks[anchor] == span_text, anchor
        assert page.ids[anchor] == 1
    for span in context["spans"]:
        assert text[span["start"]:span["end"]] == span["text"]
    kinds = {a["class"].split()[1] for a in page.mark_attrs.values()}
    assert {"hl-agreement", "hl-event", "hl-actor"} <= kinds
    # the records beside the text link to their merged pages
    dyad = pak_blr(client)
    for g in dyad["latest_agreements"]:
        local = next(s["record"] for s in g["sources"] if s["document"] == "pak-blr-visit")
        assert context["links"][local] == g["id"]
        assert f"/agreements/{g['id']}" in page.hrefs()
    assert "Pakistan Post" in {link["text"] for link in page.links}


def test_highlight_html_nests_crossing_and_equal_spans() -> None:
    text = "a <b> c & d e"
    spans = [
        {"start": 0, "end": 9, "kind": "agreement", "record": "g1", "anchor": "g1", "title": "x"},
        {"start": 0, "end": 9, "kind": "event", "record": "e1", "anchor": "e1", "title": "y"},
        {"start": 6, "end": 13, "kind": "actor person", "record": "a1", "anchor": "a1",
         "title": '"t" <i>'},
        {"start": 2, "end": 5, "kind": "actor country", "record": "a2", "anchor": "a2",
         "title": "z"},
    ]
    html = str(pages.highlight_html(text, spans, current="a1"))
    page = Page(f"<article>{html}</article>")
    assert page.errors == []
    assert page.article == text
    for s in spans:
        assert page.marks[s["anchor"]] == text[s["start"]:s["end"]]
    # a1 crosses g1/e1: split in two pieces, only the first with the id
    assert html.count('data-span="a1"') == 2 and html.count('id="a1"') == 1
    assert "current" in page.mark_attrs["a1"]["class"]
    assert "&lt;b&gt;" in html and "<b>" not in html and "&amp;" in html
    assert "<i>" not in html
    # spans that do not point at their text are moved to it, or dropped
    assert pages.highlight_html("abc", [{**spans[0], "start": 2, "end": 1}]) == "abc"


def test_document_spans_relocate_or_drop_bad_offsets() -> None:
    from accords.model import Actor, Record, Span

    text = "Chile and Peru met. Peru agreed."
    record = Record(document=Document(id="d"), actors=[Actor(
        id="a1", kind="country", name="Peru", mentions=[
            Span(start=10, end=14, text="Peru"),      # right
            Span(start=21, end=25, text="Peru"),      # off by one: moved to 20
            Span(start=0, end=4, text="Bolivia")])])  # not in the text: dropped
    spans = pages.document_spans(text, record)
    assert [(s["start"], s["end"]) for s in spans] == [(10, 14), (20, 24)]
    assert [s["anchor"] for s in spans] == ["a1", "a1-2"]


def test_network_draws_the_pak_blr_edge(client: TestClient) -> None:
    page = get_page(client, "/network")
    context = get_json(client, "/network")
    edges = [a for t, a in page.starts if t == "a" and "edge" in a.get("class", "")]
    pak_blr_edges = [e for e in edges if {e["data-source"], e["data-target"]} == {"PAK", "BLR"}]
    assert len(pak_blr_edges) == 1
    assert pak_blr_edges[0]["href"] == "/dyads/BLR/PAK"
    assert {"source": "BLR", "target": "PAK", "agreements": 7} in context["edges"]
    assert len(edges) == len(context["edges"])
    nodes = {a["data-id"] for t, a in page.starts if t == "a" and "node" in a.get("class", "")}
    assert nodes == {n["id"] for n in context["nodes"]}
    assert "/countries/PAK" in page.hrefs()
    # the widest line is the heaviest edge
    widths = [float(a["stroke-width"]) for t, a in page.starts
              if t == "line" and a.get("class") == "link"]
    assert max(widths) == widths[0] and context["edges"][0]["agreements"] == 7
    # filters: a sector, a period
    one = get_json(client, "/network?sector=communications")
    assert {"source": "BLR", "target": "PAK", "agreements": 1} in one["edges"]
    assert get_json(client, "/network?since=2030")["nodes"] == []
    assert get_json(client, "/network?until=1990")["total_edges"] < context["total_edges"]
    assert get_page(client, "/network?since=2030")  # an empty network renders too
    # the layout is deterministic
    assert client.get("/network").text == client.get("/network").text


def test_country_page(client: TestClient) -> None:
    page = get_page(client, "/countries/pak")
    context = get_json(client, "/countries/PAK")
    assert context["country"] == "PAK" and context["name"] == "Pakistan"
    assert context["partners"] == {"BLR": 7}
    assert "/dyads/PAK/BLR" in page.hrefs()
    assert "Pakistan Post" in {i["name"] for i in context["institutions"]}
    assert "Pakistan Post" in page.text
    assert any(t == "svg" and "timeline" in a.get("class", "") for t, a in page.starts)
    assert context["sources"] and context["sources"][0]["document"] == "pak-blr-visit"
    assert context["agreements"] == 7


def test_actor_and_event_pages(client: TestClient) -> None:
    dyad = pak_blr(client)
    post = next(i for i in dyad["institutions"]["PAK"] if i["name"] == "Pakistan Post")
    page = get_page(client, f"/actors/{post['id']}")
    context = get_json(client, f"/actors/{post['id']}")
    assert context["actor"]["name"] == "Pakistan Post" and context["actor"]["country"] == "PAK"
    postal = postal_agreement(client)
    assert [g["id"] for g in context["agreements"]] == [postal["id"]]
    assert f"/agreements/{postal['id']}" in page.hrefs()
    # the visit: the agreements signed on it are listed
    occasion = postal["occasion"]
    event = get_json(client, f"/events/{occasion}")
    listed = {g["id"] for g in event["signed_during"] + event["agreements"]}
    assert {g["id"] for g in dyad["latest_agreements"]} <= listed
    event_page = get_page(client, f"/events/{occasion}")
    assert f"/agreements/{postal['id']}" in event_page.hrefs()
    assert any(h.startswith("/documents/pak-blr-visit?highlight=e") for h in event_page.hrefs())


def test_search(client: TestClient) -> None:
    page = get_page(client, "/search?q=postal")
    context = get_json(client, "/search?q=postal")
    assert context["q"] == "postal"
    # the postal agreement, and the MoU its evidence sentence also reports
    assert postal_agreement(client)["id"] in [g["id"] for g in context["agreements"]]
    assert all("postal" in " ".join(s["text"] for s in g["evidence"])
               for g in context["agreements"])
    assert [d["sources"][0]["id"] for d in context["documents"]] == ["pak-blr-visit"]
    assert "/documents/pak-blr-visit" in page.hrefs()
    assert ("input", {"id": "search-q", "type": "search", "name": "q", "value": "postal",
                      "maxlength": "200"}) in page.starts
    empty = get_json(client, "/search?q=")
    assert empty["documents"] == [] and empty["agreements"] == []
    assert get_json(client, "/search?q=zzzqqq")["documents"] == []
    assert client.get("/search?q=" + "x" * 201).status_code == 422


def test_listings_filter_and_page(client: TestClient, store: Store) -> None:
    everything = get_json(client, "/agreements?size=500")
    assert everything["total"] == store.counts().agreements == len(everything["agreements"])
    first = get_json(client, "/agreements?size=2")
    second = get_json(client, "/agreements?size=2&page=2")
    assert first["pages"] == -(-everything["total"] // 2)
    assert [g["id"] for g in first["agreements"] + second["agreements"]] == \
        [g["id"] for g in everything["agreements"][:4]]
    page = get_page(client, "/agreements?size=2&page=2")
    assert "/agreements?page=3&size=2" in page.hrefs() or \
        any(parse_qs(urlsplit(h).query) == {"page": ["3"], "size": ["2"]}
            for h in page.hrefs())
    # a form sends empty fields: they mean "any"
    blank = get_json(client, "/agreements?country=&with=&sector=&instrument=&status=&since="
                             "&until=&page=&size=")
    assert blank["total"] == everything["total"] and blank["filters"] == {}
    trade = get_json(client, "/agreements?country=pak&with=BLR&sector=trade")
    assert trade["filters"] == {"country": "PAK", "with": "BLR", "sector": "trade"}
    assert trade["total"] == 2 and all("trade" in g["sectors"] for g in trade["agreements"])
    # until a month or a year means to its end
    assert get_json(client, "/agreements?country=PAK&until=2025-04")["total"] == 7
    assert get_json(client, "/agreements?country=PAK&until=2025")["total"] == 7
    assert get_json(client, "/agreements?country=PAK&until=2025-03")["total"] == 0
    events = get_json(client, "/events?country=PAK&with=BLR")
    assert events["total"] == pak_blr(client)["events"]
    docs = get_json(client, "/documents?size=3")
    assert docs["total"] == store.counts().documents and len(docs["documents"]) == 3
    # a filled-in filter form round-trips: the chosen values are selected
    form = get_page(client, "/agreements?sector=trade")
    assert ("option", {"value": "trade", "selected": ""}) in form.starts


@pytest.mark.parametrize("url", [
    "/agreements?sector=nope", "/agreements?country=PAKI", "/agreements?since=yesterday",
    "/agreements?page=0", "/agreements?size=100000", "/agreements?status=maybe",
    "/events?event=<script>", "/network?sector=nope", "/network?until=2025/01",
    "/documents?since=x", "/documents/pak-blr-visit?highlight=" + "g" * 50,
])
def test_invalid_parameters_are_422(client: TestClient, url: str) -> None:
    r = client.get(url, headers=HTML)
    assert r.status_code == 422
    assert r.headers["content-type"].startswith("text/html")
    assert client.get(twin_url(url)).json()["error"]["status"] == 422


@pytest.mark.parametrize("url", [
    "/agreements/g999999", "/agreements/nonsense", "/events/e999999", "/events/g1",
    "/actors/a999999", "/actors/x", "/countries/ZZZ", "/countries/PAKISTAN", "/dyads/PAK/ZZZ",
    "/dyads/PAK/PAK", "/documents/no-such-document", "/documents/a/b/c",
])
def test_unknown_ids_are_404(client: TestClient, url: str) -> None:
    r = client.get(url, headers=HTML)
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")
    assert "Traceback" not in r.text
    r = client.get(twin_url(url))
    assert r.status_code == 404 and r.json()["error"]["status"] == 404


def test_no_page_loads_anything_from_elsewhere(client: TestClient) -> None:
    external = re.compile(r"^(https?:)?//", re.I)
    for url in all_pages(client):
        page = get_page(client, url)
        assert page.assets, url
        assert not [a for a in page.assets if external.match(a)], url
        assert all(a.startswith("/static/") or urlsplit(a).path.endswith(".json")
                   for a in page.assets), url
        for tag, attrs in page.starts:
            if tag == "script":
                assert "src" not in attrs or not external.match(attrs["src"])
            if tag == "a" and external.match(attrs.get("href", "")):
                assert "external" in attrs.get("class", "")  # only a source's own article
    for css in STATIC.rglob("*.css"):
        body = css.read_text(encoding="utf-8")
        assert "@import" not in body and not re.search(r"url\(\s*['\"]?(https?:)?//", body)
    assert client.get("/static/style.css").status_code == 200


def test_hostile_text_renders_as_text(tmp_path: Path, cached_extractor: Callable) -> None:
    hostile_id = 'feed/<b>&"x'
    title = '<img src=x onerror=alert(1)> Chile & Peru "sign" <script>alert(2)</script>'
    text = ("Chile and Peru signed an agreement on trade in Lima on Monday, officials said. "
            "<script>alert(1)</script> The <b>deal</b> covers copper & lithium.")
    doc = SourceDocument(Document(id=hostile_id, title=title, published="2024-03-05",
                                  url="javascript:alert(3)", source="<i>wire</i>"), text)
    with Store(str(tmp_path / "hostile.db")) as store:
        assert ingest(store, [doc], extractor=cached_extractor).new == 1
        client = TestClient(create_app(store=store))
        agreement = get_json(client, "/agreements")["agreements"][0]
        doc_url = "/documents/feed/%3Cb%3E%26%22x"
        urls = ["/", "/search?q=lithium", "/documents", "/agreements",
                f"/agreements/{agreement['id']}", "/countries/CHL", "/dyads/CHL/PER", doc_url,
                "/dyads/CHL/PER/brief", "/events", "/countries", "/actors?q=chile",
                doc_url + "?highlight=g1", "/search?q=" + "%3Cscript%3Ealert(4)%3C/script%3E"]
        for url in urls:
            r = client.get(url, headers=HTML)
            assert r.status_code == 200, url
            body = r.text
            assert "<script" not in body.lower(), url
            assert "<img" not in body and "<b>" not in body and "<i>wire" not in body, url
            assert "javascript:" not in body, url
            assert not Page(body).errors, url
        page = client.get(doc_url, headers=HTML).text
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
        assert "&lt;b&gt;deal&lt;/b&gt;" in page
        assert "&lt;img src=x onerror=alert(1)&gt;" in page
        assert Page(page).article == text
        # links to the document carry its id encoded, and lead back to it
        listing = Page(client.get("/documents", headers=HTML).text)
        assert doc_url in listing.hrefs()
        assert get_json(client, doc_url)["doc_id"] == hostile_id
        # the JSON twin is JSON: the text as it is
        assert get_json(client, doc_url)["text"] == text


def test_sources_show_outlets_and_corpus_stories_never_local_paths(
        client: TestClient, examples_dir: Path) -> None:
    """The examples are read from files without an outlet, so the store holds their paths;
    pages showed "/.../examples/pak-blr-visit/article.txt" as the source."""
    pak_blr = get_json(client, "/agreements?country=PAK&with=BLR")["agreements"][0]["id"]
    urls = ["/documents", "/documents/pak-blr-visit", "/documents/reuters21578_01515",
            "/documents/bbc_business_080", f"/agreements/{pak_blr}", "/countries/BLR",
            "/dyads/PAK/BLR", "/search?q=agreement"]
    for url in urls:
        body = client.get(url, headers=HTML).text
        assert str(examples_dir) not in body and "article.txt" not in body, url
    reuters = client.get("/documents/reuters21578_01515", headers=HTML).text
    assert "Reuters-21578, story 1515" in reuters and '<span class="outlet">Reuters</span>' \
        in reuters
    bbc = client.get("/documents/bbc_business_080", headers=HTML).text
    assert "BBC News corpus (Greene &amp; Cunningham 2006), story business/080" in bbc
    listing = client.get("/documents", headers=HTML).text
    assert "Reuters · Reuters-21578, story 1515" in listing


def test_a_source_with_an_outlet_and_url_links_to_the_original(
        tmp_path: Path, cached_extractor: Callable) -> None:
    text = ("Chile and Peru signed an agreement on trade in Lima on Monday, officials said. "
            "The deal covers copper and lithium.")
    docs = [SourceDocument(Document(id="dawn-1", title="Deal", published="2024-03-05",
                                    url="https://www.dawn.com/news/1", source="Dawn"), text),
            SourceDocument(Document(id="feed-2", title="Deal again", published="2024-03-06",
                                    url="https://example.org/a/2", source="/srv/in/feed.xml"),
                           text + " Both sides welcomed it.")]
    with Store(str(tmp_path / "outlets.db")) as store:
        assert ingest(store, docs, extractor=cached_extractor).new == 2
        client = TestClient(create_app(store=store))
        page = Page(client.get("/documents/dawn-1", headers=HTML).text)
        assert "Dawn" in page.text
        assert any(a["href"] == "https://www.dawn.com/news/1" and "external" in a["class"]
                   for a in page.links)
        listing = client.get("/documents", headers=HTML).text
        assert ">Dawn</a>" in listing
        assert ">example.org</a>" in listing and "/srv/in/feed.xml" not in listing


def test_network_of_institutions_page(client: TestClient) -> None:
    page = client.get("/network?institutions=true")
    assert page.status_code == 200
    assert "Pakistan Post" in page.text and 'href="/actors/a' in page.text
    assert 'href="/agreements/g' in page.text  # an edge opens one of its agreements
    twin = client.get("/network.json?institutions=true").json()
    assert twin["institutions"] is True
    assert {n["name"] for n in twin["nodes"]} >= {"Pakistan Post", "Belarus Post"}
    assert client.get("/api/network?institutions=true").json()["edges"]


# ---- downloads, indexes, the map, search snippets (issue 12, part 4) -------------------------

LISTS = ["/agreements?country=PAK&size=3", "/agreements?page=2&size=5", "/events?quad=1&size=4",
         "/events", "/documents?size=6", "/countries?sort=name", "/countries?q=pak",
         "/actors?kind=person&size=5", "/actors?sort=name&page=2&size=4",
         "/network?sector=trade", "/network?institutions=true"]


def _shown_ids(context: dict[str, Any]) -> list[str]:
    for key, field in (("agreements", "id"), ("events", "id"), ("countries", "iso"),
                       ("actors_list", "id")):
        if key in context:
            return [r[field] for r in context[key]]
    if "edges" in context:
        return [e["source"] for e in context["edges"]]
    return [d["sources"][0]["id"] for d in context["documents"]]


@pytest.mark.parametrize("url", LISTS)
def test_downloads_hold_exactly_the_rows_the_page_shows(client: TestClient, url: str) -> None:
    page = get_page(client, url)
    shown = _shown_ids(get_json(client, url))
    path, _, query = url.partition("?")
    links = {a["href"] for a in page.links if "download" in a}
    expected = {f"{path}.{kind}" + (f"?{query}" if query else "") for kind in ("csv", "jsonl")}
    assert links == expected
    table = client.get(f"{path}.csv" + (f"?{query}" if query else ""))
    assert table.status_code == 200 and table.headers["content-type"].startswith("text/csv")
    assert table.headers["content-disposition"].startswith("attachment;")
    rows = list(csv.DictReader(io.StringIO(table.text)))
    key = {"/countries": "iso", "/network": "source"}.get(path, "id")
    assert [r[key] for r in rows] == shown
    lines = client.get(f"{path}.jsonl" + (f"?{query}" if query else "")).text.splitlines()
    items = [json.loads(line) for line in lines]
    if path == "/documents":
        assert [i["sources"][0]["id"] for i in items] == shown
    else:
        assert [i[key] for i in items] == shown


def test_event_download_and_list_say_what_happened(client: TestClient) -> None:
    page = get_page(client, "/events?country=PAK")
    assert "Pakistan's Prime Minister Shehbaz Sharif visited Minsk" in page.text
    rows = list(csv.DictReader(io.StringIO(client.get("/events.csv?country=PAK").text)))
    visit = next(r for r in rows if r["cameo"] == "042")
    assert visit["what happened"].startswith("Pakistan's Prime Minister Shehbaz Sharif visited")
    assert visit["class"] == "verbal cooperation"


def test_csv_cells_never_start_a_formula() -> None:
    assert pages._csv_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert pages._csv_safe("@SUM(A1)") == "'@SUM(A1)" and pages._csv_safe("Minsk") == "Minsk"


def test_country_index_sorts_and_searches(client: TestClient, store: Store) -> None:
    counted = store.country_index()
    by_agreements = get_json(client, "/countries")["countries"]
    assert [c["iso"] for c in by_agreements] == sorted(
        counted, key=lambda iso: (-counted[iso]["agreements"],
                                  next(c["name"] for c in by_agreements if c["iso"] == iso)))
    by_name = [c["name"] for c in get_json(client, "/countries?sort=name")["countries"]]
    assert by_name == sorted(by_name)
    found = get_json(client, "/countries?q=pak")["countries"]
    assert [c["iso"] for c in found] == ["PAK"] and found[0]["agreements"] == 7
    page = get_page(client, "/countries?sort=events")
    assert "/countries/PAK" in page.hrefs()
    header = [a for a in page.links if a["href"].startswith("?") and "sort=name" in a["href"]]
    assert header, "each column header sorts by it"
    for url in ("/countries", "/actors"):
        nav = get_page(client, "/")
        assert url in nav.hrefs()


def test_actor_index_sorts_searches_and_filters(client: TestClient) -> None:
    posts = get_json(client, "/actors?q=post")["actors_list"]
    assert {"Pakistan Post", "Belarus Post"} <= {a["name"] for a in posts}
    assert all("post" in a["name"].lower() for a in posts)
    people = get_json(client, "/actors?kind=person&size=500")["actors_list"]
    assert people and all(a["kind"] == "person" for a in people)
    by_name = [a["name"].lower() for a in
               get_json(client, "/actors?sort=name&size=500")["actors_list"]]
    assert by_name == sorted(by_name)
    by_docs = [a["documents"] for a in get_json(client, "/actors?size=500")["actors_list"]]
    assert by_docs == sorted(by_docs, reverse=True)
    assert get_json(client, "/actors?country=BLR&size=500")["total"] == len(
        [a for a in get_json(client, "/actors?size=500")["actors_list"] if a["country"] == "BLR"])


def _map(page: Page) -> tuple[dict[str, str], list[str]]:
    """The world map's country paths (ISO -> fill) and the countries it links."""
    fills: dict[str, str] = {}
    linked = []
    in_map = False
    for tag, a in page.starts:
        if tag == "svg":
            in_map = "worldmap" in a.get("class", "")
        elif in_map and tag == "a" and "data-iso" in a:
            linked.append(a["data-iso"])
            assert a["href"] == f"/countries/{a['data-iso']}"
        elif in_map and tag == "path":
            fills[a["data-iso"]] = a["fill"]
    return fills, linked


def test_world_map_shades_partners_and_links_country_pages(client: TestClient,
                                                           store: Store) -> None:
    home = get_page(client, "/")
    fills, linked = _map(home)
    index = store.country_index()
    assert sorted(linked) == sorted(i for i in index if i in fills)
    assert len(fills) > 150, "every country is drawn"
    busiest = max(c["agreements"] for c in index.values())
    darkest = [iso for iso, c in index.items() if c["agreements"] == busiest]
    assert {fills[iso] for iso in darkest if iso in fills} == {svg.MAP_SHADES[-1]}
    assert fills["AUS"] == svg.MAP_NONE
    for iso in linked[:5]:
        assert client.get(f"/countries/{iso}", headers=HTML).status_code == 200
    country = get_page(client, "/countries/PAK")
    fills, linked = _map(country)
    assert fills["PAK"] == svg.MAP_FOCUS and fills["BLR"] == svg.MAP_SHADES[-1]
    assert "BLR" in linked and "PAK" in linked
    assert len(home.text) < 150_000, "the map stays light"


def test_search_shows_snippets_with_the_matched_words(client: TestClient) -> None:
    r = client.get("/search?q=postal%20exchange", headers=HTML)
    assert r.status_code == 200
    assert '<mark class="hit">postal</mark> <mark class="hit">exchange</mark>' in r.text
    snippet = pages.snippet("A <b>deal</b> on postal exchange between Pakistan Post and "
                            "Belarus Post.", "post")
    assert "&lt;b&gt;deal" in snippet and '<mark class="hit">postal</mark>' in snippet
    assert '<mark class="hit">Post</mark>' in snippet


def test_near_duplicate_stories_are_grouped(tmp_path: Path, cached_extractor: Callable) -> None:
    text = ("Chile and Peru signed an agreement on trade in Lima on Monday, officials said. "
            "The deal covers copper and lithium exports and cuts tariffs on both sides.")
    docs = [SourceDocument(Document(id="wire-1", title="Chile, Peru sign trade deal",
                                    published="2024-03-05"), text),
            SourceDocument(Document(id="wire-2", title="Chile, Peru sign trade deal",
                                    published="2024-03-05"), text + " (Updated)"),
            SourceDocument(Document(id="other", title="Lithium prices", published="2024-03-06"),
                           "Lithium prices rose in March as demand for batteries grew.")]
    with Store(str(tmp_path / "dups.db")) as store:
        assert ingest(store, docs, extractor=cached_extractor).new == 3
        client = TestClient(create_app(store=store))
        context = get_json(client, "/search?q=lithium")
        assert context["documents_total"] == 3
        groups = {d["sources"][0]["id"]: [x["sources"][0]["id"] for x in d["duplicates"]]
                  for d in context["documents"]}
        assert sorted(groups) == sorted(["other", next(g for g in groups if g != "other")])
        assert sorted([*groups.keys(), *[x for v in groups.values() for x in v]]) == \
            ["other", "wire-1", "wire-2"]
        page = get_page(client, "/search?q=lithium")
        assert "Also reported as" in page.text


def test_agreements_come_first_and_the_timeline_stays_compact(client: TestClient) -> None:
    for url in ("/dyads/PAK/BLR", "/countries/PAK"):
        page = get_page(client, url)
        headings = [a["id"] for t, a in page.starts if t == "h2" and "id" in a]
        assert headings.index("latest-ags-h") < headings.index("timeline-h"), url
    page = get_page(client, "/dyads/PAK/BLR")
    chart = next(a for t, a in page.starts if t == "svg" and "timeline" in a.get("class", ""))
    assert int(chart["width"]) < svg.TIMELINE_WIDTH, "one month is not stretched over the page"


def test_document_page_names_each_record_by_its_one_id(client: TestClient) -> None:
    url = "/documents/pak-blr-visit"
    page = get_page(client, url)
    links = get_json(client, url)["links"]
    jumps = [a for a in page.links if "jump" in a.get("class", "")]
    assert jumps
    for jump in jumps:
        local = jump["href"].lstrip("#").split("-")[0]
        assert jump["text"] == links.get(local, local)
    for g_local, g_store in links.items():
        if g_local.startswith("g"):
            assert f"/agreements/{g_store}" in page.hrefs()
            assert any(f"Agreement {g_store}:" in a.get("title", "")
                       for a in page.mark_attrs.values())
