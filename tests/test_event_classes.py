"""Events of every PLOVER type in the store, the API and the pages: filters by type and by
quad class (verbal/material cooperation/conflict), and timelines coloured by quad class.

The store is built from records written here (one article per event), not from the extractor,
so every type is present whatever the coder finds in the examples.
"""

from __future__ import annotations

from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from accords.export.codes import QUAD_NAMES
from accords.ingest.documents import SourceDocument
from accords.model import PLOVER_EVENTS, Actor, DateRange, Document, Event, Record, Span
from accords.store import Filters, Store
from accords.web.app import create_app
from accords.web.svg import QUAD_COLOURS

# type, CAMEO code, quad class; REQUEST twice: an appeal (02, verbal cooperation) and a demand
EVENTS = [
    ("AGREE", "036", 1), ("CONSULT", "042", 1), ("SUPPORT", "057", 1),
    ("REQUEST", "0256", 1), ("CONCEDE", "0831", 2), ("COOPERATE", "061", 2),
    ("AID", "0733", 2), ("RETREAT", "0872", 2), ("REQUEST", "1056", 3), ("ACCUSE", "1121", 3),
    ("REJECT", "125", 3), ("THREATEN", "138", 3), ("PROTEST", "141", 4),
    ("SANCTION", "1621", 4), ("MOBILIZE", "152", 4), ("COERCE", "173", 4),
    ("ASSAULT", "195", 4),
]
HTML = {"accept": "text/html"}


def _record(n: int, event: str, cameo: str) -> tuple[SourceDocument, Record]:
    text = f"Report {n}: Russia and Ukraine, an act of type {event.lower()} (CAMEO {cameo})."
    month = 1 + n % 4
    doc = Document(id=f"rus-ukr-{n}", title=f"{event} report", published=f"2024-0{month}-20")
    record = Record(
        document=doc,
        actors=[Actor(id="a1", kind="country", name="Russia", country="RUS"),
                Actor(id="a2", kind="country", name="Ukraine", country="UKR")],
        events=[Event(id="e1", event=event, cameo=cameo, actor=["a1"], recipient=["a2"],
                      date=DateRange(start=f"2024-0{month}-{n + 1:02d}",
                                     end=f"2024-0{month}-{n + 1:02d}"),
                      evidence=[Span(start=0, end=len(text), text=text)], confidence=0.8)],
    )
    return SourceDocument(document=doc, text=text), record


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store(str(tmp_path_factory.mktemp("classes") / "accords.db")) as s:
        for n, (event, cameo, _) in enumerate(EVENTS):
            s.add(*_record(n, event, cameo))
        yield s


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store=store))


def _api(client: TestClient, expect: int = 200, **params: Any) -> Any:
    r = client.get("/api/events", params={"limit": 200, **params})
    assert r.status_code == expect, (params, r.text[:300])
    return r.json()


def test_the_store_holds_every_type(store: Store) -> None:
    events = store.events(Filters(limit=None))
    assert len(events) == len(EVENTS)
    assert {e.event for e in events} == set(PLOVER_EVENTS)


@pytest.mark.parametrize("event", PLOVER_EVENTS)
def test_api_filters_by_every_type(client: TestClient, event: str) -> None:
    page = _api(client, event=event)
    assert page["total"] == sum(1 for t, _, _ in EVENTS if t == event)
    assert {e["event"] for e in page["items"]} == {event}
    assert _api(client, event=event.lower())["total"] == page["total"]


@pytest.mark.parametrize("quad", [1, 2, 3, 4])
def test_api_filters_by_quad_class(client: TestClient, quad: int) -> None:
    page = _api(client, quad=quad)
    assert sorted(e["cameo"] for e in page["items"]) == sorted(c for _, c, q in EVENTS if q == quad)


def test_api_type_and_quad_together(client: TestClient) -> None:
    appeals = _api(client, event="REQUEST", quad=1)["items"]
    assert [e["cameo"] for e in appeals] == ["0256"]
    assert [e["cameo"] for e in _api(client, event="REQUEST", quad=3)["items"]] == ["1056"]
    assert _api(client, event="ASSAULT", quad=1)["total"] == 0


