"""Stage 2: the parse. Long texts are parsed block by block and joined, so that character
offsets stay those of the text."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from accords.gazetteer import INSTITUTION_SECTOR
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


# a state's dotted abbreviation and the word after it ("U.S. Officials said")
_AFTER_ABBREVIATION = re.compile(
    r"\b(?:U\.S|U\.K|U\.N)\. ([A-Za-z][a-z]+)\b(?: ([A-Z]|(?:of|for) [A-Z])?)?")
_WORD = re.compile(r"[a-z]+")


def recase(text: str, body_start: int) -> str:
    """`text` with the words a wire wrongly capitalised after "U.S." lowered again.

    Some wire stories capitalise every word after "U.S." ("the U.S. Has increased", "U.S.
    Officials said"); the tagger then reads "U.S. Officials" as a name and "U.S. Is" as a new
    sentence. A story does so only where it never writes a lower-case word there; in such a
    story a capitalised word is lowered when it is a function word or when the story writes
    it in lower case elsewhere, is no institution's head noun and starts no longer name (so
    "U.S. Government", "U.S. Agriculture Secretary" and "U.K. Department of Trade" keep their
    capitals).
    Same length, so every offset holds; records quote the original text."""
    body = text[body_start:]
    found = list(_AFTER_ABBREVIATION.finditer(body))
    if not found or any(m.group(1)[0].islower() for m in found):
        return text
    lower = set(_WORD.findall(body))

    def common(word: str) -> bool:
        w = word.lower()
        if w in INSTITUTION_SECTOR:
            return False
        return (w in STOP_WORDS or w in lower or w + "s" in lower
                or (w.endswith("s") and w[:-1] in lower))

    chars = list(body)
    for m in found:
        if common(m.group(1)) and (m.group(1).lower() in STOP_WORDS or not m.group(2)):
            chars[m.start(1)] = m.group(1)[0].lower()
    return text[:body_start] + "".join(chars)


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
