"""Reading CSV exports (spreadsheets, database dumps): one document per row.

The semantics follow `iter_jsonl`: only `text` is required, ids default to "<stem>-<line>", and
a bad row is reported with its line and skipped, so one broken row never loses the batch.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator
from os import PathLike
from pathlib import Path

from accords.errors import InputError
from accords.ingest.documents import (
    MAX_TEXT_BYTES,
    SourceDocument,
    check_published,
    check_text,
    detect_language,
)
from accords.model import Document

COLUMNS = ("id", "text", "published", "title", "dateline", "url", "source", "language")
"""Columns read (header names are matched case-insensitively; other columns are ignored)."""

_FIELD_LIMIT = 2**31 - 1  # the largest a C long takes everywhere; texts are checked per row
_CHUNK = 1 << 20
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def iter_csv(
    path: str | PathLike[str], *, max_bytes: int = MAX_TEXT_BYTES
) -> Iterator[SourceDocument | InputError]:
    """Yield one `SourceDocument` per CSV row, or an `InputError` for a row that is unusable.

    The first row is the header; it must have a `text` column. Errors name the file and the
    1-based line on which the row starts (a quoted field may span lines). Empty cells count as
    absent. A file that cannot be read, is not UTF-8 (a UTF-8 byte-order mark is fine) or has
    no usable header yields one error and nothing else: the whole file is checked first, so a
    wrongly encoded export is refused before any of its rows is used.
    """
    file = Path(path)
    where = str(path)
    try:
        problem = _check_utf8(file, where)
    except OSError as exc:
        yield InputError(f"cannot read file: {exc.strerror or exc}", source=where)
        return
    if problem is not None:
        yield problem
        return
    if csv.field_size_limit() < _FIELD_LIMIT:
        csv.field_size_limit(_FIELD_LIMIT)  # long articles exceed the 128 KB default

    seen: dict[str, int] = {}
    with file.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader, None)
        except csv.Error as exc:
            yield InputError(f"cannot read the CSV header: {exc}", source=where, line=1)
            return
        columns = _columns(header, where)
        if isinstance(columns, InputError):
            yield columns
            return
        line = reader.line_num + 1
        while True:
            start = line
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:  # e.g. a quote left open at the end of the file
                yield InputError(f"not valid CSV: {exc}", source=where, line=start)
                return
            line = reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue  # blank line
            try:
                item = _row_document(row, columns, where, start, file.stem, max_bytes)
            except InputError as exc:
                yield exc
                continue
            first = seen.setdefault(item.id, start)
            if first != start:
                yield InputError(
                    f"duplicate id {item.id!r} (first used on line {first})",
                    source=where,
                    line=start,
                )
                continue
            yield item


def _check_utf8(file: Path, where: str) -> InputError | None:
    """An error if the file is not UTF-8, naming the first bad byte and its line; else None."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    lines = 1
    with file.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            if offset == 0 and chunk.startswith(_UTF16_BOMS):
                return InputError("not UTF-8 text (it is UTF-16); convert it to UTF-8",
                                  source=where)
            try:
                decoder.decode(chunk)
            except UnicodeDecodeError as exc:
                # The decoder may hold back up to 3 bytes of the previous chunk.
                bad = max(0, exc.start - (len(exc.object) - len(chunk)))
                line = lines + chunk.count(b"\n", 0, bad)
                return InputError(
                    f"not UTF-8 text (byte 0x{chunk[bad]:02x} at offset {offset + bad}); "
                    "convert it to UTF-8",
                    source=where,
                    line=line,
                )
            lines += chunk.count(b"\n")
            offset += len(chunk)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            return InputError("not UTF-8 text (it ends inside a character); convert it to UTF-8",
                              source=where)
    return None


def _columns(header: list[str] | None, where: str) -> dict[str, int] | InputError:
    """Index of each known column in the header (and its width as "_width"), or the error that
    makes the file unusable."""
    if header is None:
        return InputError("empty file: expected a CSV header with a 'text' column", source=where)
    columns: dict[str, int] = {}
    for index, name in enumerate(header):
        key = name.strip().lower()
        if key not in COLUMNS:
            continue
        if key in columns:
            return InputError(
                f"column {key!r} appears twice in the header (columns {columns[key] + 1} and "
                f"{index + 1})",
                source=where,
                line=1,
            )
        columns[key] = index
    if "text" not in columns:
        found = ", ".join(repr(name) for name in header) or "none"
        return InputError(
            f"the CSV header has no 'text' column (found {found})", source=where, line=1
        )
    columns["_width"] = len(header)
    return columns


def _row_document(
    row: list[str], columns: dict[str, int], where: str, line: int, stem: str, max_bytes: int
) -> SourceDocument:
    def cell(key: str) -> str | None:
        index = columns.get(key)
        if index is None or index >= len(row):
            return None
        value = row[index]
        return value if value.strip() else None

    if len(row) > columns["_width"]:
        raise InputError(
            f"the row has {len(row)} fields but the header has {columns['_width']} "
            "(a field with a comma that is not quoted?)",
            source=where,
            line=line,
        )
    text = cell("text")
    if text is None:
        raise InputError("missing 'text'", source=where, line=line)
    try:
        text = check_text(text, where, max_bytes=max_bytes)
    except InputError as exc:
        raise InputError(f"'text': {exc.message}", source=where, line=line) from None

    def meta(key: str) -> str | None:
        value = cell(key)
        return value.strip() if value is not None else None

    document = Document(
        id=meta("id") or f"{stem}-{line}",
        title=meta("title"),
        published=check_published(meta("published"), where, line),
        dateline=meta("dateline"),
        source=meta("source"),
        url=meta("url"),
        language=meta("language") or detect_language(text),
    )
    return SourceDocument(document=document, text=text)
