"""Reading saved RSS and Atom feeds: one document per entry.

Feeds are how many newsrooms publish, and a saved feed is often cut off by a failed download, so
the reader keeps every entry it could read whole and reports the damage once instead of losing
the file. The feed is parsed from bytes: feedparser never fetches anything.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from os import PathLike
from pathlib import Path
from typing import Any

from accords.errors import InputError
from accords.ingest.documents import MAX_TEXT_BYTES, SourceDocument, check_text, detect_language
from accords.ingest.html import html_fragment_text
from accords.model import Document

MAX_FEED_BYTES = 64 * 1024 * 1024
"""Largest feed file read by default (it is parsed in memory). Feeds carry tens to hundreds of
entries, a few MB at most; each entry's text is still held to `max_bytes`."""

# Opening and closing tags of an entry (RSS <item>, Atom <entry>, maybe namespace-prefixed), and
# the closing tag of the document, used to tell a complete entry from one cut off.
_ENTRY_OPEN_RE = re.compile(rb"<(?:[\w.-]+:)?(?:item|entry)[\s>/]")
_ENTRY_CLOSE_RE = re.compile(rb"</(?:[\w.-]+:)?(?:item|entry)\s*>")
_ROOT_CLOSE_RE = re.compile(rb"</(?:[\w.-]+:)?(?:rss|feed|RDF)\s*>\s*\Z")
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def iter_feed(
    path: str | PathLike[str], *, max_bytes: int = MAX_TEXT_BYTES
) -> Iterator[SourceDocument | InputError]:
    """Yield one `SourceDocument` per feed entry, or an `InputError` for what cannot be used.

    Text is the entry's full content if it has one, else its summary, as plain text with
    paragraphs separated by blank lines. `published` is the date as the feed writes it (the
    publisher's local date, not converted to UTC, so "yesterday" in the story stays right); the
    id is the entry's id, else its link, else "<stem>-<entry number>"; `source` is the feed
    title. A malformed or truncated feed still yields its complete entries, then one error with
    the parser's message; entries cut off at the end are skipped. A file that cannot be read
    yields one error.
    """
    file = Path(path)
    where = str(path)
    limit = max(max_bytes, MAX_FEED_BYTES)
    try:
        size = file.stat().st_size
        if size > limit:
            yield InputError(
                f"too large: {size:,} bytes, the limit for a feed is {limit:,} bytes",
                source=where,
            )
            return
        data = file.read_bytes()
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", source=where)
        return
    yield from iter_feed_bytes(data, where=where, stem=file.stem, max_bytes=max_bytes)


def iter_feed_bytes(
    data: bytes, *, where: str, stem: str, max_bytes: int = MAX_TEXT_BYTES
) -> Iterator[SourceDocument | InputError]:
    """`iter_feed` on a feed already in memory (one fetched over HTTP by `accords watch`):
    `where` names it in errors and is the source of a feed without a title, `stem` makes the
    ids of entries with neither id nor link."""
    import feedparser  # slow to import; only feed users pay for it

    # A stream, not bytes: given bytes, feedparser first tries them as a file name.
    parsed = feedparser.parse(io.BytesIO(data), sanitize_html=True, resolve_relative_uris=False)
    entries: list[Any] = list(parsed.entries)
    problem = _bozo_error(parsed, data, where) if parsed.get("bozo") else None
    complete = len(entries)
    if problem is not None and not _ROOT_CLOSE_RE.search(data):
        # Cut off: the loose parser also returns the last, unfinished entry (or several).
        complete = min(complete, len(_ENTRY_CLOSE_RE.findall(data)))
    if not entries and (problem is None or not parsed.get("version")):
        detail = f" ({problem.message})" if problem is not None else ""
        yield InputError(f"no entries: not an RSS or Atom feed, or an empty one{detail}",
                         source=where, line=problem.line if problem is not None else None)
        return

    lines = _entry_lines(data, len(entries))
    feed_title = _plain(_text(parsed.feed.get("title_detail")) or parsed.feed.get("title"))
    seen: dict[str, int] = {}
    for number, entry in enumerate(entries[:complete], start=1):
        line = lines[number - 1] if lines is not None else None
        try:
            item = _entry_document(entry, number, stem, feed_title or where, max_bytes)
        except InputError as exc:
            yield InputError(f"entry {number}: {exc.message}", source=where, line=line)
            continue
        first = seen.setdefault(item.id, number)
        if first != number:
            yield InputError(
                f"entry {number}: duplicate id {item.id!r} (first used by entry {first})",
                source=where,
                line=line,
            )
            continue
        yield item
    if problem is not None:
        skipped = len(entries) - complete
        if skipped:
            problem = InputError(
                f"{problem.message} (the feed is cut off: {skipped} incomplete "
                f"entr{'y' if skipped == 1 else 'ies'} skipped)",
                source=where,
                line=problem.line,
            )
        yield problem


