"""The store's merge helpers that were made fast must give exactly what their definitions give:
the SimHash (`merge.simhash`, counted with numpy), or near-duplicates stored by an earlier
version would no longer be found; the normalised name (`merge.normalise_name`, cached, with an
ASCII shortcut), or stored actor keys would no longer match."""

from __future__ import annotations

import hashlib
import random
import re
import unicodedata

import pytest

from accords.store import merge

_WORD_RE = re.compile(r"[^\W_]+", re.U)


def reference_simhash(text: str) -> int:
    """The definition: +1 for each shingle that sets a bit, -1 for each that does not."""
    words = [w.lower() for w in _WORD_RE.findall(text)]
    shingles = [" ".join(words[i:i + 3]) for i in range(max(1, len(words) - 2))]
    weights = [0] * 64
    for sh in shingles:
        h = int.from_bytes(hashlib.blake2b(sh.encode("utf-8"), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value


def _texts() -> list[str]:
    rng = random.Random(13)
    vocabulary = ("oil trade Pakistan Belarus signed agreement memorandum ministers talks "
                  "İstanbul Straße Ελλάδα 2025 un_der_score o'clock U.S. $5.2 bln").split()
    texts = ["", " ", "one", "one two", "one two three", "The the THE the", "a\nb\r\nc"]
    for n in (3, 4, 10, 100, 1000):
        texts += [" ".join(rng.choice(vocabulary) for _ in range(n)) for _ in range(5)]
    return texts


@pytest.mark.parametrize("text", _texts())
def test_simhash_equals_its_definition(text: str) -> None:
    assert merge.simhash(text) == reference_simhash(text)


def test_simhash_of_a_resent_story_is_near() -> None:
    story = " ".join(f"word{i}" for i in range(300))
    resent = story.replace("word150", "changed")
    assert merge.hamming(merge.simhash(story), merge.simhash(resent)) <= merge.NEAR_DUPLICATE_BITS


def reference_normalise_name(name: str) -> str:
    name = unicodedata.normalize("NFKD", name)
    name = "".join(ch for ch in name if not unicodedata.combining(ch))
    words = _WORD_RE.findall(name.lower().replace("'s ", " "))
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@pytest.mark.parametrize("name", [
    "", "the", "The Ministry of Defence", "Reagan's aides", "Smith's Co", "U.S. Trade Rep.",
    "Lukashenka", "Łukaszenka", "Ünïcödé Straße", "İstanbul", "ﬁnance ﬁrm", "Ｆｕｌｌ width",
    "Ελληνική Δημοκρατία", "Jean-Claude Juncker", "the the", "O'Neill", "x_y z", "Nguyễn",
])
def test_normalise_name_equals_its_definition(name: str) -> None:
    assert merge.normalise_name(name) == reference_normalise_name(name)
    assert merge.normalise_name(name) == reference_normalise_name(name)  # cached answer
