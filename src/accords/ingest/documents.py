"""Reading articles: validate text, attach metadata, and read JSON Lines batches.

Everything here refuses bad input early with an `InputError` that names the file (and line), so
that a batch run can report the problem and carry on. Text is never normalised: the extractor's
offsets index the exact string returned here.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from os import PathLike
from pathlib import Path
from typing import Any

import orjson

from accords.errors import InputError
from accords.model import Document

MAX_TEXT_BYTES = 2 * 1024 * 1024
"""Largest article accepted by default (UTF-8 bytes). Long-form news stays under 100 KB; a
multi-megabyte "article" is nearly always a concatenated dump, and parsing costs about a minute
per megabyte on one core, so it is refused with a clear error instead of stalling a batch.
Callers may raise it (`max_bytes=`, `accords extract --max-bytes`)."""

LANGUAGE_SAMPLE_CHARS = 2000
"""Characters given to the language identifier: enough to be sure, cheap on long texts."""

MIN_LANGUAGE_CHARS = 200
"""Shorter Latin-script texts are taken as English: identifiers guess wildly on a sentence."""

BINARY_CONTROL_RATIO = 0.10
"""Share of control characters above which input is taken for binary data, not text."""

# Control characters that plain text legitimately contains.
_TEXT_CONTROLS = frozenset("\t\n\r\f\v")
_CONTROL_BYTES = bytes(b for b in range(32) if chr(b) not in _TEXT_CONTROLS) + b"\x7f"
_CONTROL_CHARS_RE = re.compile("[" + "".join(f"\\x{b:02x}" for b in _CONTROL_BYTES) + "]")
_BOM = "\ufeff"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_BINARY_MESSAGE = "looks like binary data, not text (NUL bytes or many control characters)"


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """An article as read from a source: its metadata and its exact text."""

    document: Document
    text: str

    @property
    def id(self) -> str:
        return self.document.id


def check_text(text: str | bytes, source: str, *, max_bytes: int = MAX_TEXT_BYTES) -> str:
    """Return `text` as a str if it can be an article, else raise `InputError` naming `source`.

    Bytes are decoded as UTF-8 (a leading byte-order mark is dropped: it is an encoding artefact,
    not text). A str is returned unchanged, since offsets must index the caller's string.
    """
    if isinstance(text, bytes | bytearray):
        data = bytes(text)
        if len(data) > max_bytes:
            raise InputError(_too_large(len(data), max_bytes), source=source)
        if data.startswith(_UTF16_BOMS):  # else its NUL bytes would be called binary data
            raise InputError("not UTF-8 text (it is UTF-16); convert it to UTF-8", source=source)
        if b"\x00" in data or _control_ratio_bytes(data) > BINARY_CONTROL_RATIO:
            raise InputError(_BINARY_MESSAGE, source=source)
        try:
            decoded = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "convert it to UTF-8",
                source=source,
            ) from None
        decoded = decoded.removeprefix(_BOM)
    elif isinstance(text, str):
        decoded = text
        # A UTF-8 character takes at most 4 bytes: only encode when the limit may be passed.
        if len(decoded) > max_bytes // 4:
            size = len(decoded.encode("utf-8", "surrogatepass"))
            if size > max_bytes:
                raise InputError(_too_large(size, max_bytes), source=source)
        if "\x00" in decoded or _control_ratio_str(decoded) > BINARY_CONTROL_RATIO:
            raise InputError(_BINARY_MESSAGE, source=source)
    else:
        raise InputError(f"expected text (str or bytes), got {type(text).__name__}", source=source)
    if not decoded.strip():
        raise InputError("empty text: nothing to extract from", source=source)
    return decoded


def _too_large(size: int, limit: int) -> str:
    return (f"too large: {size:,} bytes, the limit is {limit:,} bytes; split the input or "
            "raise the limit (--max-bytes)")


def _control_ratio_bytes(data: bytes) -> float:
    if not data:
        return 0.0
    # bytes.translate deleting the controls counts them at C speed.
    return (len(data) - len(data.translate(None, _CONTROL_BYTES))) / len(data)


def _control_ratio_str(text: str) -> float:
    if not text:
        return 0.0
    return len(_CONTROL_CHARS_RE.findall(text)) / len(text)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, judged on its start; "und" if it has no letters.

    The one answer every reader, `accords extract` and `accords ingest` give, so that a text
    skipped as not English in one is skipped in the other. Only the first
    `LANGUAGE_SAMPLE_CHARS` characters are used: the opening of a news story is representative
    and the cost stays flat for long texts. py3langid also knows languages with only
    three-letter codes (it calls terse English price tables Nigerian Pidgin, "pcm"), so the
    choice is restricted to languages that have an ISO 639-1 code. Below
    `MIN_LANGUAGE_CHARS` an identifier guesses wildly on Latin-script text ("Merkel met
    Macron in Berlin." is Dutch to it), so short Latin-script text is taken as English, while
    short text in another script (Cyrillic, Arabic...) is still judged: its script decides.
    """
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    letters = [ch for ch in sample if ch.isalpha()]
    if not letters:
        return "und"
    if len(text.strip()) < MIN_LANGUAGE_CHARS:
        latin = sum(1 for ch in letters if ch.isascii() or "LATIN" in unicodedata.name(ch, ""))
        if latin * 2 >= len(letters):
            return "en"
    code, _score = _language_identifier().classify(sample)
    return str(code)


