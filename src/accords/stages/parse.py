"""Stage 2: the parse. Long texts are parsed block by block and joined, so that character
offsets stay those of the text."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from accords.nlp import MAX_CHUNK_CHARS, load_pipeline


def parse(text: str) -> Doc:
    """Parse `text`; long texts block by block, joined so that offsets stay exact."""
    nlp = load_pipeline()
    if len(text) <= MAX_CHUNK_CHARS:
        return nlp(text)
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
    docs = list(nlp.pipe(blocks))
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