@pytest.mark.parametrize("params", [{"quad": 0}, {"quad": 5}, {"quad": "conflict"},
                                    {"event": "FIGHT"}, {"event": "<script>"}])
def test_api_refuses_unknown_classes_and_types(client: TestClient, params: dict) -> None:
    _api(client, 422, **params)


def test_store_quad_filter_without_a_cameo_code(tmp_path: Path) -> None:
    """An event with no CAMEO code is classed by its type's generic code."""
    doc, record = _record(1, "PROTEST", "141")
    record.events[0].cameo = None
    with Store(str(tmp_path / "a.db")) as s:
        s.add(doc, record)
        assert len(s.events(Filters(quad=4))) == 1
        assert s.events(Filters(quad=3)) == []


class _Tags(HTMLParser):
    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.starts: list[tuple[str, dict[str, str]]] = []
        self.text = ""
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.starts.append((tag, {k: v or "" for k, v in attrs}))

    def handle_data(self, data: str) -> None:
        self.text += data


def _page(client: TestClient, url: str) -> _Tags:
    r = client.get(url, headers=HTML)
    assert r.status_code == 200, (url, r.text[:300])
    return _Tags(r.text)


def test_events_page_filters_by_quad_and_type(client: TestClient) -> None:
    page = _page(client, "/events?quad=4")
    rows = [a["data-id"] for t, a in page.starts if t == "tr" and "data-id" in a]
    assert len(rows) == sum(1 for _, _, q in EVENTS if q == 4)
    assert ("option", {"value": "4", "selected": ""}) in page.starts
    assert all(("option", {"value": str(q)}) in page.starts for q in (1, 2, 3))
    assert "material conflict" in page.text
    tags = [a["class"] for t, a in page.starts if t == "span" and "tag q" in a.get("class", "")]
    assert tags and set(tags) == {"tag q4"}
    accuse = client.get("/events.json?event=ACCUSE").json()
    assert [e["event"] for e in accuse["events"]] == ["ACCUSE"]
    assert client.get("/events?quad=7", headers=HTML).status_code == 422
    assert client.get("/events?event=FIGHT", headers=HTML).status_code == 422
    assert _page(client, "/events?event=accuse").starts.count(
        ("option", {"value": "ACCUSE", "selected": ""})) == 1


@pytest.mark.parametrize("url", ["/dyads/RUS/UKR", "/countries/RUS"])
def test_timelines_colour_events_by_quad_class(client: TestClient, url: str) -> None:
    context = client.get(url + ".json").json()
    rows = [r for r in context["timeline"]["rows"] if r["kind"] == "event"]
    assert {(r["label"], r["quad"]) for r in rows} == {(t, q) for t, _, q in EVENTS}
    page = _page(client, url)
    squares = [a for t, a in page.starts if t == "rect" and a.get("class", "").startswith("q")
               and "key" not in a.get("class", "")]
    assert len(squares) == len(context["timeline"]["cells"])
    for square in squares:
        quad = int(square["class"][1:])
        assert square["fill"] == QUAD_COLOURS[quad]
    # a legend names the four classes, in their colours
    keys = {a["class"]: a["fill"] for t, a in page.starts if t == "rect" and "key q" in
            a.get("class", "")}
    assert keys == {f"key q{q}": c for q, c in QUAD_COLOURS.items()}
    assert all(name in page.text for name in QUAD_NAMES.values())
    # REQUEST's two classes are two rows with distinct labels
    assert "request (verbal coop.)" in page.text and "request (verbal confl.)" in page.text
    # every mark links to exactly the events it counts
    for cell in context["timeline"]["cells"]:
        listing = client.get(cell["href"].replace("/events?", "/events.json?")).json()
        assert listing["total"] == cell["count"], cell
        assert "quad=" in cell["href"]