def _entry_lines(data: bytes, count: int) -> list[int] | None:
    """The line on which each entry starts, if the entry tags found line up with the entries."""
    lines: list[int] = []
    line, position = 1, 0
    for match in _ENTRY_OPEN_RE.finditer(data):
        line += data.count(b"\n", position, match.start())
        position = match.start()
        lines.append(line)
    return lines if len(lines) == count else None


def _bozo_error(parsed: Any, data: bytes, where: str) -> InputError:
    """The parser's complaint about a malformed feed, with its line when it knows it."""
    exc = parsed.get("bozo_exception")
    line = None
    getter = getattr(exc, "getLineNumber", None)
    if callable(getter):
        try:
            line = int(getter())
        except (TypeError, ValueError):
            line = None
    message = getattr(exc, "getMessage", None)
    detail = message() if callable(message) else str(exc or "unknown problem")
    return InputError(f"malformed feed: {detail}", source=where, line=line)


def _entry_document(
    entry: Any, number: int, stem: str, source: str, max_bytes: int
) -> SourceDocument:
    body = _entry_text(entry)
    if not body:
        raise InputError("no text (neither content nor summary)")
    text = check_text(body, "", max_bytes=max_bytes)
    link = _plain(entry.get("link"))
    if link is not None and not link.lower().startswith(("http://", "https://")):
        link = None  # feedparser fills `link` from a non-URL guid ("urn:...", "tag:...")
    document = Document(
        id=_plain(entry.get("id")) or link or f"{stem}-{number}",
        title=_plain(_text(entry.get("title_detail")) or entry.get("title")),
        published=_entry_date(entry),
        source=source,
        url=link,
        language=detect_language(text),
    )
    return SourceDocument(document=document, text=text)


def _entry_text(entry: Any) -> str:
    """The longest content block (full text beats the teaser in `summary`), else the summary."""
    candidates = [_text(block) for block in entry.get("content") or ()]
    best = max(candidates, key=len, default="")
    return best or _text(entry.get("summary_detail")) or ""


def _text(detail: Any) -> str:
    """Plain text of a feedparser text construct ({'type': ..., 'value': ...})."""
    if not detail:
        return ""
    value = detail.get("value") or ""
    if str(detail.get("type") or "").lower() in _HTML_TYPES:
        return html_fragment_text(value)
    lines = (" ".join(line.split()) for line in value.strip().split("\n\n"))
    return "\n\n".join(line for line in lines if line)


def _plain(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def _entry_date(entry: Any) -> str | None:
    """The entry's date (published, else updated) as YYYY-MM-DD, in the feed's own time zone."""
    for key in ("published", "updated"):
        raw = entry.get(key)
        if isinstance(raw, str) and raw.strip():
            local = _local_date(raw.strip())
            if local is not None:
                return local.isoformat()
        parsed = entry.get(f"{key}_parsed")  # feedparser's reading, converted to UTC
        if parsed is not None:
            return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    return None


def _local_date(raw: str) -> date | None:
    """RFC 822 (RSS) or ISO 8601 (Atom) dates, keeping their own offset."""
    try:
        return parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date()
    except ValueError:
        return None
