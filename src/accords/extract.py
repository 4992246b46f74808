"""The one entry point: an article in, an Accords record out (placeholder until wired)."""

from __future__ import annotations

from accords.model import Document, Record


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    dateline: str | None = None,
    id: str | None = None,
    source: str | None = None,
    url: str | None = None,
) -> Record:
    doc = Document(id=id or "doc", title=title, published=published, dateline=dateline,
                   source=source, url=url)
    return Record(document=doc)
