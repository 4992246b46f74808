"""Web hygiene on a real app over a real (empty) SQLite store: API docs from installed files,
security headers on every response, HEAD wherever GET is answered, the access log.

No extraction is needed, so these run without the spaCy model.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from accords.web import api, create_app, pages
from accords.web.app import STATIC
from accords.web.hygiene import clf_escape, clf_time
from accords.web.svg import PALETTE, sector_class

HTML = {"accept": "text/html"}
# Combined Log Format, as log analysers parse it
CLF = re.compile(r'^(?P<host>\S+) (?P<ident>\S+) (?P<user>\S+) \[(?P<time>[^\]]+)\] '
                 r'"(?P<request>(?:[^"\\]|\\.)*)" (?P<status>\d{3}) (?P<size>\d+|-) '
                 r'"(?P<referer>(?:[^"\\]|\\.)*)" "(?P<agent>(?:[^"\\]|\\.)*)"$')


@pytest.fixture
def app_db(tmp_path: Path) -> str:
    return str(tmp_path / "accords.db")


@pytest.fixture
def client(app_db: str) -> Iterator[TestClient]:
    app = create_app(app_db, token="")

    @app.get("/boom", include_in_schema=False)
    def boom() -> None:  # an unhandled error: its 500 page must carry the headers too
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as c:
        yield c


class _Assets(HTMLParser):
    """Every URL a page loads (scripts, styles, icons, images) and every inline script."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []
        self.inline_scripts = 0
        self.inline_styles = 0
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "script":
            if a.get("src"):
                self.urls.append(a["src"] or "")
            else:
                self.inline_scripts += 1
        if tag == "link" and a.get("href"):
            self.urls.append(a["href"] or "")
        if tag == "img" and a.get("src"):
            self.urls.append(a["src"] or "")
        if tag == "style" or "style" in a:
            self.inline_styles += 1
        if any(name.startswith("on") for name in a):
            self.inline_scripts += 1


def _assets(html: str) -> _Assets:
    parser = _Assets()
    parser.feed(html)
    return parser


def test_api_docs_load_only_local_files(client: TestClient) -> None:
    """Offline, /docs was blank: Swagger UI came from a CDN. Every file it loads must come
    from this server, exist, and the page's own start-up script must be a file."""
    page = client.get("/docs")
    assert page.status_code == 200
    found = _assets(page.text)
    scripts = [u for u in found.urls if u.endswith(".js")]
    assert any("swagger-ui-bundle" in u for u in scripts) and "/static/docs.js" in scripts
    assert found.inline_scripts == 0
    for url in found.urls:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, f"/docs loads {url} from elsewhere"
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.content, url
    assert "http://" not in page.text and "https://" not in page.text
    # the initialiser points Swagger UI at our own schema, and asks no remote validator
    init = client.get("/static/docs.js").text
    assert "validatorUrl: null" in init
    assert client.get(found_openapi(page.text)).json()["info"]["title"] == "Accords"
    assert client.get("/redoc").status_code == 404  # FastAPI's CDN page is gone, not broken


def found_openapi(html: str) -> str:
    match = re.search(r'data-openapi="([^"]+)"', html)
    assert match, "the docs page names its OpenAPI document"
    return match.group(1)


@pytest.mark.parametrize("url,headers,status", [
    ("/", HTML, 200), ("/index.json", {}, 200), ("/api/stats", {}, 200),
    ("/static/style.css", {}, 200), ("/docs", HTML, 200), ("/openapi.json", {}, 200),
    ("/agreements/g999", HTML, 404), ("/api/agreements?limit=0", {}, 422),
    ("/api/nothing", {}, 404), ("/boom", HTML, 500), ("/api/extract", {}, 405),
])
def test_every_response_has_security_headers(client: TestClient, url: str,
                                              headers: dict[str, str], status: int) -> None:
    response = client.get(url, headers=headers)
    assert response.status_code == status
    csp = response.headers["content-security-policy"]
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";"))
    assert directives["script-src"] == "'self'"  # no 'unsafe-inline', no other origin
    assert directives["frame-ancestors"] == "'none'"
    assert directives["default-src"] == "'none'"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    if url != "/docs":  # only Swagger UI needs inline styles
        assert "unsafe-inline" not in csp