def is_english(language: str | None) -> bool:
    """Whether a language code (as detected, or as a JSONL/CSV row declares it: "en", "EN",
    "en-GB") is English, the only language the extractor reads; unknown counts as English."""
    return language is None or language.lower().split("-")[0] in ("en", "und", "")


@functools.cache
def _language_identifier() -> Any:
    """A private py3langid identifier (its global one is shared state), built on first use."""
    from py3langid import langid  # loading the model is slow; keep `import accords` fast

    identifier = langid.LanguageIdentifier.from_model_file(langid.MODEL_FILE)
    identifier.set_languages([c for c in identifier.labels if len(c) == 2])
    return identifier


def check_published(value: str | None, source: str, line: int | None = None) -> str | None:
    """The publication date as `YYYY-MM-DD`, accepting an ISO date or datetime; None stays None.

    Relative dates in the article are resolved against it, so a wrong value must fail loudly.
    """
    if value is None:
        return None
    if isinstance(value, str):
        stripped = value.strip()
        try:
            return date.fromisoformat(stripped).isoformat()
        except ValueError:
            pass
        try:
            return datetime.fromisoformat(stripped.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
    raise InputError(
        f"'published' must be an ISO date such as 2025-04-12, got {value!r}",
        source=source,
        line=line,
    )


def read_text_file(
    path: str | PathLike[str],
    *,
    published: str | None = None,
    title: str | None = None,
    dateline: str | None = None,
    id: str | None = None,
    source: str | None = None,
    url: str | None = None,
    max_bytes: int = MAX_TEXT_BYTES,
) -> SourceDocument:
    """Read one UTF-8 article from a file; `id` defaults to the file stem, `source` to the path."""
    file = Path(path)
    where = str(path)
    try:
        size = file.stat().st_size
        if size > max_bytes:  # refuse before reading a huge file into memory
            raise InputError(_too_large(size, max_bytes), source=where)
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", source=where) from None
    text = check_text(data, where, max_bytes=max_bytes)
    document = Document(
        id=id or file.stem,
        title=title,
        published=check_published(published, where),
        dateline=dateline,
        source=source if source is not None else where,
        url=url,
        language=detect_language(text),
    )
    return SourceDocument(document=document, text=text)


_OPTIONAL_KEYS = ("title", "dateline", "url", "source", "language")


def iter_jsonl(
    path: str | PathLike[str], *, max_bytes: int = MAX_TEXT_BYTES
) -> Iterator[SourceDocument | InputError]:
    """Yield one `SourceDocument` per JSON line, or an `InputError` for a line that is unusable.

    Errors are yielded, not raised, so one bad line does not lose the rest of a batch; each
    names the file and its 1-based line number. Blank lines are skipped. Only `text` is
    required; `id` defaults to "<stem>-<line>". Unknown keys are ignored. A file that cannot be
    opened at all raises `InputError`.
    """
    file = Path(path)
    where = str(path)
    seen: dict[str, int] = {}
    try:
        handle = file.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", source=where) from None
    with handle:
        for lineno, raw in enumerate(handle, start=1):
            if not raw.strip():
                continue
            try:
                item = _parse_line(raw, where, lineno, file.stem, max_bytes)
            except InputError as exc:
                yield exc
                continue
            first = seen.setdefault(item.document.id, lineno)
            if first != lineno:
                yield InputError(
                    f"duplicate id {item.document.id!r} (first used on line {first})",
                    source=where,
                    line=lineno,
                )
                continue
            yield item


def _parse_line(raw: bytes, where: str, lineno: int, stem: str, max_bytes: int) -> SourceDocument:
    def fail(message: str) -> InputError:
        return InputError(message, source=where, line=lineno)

    try:
        obj: Any = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise fail(f"not valid JSON: {exc}") from None
    if not isinstance(obj, dict):
        raise fail(f"expected a JSON object with a 'text' key, got {_json_type(obj)}")
    if "text" not in obj or obj["text"] is None:
        raise fail("missing 'text'")
    text = obj["text"]
    if not isinstance(text, str):
        raise fail(f"'text' must be a string, got {_json_type(text)}")
    try:
        text = check_text(text, where, max_bytes=max_bytes)
    except InputError as exc:
        raise fail(f"'text': {exc.message}") from None

    doc_id = obj.get("id")
    if isinstance(doc_id, int) and not isinstance(doc_id, bool):
        doc_id = str(doc_id)  # numeric database ids are common and unambiguous
    elif doc_id is not None and not isinstance(doc_id, str):
        raise fail(f"'id' must be a string, got {_json_type(doc_id)}")
    fields: dict[str, str | None] = {}
    for key in _OPTIONAL_KEYS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            raise fail(f"{key!r} must be a string or null, got {_json_type(value)}")
        fields[key] = value
    published = obj.get("published")
    if published is not None and not isinstance(published, str):
        raise fail(f"'published' must be a string or null, got {_json_type(published)}")

    document = Document(
        id=doc_id or f"{stem}-{lineno}",
        title=fields["title"],
        published=check_published(published, where, lineno),
        dateline=fields["dateline"],
        source=fields["source"],
        url=fields["url"],
        language=fields["language"] or detect_language(text),
    )
    return SourceDocument(document=document, text=text)


def _json_type(value: object) -> str:
    """The JSON name of a parsed value's type, for error messages a user recognises."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__
