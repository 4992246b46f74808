"""End to end in a real headless Chromium against a real `accords serve`, as an analyst uses it.

Debian's `chromium` is driven by Playwright (no browser download): ACCORDS_CHROMIUM names the
binary (default: the one on PATH). Without a browser the test is skipped, unless
ACCORDS_REQUIRE_BROWSER is set (CI sets it, after installing Chromium). Screenshots of every
step go to the run's output folder: ACCORDS_TEST_OUTPUT, default `test-output/` in the
repository (ignored by git).
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from example_stores import example_store

from accords.web.server import running_server

pytestmark = pytest.mark.model

CHROMIUM_FLAGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--no-first-run", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--disable-quic",
]


def chromium_path() -> str | None:
    return os.environ.get("ACCORDS_CHROMIUM") or shutil.which("chromium") or \
        shutil.which("chromium-browser")


def output_dir() -> Path:
    base = Path(os.environ.get("ACCORDS_TEST_OUTPUT") or
                Path(__file__).resolve().parents[1] / "test-output")
    folder = base / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path,
           cached_extractor: Callable[[Any], Any]) -> Iterator[str]:
    """`accords serve` over a database of the examples, on a free port."""
    db = example_store(tmp_path_factory, examples_dir, cached_extractor, "browser")
    with running_server(str(db)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    binary = chromium_path()
    if binary is None:
        if os.environ.get("ACCORDS_REQUIRE_BROWSER"):
            pytest.fail("ACCORDS_REQUIRE_BROWSER is set but no chromium binary was found")
        pytest.skip("no Chromium (install Debian's chromium, or set ACCORDS_CHROMIUM)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=binary, args=CHROMIUM_FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


def test_search_dyad_agreement_document_with_highlighted_evidence(server: str,
                                                                  browser: Any) -> None:
    shots = output_dir()
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(server) else None)

    # home: counts, newest agreements, a search box
    page.goto(server + "/")
    assert page.locator("h1").count() == 1
    body = page.inner_text("main")
    assert "agreements" in body and "documents" in body
    page.screenshot(path=str(shots / "1-home.png"), full_page=True)

    # search from the home page's box
    page.fill("#home-q", "readmission")
    page.press("#home-q", "Enter")
    page.wait_for_url("**/search?q=readmission*")
    results = page.inner_text("main")
    assert "readmission" in results.lower()
    page.screenshot(path=str(shots / "2-search.png"), full_page=True)

    # an agreement found by the search, then its two countries' relations
    page.locator("table.agreements a[href^='/agreements/']").first.click()
    page.wait_for_url("**/agreements/g*")
    page.get_by_role("link", name="the two countries’ relations").click()
    page.wait_for_url("**/dyads/**")
    dyad = page.inner_text("main")
    assert "Pakistan" in dyad and "Belarus" in dyad
    assert "Pakistan Post" in dyad and "Belarus Post" in dyad
    assert page.locator("svg").count() >= 1, "the dyad page draws its timeline"
    page.screenshot(path=str(shots / "3-dyad-pak-blr.png"), full_page=True)

    # click through to the postal agreement, then to its document
    page.locator("table.agreements a[href^='/agreements/']",
                 has_text="postal").first.click()
    page.wait_for_url("**/agreements/g*")
    evidence = page.locator("blockquote.evidence a").first
    quoted = evidence.inner_text().strip()
    assert "Post" in quoted
    page.screenshot(path=str(shots / "4-agreement.png"), full_page=True)
    evidence.click()
    page.wait_for_url("**/documents/pak-blr-visit*")

    # the evidence is highlighted in the article text
    current = page.locator("mark.current")
    assert current.count() >= 1, "the agreement's evidence is marked in the text"
    marked = " ".join(current.all_inner_texts())
    assert " ".join(marked.split()) == " ".join(quoted.split())
    assert current.first.is_visible()
    assert page.locator("mark.hl-actor").count() > 0
    page.screenshot(path=str(shots / "5-document-highlighted.png"), full_page=True)

    # the page's JSON twin carries the same record
    twin = httpx.get(page.url.split("?")[0].split("#")[0] + ".json").json()
    assert "pak-blr-visit" in str(twin)

    assert not errors, errors
    assert not outside, f"requests left the server: {outside}"
    for name in ("1-home", "2-search", "3-dyad-pak-blr", "4-agreement",
                 "5-document-highlighted"):
        shot = shots / f"{name}.png"
        assert shot.stat().st_size > 5000, shot


def test_a_script_in_an_article_stays_text(server: str, browser: Any) -> None:
    """Markup typed by a user is shown, never run, in the browser itself (stored articles with
    markup are covered in tests/test_pages.py)."""
    page = browser.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(server + "/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
    assert "<script>alert(1)</script>" in page.inner_text("body")
    assert not dialogs


def test_api_docs_render_offline_under_the_security_policy(server: str, browser: Any) -> None:
    """/docs was blank without the network (Swagger UI came from a CDN). It must draw the
    API's operations from installed files, without a request leaving the server and without
    the Content-Security-Policy refusing anything it needs."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    refused: list[str] = []
    page.on("console", lambda m: refused.append(m.text)
            if "Content Security Policy" in m.text else None)
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(server) and not r.url.startswith("data:") else None)
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    assert page.locator(".opblock").count() > 10, "Swagger UI lists the API's operations"
    assert "/api/agreements" in page.inner_text("#swagger-ui")
    page.screenshot(path=str(output_dir() / "6-api-docs.png"), full_page=False)
    assert not errors, errors
    assert not refused, refused
    assert not outside, f"requests left the server: {outside}"