def test_pages_have_no_inline_script_or_style(client: TestClient) -> None:
    for url in ("/", "/agreements", "/events", "/documents", "/network", "/search?q=x",
                "/agreements/g1"):
        found = _assets(client.get(url, headers=HTML).text)
        assert found.inline_scripts == 0, url
        assert found.inline_styles == 0, url


def test_sector_tags_take_their_colour_from_the_stylesheet() -> None:
    """Tags had an inline style; their colours now live in style.css, one rule per palette
    entry, and must stay in step with the SVG palette."""
    css = (STATIC / "style.css").read_text(encoding="utf-8")
    for i, colour in enumerate(PALETTE):
        assert f".tag.c{i} {{ --tag: {colour}; }}" in css
    assert sector_class("defence") == "c0"


def _get_paths() -> list[str]:
    """A URL for every GET route of the API and the pages without path parameters."""
    return sorted({r.path for r in [*api.router.routes, *pages.router.routes]
                   if isinstance(r, APIRoute) and "GET" in r.methods and "{" not in r.path})


def test_head_is_answered_wherever_get_is(client: TestClient) -> None:
    paths = _get_paths() + ["/static/style.css", "/docs", "/agreements/g999"]
    assert len(paths) > 20
    for path in paths:
        params = {"q": "x"} if "search" in path else {}
        get = client.get(path, params=params, headers=HTML)
        head = client.head(path, params=params, headers=HTML)
        assert head.status_code == get.status_code, path
        assert head.status_code != 405, path
        assert head.content == b"", path
        assert head.headers.get("content-type") == get.headers.get("content-type"), path
        assert head.headers.get("content-length") == get.headers.get("content-length"), path
    # and only where GET is: a POST-only endpoint refuses HEAD as it refuses GET
    assert client.head("/api/extract").status_code == 405


def test_access_log_in_combined_log_format(app_db: str, tmp_path: Path) -> None:
    log = tmp_path / "logs" / "access.log"
    log.parent.mkdir()
    app = create_app(app_db, token="", access_log=str(log))
    with TestClient(app) as c:
        c.get("/api/stats", headers={"user-agent": 'curl/8 "quoted"',
                                      "referer": "http://example.org/x"})
        c.head("/", headers={"user-agent": "probe"})
        c.get('/search?q=a"b', headers={"user-agent": "ua"})
        c.get("/api/agreements/g999")
    lines = log.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 4
    parsed = [CLF.match(line) for line in lines]
    assert all(parsed), lines
    stats, head, search, missing = (m.groupdict() for m in parsed if m)
    assert stats["request"] == "GET /api/stats HTTP/1.1" and stats["status"] == "200"
    assert int(stats["size"]) > 0
    assert stats["agent"] == r'curl/8 \"quoted\"' and stats["referer"] == "http://example.org/x"
    assert head["request"].startswith("HEAD / ") and head["size"] == "-"
    assert search["request"].startswith("GET /search?q=a")
    assert missing["status"] == "404" and missing["referer"] == "-"
    when = datetime.strptime(stats["time"], "%d/%b/%Y:%H:%M:%S %z")
    assert abs((datetime.now(when.tzinfo) - when).total_seconds()) < 60


def test_no_access_log_unless_asked(app_db: str, tmp_path: Path) -> None:
    with TestClient(create_app(app_db, token="")) as c:
        c.get("/api/stats")
    assert not list(tmp_path.glob("*.log"))


def test_access_log_that_cannot_be_written_fails_at_start(app_db: str, tmp_path: Path
                                                          ) -> None:
    with pytest.raises(OSError), \
            TestClient(create_app(app_db, token="", access_log=str(tmp_path / "no" / "a.log"))
                       ) as c:
        c.get("/api/stats")


def test_log_fields_are_escaped_and_dated_in_english() -> None:
    assert clf_escape('a"b\\c\nd\té') == 'a\\"b\\\\c\\x0ad\\x09\\xc3\\xa9'
    when = datetime.fromisoformat("2000-10-10T13:55:36-07:00")
    assert clf_time(when) == "[10/Oct/2000:13:55:36 -0700]"
