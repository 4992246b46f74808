"""`accords watch` end to end: a real HTTP server on loopback serves a feed that grows between
polls (with a malformed item), a page, a folder, a slow source, a failing one and a flaky one,
and receives the webhook's POSTs; the real extractor and a real store (SQLite, and PostgreSQL
where a server answers) do the rest.

The articles are written for these tests: short reports the extractor reads as agreements and
events between two countries (checked with `accords extract`).
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from accords.cli import EXIT_USAGE, app
from accords.ingest.fetch import Retrying
from accords.store import Store
from accords.store.schema import watch_sources
from accords.watch import Alert, Source, Watcher, WatchFilters, parse_duration

pytestmark = pytest.mark.model

MOU = ("Pakistan and Belarus signed a memorandum of understanding on defence cooperation in "
       "Minsk on Monday.\n\nThe memorandum was signed by Pakistan's Defence Minister Khawaja "
       "Asif and Belarusian Defence Minister Viktor Khrenin, officials said. It covers joint "
       "training and the production of military equipment.")
MOU_AGAIN = ("Belarus and Pakistan have signed a memorandum of understanding on defence "
             "cooperation, the Belarusian Defence Ministry said on Tuesday.\n\nDefence Minister "
             "Viktor Khrenin signed the memorandum with his Pakistani counterpart Khawaja Asif "
             "in Minsk on Monday. The two countries plan joint exercises next year.")
RAIL = ("France and Germany signed an agreement on rail transport in Paris on Wednesday.\n\n"
        "The agreement was signed by the French transport minister and his German "
        "counterpart.")
INDIA = ("India accused Pakistan on Tuesday of violating the ceasefire along the Line of "
         "Control.\n\nThe Indian foreign ministry said Pakistani troops had fired on Indian "
         "posts overnight.")
BELARUS = ("Belarus accused Pakistan on Thursday of delaying the delivery of tractors under a "
           "trade contract.\n\nThe Belarusian foreign ministry summoned the Pakistani "
           "ambassador in Minsk.")
PUBLISHED = datetime(2025, 5, 12, 9, 0, tzinfo=UTC)


def rss_item(guid: str, title: str, text: str | None, days_later: int = 0) -> str:
    body = "" if text is None else f"<description>{escape(text)}</description>"
    published = format_datetime(PUBLISHED + timedelta(days=days_later))
    return (f"<item><guid isPermaLink=\"false\">{guid}</guid><title>{escape(title)}</title>"
            f"<pubDate>{published}</pubDate>{body}</item>")


def rss(items: list[str]) -> bytes:
    return ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Loopback News</title>"
            f"<link>http://127.0.0.1/</link>{''.join(items)}</channel></rss>").encode()


PAGE = ("<!doctype html><html><head><title>Ceasefire row</title>"
        "<meta property=\"article:published_time\" content=\"2025-05-13\"></head><body>"
        "<nav>Home | World | Sport</nav><article><h1>Ceasefire row</h1>"
        + "".join(f"<p>{escape(p)}</p>" for p in INDIA.split("\n\n"))
        + "</article><footer>Contact us</footer></body></html>").encode()


class FeedServer:
    """A news site on loopback: what it serves can change between polls, and it records
    every request and every webhook POST it receives."""

    def __init__(self) -> None:
        self.items: list[str] = []
        self.hooks: list[dict[str, Any]] = []
        self.requests: list[tuple[str, dict[str, str], int]] = []
        self.release = threading.Event()  # ends the slow answers at teardown
        self.flaky_failures = 1
        self.hook_failures = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def answer(self, status: int, body: bytes = b"", **headers: str) -> None:
                server.requests.append((self.path, dict(self.headers), status))
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802 - http.server's name
                if self.path == "/feed.xml":
                    body = rss(server.items)
                    etag = '"' + hashlib.sha1(body).hexdigest() + '"'
                    if self.headers.get("If-None-Match") == etag:
                        self.answer(304, ETag=etag)
                    else:
                        self.answer(200, body, ETag=etag, Content_Type="application/rss+xml")
                elif self.path == "/page.html":
                    modified = format_datetime(PUBLISHED, usegmt=True)
                    if self.headers.get("If-Modified-Since") == modified:
                        self.answer(304)
                    else:
                        self.answer(200, PAGE, Last_Modified=modified,
                                    Content_Type="text/html; charset=utf-8")
                elif self.path == "/slow.xml":
                    server.release.wait(30)  # far beyond the watch's timeout
                    self.answer(200, rss([]), Content_Type="application/rss+xml")
                elif self.path == "/down.xml":
                    self.answer(500, b"oops")
                elif self.path == "/flaky.xml":
                    if server.flaky_failures:
                        server.flaky_failures -= 1
                        self.answer(503, b"busy")
                    else:  # no validators: the watch compares the bodies itself
                        self.answer(200, rss([rss_item("rail-1", "Rail deal", RAIL)]),
                                    Content_Type="text/xml")
                else:
                    self.answer(404, b"no such page")

            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                if server.hook_failures:
                    server.hook_failures -= 1
                    self.answer(502)
                    return
                server.hooks.append(json.loads(body))
                self.answer(204)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        # a slow answer's client is gone when it is finally sent: no traceback for that
        self.httpd.handle_error = lambda request, address: None  # type: ignore[method-assign]
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.release.set()
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join()

    def answers(self, path: str) -> list[int]:
        return [status for p, _h, status in self.requests if p == path]


@pytest.fixture
def server() -> Iterator[FeedServer]:
    site = FeedServer()
    yield site
    site.close()


def make_watcher(url: str, sources: list[str], filters: WatchFilters, extractor: Any, *,
                 alerts: Path | None = None, webhook: str | None = None,
                 seen: list[Alert] | None = None,
                 errors: list[str] | None = None) -> Watcher:
    """A watch with a short timeout and no pause between tries (the server is local)."""
    return Watcher(Store(url), [Source.parse(s) for s in sources], filters,
                   alerts_file=alerts, webhook=webhook, timeout=0.5,
                   retrying=Retrying(retries=1, backoff=0.0), extractor=extractor,
                   on_alert=None if seen is None else seen.append,
                   on_error=None if errors is None else errors.append)


def close(watcher: Watcher) -> None:
    watcher.close()
    watcher.store.close()


def keys(alerts: list[dict[str, Any]]) -> list[tuple[str, str, str]]:
    return [(a["alert"], a["id"], a["document"]["id"]) for a in alerts]


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_watch_polls_a_growing_feed_and_alerts_once_per_change(
        server: FeedServer, store_url: str, tmp_path: Path,
        cached_extractor: Callable[[Any], Any]) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    alerts_file = tmp_path / "alerts.jsonl"
    server.items = [rss_item("mou-1", "Defence MoU", MOU),
                    rss_item("broken-1", "An item with no text", None),
                    rss_item("rail-0", "Rail deal", RAIL)]
    sources = [f"{server.url}/feed.xml", f"{server.url}/slow.xml", f"{server.url}/down.xml",
               f"{server.url}/flaky.xml", f"{server.url}/page.html", str(folder)]
    pakistan = WatchFilters(country="PAK")
    seen: list[Alert] = []
    errors: list[str] = []
    watcher = make_watcher(store_url, sources, pakistan, cached_extractor,
                           alerts=alerts_file, webhook=f"{server.url}/hook", seen=seen,
                           errors=errors)
    try:
        # poll 1: the feed, the page and the flaky source (after one retry) are read; the
        # slow and the failing source are reported and do not stop the others
        first = watcher.poll()
        assert (first.sources, first.failed) == (6, 2)
        assert any("slow.xml" in e and "timeout" in e for e in errors), errors
        assert any("down.xml" in e and "HTTP 500" in e for e in errors), errors
        assert any("feed.xml" in e and "entry 2" in e and "no text" in e for e in errors)
        assert server.answers("/flaky.xml") == [503, 200]
        assert server.answers("/down.xml") == [500, 500]  # tried again once, then reported
        mou = [a for a in seen if a.kind == "agreement"]
        assert [(a.change, a.record["countries"], a.record["sectors"]) for a in mou] == [
            ("new", ["BLR", "PAK"], ["defence"])]
        events = {(a.record["event"], a.document["id"]) for a in seen if a.kind == "event"}
        assert events == {("SUPPORT", "mou-1"), ("ACCUSE", f"{server.url}/page.html")}
        assert all(a.change == "new" for a in seen)
        # the French-German deal was stored, and not alerted: it does not involve Pakistan
        assert [g.countries for g in watcher.store.agreements()
                if "FRA" in g.countries] == [["DEU", "FRA"]]
        assert "FRA" not in alerts_file.read_text()
        assert first.alerts == len(seen) == 3

        # poll 2: nothing changed; the feed and the page answer 304 to conditional requests
        errors.clear()
        second = watcher.poll()
        assert (second.alerts, second.documents) == (0, 0)
        assert server.answers("/feed.xml")[-1] == 304
        assert server.answers("/page.html")[-1] == 304
        conditional = [h for p, h, _s in server.requests if p == "/feed.xml"][-1]
        assert conditional.get("If-None-Match", "").startswith('"')
        assert second.unchanged == 4  # feed, page, flaky (same body), folder

        # poll 3: a second report of the MoU in the feed, a new article in the folder
        server.items.append(rss_item("mou-2", "Minsk confirms defence MoU", MOU_AGAIN,
                                     days_later=1))
        (folder / "belarus-protest.txt").write_text(BELARUS)
        third = watcher.poll()
        latest = seen[3:]
        assert ("changed", mou[0].id) in {(a.change, a.id) for a in latest}
        assert {a.document["id"] for a in latest if a.change == "changed"} == {"mou-2"}
        accusations = [a for a in latest if a.kind == "event" and a.record["event"] == "ACCUSE"]
        assert [(a.change, a.document["id"]) for a in accusations] == [
            ("new", "belarus-protest")]
        assert third.alerts == len(latest)
    finally:
        close(watcher)

    # what the file and the webhook received: every alert once, as the terminal showed it
    written = read_jsonl(alerts_file)
    assert [a["line"] for a in written] == [a.line for a in seen]
    assert keys(server.hooks) == keys(written)
    assert len(set(keys(written))) == len(written)

    # a restart: nothing repeated; a document stored while no watch ran is alerted
    with Store(store_url) as store:
        with store.engine.connect() as conn:
            state = {r.location: r for r in conn.execute(select(watch_sources))}
        assert state[f"{server.url}/feed.xml"].etag
        assert state[f"{server.url}/down.xml"].failures == 3
        assert "HTTP 500" in state[f"{server.url}/down.xml"].error
        (tmp_path / "offline").mkdir()
        (tmp_path / "offline" / "india-again.txt").write_text(
            INDIA.replace("Tuesday", "Friday").replace("overnight", "on Thursday night"))
        store.ingest(tmp_path / "offline", extractor=cached_extractor)
    restarted: list[Alert] = []
    again = make_watcher(store_url, sources, pakistan, cached_extractor, alerts=alerts_file,
                         webhook=f"{server.url}/hook", seen=restarted)
    try:
        again.poll()
        assert {a.document["id"] for a in restarted} == {"india-again"}
        assert again.poll().alerts == 0
    finally:
        close(again)
    written = read_jsonl(alerts_file)
    assert len(set(keys(written))) == len(written) == len(seen) + len(restarted)
    assert keys(server.hooks) == keys(written)


def test_filters_select_what_is_alerted_and_each_watch_keeps_its_own_history(
        tmp_path: Path, cached_extractor: Callable[[Any], Any]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for name, text in (("mou", MOU), ("rail", RAIL), ("india", INDIA), ("belarus", BELARUS)):
        (folder / f"{name}.txt").write_text(text)
    url = str(tmp_path / "accords.db")
    watches = {
        "defence": WatchFilters(country="PAK", with_country="BLR", sector="defence"),
        "accusations": WatchFilters(event="ACCUSE"),
        "india": WatchFilters(country="IND", event="ACCUSE"),
        "france": WatchFilters(country="FRA"),
    }
    seen: dict[str, list[Alert]] = {name: [] for name in watches}
    # all four start before anything is stored, so each alerts on everything it matches
    watchers = {name: make_watcher(url, [str(folder)], f, cached_extractor, seen=seen[name])
                for name, f in watches.items()}
    try:
        for watcher in watchers.values():
            watcher.poll()
        got = {name: sorted((a.kind, a.document["id"]) for a in alerts)
               for name, alerts in seen.items()}
        assert got["defence"] == [("agreement", "mou")]
        assert got["accusations"] == [("event", "belarus"), ("event", "india")]
        assert got["india"] == [("event", "india")]
        assert got["france"] == [("agreement", "rail"), ("event", "rail")]
        assert all(a.record["event"] == "ACCUSE" for a in seen["accusations"])
        for watcher in watchers.values():
            assert watcher.poll().alerts == 0
    finally:
        for watcher in watchers.values():
            close(watcher)


def test_stop_ends_after_the_current_document_and_the_next_run_resumes(
        tmp_path: Path, cached_extractor: Callable[[Any], Any]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a-mou.txt").write_text(MOU)
    (folder / "b-belarus.txt").write_text(BELARUS)
    url = str(tmp_path / "accords.db")
    seen: list[Alert] = []
    watcher = make_watcher(url, [str(folder)], WatchFilters(country="PAK"), cached_extractor,
                           seen=seen)

    def stop_at_first(alert: Alert) -> None:  # what Ctrl-C does, from the signal handler
        seen.append(alert)
        watcher.stop()

    watcher.on_alert = stop_at_first
    try:
        watcher.run(60.0)  # returns without waiting: stopped during the first poll
        assert {a.document["id"] for a in seen} == {"a-mou"}
        assert watcher.store.counts().documents == 1  # b-belarus was never read
    finally:
        close(watcher)
    resumed: list[Alert] = []
    again = make_watcher(url, [str(folder)], WatchFilters(country="PAK"), cached_extractor,
                         seen=resumed)
    try:
        again.run(60.0, once=True)
        assert {a.document["id"] for a in resumed} == {"b-belarus"}
    finally:
        close(again)


def test_a_failed_webhook_is_posted_again_at_the_next_poll(
        server: FeedServer, tmp_path: Path, cached_extractor: Callable[[Any], Any]) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "india.txt").write_text(INDIA)
    server.hook_failures = 2  # the first POST and its one retry fail
    errors: list[str] = []
    watcher = make_watcher(str(tmp_path / "accords.db"), [str(folder)],
                           WatchFilters(event="ACCUSE"), cached_extractor,
                           webhook=f"{server.url}/hook", errors=errors)
    try:
        assert watcher.poll().alerts == 1
        assert server.hooks == [] and any("webhook not delivered" in e for e in errors)
        watcher.poll()
        assert [h["record"]["event"] for h in server.hooks] == ["ACCUSE"]
        watcher.poll()
        assert len(server.hooks) == 1
    finally:
        close(watcher)


def test_the_command_polls_once_and_prints_each_alert(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "mou.txt").write_text(MOU)
    (folder / "rail.txt").write_text(RAIL)
    alerts = tmp_path / "alerts.jsonl"
    args = ["watch", str(folder), "--once", "--db", str(tmp_path / "w.db"), "--country",
            "pakistan", "--with", "BY", "--sector", "defence", "--alerts", str(alerts)]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "new g1 BLR-PAK: mou signed [defence]" in result.stdout
    assert [a["id"] for a in read_jsonl(alerts)] == ["g1"]
    assert read_jsonl(alerts)[0]["watch"] == "country=PAK;with=BLR;sector=defence"
    again = CliRunner().invoke(app, args)
    assert again.exit_code == 0 and "new g1" not in again.stdout
    assert "1 unchanged" in again.stderr


@pytest.mark.parametrize(("args", "named"), [
    (["no/such/folder"], "unknown source 'no/such/folder'"),
    (["ftp://example.org/feed"], "only http:// and https://"),
    (["{folder}", "--every", "soon"], "--every: 'soon' is not a duration"),
    (["{folder}", "--every", "0m"], "--every: '0m'"),
    (["{folder}", "--timeout", "5"], "--timeout: '5'"),
    (["{folder}", "--sector", "defense"], "unknown sector 'defense'"),
    (["{folder}", "--event", "GOSSIP"], "unknown event 'GOSSIP'"),
    (["{folder}", "--country", "Atlantis"], "Atlantis"),
    (["{folder}", "--webhook", "mailto:x@example.org"], "--webhook"),
])
def test_bad_input_is_refused_naming_it(tmp_path: Path, args: list[str], named: str) -> None:
    db = tmp_path / "w.db"
    argv = ["watch", *(a.replace("{folder}", str(tmp_path)) for a in args), "--once",
            "--db", str(db)]
    result = CliRunner().invoke(app, argv)
    assert result.exit_code == EXIT_USAGE, result.output
    assert named in " ".join(result.stderr.split())
    assert not db.exists()  # refused before anything was created


def test_durations() -> None:
    assert [parse_duration(v) for v in ("30s", "15m", "2h", "1d", "1h30m", "1.5m")] == [
        30, 900, 7200, 86400, 5400, 90]


def test_ctrl_c_stops_the_command_cleanly(tmp_path: Path) -> None:
    """The real command in its own process: SIGINT while it waits for the next poll ends it
    with exit code 0 and the alerts of the poll it finished."""
    import os
    import signal
    import subprocess
    import sys

    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "india.txt").write_text(INDIA)
    command = [sys.executable, "-c", "from accords.cli import main; main()", "watch",
               str(folder), "--every", "1h", "--db", str(tmp_path / "w.db"), "--event",
               "ACCUSE"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env={**os.environ, "COLUMNS": "200"})
    try:
        assert proc.stderr is not None
        for line in proc.stderr:  # the first poll is done when its summary is printed
            if line.startswith("polled"):
                break
        proc.send_signal(signal.SIGINT)
        out, rest = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, rest
    assert "stopping after the current document" in rest
    assert "new e1 ACCUSE 112: India -> Pakistan" in out


def test_a_store_of_the_previous_version_gains_the_watch_tables_and_keeps_its_data(
        store_url: str, tmp_path: Path, cached_extractor: Callable[[Any], Any]) -> None:
    """Opening a store built at revision 0002 upgrades it in place; a first watch on it
    starts from what is stored (old records are not alerted), then alerts what comes."""
    from importlib.resources import files

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    from accords.store.database import database_url

    old_news, new_news = tmp_path / "old", tmp_path / "new"
    old_news.mkdir()
    new_news.mkdir()
    (old_news / "mou.txt").write_text(MOU)
    (new_news / "belarus.txt").write_text(BELARUS)
    with Store(store_url) as store:
        store.ingest(old_news, extractor=cached_extractor)
        before = store.counts()
    cfg = Config()
    cfg.set_main_option("script_location", str(files("accords.store") / "migrations"))
    cfg.set_main_option("sqlalchemy.url", database_url(store_url).replace("%", "%%"))
    command.downgrade(cfg, "0002")
    with Store(store_url, migrate=False) as old, old.engine.connect() as conn:
        assert "watch_alerts" not in inspect(conn).get_table_names()
    seen: list[Alert] = []
    watcher = make_watcher(store_url, [str(new_news)], WatchFilters(country="PAK"),
                           cached_extractor, seen=seen)
    try:
        assert watcher.store.check() == []
        after = watcher.store.counts()
        assert (after.documents, after.agreements, after.events) == (
            before.documents, before.agreements, before.events)
        watcher.poll()
        assert {a.document["id"] for a in seen} == {"belarus"}
    finally:
        close(watcher)
