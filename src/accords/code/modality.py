"""Modality: did it happen, is it planned, only possible, or denied?

"will sign next week", "expected to sign", "could join" and "failed to agree" are not
signings. The clause's verb and the verbs that govern it decide, in that order of strength:
negation, then hypothetical modals and conditions, then future markers.
"""

from __future__ import annotations

from spacy.tokens import Token

FUTURE_MODALS = {"will", "shall", "'ll", "wo"}
HYPOTHETICAL_MODALS = {"could", "may", "might", "would", "should", "can"}
FUTURE_GOVERNORS = {
    "expect", "plan", "schedule", "intend", "hope", "set", "due", "aim", "prepare", "want",
    "seek", "propose", "begin", "go", "likely", "poise", "to", "agree", "pledge", "promise",
    "vow", "decide", "try", "wish", "look", "move",
}
NEGATING_GOVERNORS = {"fail", "refuse", "reject", "decline", "deny", "postpone", "cancel",
                      "abandon", "halt", "suspend", "block", "collapse"}


def clause_verb(token: Token) -> Token:
    """The verb whose clause contains `token` (the token itself when it is a verb)."""
    t = token
    for _ in range(8):
        if t.pos_ in ("VERB", "AUX") or t.dep_ == "ROOT":
            return t
        if t.head is t:
            return t
        t = t.head
    return t


# subordinators of time and cause: what their clause says happened, whatever the modality of
# the clause it hangs from ("the ban will be lifted after the EU imposed it")
FACTUAL_MARKS = frozenset({"after", "because", "since", "while"})
SPEECH_VERBS = {"say", "announce", "state", "tell", "declare", "add", "insist", "warn",
                "promise", "pledge", "vow", "confirm", "report", "claim", "indicate", "write",
                "reply", "stress", "affirm", "assert", "explain", "signal", "threaten",
                "reveal", "disclose"}


def _reported(verb: Token) -> bool:
    """Whether `verb` heads a clause reported by a verb of saying ("said [it would ...]")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS and \
        verb.head.tag_ in ("VBD", "VBN")


NOBODY = frozenset({"none", "nobody", "neither", "no-one", "nothing"})


def _no_one(verb: Token) -> bool:
    """"None of the members has asked for a meeting", "no country has asked": nobody did."""
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass"):
            return c.lower_ in NOBODY or any(d.dep_ == "det" and d.lower_ == "no"
                                             for d in c.children)
    return False


def _denied_noun(token: Token) -> bool:
    """"there were no plans for an emergency meeting", "no talks were held": an event noun
    under "no" names what is not happening."""
    if token.pos_ not in ("NOUN", "PROPN"):
        return False
    nouns = [token]
    if token.dep_ == "pobj" and token.head.dep_ == "prep" and token.head.head.pos_ == "NOUN":
        nouns.append(token.head.head)  # "no plans for a meeting"
    return any(d.dep_ == "det" and d.lower_ == "no" for n in nouns for d in n.children)


def _too_to(verb: Token) -> bool:
    """"were too far apart to allow an agreement", "too weak to win": the infinitive after a
    degree phrase with "too" names what does not happen."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    head = verb.head
    if head is verb:
        return False
    degree = [head] if verb.dep_ == "xcomp" else []
    degree += [c for c in head.children if c.dep_ in ("acomp", "advmod") and c.i < verb.i]
    return any(t.lower_ == "too" for d in degree for t in d.subtree)


def _act_noun(word: Token) -> bool:
    """"Reagan's move to impose tariffs": the noun "move" is the act taken, where the verb
    ("moved to impose") is only an attempt."""
    return word.pos_ == "NOUN" and word.lemma_ == "move"