def test_map_indexes_download_and_brief(server: str, browser: Any, tmp_path: Path) -> None:
    """Part 4 of issue 12 as an analyst meets it: a country picked on the world map, the
    country and actor indexes, a list downloaded as CSV, and the dyad brief printed."""
    shots = output_dir()
    page = browser.new_page(viewport={"width": 1280, "height": 900}, accept_downloads=True)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url)
            if not r.url.startswith(server) else None)

    # the world map on the home page: Pakistan is shaded, and clicking it opens its page
    page.goto(server + "/")
    pakistan = page.locator("svg.worldmap a[data-iso='PAK']")
    assert pakistan.count() == 1
    assert page.locator("svg.worldmap path").count() > 150
    page.locator("svg.worldmap").scroll_into_view_if_needed()
    page.screenshot(path=str(shots / "7-home-map.png"), full_page=False)
    pakistan.click()
    page.wait_for_url("**/countries/PAK")
    assert page.locator("h1").inner_text() == "Pakistan"
    assert page.locator("svg.worldmap path.focus[data-iso='PAK']").count() == 1
    headings = page.locator("main h2").all_inner_texts()
    assert headings.index("Latest agreements") < headings.index("Over time, by sector")
    page.screenshot(path=str(shots / "8-country-map.png"), full_page=True)

    # the countries index from the navigation: searched, then sorted by name
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Countries").click()
    page.wait_for_url("**/countries")
    page.fill("#f-q", "bel")
    page.press("#f-q", "Enter")
    page.wait_for_url("**/countries?q=bel*")
    assert page.locator("table.countries tbody tr").all_inner_texts()[0].startswith("Belarus")
    page.get_by_role("link", name="Country").click()
    page.wait_for_url("**sort=name*")
    page.screenshot(path=str(shots / "9-countries.png"), full_page=True)

    # the actors index, sorted by name
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Actors").click()
    page.wait_for_url("**/actors")
    page.get_by_role("link", name="Name").click()
    names = page.locator("table.actors tbody tr td:first-child").all_inner_texts()
    assert names and [n.lower() for n in names] == sorted(n.lower() for n in names)
    page.screenshot(path=str(shots / "10-actors.png"), full_page=True)

    # a filtered list downloaded as CSV holds exactly the rows shown
    page.goto(server + "/agreements?country=PAK&sector=trade")
    shown = page.locator("table.agreements tbody tr").evaluate_all(
        "rows => rows.map(r => r.dataset.id)")
    with page.expect_download() as info:
        page.get_by_role("link", name="CSV").click()
    saved = tmp_path / "agreements.csv"
    info.value.save_as(saved)
    lines = saved.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("id,agreement,parties")
    assert [line.split(",")[0] for line in lines[1:]] == shown and shown

    # the events list says what happened
    page.goto(server + "/events?country=PAK")
    assert "Shehbaz Sharif visited Minsk" in page.inner_text("main")

    # the brief from the dyad page, printable: no navigation on paper
    page.goto(server + "/dyads/PAK/BLR")
    page.get_by_role("link", name="Brief for print →").click()
    page.wait_for_url("**/dyads/PAK/BLR/brief")
    brief = page.inner_text("main")
    for part in ("In numbers", "Agreements by status", "Institutions and people",
                 "Latest cooperation", "Pakistan Post"):
        assert part in brief, part
    assert page.locator("li.brief-agreement blockquote.evidence").count() >= 7
    page.screenshot(path=str(shots / "11-brief.png"), full_page=True)
    page.emulate_media(media="print")
    assert not page.locator("header.site").is_visible()
    page.pdf(path=str(tmp_path / "brief.pdf"))
    assert (tmp_path / "brief.pdf").stat().st_size > 10_000
    # the evidence of a line opens the article with it marked
    page.emulate_media(media="screen")
    page.locator("li.brief-agreement blockquote.evidence a").first.click()
    page.wait_for_url("**/documents/pak-blr-visit*")
    assert page.locator("mark.current").count() >= 1

    assert not errors, errors
    assert not outside, f"requests left the server: {outside}"
