"""Reading saved web pages: the article's main text and its metadata, without the page chrome.

Navigation, footers and "related stories" would feed the extractor actors and dates that are not
in the story, so the main text is isolated with trafilatura (in precision mode). Nothing is ever
fetched: the page is read from disk and links are only read as metadata.
"""

from __future__ import annotations

import codecs
import re
from os import PathLike
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from accords.errors import InputError, MissingModuleError, missing_module_message
from accords.ingest.corpora import _decode as _decode_legacy
from accords.ingest.documents import (
    MAX_TEXT_BYTES,
    SourceDocument,
    check_published,
    check_text,
    detect_language,
)
from accords.model import Document

MAX_HTML_BYTES = 16 * 1024 * 1024
"""Largest page read by default. Markup, inline scripts and styles make a page many times larger
than its text (news pages run 0.2-5 MB), so pages get their own limit; the article text taken
from them is still held to `max_bytes`."""

_SNIFF_BYTES = 4096
_CHARSET_RE = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
_XML_ENCODING_RE = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)""")
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
# Elements whose end is a paragraph break, and elements whose content is never text.
_BLOCK_TAGS = frozenset(
    "address article aside blockquote caption dd div dl dt figcaption figure footer h1 h2 h3 "
    "h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_SKIP_TAGS = frozenset("script style noscript template head title".split())
_SPACES_RE = re.compile(r"[ \t\r\f\v\n\u00a0]+")
_PARAGRAPH = "\ue000"  # private-use sentinel for a paragraph break while collecting text
_LINE = "\ue001"  # private-use sentinel for a <br>


MIN_ARTICLE_WORDS = 10
"""Fewer words than this is a menu, a paywall stub or an error page that trafilatura fell back
to, not an article (the shortest wire briefs run to a few sentences)."""

def read_html_file(
    path: str | PathLike[str], *, max_bytes: int = MAX_TEXT_BYTES
) -> SourceDocument:
    """Read one saved article page as a `SourceDocument`, or raise `InputError` naming the file.

    The text is the main content trafilatura finds, paragraphs separated by blank lines (the
    layout of the other corpora). Metadata comes from the page: title, publication date (only
    from markup such as `article:published_time` or `<time>`, never guessed from the text, since
    a wrong date would shift every relative date), site name or host as `source`, and the
    canonical or `og:url` address as `url`. The id is that URL, else the file stem.
    """
    file = Path(path)
    where = str(path)
    limit = max(max_bytes, MAX_HTML_BYTES)
    try:
        size = file.stat().st_size
        if size > limit:  # refuse before reading a huge file into memory
            raise InputError(
                f"too large: {size:,} bytes, the limit for an HTML page is {limit:,} bytes",
                source=where,
            )
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read file: {exc.strerror or exc}", source=where) from None
    return read_html_bytes(data, where=where, fallback_id=file.stem, max_bytes=max_bytes)


def read_html_bytes(data: bytes, *, where: str, fallback_id: str, url: str | None = None,
                    max_bytes: int = MAX_TEXT_BYTES) -> SourceDocument:
    """`read_html_file` on a page already in memory (one fetched over HTTP by `accords
    watch`): `where` names it in errors, `fallback_id` is the id of a page that states no
    URL, and `url` (where it was fetched from) stands in for a canonical URL it lacks."""
    page = _extract(decode_html(data), where)
    body = page.text if page is not None else None
    if not body or len(body.split()) < MIN_ARTICLE_WORDS:
        raise InputError("no article text found in the HTML page", source=where)
    text = check_text(_paragraphs(body), where, max_bytes=max_bytes)

    url = _clean(page.url) or url
    document = Document(
        id=url or fallback_id,
        title=_clean(page.title),
        published=check_published(_clean(page.date), where),
        source=_clean(page.sitename) or _clean(page.hostname) or where,
        url=url,
        language=detect_language(text),
    )
    return SourceDocument(document=document, text=text)


def _extract(markup: str, where: str) -> Any:
    """trafilatura's result for the page (None when it finds no main text)."""
    try:
        # imports lxml cleaners and date parsers: keep `import accords` fast
        import trafilatura

        return trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            favor_precision=True,
            include_comments=False,
            include_tables=True,
            # Only dates stated in the markup: a full-text search picks up any date the story
            # mentions ("the talks that collapsed on 3 March 2019") as its publication date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
    except (ValueError, etree.LxmlError) as exc:  # markup lxml cannot build a tree from
        raise InputError(f"cannot parse the HTML page: {exc}", source=where) from None
    except ImportError as exc:  # a broken install: say what to install, not a traceback
        raise MissingModuleError(missing_module_message(exc, "reading HTML pages"),
                                 source=where) from None


