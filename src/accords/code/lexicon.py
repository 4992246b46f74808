"""The verb lexicon: which CAMEO code a verb gives in its clause, and which PLOVER type that is.

The Phoenix CAMEO dictionary (compiled by scripts/build_event_lexicon.py into data/verbs.json) lists
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
    "seek": "020", "request": "020", "plead": "020",
    # agreeing, promising, offering: PLOVER AGREE
    "agree": "030", "pledge": "030", "vow": "030", "promise": "030", "commit": "030",
    # refusals
    "reject": "120", "refuse": "120", "decline": "120", "rebuff": "120", "veto": "129",
    "dismiss": "120", "repudiate": "120", "oppose": "120", "deny": "120",
    # yielding to pressure or demands (refused when negated: "would not bow to demands")
    "bow": "080", "capitulate": "080", "relent": "080",
    "spurn": "120", "boycott": "143",
    # disapproval
    "criticise": "111", "criticize": "111", "condemn": "111", "denounce": "111",
    "deplore": "111", "slam": "111", "blast": "111", "castigate": "111", "rebuke": "111",
    "blame": "112", "accuse": "112", "allege": "112",
    # threats
    "threaten": "130", "warn": "130",
    # aid; escorting another side's ships or convoys is military protection
    "donate": "070", "escort": "074",
    # lending is economic aid (CAMEO 071) whatever is lent ("loaned crude to Ecuador"); the
    # dictionary files the verbs with "give", whose block has no default
    "lend": "071", "loan": "071",
    # releasing frozen property
    "unfreeze": "0842",
    # force; seizing another side's ships or goods is confiscation (CAMEO 1711), hijacking
    # an abduction (181)
    "invade": "190", "bomb": "195", "shell": "194", "bombard": "194", "airstrike": "195",
    "seize": "1711", "impound": "1711", "hijack": "181",
    # sanctions; stopping something between sides reduces relations (CAMEO 16), and what
    # was stopped refines the code (events.combine: "stopped supplying gas" 1621)
    "sanction": "163", "embargo": "163", "expel": "166",
    # banning and evicting: CAMEO's administrative sanctions (172) and expulsions (174)
    "ban": "172", "outlaw": "172", "forbid": "172", "criminalise": "172",
    "criminalize": "172", "evict": "174", "banish": "174", "blockade": "191",
    "stop": "160", "halt": "160", "suspend": "160", "cease": "160", "freeze": "160",
    "shut": "160",
    # mobilising
    "deploy": "154", "mobilise": "154", "mobilize": "154",
    # blocking streets, roads, bridges: obstruction (PROTEST 144; by a state, COERCE 191 in
    # events.py)
    "block": "144", "barricade": "144", "picket": "141",
    # telephoning is consulting by phone; negotiating is CAMEO's 046 (the dictionary files
    # "negotiate with" under diplomatic cooperation, 050: see CORRECTED_PATTERNS)
    "telephone": "041", "phone": "041", "negotiate": "046",
    # inviting to visit or to talk is an offer to meet (CAMEO 036), not a meeting: the
    # dictionary's INVITE class defaults to 040
    "invite": "036",
    # suing brings a lawsuit (115); the dictionary's 173 is an arrest or a charge by the
    # authorities
    "sue": "115",
    # cooperating; defying an agreement or a norm (PLOVER REJECT 128, not a signing)
    "cooperate": "060", "collaborate": "060",
    "violate": "128", "breach": "128", "flout": "128", "defy": "128", "contravene": "128",
}

# Dictionary patterns whose code departs from the CAMEO codebook: (lemma, pattern code) ->
# the codebook's code. "Negotiated with X" engages in negotiation (046), it is no diplomatic
# cooperation (050); "sued X in court" brings a lawsuit (115), it arrests no one (173).
# "Extended an invitation to Mexico" offers to meet (036), as "invite" does (DEFAULT_CODES);
# the dictionary files it under appeals for mediation (028).
CORRECTED_PATTERNS = {("negotiate", "050"): "046", ("sue", "173"): "115",
                      ("extend", "028"): "036", ("send", "036"): "042"}

# Trade verbs code a decision, not a statistic: "will not export uranium to India" is a
# refusal to cooperate, "exported 1.5 billion worth of goods last year" is no event, and "will
# export corn" is mostly a deal's terms. Their default applies only when negated (events.py).
POLICY_DEFAULTS = {"export": "061", "import": "061", "sell": "061", "buy": "061",
                   "supply": "060", "ship": "060"}

# Phrasal verbs of diplomatic news whose particle makes the act, which the dictionary lists
# without a code or not at all: (verb, particle) -> CAMEO code. A particle is the verb's own
# "prt" dependent or the word right after it ("turned down the offer", "was turned down").
PHRASAL_CODES: dict[tuple[str, str], str] = {
    ("turn", "down"): "120", ("rule", "out"): "120", ("brush", "aside"): "120",
    ("speak", "out"): "111", ("lash", "out"): "111", ("hit", "out"): "111",
    ("back", "down"): "080", ("give", "in"): "080", ("climb", "down"): "080",
    ("break", "off"): "160", ("cut", "off"): "160",
    ("crack", "down"): "175", ("shoot", "down"): "190",
}
PHRASAL_VERBS = frozenset(verb for verb, _ in PHRASAL_CODES)

# Verbs whose dictionary default is too broad to code without a pattern: "call" is a phone
# call in CAMEO, but news mostly "calls" something irresponsible or calls for something
# "failed to act" is a negation, not a refusal; "went further than the U.S. had expected"
# anticipates, it promises nothing
NO_DEFAULT = frozenset({"call", "fail", "expect"})
# Verbs whose default codes them only without an object: "were negotiating with the banks"
# is a negotiation; "negotiated the purchase of 22 aircraft" concludes a deal (the agreement
# coder's)
INTRANSITIVE_DEFAULT = frozenset({"negotiate"})

# Event nouns, coded when a light or uncoded verb carries them ("staged a protest", "launched
# an offensive", "issued an ultimatum"), when they are a clause's subject ("Israeli airstrikes
# killed ..."), or when their own modifiers name who acted ("Russia's invasion of Ukraine").
# Visits, talks and summits have their own handlers in events.py; signing goes through the
# agreements. Curated from CAMEO's codebook descriptions, not from any article.
NOUN_CODES: dict[str, str] = {
    "protest": "141", "demonstration": "141", "rally": "141", "march": "141", "sit-in": "141",
    "walkout": "143", "boycott": "143", "hunger strike": "142", "general strike": "143",
    "riot": "145", "blockade": "191", "sanction": "163", "embargo": "163", "ultimatum": "139",
    "curfew": "1723", "martial law": "1724", "state of emergency": "1724", "ban": "172",
    "threat": "130", "warning": "130", "accusation": "112", "allegation": "112",
    "criticism": "111", "condemnation": "111", "complaint": "114", "lawsuit": "115",
    "blame": "112",
    "appeal": "020", "plea": "020", "request": "020", "demand": "100", "offer": "030",
    "pledge": "030", "promise": "030", "assurance": "030", "aid": "070", "assistance": "070",
    "donation": "070", "invitation": "036",
    "grant": "071", "loan": "071", "relief": "073", "humanitarian aid": "073",
    "military aid": "072", "arms sale": "072", "attack": "190", "offensive": "190",
    "assault": "190", "invasion": "190", "occupation": "192", "annexation": "192",
    "incursion": "190", "artillery fire": "194", "mortar fire": "194", "rocket fire": "195",
    "gunfire": "193", "tank fire": "194", "bombing": "190", "shelling": "194", "bombardment": "194",
    "airstrike": "195", "air strike": "195", "air raid": "195", "missile strike": "195",
    "drone strike": "195", "raid": "190", "ambush": "190", "massacre": "200",
    "assassination": "186", "kidnapping": "181", "abduction": "181", "arrest": "173",
    "detention": "173", "deportation": "174", "expulsion": "166", "ceasefire": "0871",
    "suspension": "160", "severance": "161", "freeze": "160",
    "cease-fire": "0871", "truce": "0871", "withdrawal": "0874", "pullout": "0874",
    "deployment": "154", "mobilisation": "154", "mobilization": "154", "recognition": "054",
    "apology": "055", "praise": "051", "investigation": "090", "inquiry": "090",
    "probe": "090", "phone call": "041", "telephone call": "041", "phone conversation": "041",
    "telephone conversation": "041", "retaliation": "160", "reprisal": "160",
    "retaliatory measure": "163", "retaliatory action": "160", "punitive measure": "163",
    "countermeasure": "163", "counter-measure": "163",
}

# nouns of a trip: coded as visits by events.py, and naming the visitor of an accord
# "initialled on a visit by X" in agreements.py
VISIT_NOUNS = frozenset({"visit", "trip", "tour", "stay"})

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
_PREPOSITIONS = frozenset({"on", "upon", "for", "to", "with", "against", "at", "from", "by",
                           "in", "into", "over", "off", "out", "up", "down", "toward",
                           "towards", "about", "of"})
_PRE_WINDOW = 5


@dataclass(frozen=True)
class Coded:
    """What the lexicon makes of one verb in its clause."""

    cameo: str
    event: str
    mode: str | None
    context: str | None
    pattern_words: int  # 0 for a verb's default code
    needs_target: bool = False  # only an event when someone is its target (see events.py)


Word = tuple[str, str, bool]  # lower case, lemma, whether in the verb's object phrases


def _forms(tok: Token, in_object: bool = True) -> Word:
    lower = tok.lower_
    if lower in _WIRE_ABBREVIATIONS:
        # "a 500 mln dlr credit": the wire's abbreviations, as the dictionary's words
        return lower, _WIRE_ABBREVIATIONS[lower], in_object
    return lower, tok.lemma_.lower(), in_object


_WIRE_ABBREVIATIONS = {"dlr": "dollar", "dlrs": "dollar", "stg": "pound", "yen": "yen"}


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


def _names_someone(verb: Token) -> bool:
    """Whether the object of the preposition right after `verb` is a name or a group of
    people ("called on Iran", "called on the rebels"), not a thing ("led to a spree")."""
    if verb.i + 1 >= len(verb.doc):
        return False
    prep = verb.doc[verb.i + 1]
    return any(names_someone(c) for c in prep.children if c.dep_ == "pobj")


def names_someone(noun: Token) -> bool:
    """Whether a noun names someone who can act or be acted on: a name, or a common noun of
    people or groups ("the government", "creditor banks", "officials" in the agent
    dictionary), not a thing ("a spree", "the deadline")."""
    lemma = noun.lemma_.lower()
    return noun.pos_ == "PROPN" or noun.ent_type_ in _NAMED or lemma in get_agents() or \
        noun.lower_ in get_agents() or lemma in _PEOPLE_NOUNS or noun.lower_ in _PEOPLE_NOUNS


def _object_preposition_ok(verb: Token, word: str) -> bool:
    """Whether a pattern that is one bare preposition ("LEAD * TO") really follows the verb's
    object: as a particle ("backed down"), or leading to someone ("led a delegation to
    Moscow"). A preposition inside the object's own phrase that leads to a thing ("leading a
    challenge to Washington's strategy") is no part of the verb's act."""
    for tok in verb.subtree:
        if tok.i <= verb.i or tok.lower_ != word:
            continue
        if tok.dep_ == "prt" or tok.head is verb:
            return True
        objs = [c for c in tok.children if c.dep_ == "pobj"]
        if not objs or any(names_someone(o) for o in objs):
            return True
    return False


_DONE_TYPES = frozenset({"AID", "COOPERATE", "RETREAT", "CONCEDE", "SANCTION", "COERCE",
                         "ASSAULT", "MOBILIZE", "AGREE", "SUPPORT", "CONSULT"})


def _not_said(cameo: str, post_el: list) -> bool:
    """Whether a dictionary pattern codes a deed no verb of blame states: a material act, a
    meeting, support or an intent ("postpone talks" 161, "delay aid" 162), not a sentence
    passed on someone ("condemn ... to jail", COERCE 173 after "to")."""
    coded = plover(cameo)
    if coded is None or coded.event not in _DONE_TYPES:
        return False
    return not (cameo == "173" and post_el and "to" in post_el[0][0])


def _asks_for(preposition: str, cameo: str | None) -> bool:
    """Whether a "(FOR)" pattern codes an appeal or a demand: "called for restraint"."""
    return preposition == "for" and bool(cameo) and cameo.startswith(("02", "10"))


_NAMED = frozenset({"GPE", "NORP", "ORG", "PERSON", "LOC", "FAC"})
# heads of a noun phrase that name people acting for a state or a group
_PEOPLE_NOUNS = frozenset({"government", "authorities", "authority", "leader", "leaders",
                           "side", "sides", "party", "parties", "country", "countries",
                           "nation", "nations", "state", "states", "president", "minister",
                           "official", "officials", "people", "community", "members",
                           # bodies and groups that act: "called on creditor banks to ..."
                           "bank", "creditor", "lender", "donor", "ally", "neighbour",
                           "neighbor", "company", "firm", "union", "group", "council",
                           "committee", "board", "institution", "organisation",
                           "organization", "agency", "association", "federation", "alliance",
                           "industry", "employer", "producer", "exporter", "importer",
                           "member", "partner"})


def passive_subject(verb: Token) -> Token | None:
    """What a passive verb's act is done to: its own subject ("the ban was lifted"), or the
    subject a raising verb or adjective took over ("the ban is likely to be lifted")."""
    for c in verb.children:
        if c.dep_ == "nsubjpass":
            return c
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    head = verb
    for _ in range(3):
        if head.dep_ not in ("xcomp", "acomp", "ccomp") or head.head is head:
            return None
        head = head.head
        subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
    return None


def clause_words(verb: Token) -> tuple[list[Word], list[Word]]:
    """(words before the verb, words of its clause after it)."""
    own: dict[int, bool] = {}
    for child in verb.children:
        if child.dep_ in _OWN_PHRASES and child.i > verb.i:
            in_object = child.dep_ not in ("prep", "agent", "advmod", "npadvmod")
            own.update((t.i, in_object) for t in child.subtree)

    patient = passive_subject(verb)
    if patient is not None:
        # a passive's subject is what the act is done to: "the embargo was lifted" reads
        # like "lifted the embargo"
        own.update((t.i, True) for t in patient.subtree)
    post = [_forms(verb.doc[i], own[i]) for i in sorted(own)
            if not verb.doc[i].is_punct][:_POST_WINDOW]
    sent_start = verb.sent.start
    pre = [_forms(t) for t in verb.doc[max(sent_start, verb.i - _PRE_WINDOW):verb.i]
           if not t.is_punct]
    return pre, post


def _first_words(elements: list[list]) -> list[frozenset[str]]:
    return [frozenset(alt.split()[0] for alt in alternatives) for alternatives, _ in elements]


def _vocabulary(words: list[Word]) -> set[str]:
    """Every dictionary word that could match one of `words` (see _word_matches)."""
    out: set[str] = set()
    for lower, lemma, _ in words:
        out.update((lower, lemma, lemma + "s"))
    return out


class VerbLexicon:
    def __init__(self, table: dict):
        self._verbs: dict[str, list] = table["verbs"]
        # each pattern with the first words its elements can start with, so that a clause is
        # matched in order only against patterns whose every element has a candidate word
        self._blocks: list[list] = [
            [(pre, post, code, _first_words(pre), _first_words(post))
             for pre, post, code in block] for block in table["blocks"]]

    def __contains__(self, lemma: str) -> bool:
        return lemma in self._verbs or lemma in DEFAULT_CODES or lemma in PHRASAL_VERBS

    def cameo(self, verb: Token) -> tuple[str | None, int]:
        """The CAMEO code of `verb` in its clause (None: the clause codes nothing) and how many
        pattern words decided it (0: the verb's default)."""
        lemma = verb.lemma_.lower()
        if lemma in PHRASAL_VERBS:
            particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
            if verb.i + 1 < len(verb.doc):
                particles.append(verb.doc[verb.i + 1].lower_)
            code = next((PHRASAL_CODES[(lemma, p)] for p in particles
                         if (lemma, p) in PHRASAL_CODES), None)
            if code is not None:
                return code, 1
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
        if lemma in INTRANSITIVE_DEFAULT and any(c.dep_ in ("dobj", "nsubjpass")
                                                 for c in verb.children):
            default = None
        if chosen is None:
            return default, 0
        code, block = chosen
        # a verb of blame by the dictionary's own word ("accuse", "blame", "condemn"), not
        # one of saying ("express", 110) nor one the curated table makes so ("blast")
        accuses = code in ("111", "112") and (default or code) in ("111", "112")
        code = default or code  # the curated table corrects the dictionary's defaults
        if lemma in NO_DEFAULT:
            code = None
        best, best_words = None, 0
        next_word = verb.doc[verb.i + 1].lower_ if verb.i + 1 < len(verb.doc) else ""
        pre_vocab, post_vocab = _vocabulary(pre), _vocabulary(post)
        own = plover(code) if code else None
        rallies = own is not None and own.event in ("SUPPORT", "PROTEST")
        preposition_ok: dict[str, bool] = {}
        for pre_el, post_el, p_code, pre_first, post_first in self._blocks[block]:
            if p_code == "053" and not rallies:
                # the dictionary files some appeals and condemnations under 053, "rally
                # support" ("call for end", "denounce sanctions"): only demonstrating and
                # rallying verbs rally support
                continue
            if accuses and p_code and _not_said(p_code, post_el):
                # a block shared by verbs of blame and of delay ("accuse", "blame" with
                # "postpone", "shelve"): "accused aid donors of failing" halts no aid (162),
                # "blamed the plan" shelves none (160); what one accuses is said, not done,
                # save a sentence passed ("condemned to prison")
                continue
            if any(not (firsts & post_vocab) for firsts in post_first) or \
                    any(not (firsts & pre_vocab) for firsts in pre_first):
                continue
            if len(post_el) == 1 and post_el[0][1] and len(post_el[0][0]) == 1 and \
                    post_el[0][0][0] in _PREPOSITIONS and (
                        post_el[0][0][0] != next_word or not (
                            _names_someone(verb) or _asks_for(post_el[0][0][0], p_code))):
                # "call (ON)" is "call on X", not "telephoned X on Monday"; and the X is
                # someone: "lead to Moscow" travels, "lead to a buying spree" causes; what
                # one calls or appeals for is a thing ("called for an end to ...")
                continue
            if len(post_el) == 1 and not post_el[0][1] and len(post_el[0][0]) == 1 and \
                    post_el[0][0][0] in _PREPOSITIONS:
                word = post_el[0][0][0]
                if word not in preposition_ok:  # (once per verb, not once per pattern)
                    preposition_ok[word] = _object_preposition_ok(verb, word)
                if not preposition_ok[word]:
                    continue
            n_pre = _match(pre_el, pre) if pre_el else 0
            if n_pre < 0:
                continue
            n_post = _match(post_el, post) if post_el else 0
            if n_post < 0:
                continue
            n = n_pre + n_post
            if n > best_words:
                best, best_words = p_code, n
        if best_words and (best is not None or lemma not in DEFAULT_CODES):
            return CORRECTED_PATTERNS.get((lemma, best or ""), best), best_words
        # a pattern that blocks the verb ("reject * charges" [---] in PETRARCH, which coded
        # denials apart) does not block a verb whose act the curated table states
        return code, 0

    def code(self, verb: Token) -> Coded | None:
        cameo, n = self.cameo(verb)
        if cameo is None:
            return None
        coded = plover(cameo, n)
        if coded is None and cameo in DISAPPROVAL_OF:
            # "voiced concern over China's exercises": CAMEO's pessimistic comment, which
            # PLOVER codes as disapproval when someone is its target (events.py checks)
            found = plover(DISAPPROVAL_OF[cameo], n)
            if found is not None:
                coded = Coded(found.cameo, found.event, found.mode, found.context, n,
                              needs_target=True)
        return coded


# CAMEO statements PLOVER codes only when aimed at someone: a pessimistic comment about
# another side's conduct is disapproval; denying another side's charges ("rejected Iran's
# charges", "dismissed the US complaint", CAMEO 016) rejects them
DISAPPROVAL_OF = {"012": "110", "016": "120"}

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


# An announced conflictual act is a threat (CAMEO 13): "will impose a curfew" 1323, "would
# boycott all contact" 133, "will cut aid" 1311.
THREAT_CODES = {"160": "131", "161": "1313", "162": "1311", "1621": "1311", "1622": "1311",
                "1623": "1311", "163": "1312", "164": "134", "165": "135", "166": "136",
                "1661": "136", "1662": "136", "1663": "136", "170": "131", "172": "132",
                "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "173": "132",
                "174": "132", "191": "1381", "192": "1382", "140": "133", "141": "133",
                "143": "133", "144": "133", "180": "1383", "190": "1384", "193": "1384",
                "194": "1384", "195": "1384", "204": "1385"}


def intent(cameo: str) -> str | None:
    """The CAMEO code for announcing the act `cameo` codes, when it has one: the intent to
    cooperate (03) for cooperative acts, the threat (13) for conflictual ones."""
    return INTENT_CODES.get(cameo) or THREAT_CODES.get(cameo)


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


def noun_code(tok: Token) -> str | None:
    """CAMEO code of an event noun, reading a compound before it ("air strike", "hunger
    strike", "military aid") first."""
    lemma = tok.lemma_.lower()
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i == tok.i - 1:
            code = NOUN_CODES.get(f"{c.lower_} {lemma}")
            if code:
                return code
    if lemma in ("strike", "call", "conversation", "fire"):
        return None  # alone: a labour or military strike, a call for something, a blaze
    code = NOUN_CODES.get(lemma) or NOUN_CODES.get(tok.lower_)
    if code == "172" and any(
            (t.lemma_.lower() in ECONOMIC_GOODS or t.lower_ in ECONOMIC_GOODS)
            for c in tok.children
            if (c.dep_ in ("compound", "amod", "nmod") and c.i < tok.i) or
            (c.dep_ == "prep" and c.lower_ in ("on", "against"))
            for t in ([c] if c.dep_ != "prep" else c.subtree)):
        # "a trade ban", "the ban on trade and economic activity with Tripoli", "an arms
        # ban": an embargo (CAMEO 163), not an administrative ban at home (172)
        return "163"
    return code


# What an embargo stops: a ban on these is an economic sanction (CAMEO 163)
ECONOMIC_GOODS = frozenset({"trade", "arms", "weapon", "weapons", "export", "exports", "import",
                            "imports", "oil", "investment", "investments", "economic",
                            "financial", "sale", "sales", "goods", "commerce", "shipment",
                            "shipments", "technology", "flight", "flights"})


@cache
def get_agents() -> dict[str, str]:
    """Group noun -> sector, from the Phoenix agents dictionary."""
    data = resources.files("accords.code").joinpath("data/agents.json").read_text("utf-8")
    return json.loads(data)["agents"]


@cache
def get_armed_groups() -> dict[str, list]:
    """Named non-state armed group (lower case) -> [ISO3 or None, sector], from the Phoenix
    MilNonState actors dictionary."""
    data = resources.files("accords.code").joinpath("data/agents.json").read_text("utf-8")
    return json.loads(data)["groups"]


@cache
def get_lexicon() -> VerbLexicon:
    data = resources.files("accords.code").joinpath("data/verbs.json").read_text("utf-8")
    return VerbLexicon(json.loads(data))


@cache
def get_evaluations() -> dict[str, float]:
    """Evaluative word -> valence on VADER's -4..4 scale (data/evaluative.json, built by
    scripts/build_event_lexicon.py from VADER, the Phoenix "(AS WORD)" patterns and a short
    curated list)."""
    data = resources.files("accords.code").joinpath("data/evaluative.json").read_text("utf-8")
    return json.loads(data)["words"]


# prefixes that turn a judgement round: "unhelpful", "illegitimate", "irrational",
# "counterproductive"
_NEGATING_PREFIXES = ("un", "in", "il", "ir", "im", "dis", "non-", "non", "counter")


def valence(tok: Token) -> float:
    """How a speaker judges what a word describes: below 0 disapproval, above 0 approval, 0
    for a word that judges nothing. A word the lexicon lacks that is a negated judgement
    ("unjustified": "justified") takes the opposite sign."""
    words = get_evaluations()
    for form in (tok.lower_, tok.lemma_.lower()):
        if form in words:
            return words[form]
    if tok.pos_ == "ADV" and tok.lower_.endswith("ly") and len(tok.lower_) > 5:
        # an adverb judges as its adjective does: "wrongly", "unfairly", "happily"
        stem = tok.lower_[:-2]
        for base in (stem, stem[:-1] + "y" if stem.endswith("i") else stem, stem + "le"):
            if base in words:
                return words[base]
    for prefix in _NEGATING_PREFIXES:
        rest = tok.lower_[len(prefix):]
        if tok.lower_.startswith(prefix) and len(rest) > 3 and words.get(rest, 0) > 0:
            return -words[rest]
    return 0.0