def modality(token: Token, *, stop_at_root: bool = True) -> str:
    """Modality of the clause of `token`, reading its verb and the verbs above it."""
    verb = clause_verb(token)
    chain = [verb]
    t = verb
    joined: set[int] = set()  # verbs reached from a conjunct: coordinate, not governing
    for _ in range(4):
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in FACTUAL_MARKS
                                     for c in t.children):
            break  # "was refused after the US blocked it": the clause states a fact
        if t.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl", "pcomp", "conj") and \
                t.head is not t:
            if t.dep_ == "conj":
                joined.add(t.head.i)
            t = t.head
            chain.append(t)
            if t.dep_ == "ROOT":
                break
        else:
            break
    result = "asserted"
    if _too_to(verb) or _no_one(verb) or _denied_noun(token) or (token.i == verb.i and any(
            c.dep_ == "dobj" and _denied_noun(c) for c in verb.children)):
        return "negated"  # (also "conducts no operations": the verb's object is denied)
    for depth, v in enumerate(chain):
        children = list(v.children)
        # ("denied the charges and said they were a pretext": the saying is not denied)
        if any(c.dep_ == "neg" for c in children) or v.lemma_ in NEGATING_GOVERNORS and depth \
                and v.i not in joined:
            return "negated"
        modals = {c.lower_ for c in children if c.tag_ == "MD"}
        if "would" in modals and _reported(v) and not any(
                c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in children):
            # "said they would boycott": the reported "will", not a hypothesis
            modals = (modals - {"would"}) | {"will"}
        if modals & HYPOTHETICAL_MODALS:
            result = "hypothetical"
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in children):
            result = "hypothetical"
        if result == "asserted" and modals & FUTURE_MODALS:
            result = "future"
        if result == "asserted" and depth and v.lemma_ in FUTURE_GOVERNORS and \
                verb.tag_ == "VB" and v.lemma_ not in ("agree",) and not _act_noun(v):
            result = "future"
        if result == "asserted" and depth == 0 and verb.tag_ == "VB" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in children) and \
                v.head.lemma_ in FUTURE_GOVERNORS and not _act_noun(v.head):
            result = "future"
    # "is expected to", "is due to": a passive/adjectival governor
    for c in verb.children:
        if c.dep_ == "aux" and c.lower_ == "to":
            gov = verb.head
            # "is to meet the Senate committee tomorrow": an arrangement, still to come
            if (gov.lemma_ in ("expect", "schedule", "due", "likely", "set", "poise") or (
                    gov.lemma_ == "be" and gov.tag_ in ("VBZ", "VBP", "VBD") and
                    verb.dep_ == "xcomp")) and result == "asserted":
                result = "future"
    return result


# an agreeing not (yet) made: "no bids until ministers agree", "unless Tokyo agrees", "is
# unlikely to agree", "there is no question of Brazil agreeing"
PENDING_MARKS = frozenset({"until", "till"})
DOUBT_ADJECTIVES = frozenset({"unlikely", "doubtful", "improbable"})
PROSPECT_NOUNS = frozenset({"question", "chance", "prospect", "possibility", "hope"})


def agreeing_unmade(verb: Token) -> bool:
    """Whether an agreeing is only awaited or ruled out, not made: the clause of "until" in
    the present ("no bids until the ministers agree to the package", a time still to come;
    not "talked until they agreed") or of "unless", a complement of a doubt ("is unlikely to
    agree", "it is unlikely that they will agree on"), or a prospect denied ("there is no
    question of Brazil agreeing to", "no chance of Peru accepting"). Up through complements
    and conjuncts, as the modality reads its governors."""
    t = verb
    for _ in range(4):
        marks = {c.lower_ for c in t.children if c.dep_ == "mark"}
        if t.dep_ == "advcl" and ("unless" in marks or marks & PENDING_MARKS and
                                  t.tag_ in ("VB", "VBP", "VBZ")):
            return True
        head = t.head
        if head is t:
            return False
        if t.dep_ in ("xcomp", "ccomp") and (head.lemma_.lower() in DOUBT_ADJECTIVES or any(
                c.dep_ in ("acomp", "oprd") and c.lemma_.lower() in DOUBT_ADJECTIVES
                for c in head.children)):
            return True  # ("it is unlikely that they will agree": the clause hangs on "is")
        if t.dep_ == "pcomp" and head.lower_ == "of" and \
                head.head.lemma_.lower() in PROSPECT_NOUNS and \
                any(d.dep_ == "det" and d.lower_ == "no" for d in head.head.children):
            return True
        if t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "pcomp"):
            return False
        t = head
    return False