def _paragraphs(text: str) -> str:
    """trafilatura's one-line-per-block text with blank lines between blocks, as in the corpora."""
    lines = (line.strip() for line in text.splitlines())
    return "\n\n".join(line for line in lines if line) + "\n"


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def decode_html(data: bytes) -> str:
    """The page as text, honouring what it declares about its encoding.

    A byte-order mark wins, then valid UTF-8 (a page that decodes as UTF-8 almost surely is),
    then the charset the page declares (`<meta charset>`, `http-equiv`, or the XML declaration),
    then Windows-1252, which never fails. trafilatura would guess instead, and guesses go wrong
    on short pages.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _declared_charset(data[:_SNIFF_BYTES])
    if declared is not None:
        try:
            return data.decode(declared)
        except UnicodeDecodeError:
            return data.decode(declared, errors="replace")
    return _decode_legacy(data)


def _declared_charset(head: bytes) -> str | None:
    """The Python codec for the charset the page declares, if it names one Python knows.

    As browsers do, "iso-8859-1" and "ascii" are read as Windows-1252 (pages labelled so use
    its curly quotes), and a UTF-16 label in an ASCII-compatible page is ignored.
    """
    match = _XML_ENCODING_RE.search(head) or _CHARSET_RE.search(head)
    if match is None:
        return None
    try:
        name = codecs.lookup(match.group(1).decode("ascii")).name
    except (LookupError, UnicodeDecodeError):
        return None
    if name in ("latin-1", "iso8859-1", "ascii"):
        return "cp1252"
    if name.startswith(("utf-16", "utf-32", "utf-8")):
        return None  # UTF-8 already failed; fall back rather than decode garbage
    return name


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry's content), paragraphs as blank lines.

    Block elements (p, div, li, headings...) end a paragraph and `<br>` ends a line; other
    whitespace is collapsed as a browser would. Scripts and styles are dropped. Returns "" for a
    fragment without text.
    """
    if not fragment or not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, etree.LxmlError):
        return " ".join(fragment.split())
    pieces: list[str] = []
    _collect(root, pieces)
    flat = _SPACES_RE.sub(" ", "".join(pieces))
    paragraphs = []
    for block in flat.split(_PARAGRAPH):
        lines = [line.strip() for line in block.split(_LINE)]
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
    return "\n\n".join(paragraphs)


def _collect(element: Any, pieces: list[str]) -> None:
    """Append the text of `element` (not its tail) to `pieces`, with break sentinels."""
    tag = element.tag if isinstance(element.tag, str) else ""  # comments have a function tag
    tag = tag.rsplit("}", 1)[-1].lower()  # XHTML content arrives namespaced
    if not tag or tag in _SKIP_TAGS:
        return
    if tag == "br":
        pieces.append(_LINE)
        return
    block = tag in _BLOCK_TAGS
    if block:
        pieces.append(_PARAGRAPH)
    if element.text:
        pieces.append(element.text)
    for child in element:
        _collect(child, pieces)
        if child.tail:
            pieces.append(child.tail)
    if block:
        pieces.append(_PARAGRAPH)
