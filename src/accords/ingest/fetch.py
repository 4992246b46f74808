"""Fetching feeds and pages over HTTP for `accords watch`: conditional requests, timeouts,
retries with back-off, and the fetched bytes read as documents.

A feed polled every 15 minutes is unchanged most of the time, so each request sends what the
last answer said about its version (its ETag as If-None-Match, its Last-Modified as
If-Modified-Since): an unchanged feed answers 304 and costs neither a download nor a parse.
Servers fail in passing (a timeout, a 502 during a deploy), so a request is tried again after a
growing pause before the source is reported as failing; a 404 or 403 is not tried again, since
waiting does not change it. Every problem is an `InputError` naming the URL: the caller reports
it and goes on with the other sources.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from urllib.parse import urlsplit

import httpx

from accords import __version__
from accords.errors import InputError
from accords.ingest.documents import MAX_TEXT_BYTES, SourceDocument
from accords.ingest.feeds import MAX_FEED_BYTES, iter_feed_bytes
from accords.ingest.html import read_html_bytes

USER_AGENT = f"accords/{__version__} (+https://github.com/accords; accords watch)"
RETRY_STATUSES = frozenset((408, 425, 429, 500, 502, 503, 504))
"""Answers that may be different a moment later; any other 4xx or 5xx is final."""
MAX_RETRY_AFTER = 300.0
"""The longest Retry-After honoured: a server asking for an hour is tried again next poll."""
_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")
_FEED_TYPES = ("rss", "atom", "rdf", "/xml", "+xml")


@dataclass(frozen=True)
class Fetched:
    """One answer: 200 with its body, or 304 (unchanged, no body)."""

    url: str
    status: int
    body: bytes = b""
    etag: str | None = None
    last_modified: str | None = None
    content_type: str = ""

    @property
    def unchanged(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class Retrying:
    """How hard to try: attempts after the first, and the first pause (doubled each time)."""

    retries: int = 2
    backoff: float = 1.0

    def pause(self, attempt: int, retry_after: str | None = None) -> float:
        """Seconds before attempt `attempt + 1`: the server's Retry-After if it gives one,
        else `backoff` doubled per attempt."""
        asked = _retry_after(retry_after)
        if asked is not None:
            return min(asked, MAX_RETRY_AFTER)
        return self.backoff * (2 ** attempt)


def client(timeout: float) -> httpx.Client:
    """An HTTP client for polling: `timeout` seconds for connecting and for each read, so a
    server that stops sending is given up on; redirects followed."""
    return httpx.Client(timeout=httpx.Timeout(timeout), follow_redirects=True,
                        headers={"User-Agent": USER_AGENT})


def fetch(http: httpx.Client, url: str, *, etag: str | None = None,
          last_modified: str | None = None, retrying: Retrying = Retrying(),
          sleep: Callable[[float], object] = time.sleep,
          max_bytes: int = MAX_FEED_BYTES) -> Fetched:
    """GET `url`, conditionally when validators of an earlier answer are given.

    Timeouts, connection failures and the statuses in RETRY_STATUSES are tried again
    `retrying.retries` times, pausing with `sleep` (the watch passes a pause that ends early
    when it is told to stop). Raises InputError naming the URL when no attempt succeeds, the
    status is final, or the body is larger than `max_bytes`.
    """
    headers = {}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    problem = ""
    retry_after: str | None = None
    for attempt in range(retrying.retries + 1):
        if attempt:
            sleep(retrying.pause(attempt - 1, retry_after))
        retry_after = None
        try:
            with http.stream("GET", url, headers=headers) as response:
                if response.status_code == 304:
                    return Fetched(url, 304, etag=response.headers.get("ETag") or etag,
                                   last_modified=response.headers.get("Last-Modified")
                                   or last_modified)
                if response.status_code == 200:
                    body = _read_limited(response, url, max_bytes)
                    return Fetched(url, 200, body, etag=response.headers.get("ETag"),
                                   last_modified=response.headers.get("Last-Modified"),
                                   content_type=response.headers.get("Content-Type", ""))
                problem = f"HTTP {response.status_code} {response.reason_phrase}".strip()
                if response.status_code not in RETRY_STATUSES:
                    break
                retry_after = response.headers.get("Retry-After")
        except httpx.TimeoutException:
            problem = f"no answer within the timeout ({http.timeout.read:g} s)"
        except httpx.HTTPError as exc:  # refused, reset, bad URL, too many redirects...
            problem = f"{type(exc).__name__}: {exc}"
    tries = attempt + 1
    raise InputError(f"cannot fetch: {problem} ({tries} attempt{'s' if tries > 1 else ''})",
                     source=url)


def post_json(http: httpx.Client, url: str, body: bytes, *, retrying: Retrying = Retrying(),
              sleep: Callable[[float], object] = time.sleep) -> None:
    """POST a JSON body (a webhook), tried again as `fetch` does; raises InputError naming
    the URL when the receiver never answers 2xx."""
    problem = ""
    for attempt in range(retrying.retries + 1):
        if attempt:
            sleep(retrying.pause(attempt - 1))
        try:
            response = http.post(url, content=body,
                                 headers={"Content-Type": "application/json"})
        except httpx.TimeoutException:
            problem = f"no answer within the timeout ({http.timeout.read:g} s)"
            continue
        except httpx.HTTPError as exc:
            problem = f"{type(exc).__name__}: {exc}"
            continue
        if response.is_success:
            return
        problem = f"HTTP {response.status_code} {response.reason_phrase}".strip()
        if response.status_code not in RETRY_STATUSES:
            break
    raise InputError(f"webhook not delivered: {problem}", source=url)


def documents(fetched: Fetched, *, max_bytes: int = MAX_TEXT_BYTES
              ) -> Iterator[SourceDocument | InputError]:
    """The documents of a fetched answer: a feed's entries (by its Content-Type or, as
    servers often say text/xml or text/plain, by its first bytes), else the article of an
    HTML page, whose id is its canonical URL, else the URL it was fetched from."""
    head = fetched.body[:2048].lower()
    kind = fetched.content_type.split(";", 1)[0].strip().lower()
    if any(m in head for m in _FEED_MARKERS) or (
            "html" not in kind and any(t in kind for t in _FEED_TYPES)):
        yield from iter_feed_bytes(fetched.body, where=fetched.url, stem=_stem(fetched.url),
                                   max_bytes=max_bytes)
        return
    try:
        yield read_html_bytes(fetched.body, where=fetched.url, fallback_id=fetched.url,
                              url=fetched.url, max_bytes=max_bytes)
    except InputError as exc:
        yield exc


def _read_limited(response: httpx.Response, url: str, max_bytes: int) -> bytes:
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise InputError(f"too large: {int(declared):,} bytes, the limit is {max_bytes:,}",
                         source=url)
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise InputError(f"too large: over {max_bytes:,} bytes", source=url)
        chunks.append(chunk)
    return b"".join(chunks)


def _retry_after(value: str | None) -> float | None:
    """Retry-After as seconds: a number, or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _stem(url: str) -> str:
    """A short name for a feed URL, for the ids of entries with neither id nor link."""
    parts = urlsplit(url)
    return re.sub(r"[^\w.-]+", "-", f"{parts.netloc}{parts.path}").strip("-") or "feed"
