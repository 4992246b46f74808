"""One entry point for every input `accords ingest PATH...` accepts: files, folders, corpora.

Each path is read by the reader its kind calls for (detected from the extension, the folder's
layout, or the file's first bytes), so users need not say what they pass. Problems come back as
`InputError` items in the stream, never as exceptions: one unreadable file must not end a batch.
"""

from __future__ import annotations

import errno
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from os import PathLike
from pathlib import Path

from accords.errors import InputError
from accords.ingest.corpora import iter_bbc, iter_reuters
from accords.ingest.documents import (
    MAX_TEXT_BYTES,
    SourceDocument,
    check_published,
    iter_jsonl,
    read_text_file,
)
from accords.ingest.feeds import iter_feed
from accords.ingest.html import read_html_file
from accords.ingest.tables import iter_csv

PathArg = str | PathLike[str]
Item = SourceDocument | InputError

KINDS = ("text", "html", "feed", "jsonl", "csv", "reuters", "bbc", "article", "folder")
"""What `describe` reports; "unknown" is added for a missing path or an unsupported file."""

_EXTENSIONS = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".feed": "feed",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".sgm": "reuters",
}
ARTICLE_TEXT = "article.txt"
ARTICLE_META = "meta.json"
"""An article folder, as under shared/examples: the text beside its metadata (id, title,
published, dateline, url, source); other files there (gold.json) are not inputs."""
_BBC_CATEGORIES = frozenset(("business", "entertainment", "politics", "sport", "tech"))
_SNIFF_BYTES = 2048
_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")
_HTML_MARKERS = (b"<!doctype html", b"<html")


def describe(path: PathArg) -> str:
    """The kind of input `path` is, as `iter_sources` will read it, for progress messages.

    One of `KINDS`, or "unknown" for a missing or unreadable path or a file type that is not
    supported.
    """
    try:
        return _kind(Path(path)) or "unknown"
    except OSError:
        return "unknown"


def iter_sources(
    paths: PathArg | Iterable[PathArg],
    *,
    max_bytes: int = MAX_TEXT_BYTES,
    published: str | None = None,
    limit: int | None = None,
) -> Iterator[Item]:
    """Yield the documents in `paths`, in order, and an `InputError` for each problem.

    Files are read by kind: .txt, .html/.htm, feeds (.rss/.atom/.feed, or .xml that starts as
    RSS or Atom), .jsonl/.ndjson, .csv, Reuters-21578 .sgm. A folder holding article.txt beside
    meta.json is one article with that metadata (and so is that article.txt named alone); a
    folder holding .sgm files is read as Reuters-21578, one laid out as the BBC News corpus
    (category folders of .txt files) as BBC; any other folder is walked in sorted order,
    skipping hidden entries, each file read by its kind and each subfolder recognised in the
    same way. `published` (an ISO date) is given
    to documents whose source has no date. `limit` caps the documents yielded (errors do not
    count). An id already yielded is reported as a duplicate and the later document skipped,
    since a store keyed by id would silently keep only one of them.
    """
    if isinstance(paths, str | PathLike):
        paths = [paths]
    try:
        default_date = check_published(published, "published")
    except InputError as exc:
        yield exc
        return
    if limit is not None and limit <= 0:
        return
    # Readers are lazy, so stopping at `limit` reads no further than needed.
    count = 0
    first_seen: dict[str, str] = {}
    for path in paths:
        for item, origin in _read(Path(path), max_bytes):
            if isinstance(item, InputError):
                yield item
                continue
            first = first_seen.get(item.id)
            if first is not None:
                yield InputError(f"duplicate id {item.id!r} (first read from {first})",
                                 source=origin)
                continue
            first_seen[item.id] = origin
            if default_date is not None and item.document.published is None:
                item = SourceDocument(
                    document=item.document.model_copy(update={"published": default_date}),
                    text=item.text,
                )
            yield item
            count += 1
            if limit is not None and count >= limit:
                return


def _read(path: Path, max_bytes: int) -> Iterator[tuple[Item, str]]:
    """Every item of one path, each with where it came from (the file, or the corpus story)."""
    where = str(path)
    try:
        kind = _kind(path)
    except OSError as exc:  # e.g. a folder this user may not open: one error, not the batch
        yield InputError(_os_problem(exc), source=where), where
        return
    if kind is None:
        yield InputError(_not_readable(path), source=where), where
    elif kind == "folder":
        yield from _walk(path, max_bytes, frozenset())
    else:
        corpus = kind in ("reuters", "bbc")
        for item in _guarded(_READERS[kind], path, max_bytes):
            origin = where
            if corpus and isinstance(item, SourceDocument):
                origin = item.document.source or where
            yield item, origin


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _not_readable(path: Path) -> str:
    """Why `path` is not an input: missing, a broken link, a special file or an unknown type."""
    try:
        info = os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ENOENT and os.path.islink(path):
            return f"broken link: it points to {os.readlink(path)!r}, which does not exist"
        if exc.errno == errno.ENOENT:
            return "no such file or folder (or it was removed while the batch ran)"
        return _os_problem(exc)
    for test, what in _SPECIAL_FILES:
        if test(info.st_mode):
            return f"not a regular file: it is {what}; only files and folders are read"
    if path.suffix.lower() == ".xml":
        return "unsupported file type '.xml': it does not start as an RSS or Atom feed"
    return (
        f"unsupported file type {path.suffix or '(no extension)'!r}: expected .txt, "
        ".html, .htm, .rss, .atom, .xml (feeds), .jsonl, .ndjson, .csv or .sgm"
    )


