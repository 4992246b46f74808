"""Stage 2: the parse. Long texts are parsed block by block and joined, so that character
offsets stay those of the text."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from accords.nlp import BODY_START_KEY, MAX_CHUNK_CHARS, load_pipeline


def parse(text: str, body_start: int = 0) -> Doc:
    """Parse `text`; long texts block by block, joined so that offsets stay exact. The body
    (from the character offset `body_start`) opens a sentence of its own: a wire's headline
    and dateline ("TEL AVIV, April 9 -") are no part of its first sentence's clause."""
    nlp = load_pipeline()
    if len(text) <= MAX_CHUNK_CHARS:
        return _with_body_start(nlp, text, body_start)
    blocks: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        blocks.append(text[start:end])
        start = end
    docs = [_with_body_start(nlp, blocks[0], body_start)] + list(nlp.pipe(blocks[1:]))
    return Doc.from_docs(docs, ensure_whitespace=False)


# a line wrap inside a paragraph: one newline between two printing characters (a wire's new
# paragraph is a newline and an indent, a blank line or the end of the headline)
_WRAP = re.compile(r"(?<=[^\s])\n(?=[^\s])")


def unwrap(text: str, body_start: int) -> str:
    """`text` with the line wraps of its body read as spaces, so that the tagger and the
    name matchers see "European Community", not "European\nCommunity". The length and so
    every character offset stay the same; records quote the original text."""
    return text[:body_start] + _WRAP.sub(" ", text[body_start:])


def body_token(doc: Doc, body_start: int) -> int:
    """Index of the first token at or after the character offset `body_start`."""
    return next((t.i for t in doc if t.idx >= body_start), len(doc))


def _with_body_start(nlp: Language, text: str, body_start: int) -> Doc:
    doc = nlp.make_doc(text)
    if 0 < body_start < len(text):
        doc.user_data[BODY_START_KEY] = body_start
    for _name, component in nlp.pipeline:
        doc = component(doc)
    return doc
