"""The verb lexicon: which CAMEO code a verb gives in its clause, and which PLOVER type that is.

The Phoenix CAMEO dictionary (compiled by scripts/build_verbs.py into data/verbs.json) lists
about 1,700 verbs and 4,500 patterns: "impose" alone codes nothing, "impose * sanctions" is
163, "rush * &FOOD" is 073. A verb is looked up by lemma; its block's patterns are tried against
the words of its own clause (the words after it in its subtree, and the few before it), and the
pattern matching the most words wins, else the verb's default code. Nothing here knows actors:
events.py decides who did what to whom from the parse.

A short curated table fills what the 2015 dictionary lacks or codes in ways PLOVER changed:
verbs it does not list ("urge"), and default codes for verbs whose block has none ("reject").
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources

from spacy.tokens import Token

from accords.gazetteer import get_gazetteer

# Verbs the dictionary lacks, or whose default code is missing or pre-dates PLOVER, with the
# CAMEO code the verb gives when no pattern of its block says otherwise.
DEFAULT_CODES: dict[str, str] = {
    # appeals and demands (CAMEO 02 and 10 are both PLOVER REQUEST)
    "urge": "020", "appeal": "020", "implore": "020", "exhort": "020", "beseech": "020",
    # agreeing, promising, offering: PLOVER AGREE
    "agree": "030", "pledge": "030", "vow": "030", "promise": "030", "commit": "030",
    # refusals
    "reject": "120", "refuse": "120", "decline": "120", "rebuff": "120", "veto": "129",
    "spurn": "120", "boycott": "143",
    # disapproval
    "criticise": "111", "criticize": "111", "condemn": "111", "denounce": "111",
    "deplore": "111", "slam": "111", "blast": "111", "castigate": "111", "rebuke": "111",
    "blame": "112", "accuse": "112", "allege": "112",
    # threats
    "threaten": "130", "warn": "130",
    # aid
    "donate": "070",
    # force
    "invade": "192", "bomb": "195", "shell": "194", "airstrike": "195",
    # sanctions
    "sanction": "163", "embargo": "163", "expel": "166",
    # mobilising
    "deploy": "154", "mobilise": "154", "mobilize": "154",
}

# Verbs coded by their own handlers in events.py (visits, hosting, meetings) or through the
# agreements (signing), which the lexicon must leave alone.
HANDLED_ELSEWHERE = frozenset({"sign", "visit", "host", "meet", "travel", "arrive", "fly",
                               "receive", "welcome", "greet", "confer", "consult", "praise",
                               "commend", "hail", "laud", "thank", "applaud", "assure", "say",
                               "tell", "be", "have", "do", "hold", "report", "add", "include"})

# Dependents whose words complete the verb's act (its object, particle, prepositional
# phrases, complement): a pattern's words are looked for there, not in a reported clause
_OWN_PHRASES = frozenset({"dobj", "prep", "prt", "dative", "iobj", "xcomp", "acomp", "attr",
                          "oprd", "npadvmod", "agent", "advmod"})
_POST_WINDOW = 14
_PRE_WINDOW = 5


@dataclass(frozen=True)
class Coded:
    """What the lexicon makes of one verb in its clause."""

    cameo: str
    event: str
    mode: str | None
    context: str | None
    pattern_words: int  # 0 for a verb's default code


Word = tuple[str, str, bool]  # lower case, lemma, whether in the verb's object phrases


def _forms(tok: Token, in_object: bool = True) -> Word:
    return tok.lower_, tok.lemma_.lower(), in_object


def _word_matches(word: str, forms: Word) -> bool:
    if word == forms[0] or word == forms[1]:
        return True
    # the dictionary writes nouns as news does, often plural ("SANCTIONS", "TALKS")
    return len(word) > 3 and word.endswith("s") and word[:-1] == forms[1]


def _match(elements: list[list], words: list[Word]) -> int:
    """Words matched when every element is found in order, else -1. A bare word of a pattern
    must be in the verb's object; a word in parentheses may be in a prepositional phrase."""
    pos = 0
    matched = 0
    for alternatives, in_prep in elements:
        found = False
        for start in range(pos, len(words)):
            if not in_prep and not words[start][2]:
                continue
            for alt in alternatives:
                parts = alt.split()
                end = start + len(parts)
                if end <= len(words) and all(_word_matches(p, words[start + k])
                                             for k, p in enumerate(parts)):
                    pos, matched, found = end, matched + len(parts), True
                    break
            if found:
                break
        if not found:
            return -1
    return matched