def _os_problem(exc: OSError) -> str:
    """An operating-system error as one line, without the path (the caller names it)."""
    if exc.errno == errno.ELOOP:
        return "a loop of symbolic links: it never reaches a file or folder"
    if isinstance(exc, PermissionError):
        return "cannot read: permission denied"
    return f"cannot read: {exc.strerror or exc}"


def _guarded(
    reader: Callable[[Path, int], Iterator[Item]], path: Path, max_bytes: int
) -> Iterator[Item]:
    """Run a reader, turning what it raises (a file gone or unreadable mid-way) into an item."""
    try:
        yield from reader(path, max_bytes)
    except InputError as exc:
        yield exc
    except OSError as exc:
        yield InputError(_os_problem(exc), source=exc.filename or str(path))


def _walk(folder: Path, max_bytes: int, walking: frozenset[Path]) -> Iterator[tuple[Item, str]]:
    """The items of a plain folder, depth first in sorted order, hidden entries skipped.

    A link back to a folder already being walked is not followed again (it would loop).
    """
    real = folder.resolve()
    if real in walking:
        return
    walking = walking | {real}
    try:
        entries = sorted(p for p in folder.iterdir() if not p.name.startswith("."))
    except OSError as exc:
        yield InputError(f"cannot list folder: {_os_problem(exc)}", source=str(folder)), \
            str(folder)
        return
    for entry in entries:
        try:
            is_folder = _kind(entry) == "folder"
        except OSError:
            is_folder = False  # _read names the problem
        if is_folder:
            yield from _walk(entry, max_bytes, walking)
        else:
            yield from _read(entry, max_bytes)


def _kind(path: Path) -> str | None:
    """The reader `path` needs, or None if it is missing or not a supported file.

    Raises OSError when the path cannot be looked into (a folder without read permission).
    """
    if path.is_dir():
        if (path / ARTICLE_TEXT).is_file() and (path / ARTICLE_META).is_file():
            return "article"
        if _has(path, "*.sgm"):
            return "reuters"
        if _looks_like_bbc(path) or (
            path.name in _BBC_CATEGORIES and _looks_like_bbc(path.parent)
        ):
            return "bbc"
        return "folder"
    if not path.is_file():
        return None
    if path.name == ARTICLE_TEXT and (path.parent / ARTICLE_META).is_file():
        return "article"  # named by its text file: still read with the metadata beside it
    suffix = path.suffix.lower()
    kind = _EXTENSIONS.get(suffix)
    if kind is not None:
        return kind
    if suffix == ".xml" or not suffix:
        head = _head(path)
        if any(marker in head for marker in _FEED_MARKERS):
            return "feed"
        if not suffix and any(marker in head for marker in _HTML_MARKERS):
            return "html"
    return None


def _looks_like_bbc(folder: Path) -> bool:
    """The BBC News corpus root: category folders (business, sport...) of numbered .txt files.

    Only the known category names are accepted, so that a user's own folder of folders of .txt
    files is walked file by file (ids from file names) rather than renamed "bbc_...".
    """
    if _has(folder, "*.txt"):  # iter_bbc would take a folder with .txt files as one category
        return False
    try:  # a subfolder that cannot be opened: walk the folder, and report that one there
        subfolders = [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")]
        if not subfolders or any(p.name not in _BBC_CATEGORIES for p in subfolders):
            return False
        for sub in subfolders:
            files = [p for p in sub.iterdir() if not p.name.startswith(".")]
            if not files or any(p.suffix != ".txt" or not p.stem.isdigit() for p in files):
                return False
    except OSError:
        return False
    return True


def _has(folder: Path, pattern: str) -> bool:
    try:
        return any(folder.glob(pattern))
    except OSError:
        return False


def _head(path: Path) -> bytes:
    """The file's first bytes, lower-cased, to recognise a feed or a page without an extension."""
    try:
        with path.open("rb") as handle:
            return handle.read(_SNIFF_BYTES).lower()
    except OSError:
        return b""


def _read_article(folder: Path, max_bytes: int) -> Iterator[Item]:
    if folder.name == ARTICLE_TEXT:
        folder = folder.parent
    meta_path = folder / ARTICLE_META
    try:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        yield InputError(f"cannot read the article's metadata: {exc}", source=str(meta_path))
        return
    if not isinstance(meta, dict):
        yield InputError("metadata must be a JSON object", source=str(meta_path))
        return
    fields = {k: meta.get(k) if isinstance(meta.get(k), str) else None
              for k in ("title", "published", "dateline", "source", "url")}
    doc_id = meta.get("id") if isinstance(meta.get("id"), str) else folder.name
    yield read_text_file(folder / ARTICLE_TEXT, id=doc_id, max_bytes=max_bytes, **fields)


def _read_text(path: Path, max_bytes: int) -> Iterator[Item]:
    yield read_text_file(path, max_bytes=max_bytes)


def _read_html(path: Path, max_bytes: int) -> Iterator[Item]:
    yield read_html_file(path, max_bytes=max_bytes)


def _read_feed(path: Path, max_bytes: int) -> Iterator[Item]:
    return iter_feed(path, max_bytes=max_bytes)


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Item]:
    return iter_jsonl(path, max_bytes=max_bytes)


def _read_csv(path: Path, max_bytes: int) -> Iterator[Item]:
    return iter_csv(path, max_bytes=max_bytes)


def _read_reuters(path: Path, max_bytes: int) -> Iterator[Item]:
    return iter_reuters(path)


def _read_bbc(path: Path, max_bytes: int) -> Iterator[Item]:
    return iter_bbc(path)


_READERS: dict[str, Callable[[Path, int], Iterator[Item]]] = {
    "text": _read_text,
    "html": _read_html,
    "feed": _read_feed,
    "jsonl": _read_jsonl,
    "csv": _read_csv,
    "reuters": _read_reuters,
    "bbc": _read_bbc,
    "article": _read_article,
}
