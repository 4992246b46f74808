"""Readers for the development corpora (Reuters-21578 SGML, BBC News text files).

They rebuild each story's text exactly as the annotated examples under `shared/examples/` lay it
out, so that gold offsets and throughput runs see the same strings.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from os import PathLike
from pathlib import Path

from accords.errors import InputError
from accords.ingest.documents import SourceDocument
from accords.model import Document

_REUTERS_RE = re.compile(r"<REUTERS\b([^>]*)>(.*?)</REUTERS>", re.S)
_NEWID_RE = re.compile(r'\bNEWID="(\d+)"')
_DATE_RE = re.compile(r"<DATE>\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})")
_TITLE_RE = re.compile(r"<TITLE>(.*?)</TITLE>", re.S)
_DATELINE_RE = re.compile(r"<DATELINE>(.*?)</DATELINE>", re.S)
_BODY_RE = re.compile(r"<BODY>(.*?)</BODY>", re.S)
_ENTITY_RE = re.compile(r"&(?:#(\d+)|(lt|gt|amp|quot|apos));")
_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
# The wire's sign-off ("Reuter", "REUTER...", typos such as "REUETER"), on its own line or after
# the last sentence ("... 5.0 MM. REUTER"); not story text. "... told Reuters." is kept.
_SIGNOFF_RE = re.compile(
    r"(?:\n|(?<=[.!?\"')0-9])[ \t])[ \t]*(?:reuters?|reute|ruter|reuiter|reueter)\.{0,3}"
    r"(?:\^M)?\s*\Z",
    re.I,
)
# The place of a dateline: "    SAN MATEO, Calif., March 2 - " -> "SAN MATEO",
# "JOHANNESBURG March 13 -" -> "JOHANNESBURG".
_DATELINE_PLACE_RE = re.compile(
    r"\s*([^\W\d_](?:[^\W\d_]|[.'&/ -])*?)\s*"
    r"(?:,|\s-\s|\s+(?:jan|feb|march|april|may|june|july|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d)",
    re.I,
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"),
        start=1,
    )
}
_BBC_CATEGORIES_HINT = "business, entertainment, politics, sport, tech"


def iter_reuters(path: str | PathLike[str], limit: int | None = None) -> Iterator[SourceDocument]:
    """Yield the Reuters-21578 stories that have a body, from a folder of .sgm files or one file.

    Text is TITLE, a newline, then the DATELINE (leading blanks dropped) followed directly by
    the BODY without the closing "Reuter" sign-off; ids are "reuters21578_%05d" % NEWID.
    """
    files = _files(Path(path), "*.sgm", "Reuters-21578 .sgm")
    count = 0
    for file in files:
        if limit is not None and count >= limit:
            return
        content = _decode(file.read_bytes())
        for match in _REUTERS_RE.finditer(content):
            if limit is not None and count >= limit:
                return
            item = _reuters_story(match.group(1), match.group(2), file)
            if item is not None:
                count += 1
                yield item


def _reuters_story(attributes: str, story: str, file: Path) -> SourceDocument | None:
    body_match = _BODY_RE.search(story)
    newid = _NEWID_RE.search(attributes)
    if body_match is None or newid is None:
        return None
    body = _unescape(body_match.group(1)).rstrip("\x03")
    while True:  # some stories are signed off twice ("... said. Reuter\n Reuter")
        body, found = _SIGNOFF_RE.subn("", body)
        if not found:
            break
    body = body.rstrip() + "\n"
    if not body.strip():
        return None

    title_match = _TITLE_RE.search(story)
    title = _unescape(title_match.group(1)).strip() if title_match else None
    dateline_match = _DATELINE_RE.search(story)
    dateline_raw = _unescape(dateline_match.group(1)).lstrip() if dateline_match else ""
    place = _DATELINE_PLACE_RE.match(dateline_raw)

    text = (title + "\n" if title else "") + dateline_raw + body
    nid = int(newid.group(1))
    document = Document(
        id=f"reuters21578_{nid:05d}",
        title=title or None,
        published=_reuters_date(story),
        dateline=place.group(1) if place else None,
        source=f"{file.parent.name}/{file.name} (Reuters-21578 NEWID={nid})",
        language="en",
    )
    return SourceDocument(document=document, text=text)


def _reuters_date(story: str) -> str | None:
    """ "26-FEB-1987 15:01:01.79" -> "1987-02-26"; None if the field is missing or garbled."""
    match = _DATE_RE.search(story)
    if match is None:
        return None
    day, month = int(match.group(1)), _MONTHS.get(match.group(2).upper())
    if month is None or not 1 <= day <= 31:
        return None
    return f"{match.group(3)}-{month:02d}-{day:02d}"


def _unescape(text: str) -> str:
    """Resolve the few entities the Reuters SGML uses (&lt; &amp; &#3; ...), nothing more.

    `html.unescape` would also rewrite bare "&copy"-like text, which the wire never meant.
    """

    def repl(match: re.Match[str]) -> str:
        if match.group(1) is not None:
            return chr(int(match.group(1)))
        return _ENTITIES[match.group(2)]

    return _ENTITY_RE.sub(repl, text)


def iter_bbc(path: str | PathLike[str], limit: int | None = None) -> Iterator[SourceDocument]:
    """Yield BBC News articles from the corpus folder, a category folder, or one .txt file.

    Text is the whole file as it is; the title is its first line. Ids are
    "bbc_<category>_<NNN>". The corpus has no dates, so `published` is None.
    """
    root = Path(path)
    if root.is_dir() and not any(root.glob("*.txt")):
        files = sorted(root.glob("*/*.txt"))
        if not files:
            raise InputError(
                f"no BBC articles found (expected folders {_BBC_CATEGORIES_HINT} of .txt files)",
                source=str(root),
            )
    else:
        files = _files(root, "*.txt", "BBC .txt")
    for count, file in enumerate(files):
        if limit is not None and count >= limit:
            return
        text = _decode(file.read_bytes())
        category = file.parent.name
        title = text.split("\n", 1)[0].strip() or None
        document = Document(
            id=f"bbc_{category}_{file.stem}",
            title=title,
            published=None,
            source=f"bbc/{category}/{file.name}",
            language="en",
        )
        yield SourceDocument(document=document, text=text)


def _files(root: Path, pattern: str, what: str) -> list[Path]:
    """The files to read, in sorted order so runs and `limit` are reproducible."""
    if root.is_file():
        return [root]
    if not root.is_dir():
        raise InputError("no such file or folder", source=str(root))
    files = sorted(root.glob(pattern))
    if not files:
        raise InputError(f"no {what} files in this folder", source=str(root))
    return files


def _decode(data: bytes) -> str:
    """UTF-8 if it is valid, else Windows-1252 with Latin-1 for the bytes cp1252 leaves undefined.

    Both corpora are mostly ASCII with a few legacy 8-bit bytes (e.g. 0xA3 for the pound sign);
    decoding never fails, so one odd byte cannot lose a file.
    """
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="_accords_latin1")


def _latin1_fallback(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    chunk = error.object[error.start : error.end]
    return bytes(chunk).decode("latin-1"), error.end


def _register() -> None:
    import codecs

    try:
        codecs.lookup_error("_accords_latin1")
    except LookupError:
        codecs.register_error("_accords_latin1", _latin1_fallback)


_register()