def clause_words(verb: Token) -> tuple[list[Word], list[Word]]:
    """(words before the verb, words of its clause after it)."""
    own: dict[int, bool] = {}
    for child in verb.children:
        if child.dep_ in _OWN_PHRASES and child.i > verb.i:
            in_object = child.dep_ not in ("prep", "agent", "advmod", "npadvmod")
            own.update((t.i, in_object) for t in child.subtree)
    post = [_forms(verb.doc[i], own[i]) for i in sorted(own)
            if not verb.doc[i].is_punct][:_POST_WINDOW]
    sent_start = verb.sent.start
    pre = [_forms(t) for t in verb.doc[max(sent_start, verb.i - _PRE_WINDOW):verb.i]
           if not t.is_punct]
    return pre, post


class VerbLexicon:
    def __init__(self, table: dict):
        self._verbs: dict[str, list] = table["verbs"]
        self._blocks: list[list] = table["blocks"]

    def __contains__(self, lemma: str) -> bool:
        return lemma in self._verbs or lemma in DEFAULT_CODES

    def cameo(self, verb: Token) -> tuple[str | None, int]:
        """The CAMEO code of `verb` in its clause (None: the clause codes nothing) and how many
        pattern words decided it (0: the verb's default)."""
        lemma = verb.lemma_.lower()
        entries = self._verbs.get(lemma, [])
        pre, post = clause_words(verb)
        chosen = None
        for rest, code, block in entries:
            if rest:
                # a phrasal verb ("call off", "side with"): its particle follows closely
                following = [_forms(t) for t in verb.doc[verb.i + 1:verb.i + 3]]
                if _match([[[w], True] for w in rest], following) < 0:
                    continue
                chosen = (code, block)
                break
            if chosen is None:
                chosen = (code, block)
        default = DEFAULT_CODES.get(lemma)
        if chosen is None:
            return default, 0
        code, block = chosen
        code = default or code  # the curated table corrects the dictionary's defaults
        best, best_words = None, 0
        for pre_el, post_el, p_code in self._blocks[block]:
            n_pre = _match(pre_el, pre) if pre_el else 0
            if n_pre < 0:
                continue
            n_post = _match(post_el, post) if post_el else 0
            if n_post < 0:
                continue
            n = n_pre + n_post
            if n > best_words:
                best, best_words = p_code, n
        if best_words:
            return best, best_words
        return code, 0

    def code(self, verb: Token) -> Coded | None:
        cameo, n = self.cameo(verb)
        if cameo is None:
            return None
        return plover(cameo, n)


# An act announced for the future is, in PLOVER, the intent to do it (AGREE, CAMEO 03x):
# "will give Tanzania a grant" 0331, "will withdraw its troops" 0356. Visits and meetings keep
# their type with a future modality, and signings stay SUPPORT/057 (see events.py).
INTENT_CODES = {"070": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
                "060": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
                "050": "032", "051": "032", "053": "032", "054": "032",
                "080": "035", "081": "0351", "082": "0352", "083": "034", "0831": "0341",
                "0832": "0342", "0833": "0343", "0834": "0344", "084": "0353", "0841": "0353",
                "0842": "0353", "085": "0354", "086": "0355", "087": "0356", "0871": "0356",
                "0872": "0356", "0873": "0356", "0874": "0356"}


def intent(cameo: str) -> str | None:
    """The CAMEO code for announcing the act `cameo` codes, when it has one."""
    return INTENT_CODES.get(cameo)


def plover(cameo: str, pattern_words: int = 0) -> Coded | None:
    """PLOVER type, mode and context of a CAMEO code. CAMEO 02 (appeals) is PLOVER REQUEST
    like CAMEO 10 (demands), with the mode of the matching 10 code; CAMEO 01 (statements)
    is no PLOVER event."""
    gz = get_gazetteer()
    row = gz.cameo(cameo)
    if row is None and cameo.startswith("02"):
        twin = gz.cameo("10" + cameo[2:]) or gz.cameo("10" + cameo[2:3]) or gz.cameo("100")
        row = ("REQUEST", twin[1] if twin else None, twin[2] if twin else None)
    if row is None:
        return None
    return Coded(cameo, row[0], row[1], row[2], pattern_words)


@cache
def get_lexicon() -> VerbLexicon:
    data = resources.files("accords.code").joinpath("data/verbs.json").read_text("utf-8")
    return VerbLexicon(json.loads(data))
