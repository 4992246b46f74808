"""Events coded to PLOVER and CAMEO: visits, hosting, meetings and talks, signing, agreeing,
praise.

Each trigger is a verb or an event noun ("visit", "talks", "courtesy call"); its actor is the
grammatical subject (or the possessor of the noun: "Sharif's visit"), its recipient the object
or the destination ("to Belarus", "in Tanzania", "here" = the dateline). Signing events are
built from the agreements so that the signing and the instruments it covers stay linked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from accords.code.agreements import (
    ATTEMPT_VERBS,
    FIRM_NOUNS,
    STATUS_VERBS,
    instrument_class,
    is_lenders,
)
from accords.code.lexicon import (
    HANDLED_ELSEWHERE,
    PHRASAL_CODES,
    POLICY_DEFAULTS,
    THREAT_CODES,
    VISIT_NOUNS,
    Coded,
    get_agents,
    get_armed_groups,
    get_lexicon,
    intent,
    names_someone,
    noun_code,
    passive_subject,
    plover,
    valence,
)
from accords.code.modality import (
    FUTURE_GOVERNORS,
    SPEECH_VERBS,
    agreeing_unmade,
    clause_verb,
    modality,
)
from accords.resolve.actors import HOLDINGS, ActorTable, Draft
from accords.resolve.dateline import dateline_dates
from accords.resolve.dates import names_a_day, names_the_night_before

# adverbs that make a verb tell what is customary, not an act done once
HABITUAL_ADVERBS = {"usually", "normally", "customarily", "traditionally", "habitually",
                    "routinely", "generally", "typically", "regularly"}
VISIT_VERBS = {"visit", "travel", "fly", "arrive", "head", "go", "tour", "spend"}
HOST_VERBS = {"host", "receive", "welcome", "greet"}
DELEGATION_NOUNS = {"delegation", "team", "mission"}
LEADING_VERBS = {"lead", "head", "send", "dispatch", "join"}  # the traveller of a delegation
ATTEND_VERBS = {"attend", "participate"}  # and "take part": attending a body's meeting
# recalling one's envoy: the verbs and the words naming an envoy
RECALL_VERBS = {"recall", "ask", "order", "instruct", "tell", "summon"}
ENVOY_WORDS = {"ambassador", "ambassadors", "envoy", "envoys", "commissioner", "diplomats",
               "charge"}
# a state's posts abroad: acting on one acts on the host state
POST_NOUNS = {"embassy", "consulate", "legation", "mission", "office"}
# setting off on a trip: with a purpose clause of meeting someone abroad, a visit there
DEPART_VERBS = {"leave", "depart", "set", "fly", "travel", "head"}
MEET_VERBS = {"meet", "confer", "consult", "talk", "speak"}
# one's own plans: "plans to visit", "is preparing to meet" tell the act to come
PLANNING_VERBS = {"plan", "intend", "prepare", "schedule", "expect", "hope", "aim"}
CONTACT_VERBS = {"have", "hold", "make", "establish", "maintain", "resume", "begin", "start"}
TALK_NOUNS = {"talk", "talks", "meeting", "summit", "negotiation", "negotiations",
              "discussion", "discussions", "consultation", "consultations"}
NEGOTIATE_VERBS = {"negotiate"}
PRAISE_VERBS = {"praise", "commend", "hail", "laud", "thank", "applaud"}
ASSURE_VERBS = {"assure", "promise", "pledge", "vow"}
# verbs of telling someone something: the object is whom the words are told to
TELL_VERBS = frozenset({"tell", "assure", "inform", "promise"})
# verbs of joining others in an act named by an "in" phrase (see _joined_act)
JOIN_VERBS = frozenset({"participate", "join"})
GUEST_NOUNS = {"delegation", "guest", "guests", "visitor", "visitors", "delegations"}


@dataclass
class EventDraft:
    event: str
    cameo: str
    mode: str | None
    trigger: int
    actor: list[str] = field(default_factory=list)
    recipient: list[str] = field(default_factory=list)
    modality: str = "asserted"
    evidence: list[tuple[int, int]] = field(default_factory=list)
    date_ents: list[Span] = field(default_factory=list)
    place: str | None = None  # a place name from the text, or "@dateline"
    agreements: list[int] = field(default_factory=list)  # indexes of agreement drafts
    duration_days: int | None = None
    # the date told is the last day of the span ("at the end of a three-day visit")
    ends_on_date: bool = False
    confidence: float = 0.6
    lexical: bool = False  # coded from the verb lexicon or an event noun
    # one side short only because a person's country is not known yet: kept if the
    # article's later steps (extract._visitor_countries) give it a second side
    tentative: bool = False
    # dated by the telling of a threat ("announced on Monday that it would ..."): a past day
    told: bool = False

    def countries(self, table: ActorTable) -> frozenset:
        out = set()
        for k in self.actor + self.recipient:
            d = table.drafts.get(k)
            if d is None:
                continue
            out.add(d.country if d.kind != "international" else d.name)
        return frozenset(out - {None})


def _keys_in(node: Token, table: ActorTable) -> list[str]:
    keys: list[str] = []
    excluded: set[str] = set()
    for t in _named_scope(node, table):
        key = table.token_actor.get(t.i)
        if key and _excluded_name(t, table):
            excluded.add(key)  # "non-OPEC producers" are not OPEC
        if key and key not in keys:
            keys.append(key)
    return [k for k in keys if k not in excluded]


# meetings of many, held whoever travels to them
GATHERING_NOUNS = frozenset({"summit", "conference"})


def _speech_setting(top: Token, verb: Token) -> bool:
    """"Delors told the meeting", "speaking to the Interim Committee meeting", "told
    reporters during the bank's annual meeting", "had pledged at G-7 meetings": a meeting
    that is only where, or to whom, a speaker said something; the speaker's words are the
    act told, and the speaker takes no part in the meeting by them."""
    lemma = verb.lemma_.lower()
    if lemma not in SPEECH_VERBS and lemma not in ("speak", "talk"):
        return False
    if any(c.dep_ == "amod" and c.lower_ == "joint" for c in top.children):
        return False  # "announced at a joint news conference": they appeared together
    if top.dep_ in ("dobj", "dative"):
        return top.head.i == verb.i and lemma == "tell"
    return top.dep_ == "pobj" and top.head.head.i == verb.i and (
        top.head.lower_ in ("at", "during") or
        top.head.lower_ == "to" and lemma in ("speak", "talk"))


def _excluded_name(t: Token, table: ActorTable) -> bool:
    """Whether a name is negated by "non-": "non-OPEC producers", "non-EC countries" (not a
    name that takes the word in: "Non-OPEC Egypt")."""
    doc, i = t.doc, t.i
    key = table.token_actor.get(i)
    while key is not None and i > 0 and table.token_actor.get(i - 1) == key:
        i -= 1
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ == "non" and \
        doc[i - 1].idx == doc[i - 2].idx + 3


# states not named, as officials' origin: "officials from major nations"
MANY_STATES_NOUNS = frozenset({"nation", "country", "state", "government", "member",
                               "economy", "power"})
# an office named without its holder acts for the state the phrase names ("the Sudanese
# foreign minister")
UNNAMED_TITLES = frozenset({
    "leader", "minister", "president", "government", "official", "officials", "delegation",
    "envoy", "ambassador", "diplomat", "chancellor", "premier", "pm", "counterpart", "head",
    "chief", "king", "queen", "prince", "spokesman", "spokeswoman", "authorities",
    "authority", "negotiator", "representative", "delegate", "emissary"})
# nouns that name others by their tie to the possessor: "Greece's allies", "Iran's neighbours"
# spans of time a side is given to act in: "gave Iraq 48 hours to withdraw"
DEADLINE_NOUNS = frozenset({"hour", "day", "week", "month", "year", "deadline", "time"})
RELATIONAL_NOUNS = frozenset({"ally", "allies", "partner", "partners", "neighbour",
                              "neighbours", "neighbor", "neighbors", "rival", "rivals",
                              "critic", "critics", "enemy", "enemies", "opponent",
                              "opponents", "creditor", "creditors", "counterpart",
                              "counterparts"})
# people posted to another state or a body, speaking for the one that sent them
POSTED_NOUNS = frozenset({"ambassador", "envoy", "delegate", "representative", "emissary",
                          "consul", "attache", "attaché", "chargé", "charge", "delegation"})
# what a phrase says about the one it names, not who else takes part: "Robert Arnott,
# Australia's delegate to the GATT", "Kuwait, a target of Iranian anger over its backing for
# Iraq", "Allen Wallis, who met officials of the EC"
ASIDE_DEPS = frozenset({"appos", "relcl", "acl", "prep", "advcl", "punct", "parataxis"})
# nouns that set a named state in a group it belongs to: "OPEC member Venezuela"
MEMBERSHIP_NOUNS = frozenset({"member", "ally", "partner", "neighbour", "neighbor", "signatory",
                              "founder", "co-founder"})


# participles that say whom a group belongs to or answers to
AFFILIATION_VERBS = frozenset({"lead", "head", "chair", "represent", "own", "control", "run",
                               "sponsor", "back", "command", "send", "appoint",
                               "employ", "accredit", "post", "station", "base"})


def _without_relatives(node: Token) -> list[Token]:
    """`node`'s phrase less its relative clauses: "churches who say the banks prop up the
    South African government" stand for whom the churches stand for; the clause says what
    they do or think."""
    out, stack = [], [node]
    while stack:
        t = stack.pop()
        out.append(t)
        stack.extend(c for c in t.children if c.dep_ != "relcl" and not (
            # "business leaders attending a meeting with President Sarney": what they do;
            # "a delegation led by Wang", "officials representing Japan": whom they are for
            c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() not in AFFILIATION_VERBS))
    return sorted(out, key=lambda t: t.i)


def _named_scope(node: Token, table: ActorTable) -> list[Token]:
    """The tokens of `node`'s phrase that can name its actors: all of them, except that a
    phrase whose head is a name (and its conjuncts: "Kuwait and Iraq") leaves out the asides
    on it."""
    named = node.i in table.token_actor
    if node.lemma_.lower() in RELATIONAL_NOUNS and not named:
        # "Greece and Turkey's NATO allies called on both countries": the allies act, not
        # the states whose allies they are
        return [t for c in [node, *(c for c in node.children if c.dep_ != "poss")]
                for t in ([c] if c is node else _without_relatives(c))]
    if node.lemma_.lower() in POSTED_NOUNS:
        # "European Union ambassador to the WTO, Carlo Trojan": where an envoy serves is not
        # whom he speaks for
        return [t for c in [node, *(c for c in node.children if not (
            c.dep_ == "prep" and c.lower_ in ("to", "at", "in")))] for t in (
            [c] if c is node else c.subtree)]
    if not named and node.pos_ != "PROPN":
        return _without_relatives(node)
    # a title the resolver did not take for a name ("the Crown Prince") keeps its "of"
    # phrase ("the King of Jordan"), not what is set beside it
    asides = ASIDE_DEPS if named else ASIDE_DEPS - {"prep", "punct"}
    out, stack = [], [node]
    while stack:
        t = stack.pop()
        out.append(t)
        if t.dep_ == "conj" and t is not node and t.i not in table.token_actor:
            stack.extend(t.children)  # "A and Nigerian minister of mines B": all of it
            continue
        stack.extend(c for c in t.children if (c.dep_ not in asides and not (
            # "fellow OPEC member Venezuela", "NATO ally Turkey": the body describes the
            # state; it does not act with it
            named and c.dep_ in ("compound", "nmod") and
            c.lemma_.lower() in MEMBERSHIP_NOUNS)) or (
            # an unknown name's apposition set off by a comma may be all it says of it
            # ("Kenzo Oshima, the United Nations Emergency Relief Coordinator,")
            not named and c.dep_ == "appos" and c.left_edge.i > 0 and
            node.doc[c.left_edge.i - 1].text == ",") or (
            c.dep_ == "prep" and t.i in table.token_actor and
            table.token_actor.get(c.i) == table.token_actor[t.i]))
    return out


class EventCoder:
    def __init__(self, doc: Doc, table: ActorTable, body_start_token: int,
                 dateline_country: str | None, gz=None, place_country=None,
                 filed_from_capital: bool = False):
        self.gz = gz
        self.place_country = place_country  # city name -> ISO3 (an offline geocoder)
        self.doc = doc
        self.table = table
        self.body_start = body_start_token
        self.dateline_country = dateline_country
        self.events: list[EventDraft] = []
        self.lexicon = get_lexicon()
        # verbs whose act is part of a governing verb's event ("refused to meet" is one
        # REJECT, not a REJECT and a negated meeting)
        self.folded: set[int] = set()
        self.folded_governors: set[int] = set()
        # verbs of naming ("what it sees as Japan's violations") whose judgement is the
        # speaker's own act, even inside an act folded into its governor ("urged Reagan to
        # impose penalties in retaliation for what it sees as ...")
        self.own_judgements: set[int] = set()
        # groups ("Syrian rebels") made for events; dropped again unless an event keeps them
        self.pending_groups: set[str] = set()
        self.dateline_dates = dateline_dates(doc, body_start_token)
        self.filed_from_capital = filed_from_capital
        ends = [s.end for s in doc.sents if s.end > body_start_token]
        self.lead_end = ends[LEAD_SENTENCES - 1] if len(ends) >= LEAD_SENTENCES else len(doc)

    # ---- actor helpers ------------------------------------------------------------------
    def _expand(self, keys: list[str]) -> list[str]:
        return [k for k in self.table.expand(keys) if self.table.drafts[k].kind in (
            "country", "person", "organization", "international")]

    def _subject(self, verb: Token, climbed: bool = False) -> list[str]:
        for c in verb.children:
            if c.i < self.body_start:
                continue  # the parser may take the dateline's city for a subject ("BONN")
            # a governing passive carries the subject down: "is expected to visit"
            if c.dep_ == "nsubj" or (climbed and c.dep_ == "nsubjpass"):
                if verb.dep_ == "relcl" and (c.lower_ == "who" or (
                        c.lower_ in ("which", "that") and not (
                            verb.head.dep_ == "pobj" and verb.head.head.lower_ in PLACE_PREPS))):
                    # "Rice, who arrived", "Vietnam, which complained that ...": the noun
                    # the clause describes, below; not a place the parser hangs "which" on
                    # ("a troop surge into Iraq, which sent five brigades": the surge did)
                    break
                if c.i < self.body_start:
                    return self._lead_subject(verb)
                if c.lower_ in ("which", "who") and verb.dep_ != "relcl":
                    # "responded to a U.S. letter last month which praised Colombia": the
                    # parser hangs the relative clause past the time phrase on the main verb
                    keys = self._relative_antecedent(c)
                    if keys:
                        return self._expand(keys)
                keys = _keys_in(c, self.table) or (
                    self._issuer(c) if c.lemma_.lower() in DOCUMENT_NOUNS else []) or \
                    self._resolve_reference(c)
                if not self._expand(keys) and (c.pos_ == "PROPN" or c.is_title):
                    keys = self._by_surname(c)  # the tagger takes some surnames for nouns
                return self._expand(keys + [k for k in self._demonym_conjuncts(c) + (
                    self._surname_conjuncts(c) if keys else []) if keys and k not in keys])
        if verb.head is not verb and (verb.dep_ in ("conj", "xcomp", "advcl") or (
                verb.dep_ == "acomp" and verb.lemma_.lower() in RAISING_ADJECTIVES)):
            found = self._subject(verb.head, True)
            speech = verb.head.head
            if not found and verb.dep_ == "conj" and verb.head.dep_ == "ccomp" and \
                    speech.lemma_.lower() in SPEECH_VERBS and verb.tag_ == speech.tag_:
                # "Iran said people were injured in the attack and vowed retaliation": the
                # parser hangs the speaker's second act on the reported clause
                found = self._subject(speech)
            return found
        if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and \
                verb.head.head.pos_ in ("VERB", "AUX"):
            # "said Berlusconi after arriving in Libya": the subject of the clause it modifies
            return self._subject(verb.head.head, True)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and \
                verb.head.lemma_.lower() in DOCUMENT_NOUNS | MOTION_NOUNS:
            # "passed a resolution calling on Japan to ...", "issued a statement deploring
            # ...": a text's demand or criticism is whoever issued, signed or passed it
            return self._issuer(verb.head)
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in DECIDED_NOUNS and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            # "Reagan's decision to impose tariffs on Japanese goods", "Tokyo's plan to cut
            # aid": the act decided or planned is the decider's (its owner, or "by" phrase)
            owner = [c for c in verb.head.children if c.dep_ == "poss"] + [
                p for p in _pobjs(verb.head, ("by",))]
            return self._expand([k for o in owner for k in self._actors_of(o)])
        if verb.dep_ == "relcl":
            # "Rice, who arrived in Iraq": the noun the clause describes
            keys = _keys_in(verb.head, self.table) if verb.head.dep_ != "ROOT" else []
            keys = [k for k in keys if self.table.token_actor.get(verb.head.i) == k]
            if not keys and verb.head.lemma_.lower() in ISSUED_NOUNS:
                keys = self._issuer(verb.head)  # "sent a letter which praised Peru"
            return self._expand(keys or self._resolve_reference(verb.head))
        return self._lead_subject(verb)

    def _relative_antecedent(self, which: Token) -> list[str]:
        """Who a relative pronoun the parser left without its noun stands for: the noun
        right before it, past a time phrase ("a U.S. letter last month which ...")."""
        k = which.i - 1
        while k >= self.body_start and (self.doc[k].is_punct or self.doc[k].ent_type_ in (
                "DATE", "TIME") or self.doc[k].dep_ == "npadvmod" or
                self.doc[k].head.dep_ == "npadvmod"):
            k -= 1
        if k < self.body_start or k == which.i - 1:
            return []  # no time phrase in between: the parse is no such slip
        noun = self.doc[k]
        if noun.pos_ not in ("NOUN", "PROPN") or noun.sent.start != which.sent.start:
            return []
        if noun.lemma_.lower() in ISSUED_NOUNS:
            return self._issuer(noun)
        return _keys_in(noun, self.table)

    def _demonym_conjuncts(self, node: Token) -> list[str]:
        """"Egyptian and Israeli officials": the states of the demonyms coordinated with the
        phrase's first one, each a side of its own."""
        keys: list[str] = []
        for m in node.children:
            # "Japanese and U.S. officials", "U.S. and Japanese negotiators": a name among
            # the demonyms counts as one of them, whichever comes first
            if m.dep_ in ("amod", "compound", "nmod") and m.i in self.table.token_country:
                for x in ((m, *m.conjuncts) if m.conjuncts else ()):
                    iso = self.table.token_country.get(x.i)
                    if iso:
                        _add(keys, self._country(iso))
        return keys

    def _lead_subject(self, verb: Token) -> list[str]:
        """The subject of the lead's main verb when the parser hung it on the headline or
        the dateline ("KUWAIT REJECTS ... CHARGES / KUWAIT, June 2 - Kuwait, a target of
        Iranian anger, today rejected charges", "LAGOS, March 3 - Nigeria and Guinea
        agreed"): the phrase the body opens with, if it comes before the verb."""
        sent = verb.sent
        if not sent.start < self.body_start <= verb.i or not (
                verb.dep_ == "ROOT" or verb.head.i < self.body_start):
            return []
        t = self.doc[self.body_start]
        while t.head.i != t.i and self.body_start <= t.head.i < verb.i:
            t = t.head
        if t.i >= verb.i or t.pos_ not in ("PROPN", "NOUN"):
            return []
        keys = [k for x in _named_scope(t, self.table) if x.i >= self.body_start
                and (k := self.table.token_actor.get(x.i))]
        return self._expand(list(dict.fromkeys(keys)) or self._resolve_reference(t))

    def _resolve_reference(self, node: Token) -> list[str]:
        """"he", "the Crown Prince", "the Saudi leader": the person meant."""
        if node.lower_ in ("he", "she", "his", "her"):
            # a pronoun refers back to a person who was a subject before, if one was in
            # this or the last two sentences ("the Crown Prince paid a courtesy call on
            # President Reagan. ... he was also scheduled to meet"), else the nearest person
            first = None
            sent_start = node.sent.start
            for _ in range(2):
                if sent_start > 0:
                    sent_start = self.doc[sent_start - 1].sent.start
            owner = None
            for k in range(node.i - 1, -1, -1):
                if owner and k < node.sent.start:
                    # "Mr Rudd's decision ... when he leads": the person whose act the
                    # sentence is about, before any subject of an earlier sentence
                    return [owner]
                key = self.table.token_actor.get(k)
                here = self.doc[k]
                if not key and k >= sent_start and here.dep_ in ("nsubj", "nsubjpass") and \
                        here.pos_ == "NOUN" and here.lemma_.lower() in UNNAMED_TITLES - {
                            "government", "officials", "delegation", "authorities",
                            "authority"}:
                    # "India's finance minister lashed out at ... He also called for":
                    # an unnamed official, the subject before, acts for the state
                    found = self._resolve_reference(here)
                    if found:
                        return found
                if not key or not key.startswith("person:"):
                    continue
                first = first or key
                t = self.doc[k]
                while t.dep_ in ("compound", "flat", "appos") and t.head.i != t.i:
                    t = t.head
                if t.dep_ in ("nsubj", "nsubjpass") and k >= sent_start:
                    return [key]
                if t.dep_ == "poss" and k >= node.sent.start and t.head.dep_ in (
                        "nsubj", "nsubjpass"):
                    owner = owner or key
            if owner:
                return [owner]
            return [first] if first else []
        if node.lower_ in ("they", "their"):
            return []
        scope = sorted(_named_scope(node, self.table), key=lambda t: t.i)
        words = " ".join(t.lower_ for t in scope if t.dep_ != "det")
        # "the Indian President": a person of that country with that title, else the country
        phrase_iso = next((self.table.token_country[t.i] for t in scope
                           if t.i in self.table.token_country), None)
        for draft in self.table.drafts.values():
            if draft.kind == "person" and any(r.title.lower() in words for r in draft.roles) \
                    and (phrase_iso is None or draft.country == phrase_iso):
                return [draft.key]
        for t in scope:
            iso = self.table.token_country.get(t.i)
            if iso and node.lemma_.lower() in UNNAMED_TITLES:
                # "the Sudanese foreign minister": an unnamed official acts for the state
                return [self._country(iso)]
        if node.lemma_.lower() in ("minister", "official", "delegate") and node.tag_ == "NNS":
            # "officials from 30 Asian countries in the Group of 77 met": the body whose
            # members they come from
            body = self._members_body(node)
            if body:
                return body
        if node.lemma_.lower() in ("minister", "official", "delegate") and \
                node.tag_ == "NNS" and not any(c.dep_ in ("compound", "amod", "poss", "nmod")
                                               for c in node.children) and \
                node.sent.start > self.body_start and any(
                    c.dep_ == "det" and c.lower_ == "the" for c in node.children):
            # "... told officials from 30 Asian countries in the Group of 77. The officials
            # are meeting": the officials named just before, as members of a body
            body = self._earlier_members_body(node)
            if body:
                return body
        if node.lemma_.lower() in ("minister", "official") and node.tag_ == "NNS" and not any(
                c.dep_ in ("compound", "amod", "poss", "nmod") for c in node.children):
            # "EC foreign ministers issued a statement ... The statement said ministers were
            # disturbed": bare "ministers" are those the story named with their side just
            # before, not the dateline's state ("the government" stays the story's own: a
            # British story's "the government" after "the Sri Lankan government")
            earlier = self._earlier_officials(node)
            if earlier:
                return earlier
        if self.dateline_country and node.lemma_.lower() in UNNAMED_OFFICIALS and not any(
                t.i in self.table.token_country or t.ent_type_ in ("NORP", "GPE")
                for t in node.subtree) and not any(
                # "officials from major nations", "ministers of 24 countries": of many states,
                # none of them named
                p.tag_ == "NNS" and p.lemma_.lower() in MANY_STATES_NOUNS
                for p in _pobjs(node, ("from", "of"))):
            # "the foreign and telecommunications ministers" in a story filed from Tokyo:
            # officials named without a nationality are the dateline country's
            return [self._country(self.dateline_country)]
        if node.lower_ in GUEST_NOUNS or node.lemma_ in GUEST_NOUNS:
            for ev in reversed(self.events):
                if ev.cameo == "042":
                    return list(ev.actor)
        if node.lemma_.lower() in ISSUED_NOUNS:
            # "a foreign ministry statement called on ...", "a letter from the president":
            # a text acts for whoever issued it
            for c in node.children:
                if c.dep_ in ("compound", "poss", "amod", "nmod") and c.i < node.i:
                    keys = _keys_in(c, self.table) or self._resolve_reference(c)
                elif c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                    keys = [k for p in c.children if p.dep_ == "pobj"
                            for k in (_keys_in(p, self.table) or self._resolve_reference(p))]
                else:
                    continue
                if keys:
                    return keys
        return []

    def _members_body(self, node: Token) -> list[str]:
        """The intergovernmental body of the states officials are said to come from:
        "officials from 30 Asian countries in the Group of 77", "delegates of member states
        of OPEC"."""
        keys: list[str] = []
        groups = _pobjs(node, ("from", "of"))
        if node.dep_ == "dobj" and node.i + 1 < len(self.doc) and \
                self.doc[node.i + 1].head.i == node.head.i:
            # "told officials from 30 countries": the tagger hangs "from" on the verb
            groups += [p for p in self.doc[node.i + 1].children if p.dep_ == "pobj"
                       and self.doc[node.i + 1].lower_ in ("from", "of")]
        for states in groups:
            if states.tag_ != "NNS" or states.lemma_.lower() not in MANY_STATES_NOUNS:
                continue
            for body in _pobjs(states, ("in", "of")):
                keys += [k for k in _keys_in(body, self.table) if k not in keys and
                         k in self.table.drafts and
                         self.table.drafts[k].kind == "international"]
        return keys

    def _earlier_members_body(self, node: Token) -> list[str]:
        """The body of the officials named by the same noun in the sentence before, when
        they were named as coming from its member states (_members_body)."""
        lemma = node.lemma_.lower()
        for k in range(node.sent.start - 1, self._window_start(node.sent, 2) - 1, -1):
            t = self.doc[k]
            if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and t.tag_ == "NNS":
                return self._members_body(t)
        return []

    def _earlier_officials(self, node: Token) -> list[str]:
        """The side of the latest officials named with it ("EC foreign ministers", "Japanese
        officials") by the same noun in the six sentences before a bare "ministers"."""
        lemma = node.lemma_.lower()
        for k in range(node.sent.start - 1, self._window_start(node.sent, 6) - 1, -1):
            t = self.doc[k]
            if k < self.body_start or t.pos_ != "NOUN" or t.lemma_.lower() != lemma:
                continue
            keys = self._modifier_actors(t)
            if keys:
                return keys
        return []

    def _objects(self, verb: Token, deps=("dobj", "pobj", "dative", "attr")) -> list[str]:
        keys: list[str] = []
        for c in verb.children:
            if c.dep_ in deps:
                keys.extend(_keys_in(c, self.table) or self._resolve_reference(c))
        return self._expand(keys)

    def _prep_objects(self, head: Token, preps: set[str]) -> list[str]:
        keys: list[str] = []
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in preps:
                for p in c.children:
                    if p.dep_ == "pobj":
                        keys.extend(k for k in self._actors_of(p) if k not in keys)
        return self._expand(keys)

    def _destination(self, head: Token, avoid: Token | None = None
                     ) -> tuple[list[str], str | None]:
        """Where a visit goes: "to Belarus", "in Tanzania", "here" (the dateline); not in the
        phrase holding `avoid`."""
        for c in head.children:
            if avoid is not None and c.left_edge.i <= avoid.i <= c.right_edge.i:
                continue
            if c.dep_ == "prep" and c.lower_ in ("to", "in", "of"):
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    # the place itself, not a clause about it ("a summit in Brussels, where
                    # Iraq is on the agenda")
                    inner = {t.i for r in p.children if r.dep_ in ("relcl", "acl", "advcl")
                             for t in r.subtree}
                    for t in p.subtree:
                        if t.i in inner:
                            continue
                        iso = self.table.token_country.get(t.i)
                        if iso:
                            key = self.table.country_key(iso)
                            self.table.drafts.get(key) or None
                            return [key] if key in self.table.drafts else [], p.text
                    if p.ent_type_ in ("GPE", "LOC") and self.place_country is not None:
                        iso = self.place_country(p.text)
                        if iso:
                            return [self._country(iso)], p.text
                        return [], p.text
            if c.lower_ == "here" and self.dateline_country:
                return self._dateline_recipient(), "@dateline"
        return [], None

    def _is_body(self, node: Token) -> bool:
        """Whether `node` names an international body."""
        key = self.table.token_actor.get(node.i)
        return bool(key) and key in self.table.drafts and \
            self.table.drafts[key].kind == "international"

    def _place_object(self, verb: Token) -> tuple[list[str], str | None]:
        """The country of a place named as `verb`'s object ("visited Moscow"), also where the
        parser made the object the subject of a participle after it ("visited Tokyo hoping
        to acquire credits")."""
        objects = [c for c in verb.children if c.dep_ == "dobj"] or [
            s for c in verb.children if c.dep_ in ("ccomp", "advcl") and c.tag_ == "VBG"
            for s in c.children if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1]
        for c in objects:
            if c.pos_ != "PROPN":
                continue
            keys = [k for k in _keys_in(c, self.table)
                    if self.table.drafts[k].kind == "country"]
            if keys and c.dep_ == "nsubj":
                return keys, None
            name = " ".join(t.text for t in c.subtree if t.dep_ in ("compound", "flat") or
                            t.i == c.i)
            iso = self._capital_iso(name)
            if iso is None and c.ent_type_ in ("GPE", "LOC") and self.place_country is not None:
                iso = self.place_country(name)
            if iso:
                return [self._country(iso)], name
        return [], None

    def _dateline_recipient(self) -> list[str]:
        """The dateline's state, as the side a visit or talks "here" go to: a state the
        article names, or the one whose capital the story is filed from ("MOSCOW - ...
        arrived here today"), not where a body sits ("GENEVA - ... delegate to the GATT")."""
        if not self.dateline_country:
            return []
        key = self.table.country_key(self.dateline_country)
        if key in self.table.drafts or self.filed_from_capital:
            return [self._country(self.dateline_country)]
        return []

    def _add(self, ev: EventDraft, tok: Token, sent: Span) -> None:
        verb = tok.head if tok.pos_ == "NOUN" else tok
        if any(c.dep_ == "advmod" and c.lower_ in HABITUAL_ADVERBS for c in verb.children):
            return  # "officials normally meet in the summer": a custom, not an act
        ev.modality = modality(tok)
        if ev.modality == "negated" and _framing_phrase(tok):
            # "In meetings with Suharto he had not called for changes", "did not raise it
            # during talks with Shultz": what was not done was done at the meeting, which was
            # held
            ev.modality = "future" if any(c.lower_ in ("will", "shall") for c in
                                          tok.head.head.children) else "asserted"
        if ev.modality == "hypothetical" and _finite_clause(tok):
            ev.modality = "asserted"  # "the government has closed ... and staff could be seen"
        ev.evidence.append((sent.start_char, sent.end_char))
        # the date may hang on the event noun or on its verb ("began a visit on Monday")
        anchors = {tok.i, tok.head.i} if tok.pos_ == "NOUN" else {tok.i}
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in DECIDED_NOUNS:
            anchors.add(tok.head.i)  # "Reagan's April 17 decision to impose tariffs"
        if ev.event == "THREATEN" and tok.dep_ == "ccomp" and \
                tok.head.lemma_.lower() in SPEECH_VERBS:
            # "announced last Friday that on April 17 he would raise tariffs": a threat is
            # made the day it is told, not the day of the act it holds out
            anchors = {tok.head.i}
            ev.told = True
        for ent in sent.ents:
            chain = [ent.root.head, ent.root.head.head, ent.root.head.head.head]
            if (ent.label_ == "DATE" or ent.label_ == "TIME" and
                    names_the_night_before(ent.text)) and \
                    any(t.i in anchors for t in chain):
                ev.date_ents.append(ent)
        if sent.start == self.body_start and ev.modality == "asserted":
            # the lead's act, on the day filed, unless a date of its own resolves first; with
            # none, the day the next sentence gives when it tells the same act of the same
            # sides ("X has accused the IMF of ... / X said in a speech yesterday that")
            if not ev.date_ents:
                ev.date_ents += self._told_next_day(ev, sent)
            ev.date_ents += self.dateline_dates[:1]
        ev.duration_days = _duration(tok) or ev.duration_days
        if ev.duration_days and _ending(tok):
            # "at the end of a three-day visit", "two days of talks which ended yesterday":
            # the day told is the last of the span
            ev.ends_on_date = True
        self.events.append(ev)

    # ---- triggers -------------------------------------------------------------------------
    def code(self) -> list[EventDraft]:
        for sent in self.doc.sents:
            if sent.end <= self.body_start:
                continue
            for tok in sent:
                if tok.i < self.body_start:
                    continue
                lemma = tok.lemma_.lower()
                if tok.pos_ == "VERB" and tok.dep_ == "ccomp" and \
                        tok.head.lemma_.lower() in SPEECH_VERBS:
                    self._judged_act(tok, sent)
                if tok.dep_ == "prep" and tok.lower_ == "in":
                    self._official_abroad(tok, sent)
                if tok.lower_ == "here" and tok.dep_ == "advmod":
                    self._here_for_talks(tok, sent)
                if tok.pos_ == "NOUN" and (lemma in VISIT_NOUNS or (
                        lemma == "mission" and self._mission_abroad(tok))):
                    self._visit_noun(tok, sent)
                elif tok.pos_ == "VERB" and lemma in VISIT_VERBS | MOVE_VERBS and \
                        self._forces_move(tok, sent):
                    pass
                elif tok.pos_ == "VERB" and lemma in DEPLOY_VERBS and self._deploy(tok, sent):
                    pass  # "deployed troops along the border with Pakistan"
                elif tok.pos_ == "VERB" and lemma in VISIT_VERBS:
                    self._visit_verb(tok, sent)
                elif tok.pos_ == "VERB" and lemma == "come" and self._comes_to_place(tok):
                    self._visit_verb(tok, sent)  # "is coming here next week", "came to Europe"
                elif tok.pos_ == "VERB" and lemma in SUPPORT_VERBS and \
                        self._stated_support(tok, sent):
                    pass  # "voiced support for Brazil's plan", "won backing from Canada"
                elif tok.pos_ == "VERB" and lemma in HOST_VERBS:
                    self._host(tok, sent)
                elif tok.pos_ == "VERB" and lemma == "meet" and _met_with_force(tok):
                    self._coded_verb(tok, sent)  # "will meet any escalation with force"
                elif tok.pos_ == "VERB" and lemma in MEET_VERBS and not _phrasal_act(tok):
                    self._meet(tok, sent)  # (not "spoke out against": a phrasal act)
                elif tok.pos_ == "NOUN" and (lemma in TALK_NOUNS or tok.lower_ in TALK_NOUNS or (
                        lemma == "conference" and any(c.lower_ == "joint" for c in tok.children))
                        or (lemma == "contact" and tok.dep_ == "dobj" and any(
                            # "would have contacts with his Chinese counterpart": talks
                            # held, with a partner named (not "lost contact with the ship")
                            c.dep_ == "prep" and c.lower_ == "with"
                            for c in (*tok.children, *tok.head.children))
                            and tok.head.lemma_.lower() in CONTACT_VERBS)
                        or (lemma in BODY_GATHERINGS and self._bodys_gathering(tok))):
                    # a joint news conference is held together: the sides met
                    self._talks(tok, sent)
                elif tok.pos_ == "NOUN" and lemma == "call" and any(
                        c.lower_ == "courtesy" for c in tok.children):
                    self._courtesy_call(tok, sent)
                elif tok.pos_ == "VERB" and lemma in PRAISE_VERBS:
                    self._praise(tok, sent)
                elif tok.pos_ == "VERB" and lemma in ASSURE_VERBS:
                    self._assure(tok, sent)
                elif tok.pos_ in ("VERB", "AUX") and self._commitment(tok, sent):
                    pass  # "remains committed to the accord", "reaffirmed their commitment"
                elif lemma == "be" and any(c.dep_ == "acomp" and (
                        c.lemma_.lower() in STANCE_ADJECTIVES or c.lower_ in CONCERN_ADJECTIVES)
                        for c in tok.children) and \
                        self._stance(tok, sent):
                    pass  # "was very supportive of the U.S. role"
                elif lemma == "be" and any(c.dep_ == "prep" and c.lower_ == "against"
                                           for c in tok.children) and \
                        self._against(tok, sent):
                    pass  # "West Germany is strongly against the move"
                elif ((tok.pos_ == "VERB" and lemma in EVALUATE_VERBS) or (
                        lemma == "be" and tok.dep_ == "ccomp" and
                        tok.head.lemma_.lower() in SPEECH_VERBS)) and self._evaluate(tok, sent):
                    pass  # "called the decision irresponsible": a judgement of its author
                elif tok.pos_ == "VERB" and (tok.dep_ in ("ccomp", "ROOT") or _reason(tok)) and \
                        self._reported_wrong(tok, sent):
                    pass  # "said Turkey had violated the accord": an accusation of Turkey
                elif tok.pos_ in ("VERB", "AUX") and (tok.dep_ == "ccomp" or (
                        tok.dep_ == "ROOT" and self._bare_quote(tok))) and any(
                        c.lower_ == "must" for c in tok.children):
                    self._reported_demand(tok, sent)  # (or quoted: ""Japan must ..."")
                elif tok.pos_ == "VERB" and lemma in DIRECTIVE_VERBS and any(
                        c.dep_ == "xcomp" and _infinitive(c) for c in tok.children) and any(
                        c.dep_ in ("dobj", "dative") for c in tok.children):
                    self._coded_verb(tok, sent, Coded("100", "REQUEST", None, None, 0))
                elif tok.pos_ == "VERB" and lemma in PRESSURE_VERBS and any(
                        c.dep_ == "xcomp" and _infinitive(c) for c in tok.children) and any(
                        c.dep_ == "dobj" and (names_someone(c) or self._actors_of(c))
                        for c in tok.children):
                    # "banks had been pressing Brazil to make a payment", "pushed Japan to
                    # open its markets": pressing someone to act demands the act of it (a
                    # dictionary pattern may say more: "pressed the U.S. to raise its aid")
                    own = self.verb_code(tok)
                    self._coded_verb(tok, sent, own if own is not None and
                                     own.event == "REQUEST" else
                                     Coded("100", "REQUEST", None, None, 0))
                elif tok.pos_ == "VERB" and lemma in CONVEY_VERBS and tok.tag_ == "VBG" and \
                        self._written_concern(tok, sent):
                    pass  # "has written to Yeutter outlining the EC's concerns"
                elif tok.pos_ == "VERB" and lemma in COURT_VERBS and self._sue(tok, sent):
                    pass  # "took Peru to the International Court of Justice"
                elif tok.pos_ == "NOUN" and lemma == "pressure" and self._pressure(tok, sent):
                    pass  # "brought pressure on the IMF to approve funding"
                elif tok.pos_ == "VERB" and lemma not in HANDLED_ELSEWHERE and \
                        (lemma in self.lexicon or lemma in POLICY_DEFAULTS or
                         lemma in NEGATED_DEFAULTS or
                         lemma in BUILDUP_VERBS or lemma in EXPERIENCER_VERBS or
                         lemma in REPEL_VERBS or lemma in RETALIATE_VERBS or
                         (lemma in JOIN_VERBS and _joined_act(tok) is not None) or
                         (lemma in DESIRE_VERBS and (self._wished_of(tok) or
                                                     self._wishes_another(tok)))):
                    self._coded_verb(tok, sent)
                elif tok.pos_ == "NOUN" and lemma in CONCERN_NOUNS and \
                        self._concern_that(tok, sent):
                    pass  # "the U.S. concern that North Korea was using the trucks"
                elif tok.pos_ == "NOUN" and lemma in REJECTION_NOUNS and \
                        self._rejection_noun(tok, sent):
                    pass  # "the U.S. rejection of a Canadian claim", "Comecon's refusal to ..."
                elif tok.pos_ == "NOUN" and lemma == "imposition" and self._imposition(tok, sent):
                    pass  # "the imposition by the United States of tariffs on Japanese goods"
                elif tok.pos_ == "NOUN" and lemma in DISSENT_NOUNS and \
                        self._dissent_against(tok, sent):
                    pass  # "pressed ahead despite US objections"
                elif tok.pos_ == "NOUN" and lemma in PAYMENT_STOP_NOUNS and \
                        self._payment_stop(tok):
                    self._event_noun(tok, sent)  # "a moratorium on interest payments"
                elif tok.pos_ in ("NOUN", "PROPN") and noun_code(tok) and \
                        tok.ent_type_ not in ("DATE", "TIME") and not (
                            tok.lower_ == "march" and tok.is_title):
                    self._event_noun(tok, sent)  # (the month of March is no protest march)
        events = [ev for ev in self._dedupe() if not _unrealised(ev)]
        for ev in events:
            if ev.event in _PARTNERED_TYPES and ev.actor and not ev.recipient and \
                    len(self._sides(ev.actor, True)) == 1 and not (
                        # a debtor's stop to its payments is aimed at its creditors, not
                        # at the other state of the story
                        ev.cameo == "1211" and self._payment_stop(self.doc[ev.trigger])):
                # "France has also agreed to invest two billion francs", "Japan rejected the
                # proposal" in a story about France and another state: aimed at that state,
                # when it is named here
                sent = self.doc[ev.trigger].sent
                ev.recipient = self._partner(ev.actor, sent)
        used = {k for ev in events for k in ev.actor + ev.recipient}
        for key in self.pending_groups - used:
            self.table.drafts.pop(key, None)
        return events

    def _accuser_of(self, source: list[str]) -> list[str]:
        """Who last accused `source`'s side, in an event coded before."""
        own = self._sides(source)
        for ev in reversed(self.events):
            if ev.event == "ACCUSE" and self._sides(ev.recipient) & own:
                return [k for k in ev.actor if not self._sides([k]) & own]
        return []

    def _person_from(self, tok: Token) -> str | None:
        """The person whose name `tok` opens or heads: "U.S." of "U.S. Under-Secretary ...
        Allen Wallis" leads to the name its phrase ends in."""
        for t in (tok, *[a for a in tok.ancestors][:3]):
            key = self.table.token_actor.get(t.i, "")
            if key.startswith("person:"):
                return key
        return None

    def _visit_noun(self, tok: Token, sent: Span) -> None:
        if tok.lemma_ == "stay" and not any(c.lower_ == "his" for c in tok.children):
            return
        actor = []
        for c in tok.children:
            if c.dep_ == "poss":
                actor = self._expand(_keys_in(c, self.table) or self._resolve_reference(c))
        by = self._prep_objects(tok, {"by"})
        actor = actor or by
        if not actor:
            # "the visit of Vice Admiral Prasad to China": "of" names the visitor when it is a
            # person or a state, not the place ("a visit of India" is rare and reads as to)
            of = [k for k in self._prep_objects(tok, {"of"})
                  if self.table.drafts[k].kind == "person"]
            actor = of
        # (the visitor's own phrase names no destination: "the visit of Indian Vice Admiral
        # Prasad to China")
        visitor = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"),
                       None) if actor and not any(c.dep_ == "poss" for c in tok.children) \
            and not self._prep_objects(tok, {"by"}) else None
        verb = tok.head if tok.head.pos_ in ("VERB", "AUX") else None
        if not actor and verb is not None and tok.dep_ in ("dobj", "pobj", "attr"):
            actor = self._subject(verb if tok.dep_ == "dobj" else verb.head if
                                  tok.dep_ == "pobj" else verb)
        if not actor and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX"):
            actor = self._subject(tok.head.head)
        if not actor:
            # "Weizsaecker, in a speech on the first day of an official visit to Argentina,
            # said": the phrase of the visit hangs from the visitor's name
            t = tok
            while t.head is not t and t.dep_ in ("pobj", "prep"):
                t = t.head
            if t is not tok and t.pos_ == "PROPN":
                key = self.table.token_actor.get(t.i)
                keys = [key] if key else self._by_surname(t)
                actor = [k for k in keys if self.table.drafts[k].kind == "person"]
            elif t is not tok and t.lemma_.lower() in SPEECH_VERBS:
                # "The prime minister said, on the first day of a visit to the United
                # States, that ...": the speaker is on the visit
                actor = [k for k in self._subject(t)
                         if self.table.drafts[k].kind in ("person", "country")]
        recipient, place = self._destination(tok, avoid=visitor)
        if not recipient and tok.head.lower_ == "on" and tok.head.head.lower_ == "here":
            recipient, place = self._dateline_recipient(), "@dateline"
        if not recipient:
            here = any(t.lower_ == "here" for t in sent)
            if here or (verb is not None and verb.lemma_ in ("begin", "start", "pay", "make",
                                                              "end", "conclude")):
                recipient, place = self._dateline_recipient(), "@dateline"
        if not recipient and self.dateline_country and \
                self._countries(actor) - {self.dateline_country}:
            # "during Chirac's first official visit this week" filed from Washington, "the
            # visit of U.S. Secretary of State Shultz" filed from Peking: a foreigner's visit
            # with no destination named is to the state the story is filed from
            recipient, place = self._dateline_recipient(), "@dateline"
        if tok.tag_ == "NNS":
            return  # "several visits": background
        last = next((ev for ev in reversed(self.events) if ev.cameo == "042"), None)
        own = actor and recipient and last is not None and (
            self._sides(actor, True) - self._sides(last.actor, True) or
            self._sides(recipient, True) - self._sides(last.recipient, True))
        if self._is_anaphoric(tok) and not own:
            # ("the current visit of Vice Admiral Prasad to China" is a visit of its own)
            if self._merge_into_last("042", tok, sent):
                return
        self._visit(actor, recipient, place, tok, sent)

    def _official_abroad(self, prep: Token, sent: Span) -> None:
        """An official placed in a foreign country by the wire's phrasing is visiting it:
        "U.S. officials with Shultz in Peking said", "Yeutter, in New Zealand for GATT talks",
        "Funaro, who is in Rome today". Envoys posted there are not visiting."""
        person = prep.head
        if person.dep_ == "acomp" or person.lemma_ == "be":
            if person.lemma_ == "be" and person.dep_ == "xcomp" and \
                    person.head.dep_ == "relcl" and \
                    person.head.lemma_.lower() in FUTURE_GOVERNORS:
                # "Lyng, who plans to be in Japan April 14-27": a stay to come, of the
                # person the clause describes
                person = person.head
            # "who is in Rome": the clause's subject, the person it describes
            subj = next((c for c in person.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None or subj.lower_ != "who" or person.dep_ != "relcl":
                return
            person = person.head
        key = self.table.token_actor.get(person.i)
        if key is None and person.pos_ == "PROPN":
            # a surname on second mention ("Lyng, who is in Tokyo")
            key = next(iter(self._by_surname(person)), None)
        draft = self.table.drafts.get(key) if key else None
        if draft is None or draft.kind != "person" or not draft.roles or any(
                w in r.title.lower() for r in draft.roles for w in POSTED_TITLES):
            return
        place = next((p for p in prep.children if p.dep_ == "pobj"), None)
        if place is None or place.ent_type_ not in ("GPE", "LOC"):
            return
        iso = self.table.token_country.get(place.i)
        if iso is None and self.place_country is not None:
            iso = self.place_country(place.text)
        if iso is None:
            return
        first = len(self.events)
        self._visit([key], [self._country(iso)], place.text, prep, sent)
        for ev in self.events[first:]:
            ev.tentative = draft.country is None

    def _here_for_talks(self, here: Token, sent: Span) -> None:
        """"De Croo, here for talks with Administration officials, said", "Howard, who is here
        on a four-day visit": an official the wire places "here" for talks or on a visit is
        visiting the state the story is filed from (CONSULT 042)."""
        heads = [here, here.head] if here.head.lemma_ == "be" else [here]
        if not any(c.dep_ == "prep" and c.lower_ in ("for", "on") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in TALK_NOUNS | VISIT_NOUNS | {"mission"}
                for p in c.children) for h in heads for c in h.children):
            return
        person = here.head
        if person.lemma_ == "be":
            subj = next((c for c in person.children if c.dep_ == "nsubj"), None)
            if subj is None:
                return
            person = person.head if subj.lower_ == "who" and person.dep_ == "relcl" else subj
        elif person.pos_ in ("VERB", "AUX") and here.i < person.i:
            # "De Croo, here for talks with ..., said": the parser may hang the aside on the
            # verb; it describes the subject before it
            subj = next((c for c in person.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.i > here.i:
                return
            person = subj
        key = self.table.token_actor.get(person.i)
        if key is None and person.pos_ == "PROPN":
            key = next(iter(self._by_surname(person)), None)
        draft = self.table.drafts.get(key) if key else None
        if draft is None or draft.kind != "person" or any(
                w in r.title.lower() for r in draft.roles for w in POSTED_TITLES):
            return
        first = len(self.events)
        self._visit([key], self._dateline_recipient(), "@dateline", here, sent)
        for ev in self.events[first:]:
            ev.tentative = draft.country is None

    def _is_anaphoric(self, tok: Token) -> bool:
        return any(c.lower_ in ("the", "this", "his", "her", "that") for c in tok.children) \
            and not any(c.dep_ == "poss" and self.table.token_actor.get(c.i) for c in
                        tok.children)

    def _merge_into_last(self, cameo: str, tok: Token, sent: Span) -> bool:
        for ev in reversed(self.events):
            if ev.cameo == cameo:
                ev.evidence.append((sent.start_char, sent.end_char))
                for ent in sent.ents:
                    if ent.label_ == "DATE" and (
                            ent.root.head.head == tok or ent.root.head.head.head == tok
                            or ent.root.head == tok):
                        ev.date_ents.append(ent)
                return True
        return False

    def _visit(self, actor, recipient, place, tok, sent) -> None:
        actor_c = {self.table.country_of(k) for k in actor} - {None}
        rec_c = {self.table.country_of(k) for k in recipient} - {None}
        if not actor or not recipient or (rec_c and rec_c <= actor_c):
            return
        if place and place != "@dateline" and self._for_a_body(tok):
            # "went to Washington for talks with the IMF", "to take part in a meeting of the
            # Inter-American Development Bank": a trip to a body's meeting in a city is no
            # visit to the state that hosts it
            return
        ev = EventDraft("CONSULT", "042", "visit", tok.i, actor, recipient, place=place)
        self._add(ev, tok, sent)

    def _for_a_body(self, trip: Token) -> bool:
        """Whether the purpose of a trip ("for ...", "to take part in ...") names an
        international body."""
        verb = trip if trip.pos_ in ("VERB", "AUX") else trip.head
        for c in verb.children:
            if c.dep_ in ("advcl", "xcomp") or (c.dep_ == "prep" and c.lower_ == "for"):
                if any(self._is_body(t) for t in c.subtree):
                    return True
        return False

    def _visit_verb(self, tok: Token, sent: Span) -> None:
        if tok.lower_ == "visiting" and not any(c.dep_ in ("dobj", "nsubj", "prep")
                                                for c in tok.children):
            # "Visiting U.S. Trade Representative Clayton Yeutter told ...", also parsed as
            # a clause with no object before the name ("..., visiting U.S. Under-Secretary
            # Allen Wallis told"): the person named is a visitor, here
            named = tok.head if tok.dep_ == "amod" else (
                self.doc[tok.i + 1] if tok.dep_ == "advcl" and tok.i + 1 < len(self.doc)
                else None)
            key = self._person_from(named) if named is not None else None
            if key is not None:
                # (the misparse hangs "visiting" inside the clause before, which a demand may
                # fold away: the visit is the name's)
                anchor = tok if tok.dep_ == "amod" else next(
                    t for t in (named, *named.ancestors)
                    if self.table.token_actor.get(t.i) == key)
                self._visit([key], self._dateline_recipient(), "@dateline", anchor, sent)
                if tok.dep_ == "amod":
                    self._told_visitor(named.head if named.dep_ in ("dobj", "dative") else
                                       None, [key], sent)
                return
        if tok.dep_ == "amod":
            return  # "visiting Hong Kong reporters": the reporters visit, not the subject
        if tok.lower_ == "visiting" and (tok.dep_ in ("xcomp", "ccomp", "dobj", "oprd") or (
                # "met visiting Polish leader Jaruzelski", parsed as "met while visiting him"
                tok.dep_ == "advcl" and tok.i == tok.head.i + 1 and not any(
                    c.dep_ in ("dobj", "dative") for c in tok.head.children))) and \
                tok.head.lemma_.lower() in SPEECH_VERBS | MEET_VERBS | HOST_VERBS and not any(
                c.dep_ in ("aux", "nsubj") for c in tok.children):
            # "told visiting U.S. Trade Representative Clayton Yeutter", parsed as a clause
            # with the envoy for its object: the person named is the visitor, here
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            guests = [k for k in (_keys_in(obj, self.table) if obj is not None else [])
                      if self.table.drafts[k].kind == "person"]
            if guests:
                self._visit(guests, self._dateline_recipient(), "@dateline", tok, sent)
                self._told_visitor(tok.head, guests, sent)
                return
        actor = self._subject(tok)
        group_verb = None
        if not actor and tok.dep_ == "acl" and tok.tag_ == "VBG":
            actor = self._travellers(tok.head)
            if tok.head.head.pos_ in ("VERB", "AUX"):
                group_verb = tok.head.head
        first = len(self.events)
        self._visit_verb_rest(tok, sent, actor)
        for ev in self.events[first:] if group_verb is not None else []:
            if ev.modality == "asserted":
                # "will head a team going to Washington": the trip is as planned as the verb
                # the group hangs from says
                ev.modality = modality(group_verb)

    def _told_visitor(self, verb: Token | None, guests: list[str], sent: Span) -> None:
        """"Tamura told visiting U.S. Trade Representative Yeutter that ...", "met visiting
        Polish leader Jaruzelski": words said to a visitor, or a meeting with him, are a
        meeting (CONSULT 040) of the one who spoke with the visitor, besides his visit."""
        if verb is None or verb.lemma_.lower() not in SPEECH_VERBS | MEET_VERBS:
            return
        actor = [k for k in self._subject(verb) if k not in guests]
        if actor and self._sides(actor) and not self._sides(actor) & self._sides(guests):
            self._add(EventDraft("CONSULT", "040", None, verb.i, actor, guests), verb, sent)

    def _visit_verb_rest(self, tok: Token, sent: Span, actor: list[str]) -> None:
        """A visit verb's destination, once its traveller is known."""
        if tok.lemma_ in ("visit", "tour"):  # "toured Japan": the object is the place
            if any(c.dep_ == "dobj" and c.pos_ == "NOUN" and get_agents().get(
                    c.lemma_.lower()) in NONSTATE_SECTORS for c in tok.children):
                return  # "commented to visiting Hong Kong reporters": people, not a place
            recipient = self._objects(tok, ("dobj",)) if tok.lemma_ == "visit" else [
                k for c in tok.children if c.dep_ == "dobj" for k in _keys_in(c, self.table)
                if self.table.drafts[k].kind == "country"]  # "toured Gulf states": no one
            place = None
            capital = next((c for c in tok.children if c.dep_ == "dobj" and
                            c.i not in self.table.token_actor and self._capital(c)), None)
            if recipient and capital is not None:
                # "visiting Bonn, once the most enthusiastic EC member": the capital's state,
                # not what its aside names
                recipient, place = [self._capital(capital) or ""], capital.text
            if not recipient and tok.dep_ == "relcl" and any(
                    c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom", "who")
                    for c in tok.children):
                # "Norway, which he visited two weeks ago": the place the clause describes
                recipient = [k for k in _keys_in(tok.head, self.table)
                             if self.table.drafts[k].kind in ("country", "person")]
                capital = self._capital(tok.head) if not recipient else None
                if capital:  # "Ottawa, which he visited in May"
                    recipient, place = [capital], tok.head.text
            if not recipient and tok.dep_ in ("advcl", "conj") and any(
                    c.dep_ == "dobj" and c.lower_ == "them" for c in tok.children):
                # "Norway and Egypt agreed to help after he visited them": the states the
                # clause it hangs on is about
                states = [k for k in self._subject(tok.head)
                          if self.table.drafts[k].kind == "country" and k not in actor]
                recipient = states if len(states) > 1 else []
            if not recipient:
                # "visited Moscow", "will visit Houston": a city stands for its country
                recipient, place = self._place_object(tok)
            if not recipient:
                recipient, place = self._destination(tok)
            if not recipient and tok.lemma_ == "visit":
                recipient, place = self._dateline_recipient(), "@dateline"
        elif tok.lemma_ == "spend":
            recipient, place = [], None
            for c in tok.children:
                if c.dep_ == "dobj":
                    recipient, place = self._destination(c)
            if not recipient:
                recipient, place = self._destination(tok)
        else:
            recipient, place = self._destination(tok)
        self._visit(actor, recipient, place, tok, sent)

    def _mission_abroad(self, noun: Token) -> bool:
        """"Sets out on a tough mission to Washington", "a trade mission to Peking": a mission
        "to" a state or a place in one is a trip there, like a visit; a mission "to" a body
        ("the U.S. mission to the United Nations") or posted abroad is no trip."""
        for p in _pobjs(noun, ("to",)):
            if p.i in self.table.token_country or (
                    p.ent_type_ in ("GPE", "LOC") and self.place_country is not None and
                    self.place_country(p.text)):
                return True
        return False

    def _comes_to_place(self, verb: Token) -> bool:
        """Whether "come" tells a trip: it comes "here", or "to" or "in" a place named by the
        phrase's head ("is coming to Europe"); not "came to power", "came to Kuwait's aid",
        "came up with a plan", where the lexicon's patterns code the verb."""
        for c in verb.children:
            if c.lower_ == "here" and c.dep_ == "advmod":
                return True
            if c.dep_ == "prep" and c.lower_ in ("to", "in"):
                for p in c.children:
                    if p.dep_ == "pobj" and (p.i in self.table.token_country or (
                            p.ent_type_ in ("GPE", "LOC") and p.pos_ == "PROPN")):
                        return True
        return False

    def _travellers(self, group: Token) -> list[str]:
        """Who travels in "a team going to Washington", "the delegation flying to Moscow":
        whoever leads or sends the group ("will head a Japanese team going to ...", "is
        sending a team ..."), else the state or officials its own phrase names ("French
        officials travelling to Brazil"); people who are no side of a state (reporters,
        bankers) travel for no one."""
        if group.lemma_.lower() in DELEGATION_NOUNS and group.dep_ == "dobj" and \
                group.head.lemma_.lower() in LEADING_VERBS:
            keys = self._subject(group.head)
            if keys:
                return keys
        keys = self._actors_of(group)
        return [k for k in keys if self.table.drafts[k].kind in ("country", "person") or (
            self.table.drafts[k].kind == "organization" and
            self.table.drafts[k].sector in STATE_SECTORS)]

    def _host(self, tok: Token, sent: Span) -> None:
        passive = any(c.dep_ == "nsubjpass" for c in tok.children)
        subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
        if passive and tok.lemma_ == "welcome" and subj is not None and self._is_thing(subj):
            # "the EU's move was welcomed by Beijing": praise, not hosting
            actor = [k for c in tok.children if c.dep_ == "agent"
                     for p in c.children if p.dep_ == "pobj" for k in self._actors_of(p)]
            target = [k for k in self._actors_of(subj) if k not in actor]
            if actor and target:
                self._add(EventDraft("SUPPORT", "051", None, tok.i, actor, target), tok, sent)
            return
        if passive:
            recipient = self._expand(_keys_in(next(c for c in tok.children
                                                   if c.dep_ == "nsubjpass"), self.table))
            actor = []
            for c in tok.children:
                if c.dep_ == "agent":
                    actor = self._expand(_keys_in(c, self.table))
        else:
            actor = self._subject(tok)
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            if tok.lemma_ == "welcome" and obj is not None and self._is_thing(obj):
                # "welcomed the statement", "welcomed Reagan's decision": praise, not hosting
                target = [k for k in self._actors_of(obj) if k not in actor] or \
                    self._doer_of_the_move(obj, actor)
                if actor and target:
                    ev = EventDraft("SUPPORT", "051", None, tok.i, actor, target)
                    self._add(ev, tok, sent)
                return
            if tok.lemma_ in ("receive", "greet") and obj is not None and \
                    self._is_thing(obj) and not (self.gz and self.gz.title(obj.text)):
                return  # "will receive Chrysler shares", "received a letter": no guest
            recipient = self._objects(tok, ("dobj",))
            if not recipient:
                # "hosted a dinner to honor the visiting delegation"
                for c in tok.children:
                    if c.dep_ in ("advcl", "xcomp"):
                        recipient = self._objects(c, ("dobj",))
        if not actor or not recipient:
            return
        if self._countries(actor) == self._countries(recipient):
            return
        place = None
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "in":
                place = next((p.text for p in c.children if p.dep_ == "pobj"), None)
        ev = EventDraft("CONSULT", "043", "visit", tok.i, actor, recipient, place=place)
        self._add(ev, tok, sent)

    def _endorsed_owner(self, verb: Token) -> list[str]:
        """The named owner of the act a verb of backing takes as its object, other than its
        subject: "backed President Reagan's strike" -> Reagan."""
        subject = self._subject(verb)
        return [k for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and
                self._is_thing(c) for p in c.children if p.dep_ == "poss"
                for k in self._actors_of(p) if k not in subject]

    def _owners(self, thing: Token, skip: list[str]) -> list[str]:
        """Who holds or put forward the act or stance a noun names, other than `skip`: its
        possessor or demonym ("Nigeria's proposal", "the French plan"), its "by", "from" or
        "of" phrase ("a call from Funaro", "the plan of the EC") and the agent of a
        participle on it ("the plan tabled by Spain")."""
        keys = self._modifier_actors(thing)
        keys += [k for p in _pobjs(thing, ("from", "of")) for k in self._actors_of(p)]
        keys += [k for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 for a in c.children if a.dep_ == "agent" for p in a.children
                 if p.dep_ == "pobj" for k in self._actors_of(p)]
        return [k for k in dict.fromkeys(keys) if k not in skip]

    def _stated_support(self, verb: Token, sent: Span) -> bool:
        """Support told by a noun: "voiced / expressed / offered support for Brazil's plan",
        "indicates our support for Argentina's program", "lent its backing to the French
        proposal" endorse the side whose act or stance is backed, or the side backed (SUPPORT
        051): a stance, not the dictionary's offer of help ("offer support", 030); support
        that is money or arms ("financial support") and a pledge of it stay the dictionary's.
        "Won support from Canada": the one who gives the backing endorses the subject.
        "Noted with satisfaction the improvement in Morocco's performance": praise."""
        lemma = verb.lemma_.lower()
        if lemma in SUPPORT_WINNING_VERBS:
            noun = next((c for c in verb.children if c.dep_ == "dobj" and
                         c.lemma_.lower() in SUPPORT_NOUNS), None)
            if noun is None or self._material_support(noun):
                return False
            backer = self._expand(list(dict.fromkeys(
                k for h in (noun, verb) for p in _pobjs(h, ("from",)) for k in self._actors_of(p))))
            backed = [k for k in self._subject(verb) if k not in backer]
            if not backer or not backed:
                return False
            self.folded.add(noun.i)
            return self._emit(plover("051"), verb, sent, backer, backed)
        manner = next((p for p in _pobjs(verb, ("with",)) if p.lemma_.lower() in
                       APPROVAL_FEELINGS and not any(c.dep_ == "det" for c in p.children)), None)
        if manner is not None and lemma in NOTING_VERBS:
            source = self._subject(verb)
            judged = next((c for c in verb.children if c.dep_ in ("dobj", "ccomp")), None)
            if judged is None or not source or (judged.dep_ == "dobj" and
                                                not self._is_thing(judged)):
                return False  # (a guest welcomed with pleasure is hosted)
            target = [k for t in judged.subtree for k in [self.table.token_actor.get(t.i) or (
                self._country(self.table.token_country[t.i])
                if t.i in self.table.token_country else None)] if k and k not in source]
            target = [k for k in self._expand(list(dict.fromkeys(target))) if k not in source]
            if not target:
                return False
            self.folded.update(t.i for t in judged.subtree if t.pos_ in ("VERB", "NOUN"))
            return self._emit(plover("051"), verb, sent, source, target)
        if lemma not in SUPPORT_CARRIERS:
            return False
        noun = next((c for c in verb.children if c.dep_ == "dobj" and
                     c.lemma_.lower() in SUPPORT_NOUNS), None)
        if noun is None or self._material_support(noun):
            return False
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        endorsed = _pobjs(noun, ("for", "to", "behind", "of")) or _pobjs(verb, ("to", "behind"))
        target: list[str] = []
        for p in endorsed:
            if self._is_thing(p):
                # the owner of what is backed; a thing of no one ("support for an
                # international conference") endorses no side
                if self._is_act(p) or p.lemma_.lower() in STANCE_NOUNS:
                    target += self._owners(p, [])
            elif lemma not in OFFER_VERBS:
                # "expressed support for Kuwait": the side itself (an offer of support to a
                # side is the dictionary's offer of help)
                target += self._expand(self._head_actors(p))
        source = []
        if poss is not None and poss.lower_ in ("our", "my"):
            # the speaker of the quote; "the statement said": the last one named speaking
            # other than the side supported
            source = self._quoted_speaker(poss) or self._last_speaker(verb, target)
        elif poss is not None and poss.lower_ not in ("its", "their", "his", "her"):
            source = self._actors_of(poss)
        source = source or self._arguments(verb, None)[0]
        target = [k for k in dict.fromkeys(target) if k not in source]
        if not source or not target:
            return False
        self.folded.add(noun.i)
        return self._emit(plover("051"), verb, sent, source, list(dict.fromkeys(target)))

    def _backed_stance(self, verb: Token, sent: Span) -> bool:
        """"Sweden backed Nigeria's proposal for debt relief", "supported a proposal by
        Spain", "endorsed the plan tabled by Portugal": backing what another side proposes
        or holds endorses that side (SUPPORT 051), whatever the proposal is about (not the
        dictionary's "back ... relief", 0333)."""
        if modality(verb) == "future":
            return False  # "Portugal will support Turkey's efforts": a promise (AGREE 030)
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or not self._is_thing(obj) or \
                obj.lemma_.lower() not in BACKED_NOUNS:
            # (backing a call or demand joins it: "backed Argentina's call for sanctions"
            # keeps the dictionary's reading of what is called for)
            return False
        source = self._arguments(verb, None)[0]
        owners = self._owners(obj, source)
        if not owners and not any(c.dep_ == "nsubjpass" for c in verb.children):
            # "supported a proposal by Spain": the parser hangs the "by" phrase on the verb
            owners = [k for p in _pobjs(verb, ("by",)) for k in self._actors_of(p)
                      if k not in source]
        if not source or not owners or self._sides(owners) & self._sides(source):
            return False
        return self._emit(plover("051"), verb, sent, source, owners)

    def _material_support(self, noun: Token) -> bool:
        """"financial support", "military backing", "price support": help given, not a
        stance."""
        return any(c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i and
                   c.lemma_.lower() in MATERIAL_SUPPORT for c in noun.children)

    def _pronoun_owner(self, poss: Token) -> list[str]:
        """Whom a possessive pronoun refers to: "his" the person meant (_resolve_reference);
        "their" the sides heading the last sentence's subject when it names several
        ("Presidents A and B urged ... Their view")."""
        if poss.lower_ in ("his", "her"):
            return self._resolve_reference(poss)
        if poss.lower_ != "their":
            return []
        subject = self._last_subject(poss)
        if subject is None or subject.i < self.body_start:
            return []
        # (the phrase's named sides, read over its whole span: the parser may break a
        # coordination of two long names)
        keys = self._actors_of(subject)
        if len(keys) < 2 and any(t.dep_ == "cc" for t in subject.subtree):
            keys = self._expand(list(dict.fromkeys(
                self.table.token_actor[t.i] for t in subject.subtree
                if t.i in self.table.token_actor)))
        return keys if len(keys) >= 2 else []

    def _approved_aid_giver(self, verb: Token) -> list[str]:
        """Who gives the aid a verb of approval takes as its object, when that is another
        side than the approver: "approved a British government aid package", "cleared
        Italy's state aid to Fiat", "endorsed a loan from Japan" -> the giver. A lender
        approving its own loan ("the World Bank approved a loan to Jamaica") names none."""
        if verb.lemma_.lower() not in APPROVAL_VERBS:
            return []
        approver = self._sides(self._arguments(verb, None)[0])
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            aid = next((n for n in [obj, *obj.children] if (n is obj or (
                n.dep_ == "compound" and n.i < obj.i)) and getattr(
                plover(noun_code(n) or ""), "event", None) == "AID"), None)
            if aid is None:
                return []
            givers: list[str] = []
            for n in dict.fromkeys([obj, aid]):
                givers += [k for k in self._modifier_actors(n) + self._aid_givers(n)
                           if k not in givers]
            sides = self._sides(givers)
            if not sides or sides & approver:
                return []
            return givers
        return []

    def _doer_of_the_move(self, obj: Token, actor: list[str]) -> list[str]:
        """"Iraq's minister welcomed the move" after "the WTO is to hold membership talks with
        Iraq", "Berlin welcomed the decision" after the Commission's decision on Germany: an
        act named by a bare noun ("the move", "the decision", "this step") is the last act
        coded before that was aimed at the welcomer's side, by another side."""
        if obj.lemma_.lower() not in MOVE_NOUNS or any(
                c.dep_ in ("poss", "compound", "amod", "prep", "acl", "relcl") or
                c.dep_ == "det" and c.lower_ not in ("the", "this", "that")
                for c in obj.children):
            return []
        own = self._sides(actor)
        if not own:
            return []
        for ev in reversed(self.events):
            if self.doc[ev.trigger].sent.start > obj.sent.start:
                continue
            doers = self._sides(ev.actor)
            if ev.actor and doers and not doers & own and self._sides(ev.recipient) & own:
                return list(ev.actor)
        return []

    def _meets_nobody(self, verb: Token) -> bool:
        """"to meet U.S. requests", "met the deadline", "meet any escalation by Iran with
        countermeasures": "meet" whose object is a thing meets nobody."""
        return verb.lemma_ == "meet" and any(
            c.dep_ == "dobj" and (c.lemma_.lower() in SATISFIED_NOUNS or self._thing(c))
            for c in verb.children)

    def _thing(self, noun: Token) -> bool:
        """Whether a common noun names a thing, not people: no actor's word, no title, no
        group of people in the agent dictionary ("officials", "a delegation", "bankers")."""
        return noun.pos_ == "NOUN" and noun.i not in self.table.token_actor and \
            noun.lemma_.lower() not in UNNAMED_TITLES | RELATIONAL_NOUNS | POSTED_NOUNS and \
            not names_someone(noun)

    def _told_next_day(self, ev: EventDraft, sent: Span) -> list[Span]:
        """The one day ("yesterday", "on Friday") of the sentence after the lead, when that
        sentence names a side of `ev` or goes on with a pronoun: wire stories sum up the act
        first and tell when in the next sentence."""
        if sent.end >= len(self.doc):
            return []
        nxt = self.doc[sent.end].sent
        # (not a day that names another act: "Monday's attack")
        days = [e for e in nxt.ents if e.label_ == "DATE" and names_a_day(e.text) and
                e.root.dep_ != "poss" and not e.text.lower().endswith("'s")]
        if len(days) != 1:
            return []
        keys = set(ev.actor + ev.recipient)
        subject = next((t for t in nxt if t.dep_ in ("nsubj", "nsubjpass") and
                        t.head.dep_ == "ROOT"), None)
        if any(self.table.token_actor.get(t.i) in keys for t in nxt) or (
                subject is not None and subject.lower_ in ("it", "he", "she", "they")):
            return days
        return []

    def _countries(self, keys: list[str]) -> set:
        return {self.table.country_of(k) for k in keys} - {None}

    def _meet(self, tok: Token, sent: Span) -> None:
        """One meeting per partner phrase: "met with the IMF, then with President Trump" and
        "met Hu on Thursday, Wu and Wen on Friday" are two meetings each."""
        actor = self._subject(tok)
        if not actor:
            return
        preps = {"with", "to"} if tok.lemma_ in ("talk", "speak") else {"with"}
        groups: list[list[str]] = []
        for c in tok.children:
            if c.dep_ == "dobj" and self._meets_nobody(tok):
                continue
            if c.dep_ == "dobj" or (c.dep_ in ("dep", "npadvmod", "appos", "conj") and
                                    c.pos_ == "PROPN" and c.i > tok.i):
                keys = self._expand(_keys_in(c, self.table) or self._resolve_reference(c))
                if not keys and c.dep_ == "dobj" and c.pos_ == "NOUN":
                    # "met the creditor banks": the lenders of a debt story, as "met with"
                    lenders = self._group(c) if self._is_lender(c) else None
                    keys = [lenders] if lenders else []
            elif c.dep_ == "prep" and c.lower_ in preps:
                # (not a meeting addressed: "speaking to the Fund's Interim Committee
                # meeting" is no meeting with the Fund, see _speech_setting)
                keys = [k for p in c.children if p.dep_ == "pobj" and not (
                    c.lower_ == "to" and p.lemma_.lower() in TALK_NOUNS)
                    for k in self._actors_of(p)]
            else:
                continue
            keys = [k for k in keys if k not in actor]
            if keys:
                groups.append(keys)
        # (speaking to reporters is no meeting; nor is a meeting at home)
        groups = [[k for k in g if not (k in self.pending_groups and
                                        self.table.drafts[k].sector == "MED")] for g in groups]
        groups = [g for g in groups if g and (
            len(self._sides(actor + g, in_lead=True)) > 1 or self._stateless_people(actor + g))]
        # "spoke by telephone with", "talked on the phone to": a phone call (CAMEO 041)
        phone = any(p.lemma_.lower() in ("telephone", "phone") for c in tok.children
                    if c.dep_ == "prep" for p in c.children)
        for others in groups:
            ev = EventDraft("CONSULT", "041" if phone else "040", "phone" if phone else None,
                            tok.i, actor, others)
            self._add(ev, tok, sent)
        if not groups and tok.lemma_ in ("meet", "confer", "talk") and \
                len(self._sides(actor)) > 1 and not any(
                    c.dep_ == "prep" and c.lower_ in preps for c in tok.children):
            # "Egyptian and Israeli officials met in Cairo", "the foreign ministers of Egypt
            # and Israel met": the sides are all in the subject, a joint act
            self._add(EventDraft("CONSULT", "040", None, tok.i, actor, []), tok, sent)
        if groups and tok.dep_ in ("xcomp", "advcl") and \
                tok.head.lemma_.lower() in DEPART_VERBS:
            # "left Seoul yesterday to meet North Korea's leader": a trip to the partner's
            # country
            hosts = {self.table.country_of(k) for g in groups for k in g} - {None}
            if len(hosts) == 1:
                self._visit(actor, [self._country(next(iter(hosts)))], None, tok.head, sent)

    def _talks(self, tok: Token, sent: Span) -> None:
        if tok.dep_ == "compound":
            return
        if self._talks_wanted(tok, sent):
            return
        if self._attended_meeting(tok, sent):
            return
        if self._talks_of_a_trip(tok):
            return
        participants = self._prep_objects(tok, {"between", "with"})
        # "between Minister Michel Noir and the Yugoslavian minister": each side by itself
        participants += [k for p in _pobjs(tok, ("between",)) for c in p.conjuncts
                         if not _keys_in(c, self.table) for k in self._actors_of(c)
                         if k not in participants]
        # "negotiations currently held between Ottawa and Paris", "talks were held with X"
        holders = [c for c in tok.children if c.dep_ in ("acl", "relcl")] + (
            [tok.head] if tok.dep_ in ("nsubj", "nsubjpass") else [])
        # "talks are underway with China"
        holders += [c for h in holders if h.dep_ != "acl" for c in h.children
                    if c.dep_ == "acomp"]
        for holder in holders:
            participants += [k for k in self._prep_objects(holder, {"between", "with"})
                             if k not in participants]
        compounds = [c for c in tok.children if c.dep_ in ("compound", "nmod", "amod", "poss")]
        for c in compounds:
            participants += [k for k in self._expand(_keys_in(c, self.table))
                             if k not in participants]
        # "Tomorrow's meeting of the U.S., Japan, West Germany and France": the states its
        # "of" phrase lists are those who meet (also where the parser hung the phrase on the
        # name the meeting stands beside: "the Group of Seven meeting - of the U.S., ...")
        members = [k for p in _pobjs(tok, ("of",)) + (
            [q for q in _pobjs(tok.head, ("of",)) if q.i > tok.i]
            if tok.dep_ == "appos" else []) for k in self._actors_of(p)]
        if len(self._countries(members)) >= 2:
            participants += [k for k in members if k not in participants]
        if tok.lemma_.lower() in BODY_GATHERINGS:
            # "a gathering of EC ministers", "a session of the ISO council": the body whose
            # gathering it is (how it came to be coded, see _bodys_gathering)
            participants += [k for k in self._convening_bodies(tok) if k not in participants]
        owner = next((c for c in tok.children if c.dep_ == "poss" and
                      c.lower_ in ("his", "her", "its")), None)
        if owner is not None and participants and not _keys_in(owner, self.table) and \
                set(participants) <= set(self._prep_objects(tok, {"with"})):
            # "a statement following his talks with Lawson", "pleased with his meeting with
            # Takeuchi": the one the pronoun refers to held them, with the partner named
            participants = [k for k in self._actors_of(owner)
                            if k not in participants] + participants
        verb = None
        t = tok
        for _ in range(6):  # "begins two days of economic talks": up to the verb
            if t.head is t:
                break
            t = t.head
            if t.pos_ in ("VERB", "AUX"):
                verb = t
                break
            if t.dep_ not in ("prep", "pobj", "dobj", "nsubj"):
                break
        subject = self._subject(verb) if verb is not None else []
        if not subject and verb is not None and verb.pos_ == "VERB":
            # "has been locked in talks with ...", "were engaged in negotiations"
            subject = self._expand([k for c in verb.children if c.dep_ == "nsubjpass"
                                    and not self._is_thing(c) for k in self._actors_of(c)])
        poss_their = any(c.lower_ == "their" for c in tok.children)
        partner_with = any(c.dep_ == "prep" and c.lower_ == "with"
                           for h in [tok] + holders for c in h.children)
        partner_between = any(c.dep_ == "prep" and c.lower_ == "between"
                              for h in [tok] + holders for c in h.children)
        # "held two rounds of talks", "after three days of talks": the phrase the talks are
        # measured in stands where the talks would
        top = _measured(tok)
        if verb is not None and not partner_with and not partner_between and \
                _speech_setting(top, verb):
            subject = []
        if verb is not None and tok.lemma_.lower() in BODY_GATHERINGS and \
                top.dep_ == "pobj" and top.head.lower_ in ("after", "following") and \
                verb.lemma_.lower() in SPEECH_VERBS | {"speak"} and \
                self._convening_bodies(tok):
            # "Lawson was speaking after a gathering of EC finance ministers": the gathering
            # names who met, the body's ministers; the one who speaks after it is one of
            # them, no side of his own
            subject = []
        takes_part = ("in", "at", "for", "to") if partner_between else (
            "in", "at", "for", "to", "after", "during", "following")
        if verb is not None and (top.dep_ in ("dobj", "attr") or poss_their or
                                 top.head.lower_ in takes_part):
            participants = subject + [k for k in participants if k not in subject]
        if verb is not None and len(self._countries(participants)) < 2 and partner_with and \
                not partner_between and verb.dep_ == "ccomp" and \
                verb.head.lemma_.lower() in SPEECH_VERBS:
            # "Sarris revealed talks are underway with China": the speaker's side talks
            speaker = [k for k in self._subject(verb.head) if k not in participants]
            participants = speaker + participants
        if verb is not None and tok.dep_ == "dobj":
            participants += [k for k in self._prep_objects(verb, {"with"})
                             if k not in participants]
        group = top.head.head if top.dep_ == "pobj" and top.head.lower_ in ("at", "to") else None
        if group is not None and group.pos_ == "NOUN" and \
                group.lemma_.lower() in DELEGATION_NOUNS | GUEST_NOUNS:
            # "a member of the Indian delegation at the ADB's annual meeting": the delegation
            # at a meeting takes part in it, for the state its words name
            participants = [k for c in group.children if c.dep_ in ("amod", "compound", "poss")
                            for k in self._actors_of(c) if k not in participants] + participants
        if verb is not None and top.dep_ == "pobj" and \
                top.head.lower_ in ("after", "during", "following") and \
                not partner_with and not partner_between:
            # "reached agreement with its bank advisory committee after four weeks of talks":
            # talks that name no partner of their own were held with the partner of the act
            # they led to
            participants += [k for h in [verb, *(c for c in verb.children if c.dep_ == "dobj")]
                             for k in self._prep_objects(h, {"with"}) if k not in participants]
        if not participants and any(c.dep_ == "poss" and c.lower_ == "our"
                                    for c in tok.children):
            # ""Our talks today showed ...," Medvedev said": the speaker and, in a story
            # about two states, the other one
            speaker = self._quoted_speaker(tok)
            participants = speaker + self._partner(speaker, sent)
        recipient, place = self._destination(tok)
        if not recipient and verb is not None:
            # (not the phrase the talks are in: "is involved in talks on a purchase by a U.S.
            # company")
            recipient, place = self._destination(verb, avoid=tok)
        if participants and not partner_between and set(participants) <= {
                k for h in [tok] + holders for k in self._prep_objects(h, {"with"})}:
            return  # "talks with Russia and Saudi Arabia": the other side is not named
        if not participants and not partner_between and not any(
                c.dep_ in ("det", "poss") for c in tok.children) and (
                tok.head.pos_ not in ("VERB", "AUX") or tok.dep_ != "conj"):
            # (a definite "the talks", "their talks" refers to talks told before)
            participants = self._dyad_named(sent, {t.i for t in tok.subtree})
        countries = self._countries(participants)
        if self._mentioned_again(tok, participants, sent):
            return
        bodies = [k for k in participants if self.table.drafts[k].kind == "international"]
        if bodies and len(countries) < 2:
            # a summit of an international body: its members meet, the host city's country is
            # the venue, not a party ("AU leaders met in Niamey for an AU summit"); past the
            # lead, a body's meeting with no member named is background ("after last
            # December's OPEC meeting")
            # (one attended, hosted or held is told as it happens, wherever it is told:
            # "delegates of the G-77 are expected to attend the meeting", "a gathering of EC
            # ministers held to prepare for ...")
            if len(self._sides(participants, in_lead=True)) < 2 and \
                    not _meeting_held(top) and (
                        not self._in_lead(sent) or _meeting_only_named(top)):
                return
            ev = EventDraft("CONSULT", "040", "multilateral", tok.i, participants, [],
                            place=place)
            self._add(ev, tok, sent)
            self._accession_intent(tok, sent, participants, verb)
            return
        one_side = len(self._sides(participants, in_lead=True)) < 2 and \
            not self._stateless_people(participants)
        if len(countries) < 2 and (len(participants) < 2 or one_side):
            rec_c = self._countries(recipient)
            unknown = not countries and self._stateless_people(participants)
            if participants and not rec_c and not place and self.dateline_country and \
                    self.dateline_country not in countries and (countries or unknown) and \
                    all(self.table.drafts[k].kind == "person" for k in participants) and \
                    not partner_with and not partner_between and \
                    top.head.head.lemma_.lower() not in VISIT_NOUNS:
                # a wire story filed from Tokyo: the visiting official's talks, no venue
                # named, were held there ("he told a news conference after three days of
                # talks"); an official of unknown country, only if he proves a foreigner
                recipient, place = self._dateline_recipient(), "@dateline"
                rec_c = self._countries(recipient)
            if participants and rec_c and not rec_c <= countries and not partner_between \
                    and not any(c.lower_ in PERIODIC_WORDS for c in tok.children) and \
                    tok.lemma_.lower() != "summit" and \
                    not self._convening_bodies(tok) and not any(
                        c.lower_ in ("the", "these", "their") for c in tok.children):
                # (an "annual meeting in Manila" is a body's, not talks with the hosts; a
                # "summit in Venice" gathers leaders of many states: one of them there holds
                # no talks with the hosts)
                # (talks "between" the visitor and someone named otherwise are not with the
                # hosts: "talks in Paris between the Yugoslav delegation and its creditors")
                # (talks told as known, "at the talks here", "their summit meeting in
                # Reykjavik", "the latest negotiations", are a meeting told before, or one
                # held elsewhere with others, not talks with the hosts)
                # "talks in Bonn" by a Soviet minister: a visit, and talks with the hosts
                first = len(self.events)
                self._visit(participants, recipient, place, tok, sent)
                ev = EventDraft("CONSULT", "040", None, tok.i, participants, recipient,
                                place=place)
                self._add(ev, tok, sent)
                for added in self.events[first:]:
                    added.tentative = added.tentative or (
                        place == "@dateline" and not countries)
            return
        mode = "multilateral" if len(countries) > 2 else None
        cameo = "046" if tok.lemma_.startswith("negotiat") else "040"
        ev = EventDraft("CONSULT", cameo, mode, tok.i, participants, [], place=place)
        self._add(ev, tok, sent)
        self._accession_intent(tok, sent, participants, verb)

    def _talks_of_a_trip(self, tok: Token) -> bool:
        """"Will visit Tokyo in April for discussions on farm trade", "prepares to visit
        Washington for talks with Reagan": talks a coded trip is made for are its purpose,
        told by the visit (CONSULT 042) alone, when no one outside the travellers' and the
        hosts' states takes part ("flew to Washington for talks with the IMF" keeps them)."""
        prep = tok.head
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
            return False
        trip = prep.head
        if trip.lemma_.lower() not in VISIT_VERBS | DEPART_VERBS | VISIT_NOUNS:
            return False
        if any(t.lemma_.lower() in GATHERING_NOUNS for t in [tok, *tok.children]
               if t.i == tok.i or t.dep_ == "compound"):
            return False  # "arrives in Jakarta for a summit meeting": a gathering of its own
        visit = next((ev for ev in self.events if ev.cameo == "042" and
                      ev.trigger == trip.i and ev.recipient), None)
        if visit is None:
            return False
        states = self._countries(visit.actor + visit.recipient)
        partners = [k for k in self._prep_objects(tok, {"with", "between"})
                    if k not in visit.actor + visit.recipient]
        return bool(states) and all(
            self.table.drafts[k].kind != "international" and self.table.country_of(k) in states
            for k in partners)

    def _talks_wanted(self, tok: Token, sent: Span) -> bool:
        """"We are always open to negotiations", "Brazil is ready for talks with its
        creditors", "Japan is hoping for talks on the subject": talks one is open to or hopes
        for are an intent to negotiate (AGREE 036), held by no one yet; aimed at the "with"
        side, else (see code) at the other side named."""
        prep = tok.head if tok.dep_ == "pobj" else None
        if prep is None or prep.dep_ != "prep":
            return False
        word = prep.head
        if not (prep.lower_ == "to" and word.lower_ in OPEN_ADJECTIVES and word.pos_ == "ADJ" or
                prep.lower_ == "for" and (word.lower_ in OPEN_ADJECTIVES and word.pos_ == "ADJ"
                                          or word.lower_ in HOPE_FORMS)):
            return False
        verb = word.head if word.pos_ == "ADJ" and word.dep_ in ("acomp", "amod") else word
        if any(c.dep_ == "neg" for c in verb.children) or verb.pos_ not in ("VERB", "AUX"):
            return False
        actor = self._subject(verb)
        if not actor and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS \
                and any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
            actor = self._subject(verb.head)  # '"We are always open to talks," X said'
        if not actor:
            return False
        target = [k for k in self._prep_objects(tok, {"with"}) + self._prep_objects(verb, {"with"})
                  if k not in actor]
        self._emit(Coded("036", "AGREE", None, None, 0), verb, sent, actor,
                   list(dict.fromkeys(target)))
        return True

    def _accession_intent(self, tok: Token, sent: Span, participants: list[str],
                          verb: Token | None) -> None:
        """"The WTO is to hold membership talks with Iraq", "the EU will start accession
        talks with Croatia": talks on joining, announced, are a decision to negotiate (AGREE
        036) by the subject toward the candidates, besides the talks to come."""
        if verb is None or tok.dep_ != "dobj" or not any(
                c.dep_ in ("compound", "amod") and c.lemma_.lower() in ACCESSION_WORDS
                for c in tok.children) or modality(verb) != "future":
            return
        partners = self._prep_objects(tok, {"with"}) + self._prep_objects(verb, {"with"})
        recipient = [k for k in participants if k in partners]
        actor = [k for k in participants if k not in recipient]
        if not actor or not recipient:
            return
        self._add(EventDraft("AGREE", "036", None, tok.i, actor, recipient, confidence=0.6),
                  tok, sent)

    def _attended_meeting(self, tok: Token, sent: Span) -> bool:
        """"To take part in a meeting of the Inter-American Development Bank", "to attend the
        meetings of the World Bank and IMF": whoever attends a body's meeting meets the body
        (CONSULT 040, multilateral), whatever city it is held in."""
        bodies = self._convening_bodies(tok)
        if not bodies:
            return False
        verb = None
        if tok.dep_ == "dobj" and tok.head.lemma_.lower() in ATTEND_VERBS:
            verb = tok.head  # "attend the meeting of"
        elif tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at"):
            h = tok.head.head
            if h.lemma_.lower() in ATTEND_VERBS:
                verb = h  # "participate in the meeting of"
            elif h.lemma_.lower() == "take" and any(c.lower_ == "part" for c in h.children):
                verb = h  # "take part in the meeting of"
            elif h.lower_ == "part" and h.head.lemma_.lower() == "take":
                verb = h.head
        if verb is None:
            return False
        attendees = [k for k in self._subject(verb) if k not in bodies and
                     self.table.drafts[k].kind != "international"]
        if not attendees:
            return False
        ev = EventDraft("CONSULT", "040", "multilateral", tok.i, attendees, bodies)
        self._add(ev, tok, sent)
        return True

    def _bodys_gathering(self, tok: Token) -> bool:
        """"An informal gathering of European Community finance ministers", "the OPEC
        conference", "the ISO's six-monthly session": a gathering, conference or session
        that names an international body as its own (its compound, owner or "of" phrase) is
        that body's meeting, as "meeting" is; not a news conference held at one."""
        if any(c.dep_ == "compound" and c.lower_ in PRESS_WORDS for c in tok.children):
            return False
        return bool(self._convening_bodies(tok)) or any(
            c.dep_ in ("compound", "poss") and self._is_body(c) for c in tok.children)

    def _convening_bodies(self, tok: Token) -> list[str]:
        """The international bodies whose meeting `tok` is, named in its "of" phrase: "a
        meeting of the Inter-American Development Bank", "the meetings of finance ministers
        from the Group of Seven", also past its place ("the spring meeting in Washington of
        the IMF"; the parser may hang "from" on the meeting)."""
        phrases = _pobjs(tok, ("of", "from")) + [o for p in _pobjs(tok, ("in", "at"))
                                                  for o in _pobjs(p, ("of",))]
        keys: list[str] = []
        for p in phrases:
            for t in _without_relatives(p):
                key = self.table.token_actor.get(t.i)
                if self._is_body(t) and key not in keys:
                    keys.append(key)
        return keys

    def _dyad_named(self, sent: Span, skip: set[int]) -> list[str]:
        """The article's pair of states, when both are named in this sentence outside `skip`
        (the talks' own phrase: "talks on the future of Gibraltar" names a topic): the sides
        of talks that name none ("its failure to convince America ... during two days of
        emergency talks" in a story about Japan and the US)."""
        dyad = list(self.table.dyad or [])
        if len(dyad) != 2:
            return []
        named = {self.table.token_country.get(i) or
                 self.table.country_of(self.table.token_actor.get(i, ""))
                 for i in range(max(sent.start, self.body_start), sent.end) if i not in skip}
        bodies = any(self.table.drafts[k].kind == "international"
                     for i in range(sent.start, sent.end)
                     if (k := self.table.token_actor.get(i)) in self.table.drafts)
        if bodies or len(named - {None}) > 2:
            return []  # "the Group of Seven meeting of the U.S., Japan, ...": not the pair's
        return [self._country(iso) for iso in dyad] if set(dyad) <= named else []

    def _window_start(self, sent: Span, before: int) -> int:
        """The first token of `sent` with the `before` sentences ahead of it."""
        start = sent.start
        for _ in range(before):
            if start > 0:
                start = self.doc[start - 1].sent.start
        return start

    def _quoted_speaker(self, tok: Token) -> list[str]:
        """Who says the words `tok` is in: the subject of the verb of saying its clause hangs
        from ("..., Medvedev said")."""
        # its governors first; else a verb of saying of the sentence (the parser may
        # hang ""... our talks showed ...", X said" the wrong way round)
        said = [a for a in tok.ancestors if a.pos_ == "VERB" and
                a.lemma_.lower() in SPEECH_VERBS]
        if not said:
            said = [t for t in tok.sent if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS]
        for a in said:
            keys = self._subject(a) or [k for c in a.children if c.dep_ == "nsubj"
                                        for k in self._actors_of(c)]
            if keys:
                return keys
        return []

    def _partner(self, speaker: list[str], sent: Span) -> list[str]:
        """The other state of the article's pair, for a speaker of one of them, when it is
        named in this sentence or the three before."""
        own = {self.table.country_of(k) for k in speaker} - {None}
        dyad = list(self.table.dyad or [])
        start = self._window_start(sent, 3)
        if len(dyad) != 2 and len(self.table.sides) == 2:
            # a row between a state and a body ("the US and the EU"): the other one
            mine = self._sides(speaker)
            others = [k for k in self.table.sides if not self._sides([k]) & mine]
            if len(mine) != 1 or len(others) != 1:
                return []  # the speaker is not one of the two
            named = any(self.table.token_actor.get(i) == others[0]
                        for i in range(start, sent.end))
            return others if named else []
        if len(dyad) != 2 or len(own) != 1 or not own & set(dyad):
            return []
        other = next(iso for iso in dyad if iso not in own)
        named = any(self.table.token_country.get(i) == other or
                    self.table.country_of(self.table.token_actor.get(i, "")) == other
                    for i in range(start, sent.end))
        return [self._country(other)] if named else []

    def _mentioned_again(self, tok: Token, participants: list[str], sent: Span) -> bool:
        """"At the opening of the AU summit", "after the talks": a definite mention of talks
        already coded with the same participants adds evidence, not a second meeting."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these")
                   for c in tok.children):
            return False
        for ev in reversed(self.events):
            if ev.event == "CONSULT" and ev.cameo in ("040", "046") and \
                    set(ev.actor + ev.recipient) == set(participants) and \
                    ev.evidence[0] != (sent.start_char, sent.end_char):
                ev.evidence.append((sent.start_char, sent.end_char))
                return True
        return False

    def _courtesy_call(self, tok: Token, sent: Span) -> None:
        actor = self._subject(tok.head) if tok.head.pos_ == "VERB" else []
        recipient = self._prep_objects(tok, {"on"})
        if actor and recipient:
            ev = EventDraft("CONSULT", "042", "visit", tok.i, actor, recipient)
            self._add(ev, tok, sent)

    def _praise(self, tok: Token, sent: Span) -> None:
        actor = self._subject(tok)
        recipient = self._objects(tok, ("dobj",)) + self._prep_objects(tok, {"for"})
        if actor and recipient:
            ev = EventDraft("SUPPORT", "051", None, tok.i, actor, recipient)
            self._add(ev, tok, sent)

    def _assure(self, tok: Token, sent: Span) -> None:
        if tok.lemma_.lower() in VOW_VERBS:
            # "vowed revenge", "pledged aid to Sudan", "vowed to retaliate": what is
            # promised decides the code. (Sending every "pledged to ..." through the
            # dictionary added a false event on the blind set.)
            vowed = self._vowed_act(tok)
            if vowed is not None:
                # the aid pledged is not given yet: the pledge is the event
                self.folded.update(c.i for c in tok.children if c.dep_ == "dobj")
                self._coded_verb(tok, sent, vowed)
                return
        actor = self._subject(tok)
        if not actor and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we")
                             for c in tok.children):
            actor = self._quoted_speaker(tok)  # '"I promise ...," he told Garn': the speaker
        recipient = self._objects(tok, ("dobj", "dative"))
        if tok.lemma_.lower() in VOW_VERBS and not recipient:
            pledged = self.verb_code(tok)
            if pledged is not None and pledged.pattern_words and any(
                    c.dep_ == "dobj" for c in tok.children):
                # "pledged 3.15 billion dlrs in fresh funds to Jakarta", "promised more
                # money to Kenya": the dictionary's pattern on what is pledged gives the code
                # (an intent to give aid, 0331), and the pledge is aimed at its "to" side
                self.folded.update(t.i for c in tok.children if c.dep_ == "dobj"
                                   for t in c.subtree if t.pos_ == "NOUN")
                self._coded_verb(tok, sent, pledged)
                return
            if actor and self._promised_restraint(tok, sent, actor):
                return
            if actor and self._pledged_at_meeting(tok, sent, actor):
                return
        if actor and not recipient:
            # "'I promise to open Tokyo's markets,' he told Garn": a promise told to someone
            # is made to them
            recipient = self._addressee(tok, actor)
        if actor and recipient and self._countries(actor) != self._countries(recipient):
            cameo = "030"
            clause = next((c for c in tok.children if c.dep_ == "ccomp" and
                           c.pos_ in ("VERB", "AUX")), None)
            if clause is not None:
                # "assured Moi it will continue to give Kenya maximum support": what is
                # assured is the assurance's content (an intent to aid), not an act of its own
                acts = [t for t in clause.subtree if t.pos_ == "VERB" and
                        t.lemma_.lower() not in HANDLED_ELSEWHERE]
                inner = next((c for t in acts if (c := self.verb_code(t)) is not None), None)
                if inner is not None:
                    cameo = combine(Coded("030", "AGREE", None, None, 0), inner.event, inner)
                self.folded.update(t.i for t in acts)
            ev = EventDraft("AGREE", cameo if cameo.startswith("03") else "030", None, tok.i,
                            actor, recipient)
            self._add(ev, tok, sent)

    def _addressee(self, verb: Token, actor: list[str]) -> list[str]:
        """Whom words of promise or offer are told to: the object of the verb of telling that
        the promise's clause (or a quote of it) hangs from ("'I promise to ...,' he told Garn
        and three other legislators", "told reporters" names nobody); none of the actor's side."""
        clause = verb
        while clause.dep_ == "conj" and clause.head is not clause:
            clause = clause.head
        tell = clause.head
        if clause.dep_ != "ccomp" or tell.lemma_.lower() not in TELL_VERBS:
            return []
        own = self._countries(actor)
        drafts = self.table.drafts
        # (reporters, bankers or a crowd told are no side: only states, bodies, people and
        # state organs)
        return list(dict.fromkeys(
            k for c in tell.children if c.dep_ in ("dobj", "dative")
            for t in (c, *c.conjuncts) for k in self._actors_of(t)
            if k not in actor and k in drafts and k not in self.pending_groups and (
                drafts[k].kind in ("country", "person", "international") or
                drafts[k].kind == "organization" and drafts[k].sector in STATE_SECTORS) and
            not (self._countries([k]) and self._countries([k]) <= own)))

    def _pledged_at_meeting(self, tok: Token, sent: Span, actor: list[str]) -> bool:
        """"West Germany and Japan pledged at G-7 meetings to boost domestic demand", "Italy
        promised at the OPEC meeting to restrain output": a pledge of one's own act made at
        another side's meeting is a commitment to that side (AGREE 030), as a pledge to it
        is; a pledge with no one to answer to is none (see test_agree_intents)."""
        act = next((c for c in tok.children if c.dep_ in ("xcomp", "dobj", "ccomp")), None)
        if act is None:
            return False
        own = self._countries(actor)
        # whose meeting: its modifiers and "of" phrase, not its place ("in Vienna")
        named = [t for m in _pobjs(tok, ("at",)) if m.lemma_.lower() in TALK_NOUNS
                 for c in m.children if c.dep_ != "prep" or c.lower_ == "of"
                 for t in c.subtree]
        target = [k for t in named for k in self._expand(_keys_in(t, self.table))
                  if k not in actor and not (self._countries([k]) and
                                             self._countries([k]) <= own)]
        if not target:
            return False
        return self._emit(Coded("030", "AGREE", None, None, 0), tok, sent, actor,
                          list(dict.fromkeys(target)))

    def _commitment(self, verb: Token, sent: Span) -> bool:
        """"The United States remains committed to the accord", "reaffirmed their commitment
        to coordinate economic policies", "the ministers reaffirmed the pact": a commitment
        held or renewed to a pact or to a joint act is an intent to cooperate (AGREE 030), as
        a pledge is, not praise (the dictionary's "remain committed", 051) or a bare
        declaration of support ("reaffirm commitment", 050). Whom it binds toward: the
        actors named in what it is committed to, else (see code) the other side named."""
        lemma = verb.lemma_.lower()
        held = None
        if lemma in COMMITTED_VERBS and not any(c.dep_ == "neg" for c in verb.children):
            # "remains committed to", "was still committed to" (not "committed to winning")
            held = next((c for c in verb.children if c.dep_ == "acomp" and
                         c.lower_ == "committed"), None)
            phrase = next((p for p in _pobjs(held, ("to",)) if p.pos_ in ("NOUN", "PROPN") and
                           (instrument_class(p) or p.lemma_.lower() in COMMITTED_THINGS)),
                          None) if held is not None else None
            if phrase is None:
                return False
        elif lemma in REAFFIRM_VERBS:
            phrase = next((c for c in verb.children if c.dep_ == "dobj" and (
                c.lemma_.lower() in COMMITMENT_NOUNS or
                lemma == "reaffirm" and instrument_class(c))), None)
            if phrase is None:
                return False
        else:
            return False
        source = self._subject(verb)
        if source and verb.dep_ == "conj" and verb.head.lemma_.lower() in MEET_VERBS and any(
                c.dep_ == "poss" and c.lower_ in ("their", "our") for c in phrase.children):
            # "Baker met with West German officials and reaffirmed their commitment": the
            # commitment is of both sides of the meeting
            source = list(dict.fromkeys(source + [
                k for o in self._objects(verb.head, ("dobj",)) +
                self._prep_objects(verb.head, {"with"}) for k in [o] if k not in source]))
        if not source:
            return False
        target = [k for t in phrase.subtree for k in _keys_in(t, self.table)
                  if k not in source and t.dep_ != "poss"]
        self.folded.update(t.i for t in phrase.subtree if t.pos_ in ("VERB", "NOUN"))
        return self._emit(Coded("030", "AGREE", None, None, 0), verb, sent, source,
                          list(dict.fromkeys(target)))

    def _promised_restraint(self, tok: Token, sent: Span, actor: list[str]) -> bool:
        """"Britain promised it would not be a threat to the United States", "vowed it
        would not attack Iraq again": a promise whose content denies a hostile act of the
        promiser's side is an assurance (AGREE 030) to whoever the act would hit; the denied
        act is no event of its own."""
        clause = next((c for c in tok.children if c.dep_ == "ccomp" and
                       c.pos_ in ("VERB", "AUX")), None)
        if clause is None or not any(
                c.dep_ == "neg" or c.dep_ == "advmod" and any(n.dep_ == "neg" for n in c.children)
                for c in clause.children):
            return False  # ("would never again embargo": the parser hangs "never" on "again")
        if clause.lemma_.lower() == "be":
            act = next((c for c in clause.children if c.dep_ == "attr"), None)
            code = noun_code(act) if act is not None else None
            hostile = plover(code) if code else None
            target = [k for t in act.subtree if t.dep_ == "pobj"
                      for k in self._actors_of(t)] if act is not None else []
        else:
            act = clause
            hostile = self._attack(clause) or self.verb_code(clause)
            target = self._arguments(clause, None)[1]
        if hostile is None or hostile.event not in HOSTILE_TYPES:
            return False
        own = self._countries(actor)
        target = [k for k in dict.fromkeys(target) if k not in actor and not (
            self._countries([k]) and self._countries([k]) <= own)]
        if not target:
            return False
        self.folded.update(t.i for t in clause.subtree if t.pos_ in ("VERB", "NOUN"))
        ev = EventDraft("AGREE", "030", None, tok.i, actor, target, confidence=0.6,
                        lexical=True)
        self._add(ev, tok, sent)
        return True

    # ---- any verb of the Phoenix lexicon ---------------------------------------------------
    def _coded_verb(self, tok: Token, sent: Span, coded: Coded | None = None) -> None:
        if coded is None and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
                tok.head.lemma_.lower() in LEVY_NOUNS and not noun_code(tok.head) and \
                (levied := self._levy(tok)) is not None:
            # "the tariffs imposed by Washington on Japanese goods": the measure imposed
            self._imposed_measure(levied, tok.head, sent, [], [])
            return
        if tok.lemma_.lower() == "oppose" and any(
                c.lower_ == "as" and c.i < tok.i for c in tok.children):
            return  # "Western governments, as opposed to commercial banks": a contrast
        if tok.lemma_.lower() in WRONGDOING_VERBS and tok.dep_ == "ccomp" and \
                tok.head.lemma_.lower() in REPORTING_VERBS and \
                modality(tok) in ("future", "hypothetical") and any(
                    c.tag_ == "MD" for c in tok.children) and any(
                    c.dep_ == "nsubj" and c.pos_ != "PRON" for c in tok.children) and \
                (doer := self._sides(self._subject(tok))) and \
                not doer & self._sides(self._subject(tok.head)):
            # "developing countries said the EC would breach two agreements if it went ahead":
            # a wrong another side foresees for it is a warning of theirs, no defiance of its
            return
        if coded is None and tok.dep_ == "acomp" and tok.lower_ in INTENT_ADJECTIVES:
            # "would be prepared to lift the sanctions", tagged as a participle: a stance,
            # coded with its complement as "is willing to" is (below), not the verb "prepare"
            return
        if coded is None and tok.lemma_.lower() in LIGHT_VERBS | {"pay"} and any(
                c.dep_ == "dobj" and (noun_code(c) or c.lemma_.lower() in VISIT_NOUNS)
                for c in tok.children):
            # "issued an ultimatum", "staged a protest", "will make an official visit": the
            # noun says what was done
            return
        if coded is None and tok.lemma_.lower() in ELICIT_VERBS and any(
                c.dep_ == "dobj" and getattr(plover(noun_code(c) or ""), "event", None) in (
                    "ACCUSE", "PROTEST") and _pobjs(c, ("from",)) + _pobjs(tok, ("from",))
                for c in tok.children):
            return  # "drew criticism from Japan": the noun's critic (_drawn_criticism)
        if tok.lemma_.lower() in {*POLICY_DEFAULTS, "offer"} and tok.tag_ in ("VBZ", "VBP") \
                and modality(tok) == "asserted" and tok.dep_ != "xcomp":
            # "Australia exports uranium to the US and Japan", "the exchange offers Chinese
            # companies access to ...": trade, or what is on offer, not an act, in reported
            # speech too ('"The exchange offers Chinese companies access," she said')
            return
        if coded is None and tok.lemma_.lower() == "want" and not any(
                c.dep_ == "xcomp" and not any(s.dep_ == "nsubj" for s in c.children)
                for c in tok.children) and any(
                c.dep_ in ("dobj", "ccomp") for c in tok.children):
            # "the Soviets want a new sugar pact", "want the budget to be capped": wanting
            # something of others demands it; "wants to buy" (one's own act) is an intent
            coded = plover("100")
        if coded is None and self._wishes_another(tok):
            # "would like Brazil to work more closely with the Fund", "would prefer Tokyo to
            # open its market": wishing another side (the object) to act asks it to
            coded = plover("100")
        if coded is None and self._wished_of(tok):
            # "we would like to see the Kenyan government continue the reforms", "wants to
            # see Bonn cut its rates": wishing to see another side act asks it to
            coded = plover("100")
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in tok.children):
            return  # "will retaliate if the US imposes sanctions": a condition, not an act
        if self._recall(tok, sent):
            return
        if coded is None and _question(tok):
            # "asked whether it would join", "asked how he felt": a question, no appeal, and
            # what it asks about is no act
            self.folded.update(t.i for c in tok.children if c.dep_ in ("ccomp", "advcl")
                               for t in c.subtree if t.pos_ in ("VERB", "NOUN"))
            return
        inner_verb = _complement(tok, self.body_start)
        if tok.lemma_.lower() in DECISION_VERBS and inner_verb is not None and \
                inner_verb.dep_ == "xcomp":
            return  # "voted to cut Turkcell's stake": the act decided is the event, coded alone
        if tok.lemma_.lower() in PLANNING_VERBS and inner_verb is not None and \
                inner_verb.dep_ == "xcomp" and inner_verb.lemma_.lower() in {"visit", "meet"}:
            # "Nakasone plans to visit Washington", "prepares to meet Reagan": a visit or a
            # meeting planned is the visit or meeting to come (CONSULT, future), coded alone
            return
        if tok.lemma_.lower() in ("refuse", "decline") and inner_verb is not None and (
                inner_verb.lemma_.lower() in SPEECH_VERBS | NO_COMMENT_VERBS):
            return  # "declined to elaborate", "refused to say who was to blame": no answer
        if _confirm_or_deny(tok):
            return  # "could neither confirm nor deny reports that ...": no comment, no denial
        if coded is None and tok.lemma_.lower() in OBSTRUCT_VERBS and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in APPLICATION_NOUNS
                for c in tok.children):
            # "the US blocked Iran's application", "vetoed the resolution": a veto (CAMEO
            # 129), not an obstruction of movement
            coded = plover("129")
        if coded is None and tok.lemma_.lower() in VOTE_VERBS and inner_verb is not None and \
                getattr(self._curtail(inner_verb) or self.verb_code(inner_verb), "event",
                        None) in MATERIAL_TYPES:
            return  # "parliament voted to cut Turkcell's stake": the vote is the cut, coded there
        coded = coded or self._undoing(tok) or self._buildup(tok) or self._curtail(tok) or \
            self._ultimatum(tok) or self._attack(tok, words=True) or self._repel(tok) or \
            self.verb_code(tok) or self._attack(tok)
        if coded is not None and coded.cameo == "110" and any(
                _that_clause(c) and _mandative(c) for c in tok.children):
            # "were concerned that Japan do more to stimulate demand": a worry whose clause
            # is in the subjunctive asks the act of its subject (a demand, 100); no wrong of
            # that side's is told
            coded = plover("100") or coded
        backed = passive_subject(tok) if coded is None and \
            tok.lemma_.lower() in ENDORSE_VERBS else None
        if backed is not None and self._is_thing(backed) and any(
                c.dep_ == "agent" for c in tok.children) and self._arguments(tok, None)[1]:
            # "Their view was backed by Canada", "the plan is supported by Japan": backing
            # what another side holds or proposes endorses that side (051)
            coded = plover("051")
        if coded is not None and _standing_rule(tok):
            return  # "the Commission has to approve all government aid": a rule, no act
        giver = self._approved_aid_giver(tok)
        if giver:
            # "the Commission approved a British government aid package to Rover": approving
            # another side's aid endorses that side (051); the approver gives nothing
            self._emit(plover("051") or coded, tok, sent, self._arguments(tok, None)[0], giver)
            return
        if tok.lemma_.lower() in ENDORSE_VERBS and self._backed_stance(tok, sent):
            return
        if coded is not None and coded.event in HOSTILE_TYPES and \
                tok.lemma_.lower() in ENDORSE_VERBS and self._endorsed_owner(tok):
            # "the Senate backed President Reagan's retaliatory strike": backing another's
            # act endorses its doer (051), not the dictionary's "back a strike" (1384):
            # backing is no hostile act of the backer's
            coded = plover("051") or coded
        if coded is not None and coded.event == "AID" and any(
                c.dep_ == "dobj" and self._is_thing(c) and self._is_act(c)
                for c in tok.children) and tok.lemma_.lower() in ("defend", "protect"):
            # "defended the new sanctions", "defended its farm proposals": a stance on a
            # measure, no protection given to a side (the dictionary's 074)
            return
        if self._own_schedule(tok):
            return  # nor the dictionary's "give ... deadline" (139) or "give time" (080)
        talks = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and (
            c.lemma_.lower() in TALK_NOUNS or c.lower_ in TALK_MEASURES and any(
                p.lemma_.lower() in TALK_NOUNS for p in _pobjs(c, ("of",))))), None)
        if talks is not None and tok.lemma_.lower() in CLOSING_VERBS:
            return  # "ended two days of talks", "concluded the talks": the talks are the event
        if talks is not None and tok.lemma_.lower() in BREAKING_VERBS:
            coded = plover("164")  # "broke off talks", "suspended negotiations": halted
        ties = next((c for c in tok.children if c.dep_ in ("dobj", "nsubjpass") and
                     c.lemma_.lower() in ("relation", "relations", "tie", "ties")), None)
        if ties is not None and tok.lemma_.lower() in SEVERING_VERBS:
            coded = plover("161")  # "broke off diplomatic relations", "severed ties"
        if coded is None and tok.lemma_.lower() in ("recognise", "recognize") and any(
                c.dep_ == "dobj" and any(self.table.drafts[k].kind == "country"
                                         for k in _keys_in(c, self.table))
                for c in tok.children):
            coded = plover("054")  # "recognised Israel": diplomatic recognition granted
        planned = _planned_act(tok) if tok.lemma_.lower() not in ANSWER_VERBS else None
        if planned is not None:
            # "announced plans to impose tariffs on Japanese goods": an announced intent,
            # coded by the act intended: a threat for a hostile act, an intent to cooperate
            # for a cooperative one
            acted = self._curtail(planned) or self.verb_code(planned)
            if acted is not None and intent(acted.cameo):
                coded = plover("130" if acted.cameo in THREAT_CODES else "030")
            else:
                planned = None
        if coded is None and tok.lemma_.lower() in EXPERIENCER_VERBS:
            # "was angered by", "was pleased with": disapproval or approval of what caused it
            coded = plover("051" if tok.lemma_.lower() in PLEASING_VERBS else "110")
        if tok.lemma_.lower() in RETRACT_VERBS and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RETRACTED_NOUNS
                for c in tok.children):
            # "withdrew a request to Washington", "dropped its objections": giving up a
            # demand yields (CAMEO 080), it withdraws no forces; the demand given up is no
            # event of its own
            coded = plover("080")
            self.folded.update(t.i for c in tok.children if c.dep_ in ("dobj", "nsubjpass")
                               for t in c.subtree if t.pos_ == "NOUN")
        if coded is None and tok.lemma_.lower() in CHARGING_VERBS and any(
                _that_clause(c) for c in tok.children):
            coded = plover("112")  # "charged that France was subsidising": an accusation
        if coded is None and tok.lemma_.lower() in APPEAL_VERBS and _for_clause(tok) is not None:
            coded = plover("020")  # "called for the embargo to be lifted"
        if coded is None and tok.lemma_.lower() in APPEAL_VERBS and self._asked_doers(tok):
            coded = plover("020")  # "pushed for greater imports by Japan": Japan is asked
        gov = tok.head if tok.dep_ in ("xcomp", "ccomp") and tok.head is not tok else None
        if gov is None and tok.dep_ == "conj" and tok.tag_ == "VB" and not any(
                c.dep_ in ("nsubj", "aux") for c in tok.children):
            # "is offering to provide cooperation, and facilitate the travel": a second
            # complement of the governor, parsed as its conjunct
            gov = tok.head
        if gov is not None and gov.i in self.folded_governors:
            return  # coded with its governor
        # "wants to retain control", "is ready to maintain security": an intent whose act
        # the coder does not know; with no other side named it is a plan of one's own
        own_intent = coded is not None and coded.cameo == "030" and \
            tok.lemma_.lower() in INTENT_VERBS
        ready = gov is not None and (
            gov.pos_ == "ADJ" and gov.lemma_.lower() in INTENT_ADJECTIVES or
            gov.dep_ == "acomp" and gov.lower_ in INTENT_ADJECTIVES)
        if ready:
            # (the tagger reads "would be prepared to lift" as a participle: the same stance)
            # "is willing to send troops", "is prepared to lift the ban": the intent to act,
            # whatever the act ("is willing to send material": an intent to cooperate)
            own_intent = coded is None
            negated = any(c.dep_ == "neg" for c in gov.children) or any(
                c.dep_ == "neg" for c in gov.head.children)
            stance = Coded("120" if negated else "030", "REJECT" if negated else "AGREE",
                           None, None, 0)
            threat = THREAT_CODES.get(coded.cameo) if coded and not negated else None
            if coded is None and not negated and tok.lemma_.lower() in RETALIATE_VERBS:
                threat = "130"  # "is prepared to retaliate": a threat, whatever the means
            coded = plover(threat) if threat else plover(
                combine(stance, coded.event if coded else None, coded))
            coded = coded or stance
        if coded is None and tok.lemma_.lower() in RETALIATE_VERBS and (
                _conditional(tok) or (_held_out(tok) and tok.dep_ != "relcl")) and \
                not any(c.dep_ == "neg" for c in tok.children):
            # "the United States will retaliate if the EC adopts the tax", "Iran would
            # avenge it", "there was no doubt the community would retaliate against U.S.
            # exports": retaliation held out, on a condition or to come, threatens whoever
            # it would answer
            coded = plover("130")
        answer = coded is None and _answer_held_out(tok)
        if answer:
            # "it would act if their fiscal situations deteriorated", "Japan will react if
            # the U.S. imposes the tariffs": an answer held out on another side's act
            # threatens that side (whoever heads the condition, below)
            coded = plover("130")
        if coded is None:
            return
        inner = (_complement(tok, self.body_start) or planned or
                 (_for_clause(tok) if coded.event == "REQUEST" else None)) \
            if coded.event in GOVERNING_TYPES and \
            tok.lemma_.lower() not in MODAL_GOVERNORS and \
            not any(c.dep_ == "auxpass" for c in tok.children) else None
        if inner is not None and coded.event == "AGREE" and \
                tok.lemma_.lower() in DESIRE_VERBS and any(
                    c.dep_ == "nsubj" and c.lower_ not in ("it", "they", "we", "he", "she")
                    for c in inner.children):
            # "the United States wants Taiwan to let its currency rise": wanting another
            # side to act is asking it to, not an intent of one's own
            coded = plover("020") or coded
        elif inner is not None and coded.event == "AGREE" and \
                tok.lemma_.lower() in DESIRE_VERBS:
            # "the German firm wanted to buy Fiat outright", "we want to send a message to
            # Japan": a wish for one's own act is neither an offer nor a promise to anyone,
            # nor the act itself
            self.folded_governors.add(tok.i)
            return
        cameo = coded.cameo
        agreed_talks = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                        for p in c.children if p.dep_ == "pobj" and
                        p.lemma_.lower() in TALK_NOUNS] if coded.event == "AGREE" else []
        if inner is None and agreed_talks:
            # "agreed to formal talks with Hungary": an intent to negotiate (036), and the
            # talks are not yet held
            cameo = "036"
            self.folded.update(t.i for t in agreed_talks)
        if inner is not None and coded.event == "REQUEST" and _reported_fact(inner) and \
                not any(c.dep_ == "dobj" for c in tok.children):
            # "insisted that the Turkish leadership had made great advances", "insisted that
            # Japan was living up to the pact": a claim, no demand; after a charge against
            # the claimant's side, a refusal of that charge
            source = self._arguments(tok, inner)[0]
            target = self._accuser_of(source) if source else []
            if target:
                self._emit(plover("120") or coded, tok, sent, source, target)
            return
        if inner is not None:
            inner_lemma = inner.lemma_.lower()
            inner_coded = None if inner_lemma in HANDLED_ELSEWHERE else self.verb_code(inner)
            if inner_coded is None and inner_lemma in POLICY_DEFAULTS:
                # as a complement ("stopped supplying gas") a trade verb names the act
                inner_coded = plover(POLICY_DEFAULTS[inner_lemma])
            inner_type = inner_coded.event if inner_coded else None if \
                self._meets_nobody(inner) else _HANDLED_TYPES.get(inner_lemma)
            # "agreed to hold talks": the complement's object names the act
            if inner_type is None:
                for c in inner.children:
                    if c.dep_ == "dobj" and c.lemma_.lower() in TALK_NOUNS:
                        inner_type = "CONSULT"
            cameo = combine(coded, inner_type, inner_coded)
            if coded.event == "AGREE" and inner_lemma in DIRECTIVE_VERBS:
                # "agreed to instruct the World Bank to ...": the instruction is the act
                cameo = "100"
            if coded.event in ("REQUEST", "THREATEN") and _consequence(inner) is not None:
                # "told Japan to resolve the row or face a deterioration in relations": a
                # demand with a penalty for not meeting it is an ultimatum (CAMEO 139)
                cameo = "139"
            # the complement is what was agreed, refused, asked or threatened, not an act of
            # its own, whether or not the governing act can be attributed below
            self.folded_governors.add(tok.i)
            told = _time_clauses(inner)
            self.folded.update(t.i for t in inner.subtree if t.pos_ in ("VERB", "NOUN") and
                               t.i not in told)
        final = plover(cameo, coded.pattern_words) or coded
        if final.event == "CONSULT" and any(
                c.dep_ == "dobj" and (c.lemma_.lower() in VISIT_NOUNS | TALK_NOUNS or any(
                    p.lemma_.lower() in TALK_NOUNS for p in _pobjs(c, ("of",))))
                for c in tok.children):
            return  # "began a visit", "held two days of talks": the noun's handler codes them
        if final.event == "CONSULT" and any(
                c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in MEET_VERBS | VISIT_VERBS
                for c in tok.children):
            return  # "was summoned to confer with": the meeting is the complement's
        if final.event == "CONSULT" and tok.dep_ in ("advcl", "xcomp") and (
                tok.head.lemma_.lower() in VISIT_VERBS | MEET_VERBS | HOST_VERBS or
                getattr(self.lexicon.code(tok.head), "event", None) == "CONSULT"):
            # "will visit the US to discuss ...", "was summoned to confer with ...": the
            # purpose of the visit or summons, not a second meeting
            return
        if final.event in ("AGREE", "COOPERATE", "CONCEDE") and (
                self._aim_of_meeting(tok) or _purpose_of_talks(tok)):
            return  # "met to resolve the dispute": what the meeting is for, not agreed yet
        if any(c.dep_ == "dobj" and c.lemma_.lower() in OFFICES for c in tok.children):
            return  # "took over the presidency of the EU" seizes nothing
        if final.event in ("AGREE", "SUPPORT") and tok.lemma_.lower() in STATUS_VERBS and any(
                c.dep_ in ("dobj", "nsubjpass") and instrument_class(c) for c in tok.children):
            # "reached an agreement", "ratified the treaty": the agreement coder records the
            # instrument and the event that goes with it ("supports the deal" stays praise)
            return
        if final.event == "COOPERATE" and any(
                c.dep_ in ("dobj", "nsubjpass") and instrument_class(c) for c in tok.children):
            return  # "hopes to announce a deal": the deal is the agreement coder's record
        if final.event == "AGREE" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in DELEGATION_NOUNS and any(
                    t.lemma_.lower() in TALK_NOUNS for t in c.subtree)
                for c in tok.children):
            return  # "leads a delegation to the climate talks": the talks are the event
        mod = modality(tok)
        if final.event == "AGREE" and agreeing_unmade(tok):
            return  # "no bids until the ministers agree", "is unlikely to agree": none made
        if self._under_instrument(tok):
            return  # "under the agreement, it will supply India": the terms, not an act
        if (mod == "future" or (mod == "hypothetical" and _conditional(tok))) and \
                intent(final.cameo):
            # "will cut aid", and "may halt its mediation if the parties do not cooperate":
            # an act announced, or held out on a condition, is a threat or an offer
            final = plover(intent(final.cameo) or "", coded.pattern_words) or final
        held_out = mod == "hypothetical" and final.cameo[:2] in ("03", "13")
        refusal = mod == "negated" and bool(REFUSAL_OF.get(final.cameo[:3]))
        if refusal:
            # "will not export uranium to India": withholding cooperation is a refusal, and
            # the refusal is what the text asserts
            final = plover(REFUSAL_OF[final.cameo[:3]], coded.pattern_words) or final
        conditioned = _conditional_refusal(tok, final, mod) and bool(
            self._condition_subject(tok, inner))
        if conditioned:
            # "would not agree to a new loan unless Peru cut its deficit", "would suspend
            # debt payments if the banks did not ease the terms": a refusal held out on a
            # side's act threatens that side (CAMEO 131), as "threatened to ... unless" does
            # (the target is whoever heads the condition, below); a condition on no side
            # ("unless reforms were agreed") leaves the refusal as it was
            final = plover("131", coded.pattern_words) or final
        if final.cameo == "130" and _warned_off_own_act(tok):
            # "warned the United States against setting a rule": disapproval of the warned
            # side's own course (ACCUSE 111), no act of the speaker held out
            final = plover("111", coded.pattern_words) or final
        if mod == "negated" and final.cameo in ("030", "020"):
            # "did not request any U.N. action", "had not intended to hurt U.S. industry":
            # an intent or appeal denied, with no act of its own to refuse, says nothing done
            return
        if final.event == "THREATEN" and _forecast(tok, inner) and not (
                tok.lemma_.lower() == "warn" and self._condition_subject(tok, inner)) and \
                not self._own_act_foreseen(tok, inner):
            # "warned that prices could face pressure", "a dispute threatened to ..."; not
            # "warned a trade row will develop if the EC proceeds with the tax", which
            # holds the consequence over whoever must meet the condition
            return
        source, target = self._arguments(tok, inner)
        if not target and final.event == "AGREE":
            # "is willing to participate with other lenders in providing a loan to Argentina":
            # an offer to join in an act is made to whom the act is aimed at
            joined = _joined_act(inner if inner is not None else tok)
            if joined is not None:
                target = [k for k in self._arguments(joined, None)[1] if k not in source]
        if not target and final.event == "AGREE" and source:
            # "'We are ready to negotiate,' he told the Japanese envoy": told to that side
            target = self._addressee(tok if inner is None or tok.dep_ == "ccomp" else inner,
                                     source)
        if not target and final.event == "REQUEST":
            target = [k for k in self._wished_of(tok) if k not in source]
        if not source and final.cameo == "036" and tok.lemma_.lower() == "invite" and any(
                c.dep_ == "auxpass" for c in tok.children):
            # "Taiwan had been invited to the Asian Development Bank's annual meeting", "India
            # has been invited to take part in the G7 meeting": with no "by" phrase, whoever
            # holds the meeting invites
            meetings = _pobjs(tok, ("to",)) + [
                t for c in tok.children if c.dep_ == "xcomp" for t in c.subtree
                if t.lemma_.lower() in TALK_NOUNS | {"conference"}]
            source = [k for p in meetings for m in p.children
                      if m.dep_ in ("poss", "compound") for k in self._actors_of(m)
                      if k not in target]
            # "India, along with China and Brazil, has been invited": all of them
            joined = [k for c in tok.children if c.dep_ == "nsubjpass"
                      for a in [*c.children, *tok.children] if a.dep_ == "prep" and
                      a.lower_ in ("along", "together") for w in _pobjs(a, ("with",))
                      for t in [w, *w.conjuncts] for k in self._actors_of(t)
                      if k not in source] if source else []
            target = list(dict.fromkeys(target + joined))
            if source:
                # what the invited side is to do is the invitation's content, no act of its own
                self.folded.update(t.i for c in tok.children if c.dep_ == "xcomp"
                                   for t in c.subtree if t.pos_ == "VERB")
        if tok.lemma_.lower() == "deny" and any(_that_clause(c) or c.dep_ == "ccomp"
                                                for c in tok.children):
            # "Kuwait denied that it had given Iraq any help": the denial answers whoever
            # accused it, not the one the denied clause names
            target = self._accuser_of(source) or self._adversary(source, sent, "120")
            if not target:
                return
        if tok.lemma_.lower() in EXPERIENCER_VERBS:
            source, target = self._experiencer_roles(tok, source, target)
        each_side = [] if source else self._each_side(tok, sent)
        if each_side:
            source = each_side
        if not target and len(source) > 1 and (each_side or _reciprocal(tok)):
            # "the U.S. and Brazil blamed each other": each side at the other
            for k in source:
                self._emit(final, tok, sent, [k], [o for o in source if o != k])
            self._fold_allegation(final, tok)
            return
        if not target and final.cameo.startswith("045"):
            # "mediated between Israel and Syria": the sides mediated between
            target = [k for k in self._prep_targets(tok, ("between",)) if k not in source]
        if not target and final.event in MATERIAL_TYPES:
            target = self._purpose_target(tok, source)
        if not target and (final.event in MATERIAL_TYPES or (
                final.event == "AGREE" and inner is not None)):
            # "agreed to build two new roads in Uganda": where the work is done
            target = self._site_state(inner if inner is not None else tok, source,
                                      own_phrase=inner is not None)
        if not target and final.cameo == "129":
            # "the US blocked its application": one does not veto one's own, so "its" is the
            # state or body named before, other than the one vetoing
            target = [k for c in tok.children if c.dep_ == "dobj" for p in c.children
                      if p.dep_ == "poss" and p.lower_ in ("its", "their")
                      for k in self._last_body(p, skip=set(source))]
        if not source and not (target and self._in_lead(sent) and final.event in UNNAMED_DOER):
            return
        if final.cameo == "161" and source and all(
                k in self.table.drafts and self.table.drafts[k].kind == "organization" and
                self.table.drafts[k].sector == "BUS" for k in source):
            # "Toyota severed ties with its Philippine partner": a firm ends a business
            # partnership; it cuts no relations between states
            return
        if final.event == "AID" and tok.lemma_.lower() in POLICY_DEFAULTS and all(
                self.table.drafts[k].kind == "organization" and
                self.table.drafts[k].sector == "BUS" for k in source if k in self.table.drafts):
            return  # "Nissan Diesel shipped 156 trucks to North Korea": a firm's sales, no aid
        target = self._other_sides(source, target)
        if final.event == "REQUEST":
            target = self._relayed_request(tok, inner, source, target)
        if final.cameo in ("163", "1312"):
            # "planned to raise tariffs on 300 mln dlrs in Japanese exports to the United
            # States": a levy on goods is aimed at the state the goods come from, not at
            # the market they are sold in
            owners = [k for k in self._goods_owner(inner if inner is not None else tok)
                      if k not in source]
            target = owners or target
        if final.event == "ACCUSE" and target and set(target) <= set(
                self._prep_objects(tok, {"to"})):
            # "complained to the United Nations that planes from Afghanistan attacked": the
            # complaint is made to an audience about whoever the clause says acted
            target = self._alleged_doer(tok, source) or target
        if not target and final.event in ("ACCUSE", "REJECT", "SUPPORT"):
            # "Kuwait condemned the seizures": the doer of the act its object names
            target = [k for k in self._doer_of_act(tok) if k not in source]
        if not target and final.event == "REJECT":
            # "Britain opposed a proposed tax" where the article tells "the tax, proposed
            # as part of the Commission's package": a rejection answers the author of what
            # it rejects
            target = [k for k in self._proposer(tok, source) if k not in source]
        if not target and (final.event == "ACCUSE" or coded.needs_target):
            # "complained that North Korea was using ...": the one accused is the subject of
            # what is alleged
            target = self._alleged_doer(tok, source)
        if ready and not target and final.event == "AGREE":
            # "would be prepared to lift the sanctions when Japan took corrective action": a
            # readiness on a condition is offered to whoever must meet the condition
            target = [k for k in self._condition_subject(tok, None, ("when", "once"))
                      if k not in source]
        if coded.pattern_words == 0 and inner is None and not target and \
                not self._in_lead(sent) and not (
                    # "Egypt and Uganda are discussing ...": both sides are the subject
                    final.event in ("CONSULT", "COOPERATE") and len(self._sides(source)) > 1
                    and any(c.dep_ == "nsubj" and any(x.dep_ == "conj" for x in c.children)
                            for c in tok.children)
                ) and any(
                c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "acomp")
                for c in tok.children):
            # past the lead, a verb's default code needs an actor to act on: "attacked
            # Israel", not "dominated the debate" or "claimed it has the right"; words of its
            # object that say what the act is were matched by a dictionary pattern instead
            return
        if coded.needs_target:
            target = target or self._concern_target(tok, source)
            if not target and final.event == "REJECT" and not any(
                    c.dep_ == "dobj" and any(m.dep_ in ("compound", "amod", "poss") and (
                        m.lemma_.lower() in get_agents() or m.i in self.table.token_actor)
                        for m in c.children) for c in tok.children):
                # "Kuwait rejected charges that ...": a denial answers the accuser, in a
                # story about two states the other one; "denied opposition charges" answers
                # the opposition, not the other state
                target = self._adversary(source, sent, final.cameo)
            if not target:
                return
        if not target and final.event in ("THREATEN", "REJECT") and tok.dep_ == "relcl" \
                and inner is not None and any(
                    c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("WDT", "WP")
                    for c in inner.children):
            # "a Turkish research ship which Greece had threatened to tackle": the act
            # threatened or refused falls on the noun the clause describes
            target = [k for k in self._object_actors(tok.head) if k not in source]
        if not target and final.event == "THREATEN":
            # "threatened to cut its troops if the two countries do not move forward": the
            # threat is aimed at whoever must meet its condition
            target = [k for k in self._condition_subject(tok, inner) if k not in source] or \
                self._answered(tok, source) or \
                self._adversary(source, sent, final.cameo,
                                revenge=tok.lemma_.lower() in VOW_VERBS | RETALIATE_VERBS)
            if answer and not target:
                return  # "would act if prices fell": no side's act is answered
            if not target and source and all(
                    k in self.table.drafts and self.table.drafts[k].kind == "organization" and
                    self.table.drafts[k].sector == "BUS" for k in source):
                return  # "Fiat is to stop making the engines": a firm's plan threatens no one
        if own_intent and final.cameo == "030" and not target and \
                not self._other_side_named(tok if inner is not None else tok.head, source):
            # "Germany wants to cut its deficit": an intent toward no other side; "is
            # willing to send material to help defend Saudi Arabia" names one
            return
        if final.event in ("COOPERATE", "AID", "CONSULT", "SANCTION") and \
                not self._exchange(tok, source, target, sent, final.event):
            return
        keep, tentative = self._between_sides(source, target, sent)
        if not keep:
            return
        final = self._official_protest(final, source, sent, tok)
        confidence = 0.5 + 0.1 * bool(coded.pattern_words) + 0.1 * bool(target) + \
            self._salience(tok) - 0.2 * (not source)
        ev = EventDraft(final.event, final.cameo, final.mode, tok.i, source, target,
                        confidence=round(confidence, 2), lexical=True)
        ev.tentative = tentative
        self._add(ev, tok, sent)
        if refusal or held_out or answer or conditioned:
            ev.modality = "asserted"  # the refusal, threat or offer is what the text asserts
        self._fold_allegation(final, tok)
        if final.event in ("AGREE", "REQUEST", "REJECT", "THREATEN"):
            # "proposed talks with Greece", "rejected talks": the talks are what was proposed
            # or refused, not talks held
            self.folded.update(t.i for c in tok.children if c.dep_ == "dobj" and
                               c.lemma_.lower() in TALK_NOUNS | VISIT_NOUNS for t in c.subtree)

    def _each_side(self, verb: Token, sent: Span) -> list[str]:
        """The two sides "each side" stands for when it does to "the other": "acrimony between
        France and Italy, with each side blaming the other", "relations between Peru and
        Chile worsened, each accusing the other": the two states or bodies the sentence named
        before it, when it named exactly two."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not (subject.lower_ == "each" or any(
                c.dep_ == "det" and c.lower_ == "each" for c in subject.children)) or not any(
                o.lower_ == "other" and any(d.lower_ == "the" for d in o.children)
                for o in [*(c for c in verb.children if c.dep_ == "dobj"),
                          *_pobjs(verb, ("on", "at", "with", "against"))]):
            return []
        keys: list[str] = []
        for i in range(max(sent.start, self.body_start), subject.i):
            key = self.table.token_actor.get(i)
            if key is None and i in self.table.token_country:
                key = self._country(self.table.token_country[i])
            if key and key not in keys:
                keys.append(key)
        keys = self._expand(keys)
        return keys if len(keys) == 2 and len(self._sides(keys)) == 2 else []

    def _wished_of(self, verb: Token) -> list[str]:
        """Whom a wish to see an act is of: "would like to see the Kenyan government
        continue", "wants to see Germany cut its rates" (the subject of the act seen)."""
        if verb.lemma_.lower() not in DESIRE_VERBS:
            return []
        return [k for see in verb.children if see.dep_ == "xcomp" and
                see.lemma_.lower() == "see" for act in see.children
                if act.dep_ in ("ccomp", "xcomp") and act.pos_ in ("VERB", "AUX")
                for s in act.children if s.dep_ == "nsubj" and s.pos_ != "PRON"
                for k in self._actors_of(s)]

    def _wishes_another(self, verb: Token) -> bool:
        """Whether a verb of wishing has another side as its object and that side's act as
        its infinitive: "would like Brazil to work with the Fund", "wished Japan to open"."""
        if verb.lemma_.lower() not in DESIRE_VERBS:
            return False
        acts = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and _infinitive(c)]
        doers = [c for c in verb.children if c.dep_ == "dobj"] if acts else []
        # (the parser may make the side the infinitive's own subject: "like Chile to open")
        doers += [s for a in acts for s in a.children if s.dep_ == "nsubj"]
        return any(d.pos_ != "PRON" and names_someone(d) and bool(self._actors_of(d))
                   for d in doers)

    def _asked_doers(self, verb: Token) -> list[str]:
        """Who is to do the act an appeal is for, named by its "by" phrase: "pushed for
        greater imports by Japan", "called for economic expansion by West Germany and
        Japan" (the parser hangs the "by" on the noun or on the verb)."""
        acts = _pobjs(verb, ("for",))
        if not acts or passive_subject(verb) is not None:
            return []
        return [k for h in [*acts, verb] for p in _pobjs(h, ("by",))
                for k in self._actors_of(p)]

    def _relayed_request(self, verb: Token, inner: Token | None, source: list[str],
                         target: list[str]) -> list[str]:
        """The side a request is meant for. An appeal for another act ("pushed for greater
        imports by Japan") asks the side named to do it; asking one's own government to
        press another state ("urged the administration to press Japan to buy beef") asks
        that other state, through it: whoever the inner appeal presses, not one's own."""
        doers = [k for k in self._asked_doers(verb) if k not in source]
        if doers:
            return doers
        own = self._sides(source)
        if inner is None or not own or any(not self._sides([k]) <= own for k in target) or \
                inner.lemma_.lower() not in PRESSURE_VERBS | APPEAL_VERBS | RELAY_VERBS:
            return target
        pressed = [p for c in inner.children if c.dep_ in ("dobj", "dative")
                   for p in [c, *c.conjuncts]]
        pressed += [p for c in _pobjs(inner, ("on", "upon")) for p in [c, *c.conjuncts]]
        relayed = [k for p in pressed for k in self._actors_of(p)
                   if not self._sides([k]) & own]
        return list(dict.fromkeys(relayed)) or target

    @staticmethod
    def _aim_of_meeting(verb: Token) -> bool:
        """Whether `verb` is the purpose of a meeting or visit, directly or through an
        attempt ("are meeting to try to resolve the issue", "met to settle the row")."""
        node = verb
        for _ in range(2):
            if node.dep_ not in ("advcl", "xcomp") or node.head is node or not any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in node.children):
                return False
            node = node.head
            if node.lemma_.lower() in MEET_VERBS | VISIT_VERBS:
                return True
            if node.lemma_.lower() not in ATTEMPT_VERBS:
                return False
        return False

    def _other_side_named(self, phrase: Token, source: list[str]) -> bool:
        """Whether `phrase` names an actor or a state of a side other than `source`'s."""
        own = self._sides(source)
        for t in phrase.subtree:
            key = self.table.token_actor.get(t.i)
            if key is not None and key not in source and not self._sides([key]) & own:
                return True
            iso = self.table.token_country.get(t.i)
            if key is None and iso and iso not in own:
                return True
        return False

    def _own_act_foreseen(self, verb: Token, inner: Token | None) -> bool:
        """"Iran's navy commander warned that Iran would close the strait": what the
        speaker's own state will do is held out, not foreseen."""
        said_of = next((c for c in inner.children if c.dep_ == "nsubj"), None) \
            if inner is not None else None
        if said_of is None:
            return False
        own = {self.table.country_of(k) for k in self._subject(verb)} - {None}
        return bool(own) and {self.table.country_of(k) for k in self._actors_of(said_of)} == own

    def _experiencer_roles(self, verb: Token, source: list[str],
                           target: list[str]) -> tuple[list[str], list[str]]:
        """With verbs of feeling the one who feels is the side that reacts: "Kenya was angered
        by Uganda's decision" and "Uganda's decision angered Kenya" are both Kenya's
        disapproval of Uganda. The grammar's roles are the other way round, so they swap, and
        a cause named after "at" or "over" ("was dismayed at the French move") is the
        target."""
        source, target = target, source
        if not target:
            target = [k for k in self._prep_targets(verb, ("at", "over", "about", "with"))
                      if k not in source]
        if not target:
            return [], []  # "a tax that angered consumer groups": reacting to no side
        return source, target

    def _fold_allegation(self, coded: Coded, verb: Token) -> None:
        """"accused Georgia of provoking the conflict": the alleged act is the accusation's
        content, not a second event."""
        if coded.event == "ACCUSE":
            for prep in verb.children:
                # ("charged that the governments had disrupted the market")
                if prep.dep_ == "prep" and prep.lower_ in ("of", "over", "for") or \
                        _that_clause(prep):
                    self.folded.update(t.i for t in prep.subtree if t.pos_ in ("VERB", "NOUN"))

    def _evaluate(self, verb: Token, sent: Span) -> bool:
        """A speaker judging another side's act: "called the remarks irresponsible",
        "described the embargo as a relic", "said Japan's decision was unacceptable". A
        negative judgement is criticism (ACCUSE 111), a positive one praise (SUPPORT 051); it
        is aimed at the author of the act judged ("Japan's decision", "the Turkish-Libyan
        agreement", "the remarks" of the last speaker). Words come from the evaluative
        lexicon (VADER, the Phoenix "(AS WORD)" patterns)."""
        extraposed = _extraposed(verb)
        if any(c.dep_ == "neg" for c in verb.children) or (extraposed is None and any(
                c.dep_ in ("ccomp", "advcl") and c.i > verb.i and not _reason(c)
                for c in verb.children)):
            return False  # "did not call it a failure"; "called it unlikely that ..."
        of_words: list[Token] = []
        judges: list[str] = []
        if verb.lemma_.lower() == "be":
            thing = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            words = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
            # "is of fundamental importance", "was of no help": the noun says it itself
            of_words = [p for p in _pobjs(verb, ("of",)) if p.pos_ == "NOUN"]
            words += of_words
            source = self._subject(verb.head) if verb.head.pos_ in ("VERB", "AUX") else []
            if thing is None or any(c.dep_ in ("aux", "xcomp") for c in verb.children):
                return False  # "said the US must be ...": a demand, not a judgement; "was a
                # good opportunity to ...": a purpose, not a judgement
            if extraposed is not None:
                # "said it was regrettable that Poland had closed the border": the doer of
                # the act the clause reports is judged
                thing = extraposed
            elif not self._is_thing(thing):
                # an actor is judged by what it is called ("said Iran was a threat"), not by
                # how it feels or stands ("said France is ready to ...", "was disappointed")
                words = [w for w in words if w.pos_ == "NOUN"]
        else:
            thing = next((c for c in verb.children if c.dep_ == "dobj"), None)
            words = [c for c in verb.children if c.dep_ in ("oprd", "acomp", "xcomp")]
            if thing is None:
                judges = self._passive_judge(verb)
            if judges:
                # "the plan was described by Mexico as unfair", "a position described today
                # by Nicaragua's central bank governor as undemocratic": the "by" phrase
                # judges what the passive is said of
                thing = verb.head if verb.dep_ == "acl" else next(
                    (c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if thing is not None and thing.tag_ in ("WP", "WDT"):
                # "in retaliation for what he called Japan's failure to honour the pact", "for
                # what it sees as Tokyo's violations of the pact": the noun is both the act
                # judged and the judgement
                named = [w for w in words if w.pos_ == "NOUN"] + [
                    p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                    for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
                if named:
                    return self._judged_noun(verb, named[0], sent)
            if thing is None:
                # "called Poland's decision irresponsible" parsed with the object inside the
                # judgement
                thing = next((c for w in words for c in w.children if c.i < w.i and
                              c.dep_ in ("nsubj", "compound", "npadvmod") and
                              c.pos_ in ("NOUN", "PROPN")), None)
            if thing is None:
                return False
            if not words and verb.lemma_.lower() not in AS_ONLY_EVALUATE_VERBS:
                # "called the U.S. attacks on two of its platforms an escalation": the parser
                # hangs the second object, an indefinite noun, on the first one's last word
                # (or on a phrase hung on the verb: "called the attacks on two platforms ...")
                words = [t for t in verb.subtree if t.dep_ == "appos" and t.i > thing.i and
                         t.pos_ == "NOUN" and any(d.lower_ in ("a", "an") for d in t.children)
                         and not _in_clause(t, verb)]
            # "called the remarks "irresponsible"": the parser hangs a quoted judgement on
            # the object
            words += [c for c in thing.children if c.dep_ == "amod" and c.i > thing.i]
            loose = verb.lemma_.lower() in AS_ONLY_EVALUATE_VERBS
            if loose:
                words = []
            # ("described the plan as discriminatory": the parser may hang the adjective on
            # "as" as its modifier)
            words += [p for head in (verb, thing) for prep in head.children
                      if prep.dep_ == "prep" and prep.lower_ == "as"
                      for p in prep.children if p.dep_ == "pobj" or (
                          p.pos_ == "ADJ" and p.dep_ in ("amod", "acomp"))]
            source = judges or self._subject(verb) or self._stranded_subject(verb)
            wrong = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "as"
                     for p in prep.children if p.dep_ == "pcomp" and _wrongdoing(p)]
            if wrong and source and not words:
                # "view the EC proposal as violating the GATT", "saw the quotas as breaching
                # the accord": naming another side's act a breach accuses its author (112)
                target = [k for k in self._author(thing, verb, source) if k not in source]
                coded = plover("112")
                if not target or coded is None or \
                        not self._emit(coded, verb, sent, source, target):
                    return False
                self.events[-1].modality = "asserted"
                self.folded.update(t.i for t in thing.subtree if t.pos_ in ("VERB", "NOUN"))
                self.folded.update(t.i for t in wrong[0].subtree if t.pos_ in ("VERB", "NOUN"))
                return True
        if thing is None or not words or not source:
            return False
        judged = [w for x in words for w in (x, *x.conjuncts) if w.pos_ in ("ADJ", "NOUN")
                  and not any(c.dep_ in ("xcomp", "ccomp") or (c.dep_ == "acl" and any(
                      a.lower_ == "to" for a in c.children)) for c in w.children)]
        # a noun judges by itself when it blames ("a relic", "a mistake"), else by its
        # adjectives ("a good step"): "an opportunity" or "a success" judge nothing alone
        score = sum(_judgement(w) + (valence(w) if w in of_words else 0.0) for w in judged)
        if self._denied_claim(verb, thing, words, source, sent):
            return True
        if -1.0 < score < 1.5:
            return False
        blamed = [w for w in judged if w.pos_ == "NOUN" and
                  w.lemma_.lower() in CAUSE_NOUNS | PRETEXT_NOUNS]
        # "said the charges were a pretext for South African attacks": the side whose act
        # the pretext is for
        target = [k for w in blamed if w.lemma_.lower() in PRETEXT_NOUNS
                  for p in _pobjs(w, ("for",)) for k in self._modifier_actors(p)
                  if k not in source]
        target = target or [k for k in self._author(thing, verb, source) if k not in source]
        if not target:
            return False
        # naming another side the cause of a bad thing accuses it (112)
        coded = plover("112" if blamed and score < 0 else "111" if score < 0 else "051")
        if coded is None or not self._emit(coded, verb, sent, source, target):
            return False
        if judges:
            # another speaker's word on the clause the noun sums up, not part of that clause
            self.own_judgements.add(verb.i)
        self.folded.update(t.i for t in thing.subtree if t.pos_ in ("VERB", "NOUN"))
        return True

    def _stranded_subject(self, verb: Token) -> list[str]:
        """The subject the parser took for the object of the verb before a clause with no
        "that": "pointed out the U.S. Administration view the proposal as ...", where the
        reported clause has no subject of its own and the object ends right before it."""
        if verb.dep_ != "ccomp" or verb.tag_ not in ("VBP", "VBZ", "VBD") or any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in verb.children):
            return []
        obj = next((c for c in verb.head.children if c.dep_ == "dobj" and
                    c.right_edge.i == verb.i - 1), None)
        return self._expand(self._head_actors(obj)) if obj is not None else []

    def _passive_judge(self, verb: Token) -> list[str]:
        """Who judges in a passive "described ... as", "called ... by": the "by" phrase of a
        passive verb, or of a participle that describes a noun ("a position described by
        Nicaragua's central bank governor as undemocratic")."""
        if verb.dep_ != "acl" and not any(c.dep_ == "auxpass" for c in verb.children):
            return []
        return self._expand([k for a in verb.children if a.dep_ == "agent"
                             for p in a.children if p.dep_ == "pobj"
                             for k in self._head_actors(p)])

    def _denied_claim(self, verb: Token, thing: Token, words: list[Token],
                      source: list[str], sent: Span) -> bool:
        """Calling reports, charges or figures false denies them (REJECT 120), it does not
        criticise an act: "said Israeli charges that it smuggled arms were groundless",
        "replied that Chinese figures are inaccurate". Aimed at whoever made the claim (its
        own modifiers), else, for a claim about the speaker's own side ("said reports that
        it planned an attack were baseless"), at the side that last accused it or the other
        state of the story's pair; what the claim says is no act of its own."""
        # (the parser may take a quoted judgement for a verb: "were "misleading propaganda"")
        if thing.lemma_.lower() not in CLAIM_NOUNS or not any(
                t.lemma_.lower() in FALSITY_WORDS or t.lower_ in FALSITY_WORDS
                for w in words for t in w.subtree):
            return False
        own = self._sides(source)
        makers = self._modifier_actors(thing) + [
            k for p in _pobjs(thing, ("from", "of", "by")) for k in self._head_actors(p)]
        target = [k for k in self._expand(makers) if k not in source and
                  not self._sides([k]) & own]
        if not target and not makers:
            content = [c for c in thing.children if c.dep_ in ("acl", "ccomp", "relcl")]
            about_own = any(
                (t.dep_ in ("nsubj", "nsubjpass") and t.lower_ in ("it", "we", "they")) or
                self._sides(self._actors_of(t)) & own
                for c in content for t in c.subtree if t.pos_ in ("PRON", "PROPN", "NOUN"))
            if about_own:
                target = self._accuser_of(source) or self._partner(source, sent)
        coded = plover("120")
        if not target or coded is None or not self._emit(coded, verb, sent, source, target):
            return False
        self.events[-1].modality = "asserted"
        self.folded.update(t.i for t in thing.subtree if t.pos_ in ("VERB", "NOUN"))
        return True

    def _judged_noun(self, verb: Token, noun: Token, sent: Span) -> bool:
        """"What he called Japan's failure", "what Iran termed an aggression by Iraq": the
        speaker names another side's act by a word that judges it."""
        score = _judgement(noun)
        # "for what it sees as ...": "it" is the state or body the sentence is about
        source = self._subject(verb) or [
            k for c in verb.children if c.dep_ == "nsubj" and c.lower_ == "it"
            for k in self._expand(self._last_body(c, prefer_subject=True))]
        if -1.0 < score < 1.5 or not source:
            return False
        host, own = verb.head, self._sides(source)
        target = []
        if verb.dep_ in ("ccomp", "dobj") and host.pos_ == "VERB" and \
                host.lemma_.lower() not in REPORTING_VERBS:
            # "said Washington employed what he termed unfair practices": the clause names
            # what the subject of the verb it is the object of does, whatever the noun; not
            # the speaker's own side ("said Brazil held what he called difficult talks")
            target = [k for k in self._subject(host) if k not in source and not (
                self._sides([k]) & own)]
        if not target and self._is_act(noun):
            target = [k for k in self._author(noun, verb, source) if k not in source]
        # naming another side's act a wrong ("what he calls Japan's failure to honour the
        # pact", "what it sees as violations") accuses it (112); praise stays 051
        coded = plover("112" if score < 0 else "051")
        if not target or coded is None or not self._emit(coded, verb, sent, source, target):
            return False
        self.events[-1].modality = "asserted"  # the judgement is said, whatever the act
        self.own_judgements.add(verb.i)
        self.folded.update(t.i for t in noun.subtree if t.pos_ in ("VERB", "NOUN"))
        return True

    def _stance(self, verb: Token, sent: Span) -> bool:
        """"Prince Abdullah was very supportive of the U.S. role", "Japan is critical of the
        EU's quotas": the subject's stance on another side, or on its act, said by an
        adjective of support or criticism with the one it is about."""
        adjective = next((c for c in verb.children if c.dep_ == "acomp" and (
            c.lemma_.lower() in STANCE_ADJECTIVES or c.lower_ in CONCERN_ADJECTIVES)), None)
        if adjective is None or any(c.dep_ == "neg" for c in verb.children):
            return False
        concern = adjective.lower_ in CONCERN_ADJECTIVES
        about = _pobjs(adjective, ("about", "over", "at", "by") if concern else (
            "of", "about", "towards", "toward", "to"))
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not about or subject is None:
            return False
        source = self._actors_of(subject)
        if concern and not source and subject.pos_ == "PRON" and verb.dep_ == "ccomp" and \
                verb.head.lemma_.lower() in SPEECH_VERBS:
            source = self._subject(verb.head)  # "Bentsen said he was concerned about ..."
        if concern:
            # "was concerned about a resolution adopted by the Canadian parliament", "about
            # provisions in the Senate bill": worry over another side's act criticises it; over
            # anything else ("the health of the king", "the dollar's fall") it judges no one
            acts = [p for p in (about[0], *_pobjs(about[0], ("in", "of"))) if self._is_act(p)]
            owners = [k for p in acts for k in self._author(p, verb, source)] or [
                # "a resolution adopted by the Canadian House of Commons"
                k for p in acts for c in p.subtree if c.dep_ == "acl" and c.tag_ == "VBN"
                for a in c.children if a.dep_ == "agent"
                for q in a.children if q.dep_ == "pobj" for k in self._head_actors(q)]
        else:
            # whose act, else whose anything: "supportive of the U.S. role"
            owners = self._author(about[0], verb, source) or self._modifier_actors(about[0])
        own = self._sides(source)
        target = [k for k in owners if k not in source and not (concern and self._sides([k]) & own)]
        coded = plover("111" if concern else STANCE_ADJECTIVES[adjective.lemma_.lower()])
        if not source or not target or coded is None:
            return False
        return self._emit(coded, verb, sent, source, target)

    def _against(self, verb: Token, sent: Span) -> bool:
        """"Britain is strongly against the plan", "Denmark was firmly against the proposed
        tax": being against another side's proposal or act opposes it (REJECT 120), aimed
        at its author, as "opposed the plan" is."""
        if any(c.dep_ in ("neg", "acomp", "attr") for c in verb.children):
            return False  # "is not against", "is a vote against": no stance of the subject's
        if self._act_against_norm(verb, sent):
            return True
        thing = next((p for p in _pobjs(verb, ("against",))), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if thing is None or subject is None or not self._is_act(thing) or \
                thing.i in self.table.token_actor:
            return False
        source = self._subject(verb)
        if not source:
            return False
        target = [k for k in self._author(thing, verb, source) if k not in source] or \
            [k for k in self._proposer(verb, source) if k not in source]
        coded = plover("120")
        if not target or coded is None:
            return False
        return self._emit(coded, verb, sent, source, target)

    def _act_against_norm(self, verb: Token, sent: Span) -> bool:
        """"The sanctions are against the free trade system," X said; "said the new quotas
        were against the spirit of the accord": a speaker who says another side's act goes
        against a rule, a principle or an accord criticises its author (ACCUSE 111)."""
        speech = verb.head if verb.dep_ == "ccomp" else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        norm = next(iter(_pobjs(verb, ("against",))), None)
        if speech is None or speech.lemma_.lower() not in REPORTING_VERBS or \
                subject is None or norm is None or not self._is_act(subject) or \
                subject.i in self.table.token_actor or modality(verb) != "asserted" or not (
                    norm.lemma_.lower() in NORM_NOUNS or instrument_class(norm)):
            return False
        source = self._subject(speech)
        own = self._sides(source)
        target = [k for k in self._author(subject, verb, source)
                  if k not in source and not self._sides([k]) & own]
        if not target and source and noun_code(subject):
            # "the sanctions" whose author the story leaves to its pair of states: the
            # other one, named close by
            target = self._partner(source, sent)
        coded = plover("111")
        if not source or not target or coded is None or \
                not self._emit(coded, verb, sent, source, target):
            return False
        self.folded.update(t.i for t in subject.subtree if t.pos_ in ("VERB", "NOUN"))
        return True

    def _judged_act(self, verb: Token, sent: Span) -> None:
        """"Japan said the US had regrettably not listened", "said Iran had wrongly seized the
        boats": an act reported with the speaker's judgement of it (an evaluative adverb) is
        criticism (ACCUSE 111) or praise (SUPPORT 051) of its doer. The act keeps its own code
        too."""
        score = sum(valence(c) for c in verb.children if c.dep_ == "advmod")
        if score > -1.0:
            return  # praise by adverb is rare, and "clearly", "quickly" say how, not how well
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return
        source = self._subject(verb.head)
        target = [k for k in self._actors_of(subject) if k not in source]
        coded = plover("111" if score < 0 else "051")
        if coded is not None and source and target and \
                self._emit(coded, verb, sent, source, target):
            self.events[-1].modality = "asserted"  # the judgement is said, whatever the act

    def _reported_wrong(self, verb: Token, sent: Span) -> bool:
        """"said Turkey had violated the accord", "alleged the firms were abusing their
        position", "says the Japanese have not lived up to their pledge": a speaker who reports
        another side's wrongdoing accuses it (ACCUSE 112); the wrong itself is what is alleged,
        not an act coded as the other side's. The speaker's own side ("said it had not
        violated") and what may yet happen ("would violate") accuse no one."""
        speech = _reporting_head(verb)
        # a misjudgement said of another side ("has committed a big mistake", "do not seem
        # to understand", "its measures did not make sense") criticises it (111)
        erred = not _wrongdoing(verb) and _erred(verb)
        quoted = speech is None and erred and verb.dep_ == "ROOT" and self._bare_quote(verb)
        if verb.dep_ == "ROOT" and not quoted:
            return False
        if quoted:
            speech = verb  # (its speaker is the last one named)
        if speech is None or (speech.lemma_.lower() not in REPORTING_VERBS and not quoted) or \
                not (erred or _wrongdoing(verb)) or \
                modality(verb) in ("future", "hypothetical") or any(
                    c.tag_ == "MD" or c.dep_ == "mark" and c.lower_ in CONDITION_MARKS
                    for c in verb.children):
            return False
        acted = self.verb_code(verb)
        if acted is not None and acted.pattern_words and acted.event != "REJECT":
            # "said Iraqi planes had violated its airspace", "had violated the ceasefire
            # line": the dictionary's object words make it a material act, coded as such
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON":
            return False
        source = self._last_speaker(verb, []) if quoted else self._subject(speech)
        if not source:
            return False
        own = self._sides(source)
        doers = self._author(subject, verb, source) if erred and self._is_act(subject) \
            else self._actors_of(subject)  # ("Brazil's new measures did not make sense")
        target = [k for k in self._expand(doers)
                  if k not in source and not self._sides([k]) & own]
        if not target:
            return False
        coded = plover("111" if erred else "112")
        if coded is None or not self._emit(coded, verb, sent, source, target):
            return False
        self.events[-1].modality = "asserted"  # the accusation is said, whatever the wrong
        self.folded.update(t.i for t in verb.subtree if t.i != verb.i and
                           t.pos_ in ("VERB", "NOUN"))
        return True

    def _author(self, thing: Token, verb: Token, source: list[str]) -> list[str]:
        """Whose act a judged phrase names: an actor named as such ("called Japan
        irresponsible"); the owner in the phrase's modifiers ("Japan's decision", "the
        Turkish-Libyan agreement" and its sides); for words said ("the remarks"), the last
        speaker; for "it", the thing the governing clause is about ("commented on the
        agreement, calling it ...")."""
        if thing.lower_ in ("it", "this", "that") and thing.head.dep_ in ("advcl", "conj") and \
                thing.head.head is not thing.head:
            gov = thing.head.head
            about = [c for c in gov.children if c.dep_ == "dobj"] + [
                p for prep in gov.children if prep.dep_ == "prep" for p in prep.children
                if p.dep_ == "pobj"]
            if not about:
                return []
            thing = about[0]
        if thing.pos_ == "PRON":
            return []
        if thing.dep_ in ("npadvmod", "appos") and thing.head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in thing.children) and \
                self._is_thing(thing):
            # "Washington said it would not agree ..., a position described by Nicaragua as
            # undemocratic", "Japan cut its tariffs, a move praised by ...": the noun sums up
            # the clause it is hung on, the act of that clause's subject
            return self._subject(thing.head)
        if not self._is_thing(thing):
            return self._actors_of(thing)
        if not self._is_act(thing) and not self._lever_owner(thing):
            return []  # "said Labour constituencies are safe": no act is judged
        own = self._modifier_actors(thing)
        if instrument_class(thing):
            # an accord stands for its sides: "the Turkish-Libyan agreement", "the US deal
            # with India"
            own += [k for t in thing.subtree if t.i < thing.i and t.i in self.table.token_country
                    and (k := self._country(self.table.token_country[t.i])) not in own]
            own += [k for k in self._prep_targets(thing, ("with", "between")) if k not in own]
            if not own:
                # "a deal bringing Turkey a step closer to EU membership": its own clause
                own = [k for c in thing.children if c.dep_ in ("acl", "relcl")
                       for k in self._expand(_keys_in(c, self.table)) if k not in own]
        if not own:
            own = self._expand([k for p in _pobjs(thing, ("of", "by")) for k in
                                self._head_actors(p)])
        if not own:
            own = self._lever_owner(thing)  # "the rise in West German interest rates"
        if not own and thing.lemma_.lower() in SAID_NOUNS:
            own = self._last_speaker(verb, source)
        if not own:
            # "said the proposed tax was discriminatory" after "the proposed European
            # Community tax": the story named the act's owner before
            # (not the speaker's own side: "Chile proposed a tax ... the Chilean minister
            # said the tax was harsh")
            sides = self._sides(source)
            for found in (self._earlier_owner(thing), self._earlier_maker(thing, source)):
                own = [k for k in found if k not in source and not self._sides([k]) & sides]
                if own:
                    break
        return own

    def _earlier_maker(self, thing: Token, source: list[str]) -> list[str]:
        """Whose measure "the proposed tax" or "the plan" is when the story said before who
        made it: "the proposed tax is a flagrant violation" after "if the European Community
        adopts a proposed tax": the subject of the latest earlier verb of making (MAKE_VERBS)
        whose object is the same noun, other than the speaker."""
        if any(c.dep_ in ("det", "poss") and c.lower_ not in ("the", "this", "these")
               for c in thing.children):
            return []
        lemma = thing.lemma_.lower()
        for k in range(thing.sent.start - 1, self.body_start - 1, -1):
            t = self.doc[k]
            if t.pos_ == "NOUN" and t.lemma_.lower() == lemma and t.dep_ == "dobj" and \
                    t.head.lemma_.lower() in MAKE_VERBS:
                own = [a for a in self._subject(t.head) if a not in source]
                if own:
                    return own
        return []

    def _is_act(self, noun: Token) -> bool:
        """Whether a noun names something an actor did or said: a decision, a move, remarks,
        a deal, a measure, or any event noun ("the invasion", "the sanctions")."""
        lemma = noun.lemma_.lower()
        return lemma in ACT_NOUNS or lemma in SAID_NOUNS or noun.lower_ in ACT_NOUNS or \
            bool(noun_code(noun)) or bool(instrument_class(noun)) or \
            lemma in TALK_NOUNS or lemma in VISIT_NOUNS or lemma.endswith(("tion", "ment", "sal"))

    def _lever_owner(self, noun: Token) -> list[str]:
        """Who made a change in a measure a side sets: "the rise in West German interest
        rates", "the cut in U.S. tariffs", "an increase of Japanese duties" name the act of
        the side that owns the rates, tariffs or duties (not a market's own moves: "a rise in
        Japanese exports")."""
        if noun.lemma_.lower() not in CHANGE_NOUNS:
            return []
        return [k for p in _pobjs(noun, ("in", "of", "on"))
                if p.lemma_.lower() in LEVER_NOUNS for k in self._modifier_actors(p)]

    def _last_speaker(self, verb: Token, skip: list[str]) -> list[str]:
        """Who spoke last before `verb` (the subject of a verb of saying in this sentence or
        the three before), other than `skip`."""
        start = self._window_start(verb.sent, 3)
        for k in range(verb.i - 1, start - 1, -1):
            t = self.doc[k]
            if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS | {"comment"}:
                keys = [k2 for k2 in self._subject(t) if k2 not in skip]
                if keys:
                    return keys
        return []

    def _recall(self, tok: Token, sent: Span) -> bool:
        """"Asked High Commissioner Rod Gates to return from Suva", "ordered its ambassador
        home": recalling an envoy reduces relations with the host state (SANCTION 161)."""
        if tok.lemma_.lower() not in RECALL_VERBS:
            return False
        envoy = next((c for c in tok.children if c.dep_ == "dobj" and any(
            t.lower_ in ENVOY_WORDS for t in c.subtree)), None)
        inner = _complement(tok)
        if envoy is None or (inner is not None and inner.lemma_.lower() not in (
                "return", "come", "leave")) or (inner is None and tok.lemma_.lower() != "recall"):
            return False
        host: list[str] = []
        for c in ([inner] if inner is not None else []) + [envoy]:
            for p in _pobjs(c, ("from", "in", "to")):
                key = self._place_state(p) or next(iter(self._actors_of(p)), None)
                if key and key not in host:
                    host.append(key)
        source, _ = self._arguments(tok, None)
        coded = plover("161")
        if coded is None or not source:
            return False
        if inner is not None:
            # "to return from Suva for discussions": the envoy's trip home, no talks abroad
            self.folded.update(t.i for t in inner.subtree if t.pos_ in ("VERB", "NOUN"))
        return self._emit(coded, tok, sent, source, [k for k in host if k not in source])

    def _is_thing(self, node: Token) -> bool:
        """A noun phrase naming no one: "the statement", "Reagan's decision", not "the
        delegation" or "President Reagan"."""
        if self.table.token_actor.get(node.i) or node.i in self.table.token_country:
            return False
        if node.lemma_.lower() in GUEST_NOUNS or node.ent_type_ in ("PERSON", "GPE", "NORP",
                                                                   "ORG"):
            return False
        return node.pos_ == "NOUN" and node.lemma_.lower() not in get_agents()

    def _reported_demand(self, verb: Token, sent: Span) -> None:
        """"Russia said Sudan must return the helicopter": the speaker demands it of the
        clause's subject (REQUEST), whatever the act demanded would be coded as."""
        speech = verb.head
        source = self._subject(speech) if speech.pos_ in ("VERB", "AUX") else []
        if not source and speech.pos_ == "VERB" and verb.dep_ == "ccomp" and \
                self._quoted_words(verb):
            source = self._teller(speech)  # ""Japan must lower its duties," it said"
        if verb.dep_ == "ROOT":
            # ""Sudan must return the helicopter," the minister said", the quote going on
            # past this sentence, or after the minister was quoted: the one who says it
            source = self._quote_teller(verb.sent)
            if not source:
                return
        target: list[str] = []
        for c in verb.children:
            # "Iran's application must be treated independently": what must be done to a
            # passive's subject is demanded of its agent ("by the WTO"), if one is named
            if c.dep_ == "nsubj":
                target = [k for k in self._expand(self._head_actors(c)) if k not in source]
            elif c.dep_ == "agent":
                target = [k for p in c.children if p.dep_ == "pobj"
                          for k in self._expand(self._head_actors(p)) if k not in source]
        inner = self.lexicon.code(verb) if verb.lemma_.lower() not in HANDLED_ELSEWHERE \
            else None
        inner_type = inner.event if inner else _HANDLED_TYPES.get(verb.lemma_.lower())
        if not target:
            return  # a demand of no one named ("the application must be treated ...")
        demand = plover("100") or Coded("100", "REQUEST", None, None, 0)
        cameo = combine(Coded("100", "REQUEST", demand.mode, demand.context, 0), inner_type,
                        inner)
        final = plover(cameo) or demand
        if _consequence(verb) is not None:
            # "said Japan must lift its quotas or face reprisals": a demand with a penalty
            # for not meeting it is an ultimatum (CAMEO 139), as when the demand is told by
            # a verb of asking ("told Japan to lift its quotas or face ...")
            final = plover("139") or final
        if self._emit(final, verb, sent, source, target):
            self.folded.update(t.i for t in verb.subtree if t.i != verb.i and
                               t.pos_ in ("VERB", "NOUN"))

    def _between_sides(self, source: list[str], target: list[str],
                       sent: Span) -> tuple[bool, bool]:
        """(keep the event, keep it only tentatively). An event is between sides: two
        countries or bodies at least. An act with one side only ("the ministry criticised the
        report", "Syria mobilised") is coded when the lead reports it, where it is the story,
        not when it is background deeper in the article; one whose second side is a person of
        yet unknown country waits for the article's later steps (extract.py)."""
        sides = self._sides(source + target, in_lead=self._in_lead(sent))
        if sides and (len(sides) >= 2 or self._in_lead(sent)):
            return True, False
        if self._stateless_people(source + target):
            return True, True
        return False, False

    def _stateless_people(self, keys: list[str]) -> bool:
        """Whether a participant is a person whose country is not known yet."""
        return any(self.table.drafts[k].kind == "person" and self.table.country_of(k) is None
                   for k in keys if k in self.table.drafts)

    def _official_protest(self, coded: Coded, source: list[str], sent: Span,
                          verb: Token | None = None) -> Coded:
        """A state that "protests" complains officially (ACCUSE 114); PLOVER's PROTEST is
        dissent in the street: demonstrations, strikes, riots. The state must be named in the
        sentence ("France protested"): "thousands of Nigerians" are people, not their state."""
        if coded.event != "PROTEST" or not source or coded.cameo.startswith("143"):
            return coded  # a state's boycott ("a Taiwanese boycott of the meeting") is one
        if verb is not None:
            # the state must head the subject: "supporters of former President X" or
            # "opposition parties in Nepal" are not the state
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            heads = self._expand(self._head_actors(subject)) if subject is not None else []
            if not heads or any(k not in heads for k in source):
                return coded
        for k in source:
            d = self.table.drafts.get(k)
            named = d is not None and any(sent.start_char <= a < sent.end_char
                                          for a, _ in d.mentions)
            if d is None or not named or not (
                    d.kind in ("country", "international") or
                    d.sector in ("GOV", "MIL", "LEG", "JUD") or
                    (d.kind == "person" and d.roles)):
                return coded
        # a state blocking a road restricts movement (191); a state "protesting" complains
        return plover("191" if coded.cameo.startswith("144") else "114") or coded

    def _country(self, iso: str) -> str:
        """The actor key of a state, registering the state as an actor if it is not yet."""
        self.table.ensure_country(iso, self.gz)
        return self.table.country_key(iso)

    def _capital(self, t: Token) -> str | None:
        """The state a capital's name stands for ("Ottawa authorities"), as an actor key."""
        iso = self._capital_iso(t.text) if t.pos_ == "PROPN" else None
        return self._country(iso) if iso else None

    def _capital_iso(self, name: str) -> str | None:
        """The state a capital stands for, as of the article's date (the geocoder knows the
        era: Moscow in 1987 is the Soviet Union)."""
        capital = self.gz.capital(name) if self.gz else None
        if capital and self.place_country is not None:
            return self.place_country(name) or capital
        return capital

    def _concern_target(self, verb: Token, source: list[str]) -> list[str]:
        """Whose conduct a comment is about: the actors in its "about/over/at" phrase, as
        far down as the clause they head ("about the way Tokyo had handled the dispute")."""
        keys: list[str] = []
        for c in verb.subtree:
            if c.dep_ == "prep" and c.lower_ in ("about", "over", "at", "regarding"):
                for t in c.subtree:
                    key = self.table.token_actor.get(t.i) or self._capital(t)
                    if key and key in self.table.drafts and key not in source and \
                            key not in keys:
                        keys.append(key)
        return self._expand(keys)

    def _alleged_doer(self, verb: Token, source: list[str]) -> list[str]:
        """The subject of the clause an accusation or a concern states: "charged that France
        was subsidising", "voiced concern that North Korea was using"; not a clause that
        only says what the speaker wants or will do."""
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        clauses += [a for c in verb.children if c.dep_ == "dobj"
                    for a in c.children if a.dep_ in ("acl", "ccomp")]
        for clause in clauses:
            if clause.pos_ not in ("VERB", "AUX") or modality(clause) in (
                    "future", "hypothetical"):
                continue
            for c in clause.children:
                if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON":
                    keys = [k for k in self._actors_of(c) if k not in source]
                    if keys:
                        return self._expand(keys)
        return []

    def _vowed_act(self, verb: Token) -> Coded | None:
        """"vowed revenge", "promised retaliation", "pledged to retaliate": a promise of a
        hostile act is a threat; "pledged aid": a promise of a cooperative act is the intent
        to do it (CAMEO 03x), coded by the act."""
        for c in verb.children:
            if c.dep_ == "dobj" and c.pos_ == "NOUN":
                lemma = c.lemma_.lower()
                if lemma in VENGEANCE_NOUNS:
                    return plover("130")
                code = noun_code(c)
                if code in THREAT_CODES:
                    return plover(THREAT_CODES[code])
                if code and intent(code):
                    return plover(intent(code) or "")
            if c.dep_ == "xcomp" and c.lemma_.lower() in RETALIATE_VERBS:
                return plover("130")
        return None

    def _doer_of_act(self, verb: Token) -> list[str]:
        """"Kuwait condemned the seizures": whoever did the act its object names, when this
        article coded that act before ("Iran seized seven boats")."""
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if obj is None:
            return []
        stem = obj.lemma_.lower()[:4]
        for ev in reversed(self.events):
            if ev.trigger < verb.i and self.doc[ev.trigger].lemma_.lower()[:4] == stem:
                return list(ev.actor)
        return []

    def _rejected_proposal(self, verb: Token) -> Token | None:
        """The proposal a rejection is aimed at: its object ("opposed the plan", "objected to
        a proposed tax") when that is a proposal noun or a thing said to be proposed."""
        objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")] + [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("to", "against")
            for p in c.children if p.dep_ == "pobj"]
        for obj in objs:
            if obj.pos_ not in ("NOUN", "PROPN"):
                continue
            if obj.lemma_.lower() in PROPOSAL_NOUNS or any(
                    c.dep_ in ("amod", "acl") and c.lemma_.lower() in PROPOSE_VERBS
                    for c in obj.children):
                return obj
        return None

    @staticmethod
    def _proposed_things(noun: Token) -> set[str]:
        """What a noun names as proposed: its own lemma, and for a proposal noun what the
        proposal is for ("proposals for a tax", "a plan to impose the tax": tax)."""
        out = {noun.lemma_.lower()}
        if noun.lemma_.lower() in PROPOSAL_NOUNS:
            for c in noun.children:
                if c.dep_ == "prep" and c.lower_ in ("for", "on", "of"):
                    out.update(p.lemma_.lower() for p in c.children if p.dep_ == "pobj")
                elif c.dep_ == "acl":
                    out.update(o.lemma_.lower() for o in c.children if o.dep_ == "dobj")
        return out

    def _proposer(self, verb: Token, source: list[str]) -> list[str]:
        """The author of the proposal a rejection answers: who proposed, offered or put
        forward the same thing in the article ("the Commission proposed a tax", "a tax
        proposed by the Commission", "the tax, proposed as part of the Commission's
        package", "the Commission's proposal for a tax"), the nearest before the rejection,
        else the first after it. The proposal's owner inside the rejected phrase itself is
        read by the verb's own target rules. A proposal named by its noun alone ("rejected
        the overture", "turned down the request") answers the last side this article told
        asking or offering the rejecting side something ("a U.S. trader visited Tokyo
        requesting Japan buy rice ... Japan rejected the overture")."""
        obj = self._rejected_proposal(verb)
        if obj is None:
            return []
        wanted = self._proposed_things(obj)
        before: list[str] = []
        after: list[str] = []
        for t in self.doc:
            authors: list[str] = []
            things: set[str] = set()
            lemma = t.lemma_.lower()
            if t.pos_ == "VERB" and lemma in PROPOSE_VERBS and (
                    lemma not in PARTICLE_PROPOSE or
                    any(c.dep_ in ("prt", "advmod") and c.lower_ == PARTICLE_PROPOSE[lemma]
                        for c in t.children)):
                if t.dep_ in ("amod", "acl"):
                    things = self._proposed_things(t.head)
                    authors = [k for c in t.children if c.dep_ == "agent"
                               for p in c.children if p.dep_ == "pobj"
                               for k in self._actors_of(p)] or [
                        k for x in t.subtree if x.dep_ == "poss" for k in self._actors_of(x)]
                else:
                    for c in t.children:
                        if c.dep_ in ("dobj", "nsubjpass"):
                            # "a tax, which was put forward by the Commission": the
                            # relative pronoun stands for the noun the clause hangs on
                            # ("a tax on oils, which ...": the parser may hang the
                            # clause on the last noun of the phrase)
                            if c.tag_ in ("WDT", "WP") and t.dep_ == "relcl":
                                things |= self._proposed_things(t.head)
                                if t.head.dep_ == "pobj" and t.head.head.dep_ == "prep":
                                    things |= self._proposed_things(t.head.head.head)
                            else:
                                things |= self._proposed_things(c)
                        elif c.dep_ == "nsubj":
                            authors += self._actors_of(c)
                        elif c.dep_ == "agent":
                            authors += [k for p in c.children if p.dep_ == "pobj"
                                        for k in self._actors_of(p)]
            elif t.pos_ == "NOUN" and lemma in PROPOSAL_NOUNS:
                things = self._proposed_things(t)
                authors = [k for c in t.children if c.dep_ in ("poss", "compound")
                           for k in self._actors_of(c)] + [
                    k for c in t.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
                    for p in c.children if p.dep_ == "pobj" for k in self._actors_of(p)]
            if not authors or not (things & wanted):
                continue
            if t.i < verb.i:
                before = authors
            elif not after:
                after = authors
        if not before and not after and obj.lemma_.lower() in PROPOSAL_NOUNS and any(
                c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
                for c in obj.children):
            # only "the request", "that overture": one told just before ("rejected a plan to
            # raise fuel taxes" answers no earlier ask, nor does one told paragraphs above)
            own = self._sides(source)
            near = self._window_start(verb.sent, 2)
            for ev in reversed(self.events):
                if near <= ev.trigger < verb.i and ev.event in ("REQUEST", "AGREE") and \
                        ev.actor and \
                        own and self._sides(ev.recipient) & own and \
                        not self._sides(ev.actor) & own:
                    return list(ev.actor)
        return list(dict.fromkeys(before or after))

    def _salience(self, anchor: Token) -> float:
        """A bonus to the confidence of the act a sentence reports in its main clause, over
        acts in purpose and subordinate clauses ("staged demonstrations to demand reforms")."""
        verb = anchor if anchor.pos_ in ("VERB", "AUX") else anchor.head
        if verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and
                                   verb.head.lemma_.lower() in ("say", "announce", "report")):
            return 0.1
        return 0.0

    def _emit(self, coded: Coded, tok: Token, sent: Span, source: list[str],
              target: list[str], confidence: float = 0.6) -> bool:
        """Add an event between sides; see _coded_verb for the rule on one-sided acts. In the
        lead, an act whose doer is not named ("three soldiers were killed in a bombing") is
        coded with its target alone: it is the story."""
        if not source and not (target and self._in_lead(sent) and coded.event in UNNAMED_DOER):
            return False
        target = self._other_sides(source, target)
        keep, tentative = self._between_sides(source, target, sent)
        if not keep:
            return False
        if not source:
            confidence -= 0.2  # an act without its doer is the least certain reading
        coded = self._official_protest(coded, source, sent)
        ev = EventDraft(coded.event, coded.cameo, coded.mode, tok.i, source, target,
                        confidence=confidence, lexical=True, tentative=tentative)
        self._add(ev, tok, sent)
        return True

    def _event_noun(self, tok: Token, sent: Span, coded: Coded | None = None) -> None:
        """An event noun: "staged a protest", "Israeli airstrikes killed", "Russia's invasion
        of Ukraine", "sanctions against Iran"."""
        if tok.i in self.folded:
            return
        if tok.dep_ == "compound":
            code = noun_code(tok)
            bundled = plover(code) if code else None
            if bundled is not None and bundled.event == "AID" and \
                    tok.head.lemma_.lower() in AID_BUNDLES and tok.head.i not in self.folded:
                # "approved a loan package for Zaire": the bundle is the aid the noun names,
                # and its own phrases say who gives it to whom
                self._event_noun(tok.head, sent, bundled)
            return
        if coded is None and self._payment_stop(tok):
            # "Brazil's suspension of interest payments", "declared a moratorium on its
            # repayments": a debtor withholding what it owes refuses economic cooperation
            # (REJECT 1211), as the verb does ("suspended interest payments"), not the
            # dictionary's "suspension" of relations (160)
            coded = plover("1211")
        if coded is None:
            code = noun_code(tok)
            coded = plover(code) if code else None
        if coded is None:
            return
        head = tok.head
        source = self._modifier_actors(tok)
        if coded.event == "AGREE" and self._offer_of_another(coded, tok, sent, source):
            return
        if coded.event == "REQUEST":
            # "Sudan rejected a demand by the IMF", "Japan will respond to a Philippine
            # request": the request was made, whatever the answer; the answer is coded below
            self._request_of_another(coded, tok, sent, source)
        target = self._noun_targets(tok)
        if coded.cameo == "1211" and self._payment_stop(tok):
            # only the creditors paid ("... payments to its foreign creditors"), not a state
            # named elsewhere in the phrase ("... and the deficit in the United States")
            target = [k for t in tok.subtree if t.i != tok.i and t.dep_ == "pobj" and
                      t.head.lower_ == "to" for k in self._actors_of(t) if k not in source]
        if coded.cameo in COMPLAINT_CODES:
            source = self._filer(tok) or source
            # "a lawsuit filed against the Dutch government"
            target = target or [k for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBN"
                                for p in _pobjs(c, ("against",)) for k in self._actors_of(p)
                                if k not in source]
        givers = self._aid_givers(tok) if coded.event == "AID" else []
        if givers:
            # "received a loan from the Export-Import Bank", "cleared its arrears with a loan
            # from a bank": the lender gives; the one the clause is about receives
            source = givers
            target = [k for k in self._prep_targets(
                tok, tuple(p for p in TARGET_PREPS if p != "from")) if k not in givers]
        if not target and coded.event in ("COERCE", "SANCTION"):
            # "the ban on trade and economic activity with Tripoli": the partner of what is
            # banned
            target = [k for p in _pobjs(tok, ("on", "against")) for q in p.subtree
                      if q.dep_ == "pobj" and q.head.lower_ in ("with", "to", "from")
                      for k in self._actors_of(q) if k not in source]
        if self._done_to(tok) and any(c.dep_ == "acl" and c.tag_ == "VBN" and
                                      c.lemma_.lower() in IMPOSE_VERBS for c in tok.children):
            # "the US ban on trade with Tripoli - imposed by Reagan in 1986 - was suspended":
            # the imposition is told along with what is done to the measure now
            self._emit(coded, tok, sent, source, target, confidence=0.55)
            return
        if coded.event in ("COERCE", "SANCTION") and \
                self._imposed_measure(coded, tok, sent, source, target):
            return
        if self._drawn_criticism(coded, tok, sent):
            return
        if tok.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") and head is not tok:
            lemma = head.lemma_.lower()
            if lemma in BLAME_TAKERS and tok.lemma_.lower() == "blame":
                return  # "took the blame": owning up, not accusing
            response = RESPONSES.get((coded.event, lemma))
            if response and self.verb_code(head) is not None:
                return  # "rejected the appeal": the verb's own REJECT says it
            if response:
                # "accepted the demands" CONCEDE, "rejected the appeal" REJECT, "accepted the
                # offer" AGREE: the answer to a request or an offer
                coded = plover(response) or coded
            elif lemma in CONSIDER_VERBS and THREAT_CODES.get(coded.cameo):
                # "is considering retaliatory measures", "prepared sanctions": weighing a
                # conflictual act is threatening it
                coded = plover(THREAT_CODES[coded.cameo]) or coded
            elif lemma in STANCE_VERBS:
                return  # "discussed the sanctions", "condemned the attack": the verb's act
            elif givers and lemma in RECEIVING_VERBS:
                pass  # "received a loan from Japan": the noun's giver and the receiver
            elif lemma not in LIGHT_VERBS and lemma not in HANDLED_ELSEWHERE and \
                    (own := self.lexicon.code(head)) is not None and not (
                        coded.event == "AID" and lemma in GIVING_VERBS and own.event != "AID"):
                return  # the verb's own code says it ("imposed sanctions"); "approved a
                # loan for India" gives what the noun names
            elif lemma in HANDLED_ELSEWHERE - {"hold", "make", "do", "have"}:
                return
            subject, verb_target = self._arguments(head, None)
            if givers:
                target = target or [k for k in subject if k not in givers]
            else:
                source = source or subject
                target = target or verb_target
            anchor = head
            if coded.event == "AID" and lemma in GIVING_VERBS and \
                    not self._approved_aid_giver(head):
                self.folded.add(head.i)  # the verb's own code ("approved") says less
        elif givers and tok.dep_ == "pobj" and head.dep_ == "prep" and \
                head.lower_ in ("with", "through") and head.head.pos_ == "VERB":
            # "Zambia has cleared its arrears with a loan from a bank": the subject of what
            # the loan paid for received it
            subject = self._arguments(head.head, None)[0]
            target = target or [k for k in subject if k not in givers]
            anchor = head.head
        elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and \
                head.lower_ in ("of", "with") and \
                head.head.lemma_.lower() in ("warn", "threaten") and THREAT_CODES.get(coded.cameo):
            # "warned of retaliation", "threatened Japan with sanctions": the threat of the act
            coded = plover(THREAT_CODES[coded.cameo]) or coded
            subject, verb_target = self._arguments(head.head, None)
            source = source or subject
            target = target or verb_target
            anchor = head.head
            self.folded.add(head.head.i)
        elif tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB" and \
                head.lower_ in ("in", "for", "into", "during") and \
                (head.head.lemma_.lower() in HANDLED_ELSEWHERE or
                 self.lexicon.code(head.head) is None):
            # "converged for a rally", "took part in the protests": the clause's subject acts
            subject, verb_target = self._arguments(head.head, None)
            source = source or subject
            target = target or verb_target or self._caller_heard_by(coded, head.head, source)
            anchor = head.head
        elif self._done_to(tok):
            return  # "the embargo was lifted": what is done to the measure is the event
        elif tok.dep_ in ("nsubj", "nsubjpass") and head.pos_ == "VERB":
            # "Israeli airstrikes killed 20 people": the noun's modifiers act on the object
            if not target:
                target = self._arguments(head, None)[1]
            anchor = tok
        else:
            if source and not target:
                target = [k for k in self._protester(tok) if k not in source]
            if not source or not target:
                return  # a bare mention ("the 2003 invasion") names no act of this story
            anchor = tok
        mod = modality(anchor)
        if _retaliation(tok) and coded.event != "THREATEN":
            # "retaliatory measures" name a threatened act, not one done: "may take
            # retaliatory measures" threatens them, "came in retaliation for" is a motive;
            # inside a warning ("warned it may take ...") the warning says it
            if mod not in ("future", "hypothetical") or any(
                    a.lemma_.lower() in ("warn", "threaten") for a in anchor.ancestors):
                return
            coded = plover(THREAT_CODES.get(coded.cameo, "130")) or coded
        if mod == "future" and intent(coded.cameo):
            coded = plover(intent(coded.cameo) or "") or coded
        if coded.cameo in COMPLAINT_CODES:
            # "filed a complaint at the WTO over French subsidies": the body that hears a
            # complaint is where it is made; the side complained of owns what it is over
            target, venues = self._complained_of(tok, anchor, source, target)
        else:
            venues = []
        if not target and (coded.event == "THREATEN" or coded.cameo in COMPLAINT_CODES):
            # "filed the complaint", "lodged a protest": official complaints are aimed at the
            # other side of the row
            target = [k for k in self._adversary(source, sent, coded.cameo) if k not in venues]
        if coded.event in ("COOPERATE", "AID", "SANCTION") and \
                not self._exchange(anchor, source, target, sent, coded.event):
            return
        if not target and len(source) > 1 and anchor.pos_ in ("VERB", "AUX") and \
                _reciprocal(anchor):
            # "the U.S. and Brazil have each laid the blame on the other"
            for k in source:
                self._emit(coded, tok, sent, [k], [o for o in source if o != k])
            return
        if tok.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                      for c in tok.children) and \
                self._retold(coded, source, tok, sent):
            return
        self._emit(coded, tok, sent, source, target, confidence=0.55 + self._salience(anchor))

    def _concern_that(self, noun: Token, sent: Span) -> bool:
        """"U.S. concern that Iranian missiles posed a threat", "the Government's expression
        of concern that North Korea was using the trucks": a side's stated worry about what
        another side does accuses that side (ACCUSE 112). Carried by a verb of its own
        ("voiced concern that ...") the verb is coded instead."""
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            return False
        owner = self._modifier_actors(noun)
        if not owner and noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.pos_ == "NOUN":
            owner = self._modifier_actors(noun.head.head)  # "the U.S.'s expression of concern"
        said = next((c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.pos_ in (
            "VERB", "AUX") and any(m.dep_ == "mark" and m.lower_ == "that"
                                   for m in c.children)), None)
        if not owner or said is None:
            return False
        own = self._sides(owner)
        target = [k for c in said.children if c.dep_ == "nsubj" and c.pos_ != "PRON"
                  for k in self._head_actors(c) if not self._sides([k]) & own]
        coded = plover("112")
        if not target or coded is None or not self._emit(coded, noun, sent, owner,
                                                         self._expand(target)):
            return False
        self.events[-1].modality = "asserted"  # the worry is stated, whatever it is about
        return True

    def _imposed_measure(self, coded: Coded, noun: Token, sent: Span, source: list[str],
                         target: list[str]) -> bool:
        """"The sanctions imposed on Libya by Britain", "U.S. tariffs imposed on Japanese
        goods": a measure told with the past participle of its imposition was imposed,
        whatever the clause says of it now ("will stay", "were unlikely to start a trade
        war"). The measure's code (an embargo, 163) says more than the verb's ("impose" is
        only 170); its owner is in its modifiers, its "by" phrase or where the story named
        it before, its target in the participle's "on" or "against" phrase."""
        holders = [noun]
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and \
                noun.head.head.lemma_.lower() in ENDING_NOUNS:
            # "the removal of U.S. sanctions imposed on ...": the parser may hang the
            # participle on the ending noun
            holders.append(noun.head.head)
        imposed = next((c for h in holders for c in h.children if c.dep_ == "acl" and
                        c.tag_ == "VBN" and c.lemma_.lower() in IMPOSE_VERBS | LEVY_VERBS), None)
        if imposed is None:
            return False
        source = source or self._expand([
            k for a in imposed.children if a.dep_ == "agent" for p in a.children
            if p.dep_ == "pobj" for k in self._actors_of(p)]) or self._modifier_actors(noun) \
            or self._earlier_owner(noun)
        if not source and noun.dep_ == "dobj" and noun.head.lemma_.lower() in UNDO_VERBS:
            # "the EC lifted the sanctions imposed on Libya": who lifts a measure had imposed
            # it; "in order to lift the tariffs ..., the U.S. needs": the clause's subject
            undo = noun.head
            source = self._arguments(undo, None)[0]
            if not source and undo.dep_ == "acl" and undo.head.lower_ == "order" and \
                    undo.head.dep_ == "pobj" and undo.head.head.head.pos_ in ("VERB", "AUX"):
                source = self._subject(undo.head.head.head)
        target = target or [k for p in _pobjs(imposed, ("on", "against"))
                            for k in self._actors_of(p) if k not in source]
        if not target and source:
            # "U.S. sanctions imposed on certain electronic goods": the other state of the pair
            target = self._partner(source, sent)
        speech = clause_verb(noun)
        if not source and target and speech.dep_ == "ccomp" and \
                speech.head.lemma_.lower() in SPEECH_VERBS:
            # "the White House spokesman said sanctions imposed on Japan were unlikely to
            # start a trade war": with no imposer named in the story, the measure a state's
            # official speaks of, imposed on the other state of the story's pair, is his own
            # state's
            speaker = [k for k in self._subject(speech.head)
                       if self.table.country_of(k) and k in self.table.drafts and
                       self.table.drafts[k].sector in STATE_SECTORS]
            if speaker and self._sides(self._partner(speaker, sent)) == self._sides(target):
                source = self._expand([self._country(self.table.country_of(speaker[0]))])
        if not target:
            return False
        self.folded.add(imposed.i)  # the verb's own code says less
        if not self._emit(coded, noun, sent, source, target, confidence=0.6):
            return True
        self.events[-1].modality = "asserted"
        return True

    def _rejection_noun(self, noun: Token, sent: Span) -> bool:
        """"The U.S. rejection of a Canadian assertion", "the strong opposition of the United
        States to a proposed tax in the European Community", "Comecon's refusal to recognise
        West Berlin as part of the EC": a side's rejection told as a noun is a REJECT (120,
        or the refusal of the act its complement names) from the side its own modifiers or
        "of" phrase name to the side of what it rejects. Both must be named: "the
        opposition" alone is a party, "a rejection" no act of this story."""
        lemma = noun.lemma_.lower()
        source = self._modifier_actors(noun)
        things = _pobjs(noun, ("to",)) if lemma == "opposition" else []
        for p in _pobjs(noun, ("of",)):
            if self._is_thing(p) and lemma != "opposition":
                things.append(p)
            elif not source and not self._is_thing(p):
                source = self._expand(self._actors_of(p))
                things += _pobjs(p, ("to",)) if lemma == "opposition" else []
        if lemma == "opposition" and noun.dep_ == "dobj":
            things += _pobjs(noun.head, ("to",))  # "reaffirmed its opposition ... to the tax"
        comp = next((c for c in noun.children if c.dep_ == "acl" and
                     any(a.lower_ == "to" for a in c.children)), None)
        if not source or (not things and comp is None):
            return False
        own = self._sides(source)
        target: list[str] = []
        for thing in things:
            found = self._author(thing, noun, source) if self._is_thing(thing) else []
            # (a side named in the thing's own phrases, "a tax on oils in the European
            # Community", not in a clause inside it, "reforms aimed at halting EC output")
            target += found or [k for t in thing.subtree if self._keys_of(t) and
                                _phrase_path(t, thing) for k in self._actors_of(t)]
        coded = plover("120")
        if comp is not None and lemma == "refusal":
            # "refusal to meet" 125, "refusal to pay" 1211: CAMEO's parallel branches
            acted = self.verb_code(comp)
            inner_type = _HANDLED_TYPES.get(comp.lemma_.lower()) or getattr(
                acted, "event", None)
            if coded is not None:
                coded = plover(combine(coded, inner_type, acted)) or coded
            # the sides the complement names ("to recognise West Berlin as part of the EC"
            # is aimed at the EC, not at the city's state)
            target += [k for t in comp.subtree if self._keys_of(t) for k in self._actors_of(t)]
        target = [k for k in self._expand(target) if k not in source and
                  not self._sides([k]) & own]
        if coded is None or not target:
            return False
        self.folded.update(t.i for t in noun.subtree if t.i != noun.i and
                           t.pos_ in ("VERB", "NOUN"))
        if not self._emit(coded, noun, sent, source, target):
            return False
        if self.events[-1].modality != "negated":
            self.events[-1].modality = "asserted"  # the rejection is told as done
        return True

    def _imposition(self, noun: Token, sent: Span) -> bool:
        """"The imposition by the United States of punitive tariffs on Japanese goods", "the
        April 17 imposition of U.S. tariffs on its products": the noun of imposing a measure
        codes the measure (COERCE 163 for tariffs and sanctions) from whoever imposes it (the
        noun's own modifiers or "by" phrase, else the measure's) to the side its "on" or
        "against" phrase names."""
        # (the parser may hang "of tariffs" on the "by" phrase before it)
        measure = next((p for p in noun.subtree if p.dep_ == "pobj" and p.head.lower_ == "of"
                        and _phrase_path(p, noun) and (
                            p.lemma_.lower() in LEVY_NOUNS or
                            getattr(plover(noun_code(p) or ""), "event", None) in (
                                "COERCE", "SANCTION"))), None)
        if measure is None:
            return False
        coded = plover(noun_code(measure) or "163")
        source = self._modifier_actors(noun) or self._modifier_actors(measure)
        target = [k for h in (measure, noun) for p in _pobjs(h, ("on", "against"))
                  for k in self._actors_of(p) if k not in source]
        if coded is None or not source or not target:
            return False
        self.folded.add(measure.i)  # the measure is this act, not one of its own
        return self._emit(coded, noun, sent, source, target)

    def _caller_heard_by(self, coded: Coded, verb: Token, source: list[str]) -> list[str]:
        """"Reagan said Takeshita told him in a telephone conversation ...", "Reagan said
        Takeshita said in a telephone call that ...": a call that names no partner, told by
        one who reports what the caller said in it, was with the reporter, who heard it."""
        if coded.cameo != "041" or verb.lemma_.lower() not in SPEECH_VERBS or \
                verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
            return []
        return [k for k in self._subject(verb.head) if k not in source and
                self._sides([k]) - self._sides(source)]

    def _dissent_against(self, noun: Token, sent: Span) -> bool:
        """"The embargo is likely to be lifted despite US objections", "defended the plan
        against harsh West German criticism", "despite protests from Taiwan": the side whose
        criticism or objection an act goes ahead "despite", "against", "amid" or "in the face
        of" disapproves of whoever does the act (ACCUSE 111 criticism, 110 objection): the
        clause's subject, or the owner of the measure it is about ("the EU embargo")."""
        prep = noun.head
        if noun.dep_ != "pobj" or not (prep.lower_ in DISSENT_PREPS or (
                prep.lower_ == "of" and prep.head.lower_ == "face" and
                prep.head.head.lower_ == "in")):
            return False
        critics = self._modifier_actors(noun) or self._expand(
            [k for p in _pobjs(noun, ("from", "by")) for k in self._head_actors(p)])
        if not critics:
            return False
        subject = None
        for a in noun.ancestors:
            if a.pos_ in ("VERB", "AUX"):
                verb: Token | None = a
                while verb is not None and subject is None:
                    subject = next((c for c in verb.children
                                    if c.dep_ in ("nsubj", "nsubjpass")), None)
                    verb = verb.head if verb.dep_ in ("xcomp", "acomp", "conj") and \
                        verb.head is not verb else None
                if subject is not None:
                    break
        if subject is None or subject.pos_ == "PRON":
            return False
        own = self._sides(critics)
        doer = self._author(subject, subject.head, critics) if self._is_thing(subject) else \
            self._actors_of(subject)
        target = [k for k in self._expand(doer) if k not in critics and
                  not self._sides([k]) & own]
        coded = plover(DISSENT_NOUNS[noun.lemma_.lower()])
        if coded is None or not target or not self._emit(coded, noun, sent, critics, target):
            return False
        self.events[-1].modality = "asserted"  # the objection stands, whatever the act
        return True

    def _filer(self, noun: Token) -> list[str]:
        """Who brings a complaint or lawsuit when a phrase says so: "a complaint filed against
        the bank by Judge X", "is seeking damages in a US lawsuit against Gazprom" (the one
        seeking). A country the noun's modifiers name is then the court's ("a US lawsuit"),
        not the plaintiff."""
        filer = [k for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"
                 for a in c.children if a.dep_ == "agent"
                 for q in a.children if q.dep_ == "pobj" for k in self._head_actors(q)]
        head = noun.head
        if not filer and noun.dep_ == "pobj" and head.lower_ == "in" and \
                head.head.pos_ == "VERB" and head.head.lemma_.lower() in SEEKING_VERBS:
            filer = self._arguments(head.head, None)[0]
        return self._expand(filer)

    def _written_concern(self, verb: Token, sent: Span) -> bool:
        """A letter or message to a side that sets out concerns or objections: "has written
        to his U.S. counterpart outlining the EC's concerns", "sent a letter to Tokyo
        expressing its objections": a complaint made officially to that side (ACCUSE 114),
        by whoever wrote or sent it. Setting out a position or views complains of nothing."""
        if verb.dep_ not in ("advcl", "acl", "xcomp") or not any(
                c.dep_ == "dobj" and c.lemma_.lower() in GRIEVANCE_NOUNS for c in verb.children):
            return False
        carrier = verb.head
        if carrier.dep_ == "pobj" and carrier.head.lower_ == "to" and \
                carrier.head.head.lemma_.lower() in WRITE_VERBS:
            carrier = carrier.head.head  # (the parser hangs it on the addressee)
        if carrier.pos_ == "NOUN" and carrier.lemma_.lower() in ISSUED_NOUNS:
            sender = carrier.head if carrier.dep_ == "dobj" and carrier.head.pos_ == "VERB" \
                else None
            addressed = [carrier] + ([sender] if sender is not None else [])
        elif carrier.pos_ == "VERB" and carrier.lemma_.lower() in WRITE_VERBS:
            sender, addressed = carrier, [carrier]
        else:
            return False
        if sender is None:
            return False
        source = self._subject(sender)
        target = [k for h in addressed for p in _pobjs(h, ("to",))
                  for k in self._head_actors(p) or self._actors_of(p) if k not in source]
        target += [k for h in addressed for c in h.children if c.dep_ == "dative"
                   for p in c.children if p.dep_ == "pobj" for k in self._actors_of(p)
                   if k not in source and k not in target]
        coded = plover("114")
        if coded is None or not source or not target:
            return False
        return self._emit(coded, verb, sent, source, target)

    def _complained_of(self, noun: Token, anchor: Token, source: list[str],
                       target: list[str]) -> tuple[list[str], list[str]]:
        """Whom a complaint or lawsuit is against, and where it is heard. The side an "over",
        "about" or "against" phrase names or owns ("over French subsidies", "about Japan's
        rice ban", "a case at the court against Italy"), wherever the parser hangs it in the
        phrase of the noun or of the verb that carries it; the body that hears the complaint
        ("at the WTO", "with GATT", "before the court") is its venue, no target, unless it is
        the one named as complained of."""
        heads = [noun] + ([anchor] if anchor is not noun else [])
        venues: list[str] = []
        grievance: list[str] = []
        for h in heads:
            for c in h.children:
                if c.dep_ != "prep":
                    continue
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    if c.lower_ in COMPLAINT_VENUE_PREPS and self._hearing_body(p):
                        venues += self._actors_of(p)
                        inner = [q for q in p.children if q.dep_ == "prep"]
                    elif c.lower_ in GRIEVANCE_PREPS:
                        inner = [c]
                    else:
                        continue
                    for q in inner:
                        if q.lower_ not in GRIEVANCE_PREPS:
                            continue
                        for o in q.children:
                            if o.dep_ == "pobj":
                                grievance += [k for k in (self._act_owner(o) or
                                                          self._modifier_actors(o) or
                                                          self._actors_of(o))
                                              if k not in source and k not in grievance]
        if grievance:
            return grievance, venues
        return [k for k in target if k not in venues], venues

    def _hearing_body(self, phrase: Token) -> bool:
        """Whether a phrase names a body that hears complaints: a court or tribunal, or an
        international body (the WTO, GATT, the UN)."""
        if phrase.lemma_.lower() in COURT_NOUNS or any(
                t.lemma_.lower() in COURT_NOUNS for t in phrase.subtree
                if t.dep_ in ("compound", "amod")):
            return True
        return any(self.table.drafts[k].kind == "international"
                   for k in self._actors_of(phrase) if k in self.table.drafts)

    def _pair_before(self, node: Token) -> list[str]:
        """"The pair", "the two": the two sides last named together ("its battle with France
        and Germany ... took the pair to court"), in this sentence or the one before."""
        if node.lower_ not in ("pair", "two", "duo") or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in node.children) or any(
                c.dep_ not in ("det", "punct") for c in node.children):
            return []
        start = self.doc[node.sent.start - 1].sent.start if node.sent.start > 0 else 0

        def key_of(t: Token) -> str | None:
            key = self.table.token_actor.get(t.i)
            if key is None and t.i in self.table.token_country:
                key = self._country(self.table.token_country[t.i])
            return key
        for t in reversed(self.doc[max(start, self.body_start):node.i]):
            if t.dep_ != "conj":
                continue
            pair = [key_of(t.head), key_of(t)]
            if None in pair or t.head.dep_ == "conj" or any(
                    c.dep_ == "conj" and c.i != t.i for c in (*t.head.children, *t.children)):
                return []  # three or more named together: no pair
            keys = self._expand([k for k in pair if k])
            return keys if len(self._sides(keys)) == 2 else []
        return []

    def _sue(self, verb: Token, sent: Span) -> bool:
        """"Took Peru to the International Court of Justice", "hauled the firm before a
        tribunal": bringing a side before a court sues it (ACCUSE 115), the object's side,
        not the court the verb's phrase names; the verb dictionary has "take" and "bring"
        carry or move things."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or not any(p.lemma_.lower() in COURT_NOUNS
                                  for p in _pobjs(verb, ("to", "before"))):
            return False
        source = self._subject(verb)
        target = [k for k in self._object_actors(obj) or self._pair_before(obj)
                  if k not in source]
        coded = plover("115")
        if coded is not None and source and target:
            self._emit(coded, verb, sent, source, target)
        return True

    def _drawn_criticism(self, coded: Coded, tok: Token, sent: Span) -> bool:
        """"The plan drew sharp criticism from Washington", "the tax sparked protest from
        Japan", "Bonn's decision has attracted criticism from Paris": the critic is the "from"
        phrase's side and the criticised one who made what drew it (ACCUSE 111), not the
        clause's subject. A protest is criticism when a state or body makes it; people's
        protests ("sparked protests from farmers") are left to the noun's own code."""
        head = tok.head
        if coded.event not in ("ACCUSE", "PROTEST") or coded.cameo in COMPLAINT_CODES or \
                tok.dep_ != "dobj" or head.lemma_.lower() not in ELICIT_VERBS:
            return False
        critics = self._expand([k for h in (tok, head) for p in _pobjs(h, ("from",))
                                for k in self._head_actors(p)])
        if not critics:
            return False
        if coded.event == "PROTEST":
            for k in critics:
                d = self.table.drafts.get(k)
                if d is None or not (d.kind in ("country", "international") or
                                     d.sector in ("GOV", "MIL", "LEG", "JUD")):
                    return False
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return True  # the critic is no subject's target
        if head.dep_ == "relcl" and subject.lower_ in ("which", "that"):
            subject = head.head  # "a tax which sparked protest from Japan"
        own = self._sides(critics)
        target = [k for k in self._expand(self._author(subject, head, critics) or
                                          self._actors_of(subject))
                  if k not in critics and not self._sides([k]) & own]
        final = plover("111")
        if final is not None and target:
            self._emit(final, head, sent, critics, target)
        self.folded.add(tok.i)
        return True

    def _aid_givers(self, noun: Token) -> list[str]:
        """Who gives the aid a noun names when its "from" phrase says so, on the noun or on
        the verb that receives it: "a loan from the World Bank", "obtained from Japan a
        credit"."""
        heads = [noun]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in RECEIVING_VERBS:
            heads.append(noun.head)
        # "a loan of 45 mln dlrs from the bank": the parser hangs it on the amount
        heads += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                  for p in c.children if p.dep_ == "pobj" and (p.like_num or any(
                      t.like_num for t in p.children))]
        return self._expand([k for h in heads for p in _pobjs(h, ("from",))
                             for k in self._actors_of(p)])

    def _offer_of_another(self, coded: Coded, tok: Token, sent: Span,
                          source: list[str]) -> bool:
        """An offer named with its maker in a clause of another side ("welcomed Moscow's
        offer to resume talks", "had received an assurance from Athens that ...", "rejected
        an offer from Cairo to mediate") is the maker's AGREE to that side (or to the side it
        is made "to"): the offer was made, whatever the clause does with it."""
        clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None:
            return False
        # "received an assurance from Athens": the "from" may hang on the verb
        froms = _pobjs(tok, ("from",)) or (_pobjs(clause, ("from",)) if tok.dep_ == "dobj"
                                           and tok.head.i == clause.i else [])
        maker = source + [k for p in froms for k in self._actors_of(p) if k not in source]
        if not maker:
            return False
        receiver = self._arguments(clause, None)[0]
        makers, receivers = self._sides(maker), self._sides(receiver)
        if not receivers or makers & receivers:
            return False  # "Iran repeated its offer": the clause's own act says it
        target = [k for p in _pobjs(tok, ("to",)) for k in self._actors_of(p)] or receiver
        return self._emit(coded, tok, sent, maker, target, confidence=0.55)

    def _pressure(self, noun: Token, sent: Span) -> bool:
        """Pressure on someone to do something is a demand of that act: "brought pressure on
        the IMF to approve funding", "stepped up pressure on Tokyo to open its markets", "U.S.
        pressure on Japan to cut its surplus". Who presses is the noun's own modifier or the
        subject of the verb that applies it; the act demanded (an infinitive on the noun or on
        that verb) must be named: "pressure on the dollar" or "pressure on Japan" alone asks
        nothing."""
        applied = noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and \
            noun.head.lemma_.lower() in PRESSURE_APPLYING else None
        heads = [noun] + ([applied] if applied is not None else [])
        target = [k for h in heads for p in _pobjs(h, ("on", "upon"))
                  for k in self._actors_of(p)]
        inner = next((c for h in heads for c in h.children
                      if c.dep_ in ("acl", "advcl", "xcomp") and c.pos_ in ("VERB", "AUX") and
                      _infinitive(c) and not any(g.dep_ == "nsubj" for g in c.children)),
                     None)
        if not target or inner is None:
            return False
        source = self._modifier_actors(noun) or (
            self._arguments(applied, None)[0] if applied is not None else [])
        source = [k for k in source if k not in target]
        if not source:
            return False
        inner_coded = None if inner.lemma_.lower() in HANDLED_ELSEWHERE else \
            self.verb_code(inner)
        demand = Coded("100", "REQUEST", None, None, 0)
        coded = plover(combine(demand, inner_coded.event if inner_coded else None,
                               inner_coded)) or demand
        self.folded.update(t.i for t in inner.subtree if t.pos_ in ("VERB", "NOUN"))
        return self._emit(coded, applied if applied is not None else noun, sent, source,
                          target)

    def _request_of_another(self, coded: Coded, tok: Token, sent: Span,
                            source: list[str]) -> bool:
        """A request or a demand named with its maker ("a Philippine request", "Ecuador's
        request", "a demand by the IMF", "a request from Lima") as what another side answers
        ("rejected", "granted", "responded to", "is studying", "received") is the maker's
        REQUEST to that side, the answerer: the request was made, whatever the answer. Only
        an answer's subject is the one asked; "supported Pakistan's demand" asks nothing of
        the supporter."""
        clause = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if clause is None or clause.lemma_.lower() not in REQUEST_ANSWERS:
            return False
        if tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
            return False
        if tok.dep_ == "pobj" and (tok.head.head.i != clause.i or tok.head.lower_ not in (
                "to", "on", "with")):
            return False  # "responded to a request", "decided on the demand"
        froms = _pobjs(tok, ("from",)) or (_pobjs(clause, ("from",)) if tok.dep_ == "dobj"
                                           and tok.head.i == clause.i else [])
        maker = source + [k for p in froms for k in self._actors_of(p) if k not in source]
        if not maker:
            return False
        if tok.dep_ == "nsubjpass":
            answerer = [k for a in clause.children if a.dep_ == "agent" for p in a.children
                        if p.dep_ == "pobj" for k in self._actors_of(p)]
        else:
            answerer = self._arguments(clause, None)[0]
        makers, answerers = self._sides(maker), self._sides(answerer)
        if not answerers or makers & answerers:
            return False  # "Iran repeated its demand": the clause's own act says it
        return self._emit(coded, tok, sent, maker, answerer, confidence=0.55)

    def _exchange(self, verb: Token, source: list[str], target: list[str],
                  sent: Span, event: str) -> bool:
        """Whether a meeting, a cooperative act or aid passes between two sides, as it must:
        not "Pemex signed for a loan ... to finance its project" (one side), not "giving London
        its biggest-ever arms order" (a purchase), not "Air India is considering to buy
        aircraft from Boeing" (firms trading)."""
        if len(self._sides(source + target, in_lead=True)) < 2 and \
                not self._stateless_people(source + target) and not (
                    # in the lead, a recipient the parse lost ("granted asylum to five
                    # Panamanian officers holed up in ...") leaves its preposition behind
                    self._in_lead(sent) and source and not target and any(
                        c.dep_ == "prep" and c.lower_ in ("to", "with") and
                        not any(p.dep_ == "pobj" for p in c.children)
                        for c in verb.children)):
            return False
        if event in ("CONSULT", "SANCTION"):
            return True
        if verb.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in COMMERCE_NOUNS
                for c in verb.children):
            return False
        if verb.lemma_.lower() in TRADE_VERBS and all(
                self.table.drafts[k].kind == "organization" and
                self.table.drafts[k].sector not in ("GOV", "MIL")
                for k in source + target if k in self.table.drafts):
            return False
        return True

    def _protester(self, noun: Token) -> list[str]:
        """Who protests against a measure named with its owner and no target: "France
        protested over Canada's fishing ban", "protests against the fishing ban decided by
        Canada": a state protests a measure aimed at it."""
        if noun.dep_ != "pobj" or event_type(noun) not in ("COERCE", "SANCTION"):
            return []
        prep = noun.head
        while prep.dep_ == "conj" and prep.head is not prep:
            prep = prep.head  # "against the closing ... and against the ban"
        verb = prep.head
        if prep.dep_ != "prep" or verb.pos_ != "VERB" or \
                verb.lemma_.lower() not in PROTEST_VERBS:
            return []
        return self._subject(verb)

    def _site_state(self, verb: Token, source: list[str], own_phrase: bool = False
                    ) -> list[str]:
        """The foreign state a material act's object is placed in ("build roads in Uganda",
        "strengthened its forces in Lebanon"); for an intent's complement, also the state the
        act is done in ("agreed to build three bridges in Kenya")."""
        heads = [c for c in verb.children if c.dep_ == "dobj"] + ([verb] if own_phrase else [])
        for obj in heads:
            for p in _pobjs(obj, ("in",)):
                key = next(iter(self._actors_of(p)), None) if p.i in self.table.token_country \
                    else self._place_state(p)
                if key and key not in source and self.table.country_of(key) not in \
                        self._countries(source):
                    return [key]
        return []

    def _purpose_target(self, verb: Token, source: list[str]) -> list[str]:
        """Whom an act is meant for, from its purpose clause: "lifted a trade ban to reward
        Tripoli", "imposed sanctions to punish Iran"."""
        # (the parser may hang the clause on the object: "lifted [a ban to reward X]")
        clauses = [c for c in verb.children if c.dep_ in ("advcl", "xcomp")] + [
            a for o in verb.children if o.dep_ == "dobj" for a in o.children
            if a.dep_ in ("acl", "relcl")]
        for c in clauses:
            if c.pos_ == "VERB" and any(a.dep_ == "aux" and a.lower_ == "to"
                                        for a in c.children):
                keys = [k for o in c.children if o.dep_ in ("dobj", "dative")
                        for k in self._actors_of(o)]
                keys = [k for k in self._expand(keys) if k not in source]
                if keys:
                    return keys
        return []

    def _forces_move(self, verb: Token, sent: Span) -> bool:
        """Armed forces on the move: "Greek and Turkish warships headed for a possible
        clash", "troops moved towards the border" show military power (MOBILIZE 150)."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or not _military(subject):
            return False
        source = self._actors_of(subject)
        target = [k for k in self._prep_targets(verb, ("to", "toward", "towards", "into"))
                  if k not in source]
        coded = plover("150")
        return coded is not None and self._emit(coded, verb, sent, source, target)

    def _deploy(self, verb: Token, sent: Span) -> bool:
        """Forces sent somewhere by a side: troops are a show of force (MOBILIZE 154),
        peacekeepers and observers protection given (AID 074). The place or the side named
        after "to", "in", "along", "near" or "on" is the target."""
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None:
            return False
        peace = obj.lemma_.lower() in PEACE_FORCES or any(
            c.lemma_.lower() in ("peacekeeping", "peace") for c in obj.children)
        if not peace and not _military(obj):
            # "deployed new software": nothing armed is sent anywhere
            return obj.pos_ == "NOUN" and obj.lemma_.lower() not in get_agents()
        source = self._actors_of(obj) if obj.dep_ == "dobj" and any(
            c.dep_ in ("amod", "poss", "compound") and c.i in self.table.token_country
            for c in obj.children) and not self._subject(verb) else self._subject(verb)
        if obj.dep_ == "nsubjpass":
            source = [k for c in verb.children if c.dep_ == "agent"
                      for k in self._actors_of(c)] or self._actors_of(obj)
        # ("along the border with Pakistan": the parser often hangs "with" on the verb)
        target = [k for k in self._prep_targets(
            verb, ("to", "in", "into", "along", "near", "on", "at", "inside", "with"))
            if k not in source] or [k for k in self._prep_targets(obj, ("along", "near", "to"))
                                    if k not in source]
        protect = None
        if not target:
            # "deployed warships in the Gulf to protect Kuwaiti tankers": protection given
            target = self._purpose_target(verb, source)
            protect = next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and
                            c.lemma_.lower() in ("protect", "escort", "guard", "defend")), None)
        coded = plover("074" if peace or (protect is not None and target) else "154")
        return coded is not None and bool(source) and \
            self._emit(coded, verb, sent, source, target)

    def _retold(self, coded: Coded, source: list[str], noun: Token, sent: Span) -> bool:
        """"Robert Arnott made the appeal at a special meeting", after "Australia called for
        an end to the exemption": a definite event noun retells an act of its type the
        article reported before by the same side; it adds evidence, not an event."""
        if coded.event not in VERBAL_TYPES:
            return False
        own = self._sides(source)
        for ev in reversed(self.events):
            if ev.trigger < noun.i and ev.event == coded.event and \
                    own <= self._sides(ev.actor) and (own or ev.actor):
                ev.evidence.append((sent.start_char, sent.end_char))
                return True
        return False

    def _condition_subject(self, verb: Token, inner: Token | None,
                           also: tuple[str, ...] = ()) -> list[str]:
        """The actors heading the subject of the "if/unless" clause on `verb` or on its
        complement or a conjunct of it ("warned the two were under scrutiny and it would act
        if their deficits grew"; or of a clause opened by one of `also`: "when", "once")."""
        for v in [verb] + ([inner, *inner.conjuncts] if inner is not None else []):
            for c in v.children:
                if c.dep_ == "advcl" and any(
                        m.dep_ == "mark" and m.lower_ in CONDITION_MARKS or
                        m.dep_ in ("mark", "advmod") and m.lower_ in also
                        for m in c.children):
                    subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")),
                                None)
                    if subj is not None and subj.pos_ != "PRON":
                        keys = self._actors_of(subj) or self._owners_before(subj, v)
                        if keys:
                            return keys
        return []

    def _owners_before(self, noun: Token, verb: Token) -> list[str]:
        """Whom a possessive "their" ("if their fiscal situations deteriorated") refers to:
        the nearest earlier subject of this sentence or the last naming two sides or more,
        other than the subject of `verb` ("the EC warned it would act if their deficits
        grew": France and Germany, named before)."""
        if not any(c.dep_ == "poss" and c.lower_ == "their" for c in noun.children):
            return []
        own = set(self._subject(verb)) | {k for c in verb.children if c.dep_ == "nsubj"
                                          for k in self._actors_of(c)}
        start = self.doc[noun.sent.start - 1].sent.start if noun.sent.start > 0 else 0
        for t in reversed(self.doc[start:noun.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
                continue
            keys = self._actors_of(t)
            if keys and not set(keys) & own:
                return keys if len(self._sides(keys)) > 1 else []
        return []

    def _goods_owner(self, verb: Token) -> list[str]:
        """The state whose goods a levy named in `verb`'s phrase falls on: the modifiers of
        the goods ("Japanese exports", "its semiconductor products"), reached through the
        levy's "on" phrase and an amount's "in" phrase ("tariffs on 300 mln dlrs in Japanese
        exports")."""
        for measure in verb.subtree:
            if measure.lemma_.lower() not in LEVY_NOUNS:
                continue
            for goods in verb.subtree:
                # (the parser may hang the "on" phrase on the verb: "raise tariffs on ...")
                if goods.lemma_.lower() not in LEVIED_GOODS or not (
                        _phrase_chain(goods, measure) or _phrase_chain(goods, verb)):
                    continue
                owners = self._modifier_actors(goods)
                if owners:
                    return owners
        return []

    def _answered(self, verb: Token, source: list[str]) -> list[str]:
        """Whom retaliation held out with no target named answers: the doer of the last
        hostile act this article coded against the retaliating side ("Canada banned imports
        of Mexican beef. Mexico said it would retaliate"), not a side the sentence happens to
        name."""
        if verb.lemma_.lower() not in RETALIATE_VERBS:
            return []
        own = self._sides(source)
        if not own:
            return []
        for ev in reversed(self.events):
            if ev.trigger >= verb.i or ev.event not in ANSWERED_TYPES or not ev.actor:
                continue
            if self._sides(ev.recipient) & own and not self._sides(ev.actor) & own:
                return [k for k in ev.actor if k not in source]
        return []

    def _adversary(self, source: list[str], sent: Span, cameo: str,
                   revenge: bool = False) -> list[str]:
        """Whom a threat with no target named is aimed at: when the threatening side is one
        of the article's pair of states, the other ("Britain was considering retaliatory
        measures" in a story about Britain and Japan), if the story is about it here (named
        in this sentence or the three before). A bare warning (130) names no threatened act,
        and so no adversary: "the minister warned that ..." is mostly said at home; a vow
        of revenge always has one ("promised retaliation")."""
        if cameo == "130" and not revenge:
            return []
        if any(self.table.drafts[k].kind == "organization" and self.table.drafts[k].sector
               not in ("GOV", "MIL", "LEG") for k in source if k in self.table.drafts):
            return []  # a firm's "profits warning" threatens no state
        return self._partner(source, sent)

    def _done_to(self, noun: Token) -> bool:
        """Whether a passive verb in the lexicon acts on `noun` ("the ban was lifted", "the
        ban is likely to be lifted")."""
        if noun.dep_ not in ("nsubj", "nsubjpass"):
            return False
        # the verb it is the subject of, or one that verb or adjective raises it to
        candidates, t = [], noun.head
        for _ in range(4):
            candidates.append(t)
            t = next((c for c in t.children if c.dep_ in ("xcomp", "acomp")), None)
            if t is None:
                break
        for v in candidates:
            patient = passive_subject(v) if v.pos_ == "VERB" else None
            if patient is not None and patient.i == noun.i and (
                    v.lemma_.lower() in self.lexicon or v.lemma_.lower() in STANCE_VERBS):
                return True
        return False

    def _modifier_actors(self, noun: Token) -> list[str]:
        """Who a noun's own modifiers say acted: "Russia's", "Israeli", "U.S.", "by NATO"."""
        keys: list[str] = []
        for c in noun.children:
            if c.dep_ == "poss" or (c.dep_ in ("amod", "compound", "nmod") and c.i < noun.i):
                keys += [k for k in self._head_actors(c) if k not in keys]
            elif c.dep_ == "prep" and c.lower_ == "by":
                for p in c.children:
                    if p.dep_ == "pobj":
                        keys += [k for k in self._actors_of(p) if k not in keys]
            elif c.dep_ == "acl" and c.tag_ == "VBN" and noun_code(noun):
                # "the ban imposed by Reagan", "the fishing ban decided by Canada"
                keys += [k for a in c.children if a.dep_ == "agent" for p in a.children
                         if p.dep_ == "pobj" for k in self._actors_of(p) if k not in keys]
        return self._expand(keys)

    def _noun_targets(self, noun: Token) -> list[str]:
        return self._prep_targets(noun, TARGET_PREPS + ("of",))

    def _named_group(self, node: Token, hit: list) -> str:
        """A named armed group the actor resolver did not register ("Taliban fighters")."""
        left = min([node.i] + [t.i for t in node.subtree if t.dep_ in ("compound", "flat")])
        span = self.doc[left:node.i + 1]
        return self._register_group(span, hit[1], hit[0], span.text.lower())

    def _register_group(self, span: Span, sector: str, iso: str | None, name: str) -> str:
        """The key of a group actor made for events; dropped again unless an event keeps it
        (see code())."""
        key = f"group:{sector}:{iso}:{name}"
        if key not in self.table.drafts:
            self.table.drafts[key] = Draft(key, "organization", span.text, iso, sector)
            self.pending_groups.add(key)
        self.table.drafts[key].mentions.append((span.start_char, span.end_char))
        return key

    def _group(self, node: Token) -> str | None:
        """A non-state group named by a common noun ("rebels", "Syrian protesters", "the
        opposition"), with the sector the Phoenix agents dictionary gives it and the country
        of its demonym, else of the dateline."""
        agents = get_agents()
        lemma = node.lemma_.lower()
        if lemma in QUANTITY_HEADS or node.like_num:
            # "thousands of protesters", "a group of students": the group is the "of" phrase
            for prep in node.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    for p in prep.children:
                        if p.dep_ == "pobj":
                            return self._group(p)
            return None
        if lemma in HOLDINGS and not (node.tag_ == "NNS" and agents.get(lemma)):
            # "its struggling car business", "no business operations": what a firm owns or
            # does is no group of people ("businesses protested" is)
            return None
        compounds = [c for c in node.children if c.dep_ in ("compound", "amod") and c.i < node.i
                     and not (c.i >= 2 and self.doc[c.i - 1].text == "-" and
                              self.doc[c.i - 2].like_num)]  # "a three-man team": its size
        if not compounds and node.tag_ == "NNS" and any(
                c.dep_ == "det" and c.lower_ == "the" for c in node.children):
            # "creditor banks were holding up an accord ... negotiating with the banks": a
            # definite plural refers back to the group named before with that head (groups
            # are plural; the look back is spared every other definite noun)
            for t in reversed(self.doc[max(self.body_start, node.i - 400):node.i]):
                if t.lower_ == node.lower_ and t.pos_ == "NOUN" and any(
                        c.dep_ in ("compound", "amod") and c.i < t.i for c in t.children):
                    key = self._group(t)
                    if key:
                        self.table.drafts[key].mentions.append((node.idx, node.idx + len(node)))
                        return key
        if self._is_lender(node):
            # "warned creditors", "its foreign creditor banks": the lenders of a debt story,
            # a side of no one state (not the dateline's)
            mods = [c.left_edge.i for c in node.children if c.dep_ in ("amod", "compound", "nmod")
                    and c.i < node.i]
            span = self.doc[min(mods) if mods else node.i:node.i + 1]
            for key, draft in self.table.drafts.items():
                # the same words made a party of an agreement already: one actor, not two
                if draft.kind == "organization" and draft.country is None and any(
                        s <= span.start_char < e or span.start_char <= s < span.end_char
                        for s, e in draft.mentions):
                    return key
            return self._register_group(span, "BUS", None, "creditors")
        sector = None
        # "protesters", "riot police", and "rebel positions" (held by rebels)
        for phrase in (" ".join([c.lower_ for c in compounds] + [lemma]), lemma, node.lower_,
                       *[c.lemma_.lower() for c in compounds]):
            sector = agents.get(phrase)
            if sector:
                break
        if sector not in NONSTATE_SECTORS:
            return None
        if sector == "BUS" and node.tag_ == "NN" and any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in node.children):
            # "a company of Gurkhas", "a new budget airline": one unnamed firm is a
            # description, as "a US company" is to the actor resolver, not a group
            return None
        iso = next((self.table.token_country[t.i] for t in node.subtree
                    if t.i in self.table.token_country), None)
        if iso is None and self.place_country is not None:
            # "police in Nairobi", "students in Jakarta": where the group is
            iso = next((self.place_country(e.text) for e in self.doc.ents
                        if e.label_ == "GPE" and node.left_edge.i <= e.start and
                        e.end <= node.right_edge.i + 1), None)
        iso = iso or self.dateline_country
        mods = [c.i for c in node.children if c.dep_ in ("amod", "compound", "nmod")
                and c.i < node.i]
        start = min(mods) if mods else node.i
        span = self.doc[start:node.i + 1]
        key = self._register_group(span, sector, iso, lemma)
        return key

    def _is_lender(self, node: Token) -> bool:
        """"Creditors", "its foreign creditor banks", and the lending banks of a debt story
        as the partner of talks (_lending_banks)."""
        lemma = node.lemma_.lower()
        compounds = [c for c in node.children if c.dep_ in ("compound", "amod") and c.i < node.i]
        return lemma in CREDITOR_NOUNS or (lemma in ("bank", "banks") and any(
            c.lemma_.lower() in CREDITOR_NOUNS for c in compounds)) or \
            self._lending_banks(node, compounds)

    def _lending_banks(self, node: Token, compounds: list[Token]) -> bool:
        """The banks that lend to a state, as one side of its debt talks: "New York bankers",
        "foreign banks", "the commercial banks", "its 14-bank advisory committee". Banks of a
        named state ("Japanese banks") are that state's firms, and a central bank is the
        state's own; a single bank ("a bank") is no group."""
        lemma = node.lemma_.lower()
        if any(c.i in self.table.token_country or c.i in self.table.token_actor or
               c.lemma_.lower() == "central" for c in node.subtree if c.i < node.i):
            return False
        # only as the other side of talks or a meeting ("talks with", "between Brazil and",
        # "met"): "foreign bankers say ..." are sources, not a party to anything
        t = node
        while t.dep_ == "conj" and t.head is not t:
            t = t.head
        pressing = t.dep_ in ("nsubj", "dobj") and _infinitive_complement(t.head) and \
            t.head.lemma_.lower() in PRESSURE_VERBS | APPEAL_VERBS | RELAY_VERBS
        if not ((t.dep_ == "pobj" and t.head.lower_ in ("with", "between")) or (
                t.dep_ == "dobj" and t.head.lemma_.lower() in MEET_VERBS | NEGOTIATE_VERBS)
                or pressing):
            return False
        if lemma == "banker" and node.tag_ == "NNS":
            return True  # "New York bankers", "bankers": a place of business is no state
        if lemma == "bank" and node.tag_ == "NNS":
            # "banks had been pressing Brazil to pay", "urged the banks to offer options":
            # banks that press a state, or that a state's creditors are urged to be, lend
            return pressing or any(c.lemma_.lower() in LENDING_WORDS for c in compounds)
        # "the bank advisory committee", "its 14-bank advisory committee", "the banks'
        # steering committee": the committee that speaks for the lending banks
        return lemma in BANK_COMMITTEES and any(
            c.lower_.endswith("bank") or c.lower_.endswith("banks") or c.lower_ == "banks'"
            for c in node.subtree if c.i < node.i)

    def _head_actors(self, node: Token) -> list[str]:
        """Actors named by the head of a noun phrase, its modifiers and its conjuncts."""
        keys: list[str] = []
        stack = [node]
        while stack:
            t = stack.pop()
            key = self.table.token_actor.get(t.i)
            if key is None and t.i in self.table.token_country:
                key = self._country(self.table.token_country[t.i])
            if key and key not in keys and not _excluded_name(t, self.table):
                keys.append(key)
            stack.extend(c for c in t.children if c.dep_ in (
                "compound", "amod", "poss", "conj", "appos", "nmod", "flat"))
        return keys

    def _under_instrument(self, verb: Token) -> bool:
        """Whether the clause states an agreement's terms: "under the deal, X will ...", or
        the purpose of one: "extended its exploration agreement to allow further studies",
        "entered into a deal to instal a cable to link the two coasts"."""
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in ("under", "according"):
                if any(instrument_class(p) for p in c.subtree if p.pos_ == "NOUN"):
                    return True
                if verb.dep_ == "relcl" and instrument_class(verb.head) and any(
                        p.lower_ in ("which", "whom") for p in c.children):
                    return True  # "the accord under which both sides agreed to ..."
        t = verb
        for _ in range(4):
            if t.dep_ not in ("advcl", "acl", "xcomp", "relcl") or t.head.i == t.i or \
                    not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
                return False
            t = t.head
            if t.pos_ == "NOUN" and instrument_class(t):
                return True
            if t.pos_ == "VERB" and any(c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"
                                        and instrument_class(c) for c in t.children):
                return True
            if t.pos_ == "VERB" and any(c.dep_ == "prep" and any(
                    p.dep_ == "pobj" and instrument_class(p) for p in c.children)
                    for c in t.children):
                return True  # "entered into a deal to instal a cable"
        return False

    def _undoing(self, verb: Token) -> Coded | None:
        """Lifting, easing or ending a measure is the retreat from it (CAMEO 08): "lifted the
        embargo" 085, "ended the curfew" 0813, "the blockade was eased" 0872."""
        if verb.lemma_.lower() not in UNDO_VERBS:
            return None
        measure = passive_subject(verb) or next(
            (c for c in verb.children if c.dep_ == "dobj"), None)
        code = noun_code(measure) if measure is not None else None
        undone = UNDO_OF.get(code or "")
        return plover(undone) if undone else None

    def _ultimatum(self, verb: Token) -> Coded | None:
        """Giving a side a span of time to act is an ultimatum (THREATEN 139): "gave Japan
        six weeks to open its market", "was given 48 hours to withdraw". What it must do is
        the demand's content, not an act of its own."""
        if verb.lemma_.lower() not in ("give", "grant", "allow"):
            return None
        if self._own_schedule(verb):
            return None
        for span in verb.children:
            if span.dep_ not in ("dobj", "npadvmod") or \
                    span.lemma_.lower() not in DEADLINE_NOUNS:
                continue
            todo = [c for c in [*span.children, *verb.children]
                    if c.dep_ in ("acl", "relcl", "xcomp", "advcl") and c.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
            if todo:
                self.folded.update(t.i for c in todo for t in c.subtree
                                   if t.pos_ in ("VERB", "NOUN"))
                return plover("139")
        return None

    def _own_schedule(self, verb: Token) -> bool:
        """"Gave firms an October deadline to cut trading links": time given to firms or
        people of no side named is a schedule at home, no ultimatum to another side."""
        if verb.lemma_.lower() not in ("give", "grant", "allow") or not any(
                c.dep_ in ("dobj", "npadvmod") and c.lemma_.lower() in DEADLINE_NOUNS
                for c in verb.children):
            return False
        given = next((c for c in verb.children if c.dep_ in ("dative", "iobj")), None)
        return given is not None and given.pos_ == "NOUN" and not any(
            self.table.drafts[k].kind in ("country", "international", "person")
            for k in self._actors_of(given) if k in self.table.drafts)

    def _attack(self, verb: Token, words: bool = False) -> Coded | None:
        """"Israel attacked Syria": the verb dictionary gives "attack" no code of its own
        (only with object words: "attacked positions"), as one may attack a policy too. An
        attack on a side is force (ASSAULT 190); on what a side did or said ("attacked the
        plan", "the remarks") or on a side "for" what it did ("attacked Japan for its
        policy") it is criticism (ACCUSE 111). With `words`, only the latter,
        before the dictionary: "attacked the U.S. position" is a stance criticised, while
        troops attack "positions" (the plural the dictionary's object words mean)."""
        if verb.lemma_.lower() != "attack":
            return None
        obj = passive_subject(verb) or next(
            (c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None:
            return None
        if (self._is_act(obj) or self._lever_owner(obj)) and not (
                words and obj.tag_ == "NNS" and obj.lemma_.lower() in MILITARY_OBJECT_NOUNS):
            return plover("111")  # (also "attacked the rise in West German interest rates")
        if any(c.dep_ == "prep" and c.lower_ == "for" and any(
                p.dep_ == "pcomp" or (p.dep_ == "pobj" and self._is_act(p))
                for p in c.children) for c in verb.children):
            # "attacked the Commission for backing down", "attacked Japan for its trade
            # policy": a side attacked for what it did is criticised (ACCUSE 111)
            return plover("111")
        if words:
            return None
        sides = [k for k in _keys_in(obj, self.table) if k in self.table.drafts and
                 self.table.drafts[k].kind != "person"]
        if sides or obj.i in self.table.token_country or (
                obj.lemma_.lower() in PHYSICAL_TARGETS and any(
                    c.i in self.table.token_country for c in obj.children
                    if c.dep_ in ("amod", "compound", "poss"))):
            # "attacked Syria", "attacked two Iranian oil platforms" (a side's installations;
            # "attacked British imperialists" is words)
            return plover("190")  # (a person "attacked" in the street is a crime's victim)
        return None

    def _curtail(self, verb: Token) -> Coded | None:
        """Cutting, limiting or capping another side's stake, share or access is an
        administrative sanction (COERCE 172): "voted to cut Turkcell's stake", "limited
        foreign banks' access"."""
        if verb.lemma_.lower() not in CURTAIL_VERBS:
            return None
        obj = passive_subject(verb) or next(
            (c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in HOLDING_NOUNS or not any(
                c.dep_ == "poss" and c.lower_ not in ("its", "their", "our", "his", "her")
                for c in obj.children):
            return None
        return plover("172")

    def _repel(self, verb: Token) -> Coded | None:
        """Force used against an aggressor ("tackle any aggressor", "crush any incursion") is
        force (ASSAULT 190), held out as readiness or a vow a threat of force (13x): the
        dictionary has "tackle" not at all and "confront", "fight" only with object words."""
        if verb.lemma_.lower() not in REPEL_VERBS and not _met_with_force(verb):
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in AGGRESSION_NOUNS:
            return None
        if not self._modifier_actors(obj):
            self.folded.add(obj.i)  # "any incursion": an aggression of no one named, no act
        return plover("190")

    def _levy(self, verb: Token) -> Coded | None:
        """Imposing or raising tariffs, duties or quotas on another side's goods is a trade
        sanction (COERCE 163): "slapped 100 pct tariffs on Japanese chips", "will raise
        duties on EC pasta"; the dictionary has "slap" hit someone (180) and no code for
        "raise". Raising a quota lets more in, and a levy on no one's goods is policy."""
        lemma = verb.lemma_.lower()
        if lemma not in LEVY_VERBS:
            return None
        # the measure in the verb's own phrase, also as an amount's ("300 mln dlrs in
        # tariffs") or behind a rate the parser took for the object ("100 per cent tariffs")
        measure = next((t for t in verb.subtree if t.lemma_.lower() in LEVY_NOUNS and
                        _phrase_path(t, verb)), None)
        if measure is None and verb.dep_ == "acl" and verb.tag_ == "VBN" and \
                verb.head.lemma_.lower() in LEVY_NOUNS:
            measure = verb  # "the tariffs imposed on Japanese goods": the participle's own
            # phrase names whose goods
        if measure is None or (measure.lemma_.lower() == "quota" and
                               lemma in ("raise", "increase")):
            return None
        path = [verb, measure, *(a for a in measure.ancestors if verb in a.ancestors)]
        named = [p for h in path for p in _pobjs(h, ("on", "against"))
                 if any(self._keys_of(t) for t in p.subtree)]
        return plover("163") if named else None

    def _withheld_payment(self, verb: Token) -> Coded | None:
        """A debtor suspending, stopping or being unable to make its payments refuses
        economic cooperation (REJECT 1211): "suspended interest payments to the banks",
        "stopped paying its debt", "said it could not pay the interest due". The dictionary
        has "suspend" cut relations (16) and no code for a payment not made."""
        lemma = verb.lemma_.lower()
        obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if obj is None or obj.lemma_.lower() not in PAYMENT_NOUNS:
            return None
        negated = modality(verb) == "negated"
        if lemma in WITHHOLDING_VERBS and not negated:
            return plover("1211")
        if lemma in PAYING_VERBS and (negated or (
                verb.dep_ == "xcomp" and verb.head.lemma_.lower() in WITHHOLDING_VERBS)):
            return plover("1211")
        return None

    @staticmethod
    def _payment_stop(noun: Token) -> bool:
        """Whether a noun names a debtor's stop to its payments: "suspension of interest
        payments", "a moratorium on payment of interest", "a freeze on debt repayments"."""
        if noun.lemma_.lower() not in PAYMENT_STOP_NOUNS:
            return False
        return any(p.lemma_.lower() in PAYMENT_NOUNS or p.lower_ in PAYMENT_NOUNS
                   for p in _pobjs(noun, ("of", "on")))

    def _keys_of(self, tok: Token) -> bool:
        """Whether a word names a side: an actor's name or a state's demonym."""
        return tok.i in self.table.token_actor or tok.i in self.table.token_country

    def _buildup(self, verb: Token) -> Coded | None:
        """Strengthening, reinforcing or massing one's forces is mobilising (MOBILIZE 154):
        "Israel has strengthened its forces in Lebanon"."""
        if verb.lemma_.lower() not in BUILDUP_VERBS:
            return None
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or (get_agents().get(obj.lemma_.lower()) != "MIL" and
                           obj.lemma_.lower() not in ("force", "forces", "presence")):
            return None
        return plover("154")

    def verb_code(self, tok: Token) -> Coded | None:
        """The lexicon's code, with trade verbs coded only as decisions (POLICY_DEFAULTS),
        and tariffs levied on a side a sanction whatever the verb (also as a complement:
        "announced plans to slap tariffs on")."""
        coded = self._levy(tok) or self._withheld_payment(tok) or self.lexicon.code(tok)
        policy = POLICY_DEFAULTS.get(tok.lemma_.lower()) or \
            NEGATED_DEFAULTS.get(tok.lemma_.lower())
        if coded is None and policy and modality(tok) == "negated":
            coded = plover(policy)
        return coded

    def _actors_of(self, node: Token) -> list[str]:
        """Actors named in `node`'s phrase; else the countries its words stand for ("Israeli
        troops" acts for Israel); else the person or body a pronoun or title refers to."""
        keys = self._expand(_keys_in(node, self.table))
        armed = get_armed_groups()
        for k in keys:
            d = self.table.drafts[k]
            if d.kind in ("organization", "person") and d.country is None:
                # "Hezbollah", "the Taliban": a named armed group of the Phoenix dictionary
                # (the parser may have taken "Boko Haram" for a person)
                hit = armed.get(re.sub(r"^the\s+", "", d.name.lower()))
                if hit:
                    d.kind, d.country, d.sector = "organization", hit[0], hit[1]
                    d.roles = []
        if not keys and node.pos_ == "PROPN":
            name = " ".join(t.text for t in node.subtree if t.dep_ in ("compound", "flat") or
                            t.i == node.i).lower()
            hit = armed.get(name) or armed.get(node.lower_)
            if hit:
                keys = [self._named_group(node, hit)]
        if keys:
            # a conjunct written as a plural demonym stands for its country: "Vietnam and
            # the Philippines", "the Americans and the Indians"
            conjuncts, stack = [], [node]
            while stack:
                t = stack.pop()
                conjuncts.append(t)
                stack.extend(c for c in t.children if c.dep_ == "conj")
            for t in conjuncts:
                iso = self.table.token_country.get(t.i)
                if iso and t.i not in self.table.token_actor and t.pos_ in ("PROPN", "NOUN"):
                    _add(keys, self._country(iso))
            for k in self._demonym_conjuncts(node):
                _add(keys, k)
            for k in self._surname_conjuncts(node):
                _add(keys, k)
        if not keys:
            keys = self._described_body(node) or self._described_bodies(node)
        if not keys:
            group = self._group(node)
            if group is None:
                # "the demands of the protesters": the group named in an "of" phrase
                for prep in node.children:
                    if prep.dep_ == "prep" and prep.lower_ == "of":
                        group = next((self._group(p) for p in prep.children
                                      if p.dep_ == "pobj"), None)
            if group:
                return [group]
        if not keys:
            # an unresolved name keeps its asides out too: "Lim, in Brussels on a tour of
            # Europe and America, said" does not speak for America
            scope = _named_scope(node, self.table) \
                if node.lemma_.lower() in RELATIONAL_NOUNS else \
                _without_relatives(node) if node.pos_ != "PROPN" else [
                t for t in _without_relatives(node) if not any(
                    a.dep_ in ASIDE_DEPS and node in a.ancestors for a in [t, *t.ancestors]
                    if a.i != node.i and a.i in {x.i for x in node.subtree})]
            for t in scope:
                iso = self.table.token_country.get(t.i)
                if iso:
                    _add(keys, self._country(iso))
        if not keys:
            # "Ottawa authorities", "talks between Ottawa and Paris": a seat of government
            # standing for its government
            for t in [node, *node.conjuncts, *(c for c in node.children
                                               if c.dep_ == "compound")]:
                key = self._capital(t)
                if key:
                    _add(keys, key)
        if not keys and (node.pos_ == "PROPN" or node.is_title):
            keys = self._by_surname(node)
        if not keys and node.lower_ == "it" and node.dep_ == "dobj":
            keys = self._told_object(node)
        if not keys and node.pos_ == "PRON":
            keys = self._speaker(node)
        if not keys and node.lemma_.lower() in DOCUMENT_NOUNS:
            keys = self._issuer(node)
        if not keys and node.lower_ == "it" and node.dep_ == "nsubj":
            # "..., the statement said. It called on Indonesia to ...": "it" continues the
            # last sentence's subject, a document whose issuer speaks
            said = self._last_subject(node)
            if said is not None and said.lemma_.lower() in DOCUMENT_NOUNS:
                keys = self._issuer(said)
        if not keys and node.lower_ in ("it", "its"):
            keys = self._last_body(node, prefer_subject=node.dep_ in ("nsubj", "nsubjpass"))
        if not keys and node.pos_ == "NOUN" and node.dep_ in ("nsubj", "nsubjpass") and (
                get_agents().get(node.lemma_.lower()) in FORCE_SECTORS or
                node.lemma_.lower() in FORCE_NOUNS):
            # "Iraq said its warplanes hit two ships": the forces of whoever "its" is
            own = next((c for c in node.children if c.dep_ == "poss" and
                        c.lower_ in ("its", "their")), None)
            if own is not None:
                clause = node.head
                speaker = [k for c in clause.head.children if c.dep_ == "nsubj"
                           and c.pos_ != "PRON" for k in self._actors_of(c)] \
                    if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_VERBS \
                    else []
                keys = speaker or self._last_body(own)
        if not keys:
            keys = self._resolve_reference(node)
        return self._expand(keys)

    def _surname_conjuncts(self, node: Token) -> list[str]:
        """"Baker and Stoltenberg", "Yeutter and Agriculture Secretary Lyng": a surname
        coordinated with a name in the phrase is the person named in full before, though
        the resolver left the short mention untagged."""
        keys: list[str] = []
        for t in _named_scope(node, self.table):
            if t.pos_ != "PROPN" or t.i in self.table.token_actor or \
                    t.i in self.table.token_country or not (
                        t.dep_ == "conj" or any(c.dep_ == "cc" for c in t.children)):
                continue
            for k in self._by_surname(t):
                _add(keys, k)
        return keys

    def _described_bodies(self, node: Token) -> list[str]:
        """"The two companies", "both firms", "the firms": a definite plural description
        of firms refers back to the firms last named before it (as many as its number
        says; without one, those named in the two sentences before it, at least two)."""
        if node.pos_ != "NOUN" or node.tag_ != "NNS" or \
                node.lemma_.lower() not in FIRM_NOUNS - {"group", "partner"}:
            return []
        det = next((c.lower_ for c in node.children if c.dep_ in ("det", "predet")), None)
        if det not in ("the", "both"):
            return []
        count = 2 if det == "both" else None
        for c in node.children:
            if c.dep_ in ("poss", "relcl", "acl", "appos", "amod", "compound") or (
                    c.dep_ == "prep" and any(p.dep_ == "pobj" for p in c.children)):
                # "the firms' owners", "the foreign companies", "firms that ...", "the
                # companies of the group" (not "accused the firms of abusing ...")
                return []
            if c.dep_ == "nummod":
                count = _number(c.lower_)
                if count is None or count < 2:
                    return []
        firms = [d for d in self.table.drafts.values()
                 if d.kind == "organization" and d.sector == "BUS" and not d.generic]
        if count is not None:
            last = {d.key: max((s for s, _ in d.mentions if s < node.idx), default=-1)
                    for d in firms}
            ranked = sorted((k for k in last if last[k] >= 0), key=lambda k: -last[k])
            return ranked[:count] if len(ranked) >= count else []
        # no number: the firms of the last sentence, of the four before it or its own, that
        # named two or more
        sent, end = node.sent, node.idx
        for _ in range(5):
            lo = sent.start_char
            near = [d.key for d in firms if any(lo <= s < end for s, _ in d.mentions)]
            if len(near) >= 2:
                return near
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
            end = sent.end_char
        return []

    def _described_body(self, node: Token) -> list[str]:
        """"The company", "the bank", "the community": a definite singular description
        refers back to the body last named before it that it describes, a firm for a
        firm noun, else a body whose name ends in the noun ("the exchange" after "the
        London Stock Exchange"). Any other modifier must be in that name, a demonym must
        be its country ("the German bank")."""
        lemma = node.lemma_.lower()
        if node.pos_ != "NOUN" or node.tag_ != "NN" or not any(
                c.dep_ == "det" and c.lower_ == "the" for c in node.children):
            return []
        iso = None
        words = []
        for c in node.children:
            if c.dep_ in ("poss", "prep", "relcl", "acl", "nummod", "appos"):
                return []  # "the company's unit", "the bank of X": no mere reference
            if c.dep_ in ("amod", "compound") and c.i < node.i:
                if c.i in self.table.token_country:
                    iso = self.table.token_country[c.i]
                elif c.i in self.table.token_actor:
                    return []
                else:
                    words.append(c.lower_)
        firm = lemma in FIRM_NOUNS
        best, best_at = None, -1
        for d in self.table.drafts.values():
            if d.kind not in ("organization", "international") or d.generic:
                continue
            name = d.name.lower().split()
            named_for = name and name[-1] in (lemma, node.lower_)
            if not named_for and not (firm and d.kind == "organization" and d.sector == "BUS"):
                continue
            if any(w not in name for w in words) or (iso and d.country != iso):
                continue
            at = max((s for s, _ in d.mentions if s < node.idx), default=-1)
            if at > best_at:
                best, best_at = d.key, at
        return [best] if best else []

    def _issuer(self, doc_noun: Token, depth: int = 0) -> list[str]:
        """Who issued a statement or communique: the body its own phrase names ("a
        statement issued after a meeting of the IGGI"), the subject that issued it ("the
        ministry issued a statement"), or, for "the statement", the issuer of the one named
        before."""
        keys = self._expand(_keys_in(doc_noun, self.table))
        verb = doc_noun.head
        if not keys and doc_noun.dep_ in ("dobj", "nsubjpass") and \
                verb.lemma_.lower() in ISSUE_VERBS:
            keys = self._subject(verb) if doc_noun.dep_ == "dobj" else [
                k for c in verb.children if c.dep_ == "agent" for k in self._actors_of(c)]
            if not keys and doc_noun.dep_ == "nsubjpass":
                # "after a meeting of NATO ambassadors, a statement was issued": the body
                # that met issued it
                keys = [k for p in _pobjs(verb, ("after", "at", "following"))
                        if p.lemma_.lower() in TALK_NOUNS
                        for k in self._expand(_keys_in(p, self.table))]
        if not keys and depth == 0 and any(c.dep_ == "det" and c.lower_ == "the"
                                           for c in doc_noun.children):
            # the nearest one before whose issuer is named ("the statement said ... The
            # statement said" go back to "a statement issued by ...")
            for t in reversed(self.doc[self.body_start:doc_noun.i]):
                if t.lemma_.lower() == doc_noun.lemma_.lower() and t.pos_ == "NOUN":
                    keys = self._issuer(t, depth + 1)
                    if keys:
                        break
        return keys

    def _last_subject(self, node: Token) -> Token | None:
        """The subject of the sentence before `node`'s (of its main verb)."""
        sent = node.sent
        if sent.start == 0:
            return None
        before = self.doc[sent.start - 1].sent
        return next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    def _by_surname(self, node: Token) -> list[str]:
        """"Mr Howard", "Rudd": the one person named earlier in full with that surname."""
        key = self.table.person_by_surname(node.text, node.idx)
        return [key] if key else []

    def _told_object(self, pronoun: Token) -> list[str]:
        """An object "it" in reported speech is the state or body its own clause named last
        before it, other than the clause's subject ("the meeting noted Morocco's progress
        and urged it to ..."); with none there it is the speaker ("Syria said Israel had
        attacked it")."""
        verb = pronoun.head
        clause = verb
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ != "ccomp":
            return []
        subjects = {k for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    for k in _keys_in(c, self.table)}
        start = min(t.i for t in clause.subtree)
        for k in range(pronoun.i - 1, start - 1, -1):
            key = self.table.token_actor.get(k)
            d = self.table.drafts.get(key) if key else None
            if d is not None and key not in subjects and d.kind in ("country", "international"):
                return [key]
        return []

    def _speaker(self, pronoun: Token) -> list[str]:
        """In reported speech the pronoun subject is the speaker: "Syria said it is willing",
        "the rebels said they would release": the subject of the verb of saying."""
        clause = pronoun.head
        while clause.dep_ in ("xcomp", "acomp", "conj") and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "ROOT" and pronoun.lower_ in FIRST_PERSON and \
                self._bare_quote(clause):
            return self._quote_teller(clause.sent)
        if clause.dep_ != "ccomp" or clause.head is clause:
            return []
        speech = clause.head
        for c in speech.children:
            if c.dep_ == "nsubj" and c.pos_ != "PRON" and c.i >= self.body_start:
                return self._actors_of(c)
        said_by = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if said_by is not None and said_by.lower_ in ("he", "she", "it") and \
                pronoun.lower_ in FIRST_PERSON:
            # ""We urge Germany to act," he said", after the story named him: the words
            # are the speaker's, whom "he" or "it" refers back to ("they" may be others)
            return self._teller(speech)
        return self._lead_subject(speech)

    def _teller(self, speech: Token) -> list[str]:
        """Who says quoted words: the subject of the verb of saying; for "it" (""We
        condemn the tariffs," it said"), the body last named before the sentence, a subject
        first (the words are its own, not a report of another's act)."""
        keys = self._subject(speech)
        said_by = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if not keys and said_by is not None and said_by.lower_ == "it":
            keys = self._last_body(self.doc[speech.sent.start], prefer_subject=True)
        return keys

    def _bare_quote(self, verb: Token) -> bool:
        """Whether `verb` heads a sentence of quoted words with no verb of saying: a quote
        opens before it and does not close before it (the parser may join the dateline to
        the lead's first quoted sentence)."""
        sent = verb.sent
        marks = [t.tag_ for t in sent if t.i < verb.i and t.tag_ in ("``", "''")]
        if not marks and sent.start > 0 and sent.doc[sent.start - 1].tag_ == "``":
            marks = ["``"]  # (the splitter may leave the opening mark to the dateline)
        return bool(marks) and marks[-1] == "``" and not any(
            t.lemma_.lower() in SPEECH_VERBS for t in sent if t.pos_ == "VERB")

    def _quoted_words(self, clause: Token) -> bool:
        """Whether a reported clause is in quotation marks (""Japan must act," it said"), not
        a report in the speaker's own words ("it said Japan must act")."""
        return any(t.tag_ == "``" for t in self.doc[max(clause.left_edge.i - 1, 0):
                                                      clause.left_edge.i + 1])

    def _quote_teller(self, sent: Span) -> list[str]:
        """Who speaks a quoted sentence with no verb of saying of its own: when the quote
        goes on past it, the speaker named where it ends (""We reject the plan. We will
        resist it," the minister said"); else the one whose words end the sentence before
        (""The plan is unfair," the minister said. "We reject it.""). The subject of the
        verb of saying there, "he" and "she" resolved."""
        doc = sent.doc
        closed = any(t.tag_ == "''" for t in sent[1:])
        near = []
        if not closed and sent.end < len(doc):
            near.append(doc[sent.end].sent)
        if sent.start > self.body_start:
            before = doc[sent.start - 1].sent
            if before.start >= self.body_start and any(t.tag_ in ("''", ":")
                                                       for t in before):
                near.append(before)
        for other in near:
            for t in reversed(list(other)):
                if t.pos_ == "VERB" and t.lemma_.lower() in SPEECH_VERBS:
                    keys = self._teller(t)
                    if keys:
                        return keys
                    break
        return []

    def _last_body(self, node: Token, skip: frozenset | set = frozenset(),
                   prefer_subject: bool = False) -> list[str]:
        """"it": the last state or body named before it in the sentence or the one before,
        other than those in `skip`. A subject "it" continues the last subject ("Iran said
        people were hurt in a U.S. attack. It vowed retaliation"), if one was a body."""
        start = node.sent.start
        if start > 0:
            start = self.doc[start - 1].sent.start
        nearest: list[str] = []
        for k in range(node.i - 1, start - 1, -1):
            key = self.table.token_actor.get(k)
            d = self.table.drafts.get(key) if key else None
            if d is not None and key not in skip and \
                    d.kind in ("country", "international", "organization"):
                if not prefer_subject:
                    return [key]
                nearest = nearest or [key]
                t = self.doc[k]
                while t.dep_ in ("compound", "flat", "appos", "conj") and t.head.i != t.i:
                    t = t.head
                if t.dep_ in ("nsubj", "nsubjpass"):
                    return [key]
        return nearest

    def _arguments(self, verb: Token, inner: Token | None) -> tuple[list, list]:
        children = list(verb.children)
        passive = passive_subject(verb)
        if passive is not None:
            target = self._actors_of(passive)
            if not target and passive.pos_ == "NOUN":
                # "Their view was backed by Canada", "his plan was rejected": whose the thing
                # is, named before
                target = [k for c in passive.children if c.dep_ == "poss" and c.pos_ == "PRON"
                          for k in self._pronoun_owner(c)]
            source: list[str] = []
            for c in children:
                if c.dep_ == "agent":
                    source = self._actors_of(c)
            if not source and noun_code(passive):
                # "the EU embargo on arms to China was lifted": the measure's owner acts on
                # its target
                owner = self._modifier_actors(passive)
                aimed = self._noun_targets(passive)
                if owner:
                    source, target = owner, [k for k in aimed if k not in owner]
            if not source and verb.dep_ == "ccomp" and \
                    verb.head.lemma_.lower() in SPEECH_VERBS and modality(verb) == "future":
                # "Canada said French fishermen would be arrested": the state announcing a
                # measure of its own is its doer
                source = [k for k in self._subject(verb.head) if k not in target]
            return source, target
        source = []
        for c in children:
            if c.dep_ == "nsubj":
                source = self._actors_of(c) if c.i >= self.body_start else \
                    self._lead_subject(verb)
        # "Syria is willing to withdraw", "agreed to pay": the subject of the governing verb
        head = verb
        while not source and head.dep_ in ("xcomp", "acomp") and head.head is not head:
            head = head.head
            for c in head.children:
                if c.dep_ == "nsubj":
                    source = self._actors_of(c) if c.i >= self.body_start else \
                        self._lead_subject(head)
        if not source:
            source = self._subject(verb)
        target: list[str] = []
        for c in children:
            if c.dep_ in ("dobj", "dative", "iobj"):
                target += [k for k in self._object_actors(c) if k not in target]
        if target and all(self._only_placed(c) for c in children
                          if c.dep_ in ("dobj", "dative", "iobj")):
            # "blamed a spate of blasts in South African cities on the ANC": where the thing
            # acted on happened is no side when the verb's own phrase names one
            target = self._prep_targets(verb) or target
        if not target:
            target = self._prep_targets(verb)
        if not target:
            # "frigates shelled and destroyed two Iranian platforms": a verb with no object
            # or complement of its own, coordinated right before another, shares its object
            target = [k for c in self._shared_objects(verb)
                      for k in self._object_actors(c) if k not in source]
        target = self._third_party_pair(source, target, verb)
        if not target and inner is not None:
            # "urged Iran to halt": the complement's subject is the one asked; "agreed to pay
            # Libya": its object is the one acted upon; "threatened to impose sanctions on
            # Sweden", "offered to mediate between A and B": its target phrase. Only actors
            # heading those phrases count, not one named in a clause inside them ("a body
            # that would give Gibraltar")
            # ("sell rice to Japan": the parser may make "to" a dative)
            phrases = [c for c in inner.children if c.dep_ in ("nsubj", "dobj", "dative")
                       and c.pos_ != "ADP"]
            phrases += [p for c in [inner, *phrases] for prep in c.children
                        if prep.dep_ in ("prep", "dative") and prep.pos_ == "ADP" and
                        prep.lower_ in TARGET_PREPS + ("between",)
                        for p in prep.children if p.dep_ == "pobj"]
            for c in phrases:
                target += [k for k in self._expand(self._head_actors(c)) if k not in target]
            if not target:
                # "refused to allow an issue of Venezuelan bonds", "to resume attacks in
                # Israel": the owner or the place named inside the object's own phrase, on its
                # head or its "of" or "in" phrase; not a side the topic names further in ("to
                # discuss the crisis in trade relations with Japan")
                target = [k for c in inner.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                          for n in [c, *_pobjs(c, ("of", "in"))]
                          for k in self._expand(self._head_actors(n)) if k not in source]
            patient = passive_subject(inner)
            if not target and patient is not None:
                # "called for the embargo to be lifted": by whoever holds it
                target = [k for k in self._act_owner(patient) if k not in source]
            target = self._third_party_pair(source, target, inner)
            if not target:
                # "agreed to pay more for gas supplied by Turkmenistan": the maker or seller
                # of what the act is about is its counterpart
                for c in phrases:
                    for acl in c.children:
                        if acl.dep_ != "acl":
                            continue
                        for agent in acl.children:
                            if agent.dep_ == "agent":
                                target += [k for p in agent.children if p.dep_ == "pobj"
                                           for k in self._actors_of(p) if k not in target]
        return source, target

    def _placed_keys(self, obj: Token) -> set[str]:
        """The sides named in an object's phrase only where something happens ("in the US")."""
        placed = {t.i for t in obj.subtree if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS
                  for t in t.subtree}
        table = self.table
        keys: dict[str, list[bool]] = {}
        for t in obj.subtree:
            key = table.token_actor.get(t.i) or (
                self._country(table.token_country[t.i]) if t.i in table.token_country else None)
            if key:
                keys.setdefault(key, []).append(t.i in placed)
        return {k for k, where in keys.items() if all(where)}

    def _only_placed(self, obj: Token) -> bool:
        """Whether an object is a thing whose phrase names sides only where it happened:
        "a spate of blasts in South African cities", "the fighting in Lebanon"."""
        if obj.pos_ != "NOUN" or obj.i in self.table.token_actor or self._modifier_actors(obj):
            return False
        placed = {t.i for t in obj.subtree if t.dep_ == "prep" and t.lower_ in LOCATIVE_PREPS
                  for t in t.subtree}
        named = [t.i for t in obj.subtree
                 if t.i in self.table.token_actor or t.i in self.table.token_country]
        return bool(named) and all(i in placed for i in named)

    @staticmethod
    def _shared_objects(verb: Token) -> list[Token]:
        """The object a verb shares with the verb coordinated right after it ("shelled and
        destroyed two platforms"): only for an active verb with no object, complement or
        phrase of its own, joined by a conjunction alone, the second verb having no subject."""
        if any(c.dep_ in ("dobj", "dative", "iobj", "prep", "agent", "auxpass", "xcomp",
                          "ccomp", "nsubjpass", "attr", "acomp", "oprd", "prt")
               for c in verb.children):
            return []
        conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
        if conj is None or any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) or \
                any(t.dep_ not in ("cc", "punct", "advmod") for t in
                    verb.doc[verb.i + 1:conj.i]):
            return []
        return [c for c in conj.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]

    def _object_actors(self, obj: Token) -> list[str]:
        """Who an object stands for. A common noun goes by its own modifiers first: "expelled
        the Libyan ambassador to Greece" acts on Libya, not on the country the envoy serves
        in; a noun without such modifiers, or a name, by everything its phrase names."""
        if obj.pos_ == "NOUN" and obj.i not in self.table.token_actor:
            verb = obj.head
            if any(c.dep_ == "poss" and c.lower_ == "their" for c in obj.children) and \
                    verb.dep_ == "conj":
                # "seized seven Kuwaiti boats and detained their crew": the owners are the
                # first verb's object
                first = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
                if first is not None:
                    return self._object_actors(first)
            own = [k for k in self._modifier_actors(obj) if k in self.table.drafts]
            if own and instrument_class(obj):
                # "supports the new US deal with India": an accord stands for its sides
                own += [k for k in self._prep_targets(obj, ("with", "between"))
                        if k not in own]
            if own:
                return own
            own = self._lever_owner(obj)
            if own:
                return own  # "criticised the rise in West German interest rates"
            aimed = self._prep_targets(obj)
            if aimed:
                return aimed
            if obj.lemma_.lower() in POST_NOUNS:
                # "closed their embassy in Nouakchott": the host state of the post
                hosts = [k for p in _pobjs(obj, ("in",)) if (k := self._place_state(p))]
                if hosts:
                    return hosts[:1]
            keys = self._actors_of(obj)
            if not keys:
                # "criticized the way U.S. officials handle trade issues", "the measures
                # Japan took": the doer of the clause that says what the thing is
                keys = self._relative_doers(obj)
            placed = self._placed_keys(obj)
            # "challenged the right of Yukos to claim bankruptcy protection in the US": where
            # a thing is done is no side when its phrase names one elsewhere
            return [k for k in keys if k not in placed] or keys
        return self._actors_of(obj)

    def _relative_doers(self, noun: Token) -> list[str]:
        """The subject of a relative clause without a relative word ("the way Japan
        handles", "the steps Iraq took"): the one whose act the noun is."""
        keys: list[str] = []
        for rel in noun.children:
            if rel.dep_ != "relcl" or rel.pos_ not in ("VERB", "AUX") or rel.i < noun.i or any(
                    c.tag_ == "WRB" or c.dep_ in ("nsubjpass", "auxpass") or
                    c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in rel.children):
                continue  # (not "the town where ...", "the firms that sold ...")
            for c in rel.children:
                if c.dep_ == "nsubj" and c.pos_ != "PRON":
                    keys += [k for k in self._head_actors(c) if k not in keys]
        return self._expand(keys)

    def _place_state(self, place: Token) -> str | None:
        """The state a place name stands in, as an actor key: a capital, else the offline
        geocoder's answer ("Suva", "Nouakchott", "Kabul")."""
        key = self._capital(place)
        if key is None and self.place_country is not None and (
                place.pos_ == "PROPN" or place.ent_type_ in ("GPE", "LOC")):
            # (a common noun is no place name: "a stake in a coal mine" is not in Mine, Japan)
            iso = self.place_country(place.text)
            key = self._country(iso) if iso else None
        return key

    def _prep_targets(self, head: Token, preps: tuple[str, ...] = ()) -> list[str]:
        """Actors of the target phrases of `head` ("against Iran", "to Sudan"). Where the act
        was done is its target only when no other phrase names one: "lodged a protest at the
        UN against Paraguay" is aimed at Paraguay, "fired at the border guards" at the guards."""
        target: list[str] = []
        venues: list[str] = []
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ == "out" and not preps:
                # "pulled its troops out of Lebanon"
                target += [k for q in c.children if q.dep_ == "prep" and q.lower_ == "of"
                           for p in q.children if p.dep_ == "pobj"
                           for k in self._actors_of(p) if k not in target]
            if c.dep_ == "prep" and c.lower_ in (preps or TARGET_PREPS):
                found = venues if c.lower_ in VENUE_PREPS else target
                for p in c.children:
                    if p.dep_ != "pobj":
                        continue
                    if found is venues:
                        # the parser hangs "against Paraguay" on the venue ("a protest at the
                        # UN against Paraguay"); it belongs to the act
                        for q in p.children:
                            if q.dep_ == "prep" and q.lower_ == "against":
                                target += [k for o in q.children if o.dep_ == "pobj"
                                           for k in self._actors_of(o) if k not in target]
                        if target:
                            continue
                        if p.lemma_.lower() in TALK_NOUNS | {"conference", "session"}:
                            # "at a meeting in Luxembourg": where the meeting was is no side
                            skip = {t.i for q in p.children if q.dep_ == "prep" and
                                    q.lower_ in ("in", "at", "near") for t in q.subtree}
                            found += [k for t in p.subtree if t.i not in skip and
                                      (k := self.table.token_actor.get(t.i)) and k not in found]
                            continue
                    found += [k for k in (self._act_owner(p) or self._actors_of(p))
                              if k not in found]
        return target or venues

    def _act_owner(self, phrase: Token) -> list[str]:
        """Whose act or thing a target phrase names, when its own modifiers say it: "called
        for an end to Washington's exemption from GATT rules" is aimed at Washington, not at
        the GATT its rules belong to."""
        t = phrase
        for _ in range(2):
            if t.lemma_.lower() not in ENDING_NOUNS:
                break
            t = next(iter(_pobjs(t, ("to", "of"))), t)
        if not self._is_thing(t):
            return []
        return self._modifier_actors(t) or self._earlier_owner(t)

    def _earlier_owner(self, noun: Token) -> list[str]:
        """"The embargo", "demands": whose it is, said where the article named it before
        with its owner ("The EU embargo on arms exports to China", "an EU demand")."""
        if any(c.dep_ in ("det", "poss") and c.lower_ not in ("the", "this", "that", "these",
                                                              "those")
               for c in noun.children) or not self._is_act(noun):
            return []
        lemma = noun.lemma_.lower()
        for k in range(noun.i - 1, self.body_start - 1, -1):
            t = self.doc[k]
            if t.pos_ == "NOUN" and t.lemma_.lower() == lemma:
                own = self._modifier_actors(t)
                if own:
                    return own
        return []

    def _third_party_pair(self, source: list[str], target: list[str],
                          verb: Token) -> list[str]:
        """"The US urged both sides to exercise restraint": when a side of the article's pair
        speaks of "both sides", they are the two other most prominent states."""
        phrase = any(self.table.token_actor.get(t.i) == "dyad" and not _in_clause(t, c)
                     for c in verb.children
                     if c.dep_ in ("dobj", "dative", "prep") for t in c.subtree)
        own = {self.table.country_of(k) for k in source} - {None}
        if not phrase or not own & set(self.table.dyad):
            return target
        others = [iso for iso in self.table.ranked if iso not in own][:2]
        if len(others) < 2:
            return target
        dyad_keys = set(self.table.expand(["dyad"]))
        kept = [k for k in target if k not in dyad_keys]
        return kept + [self._country(iso) for iso in others]

    def _other_sides(self, source: list[str], target: list[str]) -> list[str]:
        """The targets that are not the source, nor of its side when another side is named:
        "Howard will seek a memorandum between Britain and Japan" is aimed at Japan."""
        target = [k for k in target if k not in source]
        own = self._sides(source)
        others = [k for k in target if not self._sides([k]) & own]
        return others or target

    def _in_lead(self, sent: Span) -> bool:
        """Whether `sent` is among the first sentences of the body (the lead)."""
        return sent.end <= self.lead_end

    def _sides(self, keys: list[str], in_lead: bool = False) -> set[str]:
        """The sides `keys` stand for: states, bodies by name, and non-state groups apart
        from their state; in the lead, a named person of unknown country too."""
        out = set()
        for k in keys:
            side = side_of(self.table, k, k in self.pending_groups)
            if side is None and in_lead and k in self.table.drafts and \
                    self.table.drafts[k].kind == "person":
                side = k
            if side:
                out.add(side)
        return out

    def _dedupe(self) -> list[EventDraft]:
        """One event per (type, CAMEO, participants) and sentence."""
        out: list[EventDraft] = []
        for ev in self.events:
            if ev.trigger in self.folded and ev.trigger not in self.own_judgements:
                continue
            twin = next((o for o in out if o.cameo == ev.cameo and o.actor == ev.actor and
                         o.recipient == ev.recipient and o.evidence[0] == ev.evidence[0] and
                         not (o.lexical and ev.lexical and o.trigger != ev.trigger)),
                        None)
            if twin is None and ev.event == "CONSULT":
                # "Speaking to the Fund's Interim Committee meeting": the verb and the noun
                # tell one meeting of the same participants, whoever they make the host; but
                # "a visit here by Japanese officials and a visit to Tokyo by a U.S.
                # official" are two trips, one each way
                twin = next((o for o in out if o.cameo == ev.cameo and
                             o.evidence[0] == ev.evidence[0] and
                             set(o.actor + o.recipient) == set(ev.actor + ev.recipient) and
                             not (ev.cameo == "042" and o.trigger != ev.trigger and
                                  self._sides(o.actor) == self._sides(ev.recipient) and
                                  self._sides(o.recipient) == self._sides(ev.actor))), None)
            if twin is None:
                twin = self._same_meeting(ev, out)
                if twin is not None:
                    twin.evidence.extend(e for e in ev.evidence if e not in twin.evidence)
            if twin is None:
                out.append(ev)
        out = self._one_meeting_told_twice(out)
        return [ev for ev in out if not self._partial_restatement(ev, out)]

    def _persons(self, ev: EventDraft) -> set[str]:
        return {k for k in ev.actor + ev.recipient
                if k in self.table.drafts and self.table.drafts[k].kind == "person"}

    def _one_meeting_told_twice(self, events: list[EventDraft]) -> list[EventDraft]:
        """News tells its meeting more than once, by its sides and by its people ("India
        attends the G7 meeting ... Mr Chidambaram is attending the G7 meeting", "A World Bank
        mission held talks with a Finance Ministry official ... The mission met secretary
        X", "Alfonsin met Camdessus ... Alfonsin and Camdessus discussed"): a meeting (040,
        046) between the same sides and of the same modality is the one told before when
        its people are among that one's, or, with the same code, when one of the two names
        no one and they are the only such meetings of those sides (two meetings of one
        pair, "talks with Baker" and "talks with Shultz", are two; "negotiations between
        the two countries" beside a round of them are the negotiations)."""
        def meeting(ev: EventDraft) -> bool:
            return ev.event == "CONSULT" and ev.cameo in ("040", "046")

        out: list[EventDraft] = []
        for ev in events:
            twin = None
            if meeting(ev):
                sides = self._sides(ev.actor + ev.recipient)
                mine = self._persons(ev)
                peers = [o for o in out if meeting(o) and o.modality == ev.modality and
                         self._sides(o.actor + o.recipient) == sides]
                if len(sides) > 1 and mine:
                    twin = next((o for o in peers if mine <= self._persons(o) or
                                 not self._persons(o) and len(peers) == 1 and
                                 o.cameo == ev.cameo and not [
                                     x for x in events if x is not ev and x not in peers and
                                     meeting(x) and x.modality == ev.modality and
                                     self._sides(x.actor + x.recipient) == sides]),
                                None)
                elif len(sides) > 1:
                    rest = [x for x in events if x is not ev and meeting(x) and
                            x.modality == ev.modality and
                            self._sides(x.actor + x.recipient) == sides]
                    twin = peers[0] if len(rest) == 1 and peers and \
                        peers[0].cameo == ev.cameo else None
            if twin is None:
                out.append(ev)
                continue
            twin.evidence.extend(e for e in ev.evidence if e not in twin.evidence)
        return out

    def _same_meeting(self, ev: EventDraft, kept: list[EventDraft]) -> EventDraft | None:
        """An earlier meeting or talks of the same people that `ev` tells again ("Abdullah met
        with Bush" in the lead, "Before meeting with Bush, ..." further down): news names its
        main meeting more than once, and a second meeting of the same sides is rare."""
        if ev.event == "CONSULT" and ev.cameo == "042" and any(
                k in self.table.drafts and self.table.drafts[k].kind == "person"
                for k in ev.actor):
            # "next week's visit to Tokyo by Howard" and "Howard, who leaves for Japan
            # tomorrow, ... during his visit": one traveller's trip to one host, told twice
            return next((o for o in kept if o.cameo == "042" and o.actor == ev.actor and
                         set(o.recipient) == set(ev.recipient)), None)
        if ev.event != "CONSULT" or ev.cameo not in ("040", "046"):
            return None
        mine = set(ev.actor + ev.recipient)
        if sum(self.table.drafts[k].kind == "person" for k in mine if k in self.table.drafts) < 2:
            return None  # "Japan" and "Howard" meet at every meeting of the visit
        for o in kept:
            if o.event == "CONSULT" and o.cameo in ("040", "046") and \
                    o.modality == ev.modality and mine <= set(o.actor + o.recipient):
                return o
        return None

    def _partial_restatement(self, ev: EventDraft, events: list[EventDraft]) -> bool:
        """Whether `ev` names one side of an act the article also reports with both: "cut off
        gas supplies in a price dispute" after "shut off gas supplies to Ukraine". News
        repeats its main act, often leaving the target out the second time."""
        if ev.recipient or ev.cameo in ("040", "042", "043", "046"):
            return False
        own = self._sides(ev.actor)
        if not own or len(own) > 1:
            return False
        for o in events:
            if o is ev or o.event != ev.event or o.cameo[:2] != ev.cameo[:2] or \
                    not o.recipient or o.modality != ev.modality:
                continue
            if own <= self._sides(o.actor) and self._sides(o.recipient) - own:
                return True
        return False


# Objects that make an act commerce, not cooperation or aid ("gave London an arms order")
COMMERCE_NOUNS = frozenset({"order", "orders", "contract", "contracts", "business", "custom",
                            "market", "share", "stake", "profit", "profits"})
TRADE_VERBS = frozenset({"buy", "sell", "purchase", "order", "export", "import", "supply",
                         "ship", "lease", "acquire"})
# Officials posted abroad: "the U.S. ambassador in Tokyo" is not visiting
POSTED_TITLES = ("ambassador", "envoy", "charge", "consul", "correspondent", "attache",
                 "high commissioner", "representative")
# Curtailing another side's holding (_curtail): the verbs and what they cut
CURTAIL_VERBS = frozenset({"cut", "slash", "reduce", "limit", "cap", "curb", "restrict",
                           "lower", "trim"})
HOLDING_NOUNS = frozenset({"stake", "share", "holding", "shareholding", "access", "quota",
                           "rights", "licence", "license", "investment"})
# Levying a trade measure on another side's goods (_levy): the verbs and the measures
LEVY_VERBS = frozenset({"impose", "reimpose", "slap", "levy", "raise", "increase", "put",
                        "place", "introduce", "apply"})
LEVY_NOUNS = frozenset({"tariff", "duty", "surcharge", "levy", "quota"})
# Force against an aggressor (_repel): the verbs and what they meet
REPEL_VERBS = frozenset({"tackle", "confront", "fight", "repel", "repulse", "crush", "punish",
                         "resist", "counter", "smash", "strike", "hit"})
AGGRESSION_NOUNS = frozenset({"aggressor", "aggression", "attacker", "attack", "invader",
                              "invasion", "incursion", "intrusion", "escalation",
                              "provocation"})
# A body's vote to do something is the act itself
VOTE_VERBS = frozenset({"vote"})
# Verbs of putting a measure in place ("the ban imposed by Reagan")
IMPOSE_VERBS = frozenset({"impose", "introduce", "decide", "declare", "order", "slap",
                          "enact", "adopt", "announce"})
# Verbs of protest: a measure protested against is aimed at the protester (_protester)
PROTEST_VERBS = frozenset({"protest", "complain", "object", "appeal", "retaliate"})
# Forces on the move (_forces_move), besides the verbs of travel
MOVE_VERBS = frozenset({"sail", "steam", "advance", "move", "mass", "converge", "gather"})
MILITARY_HEADS = frozenset({"warship", "warships", "troops", "troop", "soldiers", "tanks",
                            "fleet", "navy", "forces", "gunboats", "frigates", "destroyers",
                            "submarines", "warplanes", "jets", "battalions", "units",
                            "army", "armies", "vessels"})


DEPLOY_VERBS = frozenset({"deploy", "station", "amass", "redeploy", "position"})
PEACE_FORCES = frozenset({"peacekeeper", "peacekeepers", "observer", "observers", "monitor",
                          "monitors", "blue helmets"})


# conjunctions of a clause that tells when something else happened
TIME_MARKS = frozenset({"after", "before", "when", "while"})


def _standing_rule(verb: Token) -> bool:
    """"Under EC rules, the Commission has to approve all government aid", "must clear any
    loan": what a side is bound to do with every case of a kind is a rule, no act."""
    if not any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ in ("all", "any", "every")
                                        for d in c.children) for c in verb.children):
        return False
    return any(c.lower_ == "must" for c in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("have", "need") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _time_clauses(inner: Token) -> set[int]:
    """The tokens of the clauses with a subject of their own that only say when the act of
    `inner` was agreed or refused ("agreed to help OPEC ... after he visited them"): an act
    told of its own, not part of what was agreed."""
    out: set[int] = set()
    for t in inner.subtree:
        if t.dep_ == "advcl" and t.i not in out and any(
                c.dep_ == "nsubj" for c in t.children) and any(
                c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in t.children):
            out.update(x.i for x in t.subtree)
    return out


def _military(node: Token) -> bool:
    """Whether a noun phrase names armed forces ("Turkish warships", "1,500 soldiers")."""
    lemma = node.lemma_.lower()
    if lemma == "vessel" or node.lower_ == "vessels":
        return any(c.lower_ in ("naval", "military", "war") for c in node.children)
    return node.lower_ in MILITARY_HEADS or lemma in MILITARY_HEADS or \
        get_agents().get(lemma) == "MIL" and node.pos_ == "NOUN" and lemma not in (
            "military", "ministry", "minister", "general", "officer", "commander")


def event_type(noun: Token) -> str | None:
    """The PLOVER type of an event noun."""
    code = noun_code(noun)
    coded = plover(code) if code else None
    return coded.event if coded else None


# Verbs of feeling, whose grammatical object or passive subject is the side that reacts
EXPERIENCER_VERBS = frozenset({"anger", "dismay", "annoy", "upset", "irritate", "alarm",
                               "disappoint", "outrage", "infuriate", "frustrate", "displease",
                               "offend", "trouble", "disturb", "incense", "shock", "enrage",
                               "embarrass", "disgust", "exasperate", "unsettle", "please",
                               "delight", "gratify", "hearten"})
PLEASING_VERBS = frozenset({"please", "delight", "gratify", "hearten"})


# Material acts and meetings: what news reports as done, not what is said
MATERIAL_TYPES = frozenset({"AID", "COOPERATE", "RETREAT", "CONCEDE", "SANCTION", "COERCE",
                            "ASSAULT", "MOBILIZE"})


FRAMING_PREPS = frozenset({"during", "after", "following", "throughout"})
FRONTED_FRAMING_PREPS = frozenset({"in", "at", "on", "before"})


def _framing_phrase(noun: Token) -> bool:
    """Whether a meeting or visit noun is in a phrase that sets the scene of its clause's
    verb: "during talks with", "after the meeting", and "in"/"at" phrases put before the
    subject ("In talks with Shultz, he did not ..."), whose negation is not the meeting's."""
    if noun.pos_ != "NOUN" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return False
    prep, verb = noun.head, noun.head.head
    if verb.pos_ not in ("VERB", "AUX") or not (
            noun.lemma_.lower() in TALK_NOUNS | VISIT_NOUNS or noun.lower_ in TALK_NOUNS):
        return False
    if prep.lower_ in FRAMING_PREPS:
        return True
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return prep.lower_ in FRONTED_FRAMING_PREPS and subject is not None and prep.i < subject.i


def _unrealised(ev: EventDraft) -> bool:
    """A material act that only might happen ("might stay to train Iraqi forces", "would repay
    the loan") or did not ("did not mean Libya had cut its ties"), and a meeting that did not
    take place: no event. (Acts announced as a threat, an offer or a refusal were recoded as
    that, with the modality asserted.) Statements denied keep their negated modality: dropping
    them lowered the fresh evaluation batch."""
    if ev.modality == "negated":
        return ev.event in MATERIAL_TYPES or ev.event == "CONSULT"
    return ev.modality == "hypothetical" and ev.event in MATERIAL_TYPES


ARMED_OPPOSITION = frozenset({"REB", "OPP"})


def side_of(table: ActorTable, key: str, group: bool = False) -> str | None:
    """The side an actor stands for: its state, a body by name, a person's office's state
    or body ("British corporate affairs minister Michael Howard", "U.N. Secretary-General
    Kofi Annan"), a non-state group apart from its state (`group`)."""
    d = table.drafts.get(key)
    if d is None:
        return None
    if group or key.startswith("group:") or (
            d.kind == "organization" and d.sector in ARMED_OPPOSITION):
        # (a named rebel or opposition movement too: "blamed the blasts on the ANC")
        return f"{d.country or ''}/{d.sector}"
    side = d.name if d.kind == "international" else d.country
    if side is None and d.kind == "person":
        side = next((r.country for r in d.roles if r.country), None) or next(
            (r.organization for r in d.roles if r.organization and any(
                b.kind == "international" and b.name == r.organization
                for b in table.drafts.values())), None)
    return side


def settle_sides(events: list[EventDraft], table: ActorTable) -> list[EventDraft]:
    """Once people's countries are known (stages/nationality.py): an act is not aimed at its
    doer's own side when another is named ("Howard will seek a memorandum between Britain
    and Japan" is aimed at Japan), and a statement told twice is one event ("Wallis said he
    had urged Japan to do more ... Wallis urged Tokyo to stimulate demand")."""
    def sides(keys: list[str]) -> frozenset:
        return frozenset(s for k in keys if (s := side_of(table, k)))

    bodies = {d.name: d.key for d in table.drafts.values() if d.kind == "international"}

    def with_bodies(keys: list[str]) -> list[str]:
        # "Secretary-General Kofi Annan urges ...": the body acts with its officer
        out = list(keys)
        for k in keys:
            d = table.drafts.get(k)
            if d is not None and d.kind == "person" and d.country is None:
                out += [b for r in d.roles if (b := bodies.get(r.organization or ""))
                        and b not in out]
        return out

    out: list[EventDraft] = []
    for ev in events:
        ev.actor, ev.recipient = with_bodies(ev.actor), with_bodies(ev.recipient)
        own = sides(ev.actor)
        if ev.event in AIMED_TYPES and not ev.recipient and len(own) < 2 and \
                _other_states_named(ev, own, table):
            # a threat aimed at no one named, in a sentence that names other states, was
            # misread ("... broken off after evidence showed Syrian agents were behind a plan
            # to bomb an airliner" is no threat of the king's); a threat at home ("will
            # extend the curfew in Abidjan") names none
            continue
        if not ev.actor and _other_states_named(
                ev, frozenset(table.country_of(k) for k in ev.recipient), table, anyone=True):
            # an attack with no doer named, told in a story of other states too, is no
            # event between two sides we can name ("...were hit" in a US-Iran story)
            continue
        others = [k for k in ev.recipient if not sides([k]) & own]
        if others and ev.actor:
            ev.recipient = others
        if _debt_service(ev):
            continue
        if ev.event in VERBAL_TYPES and ev.recipient and ev.lexical:
            # "pressed the U.S. to increase its aid and called for more U.S. investment": one
            # side's requests of another in one sentence are one request, whatever each
            # verb's code
            twin = next((o for o in out if o.lexical and o.event == ev.event and
                         (o.cameo == ev.cameo or ev.event == "REQUEST" and ev.evidence[:1]
                          and ev.evidence[0] in o.evidence) and o.modality == ev.modality and
                         sides(o.actor) == own and sides(o.recipient) == sides(ev.recipient)),
                        None)
            if twin is not None:
                if twin.cameo in GENERIC_REQUESTS and ev.cameo not in GENERIC_REQUESTS:
                    twin.cameo, twin.mode = ev.cameo, ev.mode  # the act asked names it
                twin.evidence += [e for e in ev.evidence if e not in twin.evidence]
                continue
        if ev.event == "THREATEN" and ev.recipient and own and ev.modality != "negated":
            # "plans to take retaliatory action against them" in the lead, "announced plans
            # to slap tariffs on Japanese imports" below: one threat between the same sides,
            # told vaguely (131) and then by its act (1312), whatever the tense of each
            # (the same code told in another tense too: "has told Congress that the EC would
            # retaliate", then "told Bentsen that the EC will retaliate")
            twin = next((o for o in out if o.event == "THREATEN" and o.modality != "negated"
                         and (o.cameo != ev.cameo or o.modality != ev.modality) and
                         sides(o.actor) == own and sides(o.recipient) == sides(ev.recipient)
                         and (o.cameo.startswith(ev.cameo) or ev.cameo.startswith(o.cameo))),
                        None)
            if twin is not None:
                if len(ev.cameo) > len(twin.cameo):
                    # the telling that names the act is the threat's own (code, day, tense)
                    twin.cameo, twin.mode, twin.modality = ev.cameo, ev.mode, ev.modality
                    twin.date_ents = ev.date_ents or twin.date_ents
                twin.evidence += [e for e in ev.evidence if e not in twin.evidence]
                continue
        out.extend(_per_destination(ev, table))
    return out


def _debt_service(ev: EventDraft) -> bool:
    """"Brazil was paying 500 mln dlrs a month to its creditors", "could not meet the
    repayments due to the banks": what a debtor pays its lenders (a debt story's creditors,
    named by a common noun) serves its debt, and is neither aid nor cooperation."""
    return ev.event in ("AID", "COOPERATE") and bool(ev.recipient) and bool(ev.actor) and \
        all(map(is_lenders, ev.recipient)) and not any(map(is_lenders, ev.actor))


def _per_destination(ev: EventDraft, table: ActorTable) -> list[EventDraft]:
    """A tour is one visit to each state it reaches ("visited Kenya, Tanzania and
    Mozambique", "his trip has taken him to London, Paris and Bonn"): each host state
    receives its own visit, as event data codes one dyad per event. A visit to a state and
    to its own leader stays one ("visited Kenya and President Kibaki")."""
    if ev.cameo != "042" or not ev.actor or len(ev.recipient) < 2:
        return [ev]
    groups: dict[str, list[str]] = {}
    for key in ev.recipient:
        side = side_of(table, key)
        d = table.drafts.get(key)
        if side is None or d is None or d.kind == "international" or not re.fullmatch(
                r"[A-Z]{3}", side):
            return [ev]  # a body or a side not known: the visit's recipients stay together
        groups.setdefault(side, []).append(key)
    if len(groups) < 2:
        return [ev]
    return [replace(ev, recipient=keys, evidence=list(ev.evidence),
                    date_ents=list(ev.date_ents), agreements=list(ev.agreements))
            for keys in groups.values()]


def _other_states_named(ev: EventDraft, own: frozenset, table: ActorTable,
                        anyone: bool = False) -> bool:
    """Whether the sentence of `ev` names a state (or someone of a state; with `anyone`,
    any actor of a state, firms and bodies too) not on its side."""
    if not ev.evidence:
        return False
    start, end = ev.evidence[0]
    kinds = ("country", "person", "organization") if anyone else ("country", "person")
    return any(d.country and d.country not in own and
               any(start <= s < end for s, _ in d.mentions)
               for d in table.drafts.values() if d.kind in kinds)


_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10}


def _duration(tok: Token) -> int | None:
    """How many days an act's phrase says it lasts: "two-day visit", "a week-long visit",
    "two days of talks"."""
    doc = tok.doc
    for c in tok.subtree:
        if c.i < tok.i and c.i >= 2 and c.lower_ in ("day", "week") and \
                doc[c.i - 1].text == "-" and (n := _number(doc[c.i - 2].lower_)):
            return n * (7 if c.lower_ == "week" else 1)
        if c.i < tok.i and c.i >= 2 and c.lower_ == "long" and doc[c.i - 1].text == "-" and \
                doc[c.i - 2].lower_ == "week":
            return 7
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and \
            tok.head.head.lemma_.lower() in ("day", "week"):
        unit = tok.head.head
        num = next((c for c in unit.children if c.dep_ == "nummod"), None)
        n = _number(num.lower_) if num is not None else None
        if n:
            return n * (7 if unit.lemma_.lower() == "week" else 1)
    return None


def _ending(tok: Token) -> bool:
    """Whether an act's phrase tells its end: "at the end of a three-day visit", "ended two
    days of talks", "two days of talks which ended yesterday"."""
    holder = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else tok
    if holder.lemma_.lower() in ENDING_WORDS:
        return True
    if holder.dep_ in ("dobj", "nsubj", "nsubjpass") and \
            holder.head.lemma_.lower() in ENDING_WORDS:
        return True
    # (the clause may hang on the talks themselves rather than on their days)
    return any(c.dep_ == "relcl" and c.lemma_.lower() in ENDING_WORDS
               for c in (*holder.children, *tok.children))


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _NUMBERS.get(word)


# ---- any verb of the Phoenix lexicon ------------------------------------------------------------

# Obstructing what someone asked for is refusing it: "blocked its application"
# verbs of judging something as good or bad ("called the move provocative", "described the
# embargo as a relic"); the second set only with "as" ("saw the move as a provocation")
EVALUATE_VERBS = frozenset({"call", "describe", "term", "brand", "label", "dub", "characterise",
                            "characterize", "deem", "regard", "view", "see"})
AS_ONLY_EVALUATE_VERBS = frozenset({"regard", "view", "see"})
# adjectives of a stance taken on someone ("supportive of", "critical of") -> CAMEO
STANCE_ADJECTIVES = {"supportive": "051", "appreciative": "051", "grateful": "051",
                     "critical": "111", "scathing": "111", "contemptuous": "111",
                     "disparaging": "111", "dismissive": "111", "derisive": "111"}
# adjectives of worry: "was concerned about the resolution adopted by ..." criticises its maker
CONCERN_ADJECTIVES = frozenset({"concerned", "worried", "troubled", "alarmed", "disturbed",
                                "dismayed", "unhappy", "dissatisfied", "displeased"})
# nouns naming what an actor did (besides event nouns, instruments and nouns of action in
# -tion/-ment/-sal: "decision", "statement", "proposal")
ACT_NOUNS = frozenset({"move", "step", "action", "actions", "act", "policy", "plan", "measure",
                       "stance", "position", "approach", "response", "reaction", "handling",
                       "conduct", "behaviour", "behavior", "decision", "choice", "ruling",
                       "verdict", "sentence", "law", "bill", "vote", "election", "poll",
                       "referendum", "test", "launch", "visit", "trip", "demand", "bid",
                       "attempt", "refusal", "failure", "initiative", "intervention",
                       "presence", "crackdown", "raid", "campaign", "programme", "program",
                       "remark", "tariff", "tariffs", "quota", "ban", "rejection", "veto",
                       "practice", "practices",
                       # measures of economic policy, each its government's act: "said the
                       # proposed tax was discriminatory", "called the levy unfair"
                       "tax", "levy", "duties", "surcharge", "subsidy", "scheme", "curb",
                       "curbs", "limit", "limits"})
# prepositions of place and direction: "into Iraq, which ..." rarely means the place
# prepositions that say where a thing happened, not whom it concerns
LOCATIVE_PREPS = frozenset({"in", "at", "near", "across", "throughout", "inside", "around"})
PLACE_PREPS = frozenset({"in", "into", "to", "from", "at", "across", "inside", "through",
                         "toward", "towards", "near"})
# verbs by which an actor makes a measure its own: "the EC proposed a tax", "adopts the plan"
MAKE_VERBS = frozenset({"propose", "adopt", "impose", "introduce", "announce", "levy", "enact",
                        "unveil", "draft", "plan", "approve"})
# words said: what is judged is the speaker's act
# documents that speak for whoever issued them ("the communique said", "the statement called
# on Indonesia to ...") and the verbs that issue them
DOCUMENT_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "report"})
ISSUE_VERBS = frozenset({"issue", "release", "publish", "adopt", "send", "deliver", "pass",
                         "approve", "sign", "table", "write"})
# texts a body or its members sign or pass, whose demands are theirs ("a motion calling for
# sanctions", "a resolution urging")
MOTION_NOUNS = frozenset({"resolution", "motion", "letter", "petition"})
SAID_NOUNS = frozenset({"remark", "comment", "statement", "word", "speech", "claim", "assertion",
                        "threat", "warning", "accusation", "allegation", "proposal", "offer",
                        "forecast", "projection", "estimate", "assessment", "argument",
                        "criticism"})
# act nouns whose plural the verb dictionary's "attack" patterns mean as targets of force
# ("attacked Iranian positions")
MILITARY_OBJECT_NOUNS = frozenset({"position", "positions"})
# what force is aimed at when it is aimed at a side's things: its installations, craft and
# positions ("attacked two Iranian oil platforms")
PHYSICAL_TARGETS = frozenset({"platform", "ship", "vessel", "tanker", "warship", "boat",
                              "aircraft", "plane", "jet", "helicopter", "base", "camp",
                              "installation", "facility", "plant", "port", "airfield", "terminal",
                              "airport", "convoy", "position", "target", "outpost", "village",
                              "town", "embassy", "consulate", "refinery", "pipeline"})
OBSTRUCT_VERBS = frozenset({"block", "veto", "obstruct", "bar"})
APPLICATION_NOUNS = frozenset({"application", "bid", "request", "proposal", "resolution",
                               "motion", "candidacy", "membership", "accession", "plan"})
# Verbs of saying that news pairs with "declined to" or "refused to": a spokesman not
# answering a question refuses nothing between states
NO_COMMENT_VERBS = frozenset({"comment", "elaborate", "speculate", "specify", "identify",
                              "name", "discuss", "give", "answer", "respond", "detail"})
# Prepositions of place: the venue of an act, its target only when nothing else is named
VENUE_PREPS = frozenset({"at"})
# Prepositions that introduce the one acted upon: "sanctions on", "aid to", "war against"
TARGET_PREPS = ("against", "on", "to", "with", "at", "toward", "towards", "from", "into",
                "upon", "over", "for", "outside")
BUILDUP_VERBS = frozenset({"strengthen", "reinforce", "boost", "increase", "mass", "bolster",
                           "double", "expand", "beef"})
# Undoing a measure: the verbs, and the measure's code -> the retreat's code
UNDO_VERBS = frozenset({"lift", "ease", "end", "remove", "relax", "scrap", "drop", "loosen",
                        "revoke", "rescind", "withdraw", "suspend", "halt", "stop", "cancel"})
UNDO_OF = {"163": "085", "191": "0872", "1723": "0813", "1724": "0814", "172": "081",
           "154": "087", "190": "087", "192": "0874"}
# Withholding an act is refusing it (CAMEO 12): a negated act's code -> the refusal's code
REFUSAL_OF = {"060": "121", "061": "1211", "062": "1212", "063": "1213", "064": "1214",
              "070": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
              "080": "124", "081": "1241", "084": "1243", "085": "1244", "086": "1245",
              "087": "1246"}
# "told Japan to resolve the row", "ordered the paper to close": a demand of the object
DIRECTIVE_VERBS = frozenset({"tell", "instruct", "direct", "order", "command"})
# A request's codes that name no act asked for (an appeal, a demand)
GENERIC_REQUESTS = frozenset({"020", "100"})
# Verbs that apply pressure named by their object ("brought pressure on the IMF")
PRESSURE_APPLYING = frozenset({"bring", "put", "exert", "apply", "step", "increase", "keep",
                               "mount", "maintain", "intensify", "continue", "ratchet",
                               "heap", "pile", "place", "turn", "crank", "redouble",
                               "renew", "resume", "stiffen"})
# Verbs of pressing someone to act ("pressed Japan to open its markets"), which the
# dictionary leaves uncoded without a pattern word in the object
PRESSURE_VERBS = frozenset({"press", "pressure", "pressurise", "pressurize", "push", "prod",
                            "lobby", "nudge"})
UNNAMED_OFFICIALS = frozenset({"minister", "ministers", "ministry", "government",
                               "authorities", "authority", "officials", "official",
                               "negotiator", "negotiators"})
# Verbs that carry an event noun without saying what was done themselves
LIGHT_VERBS = frozenset({"stage", "hold", "launch", "mount", "carry", "conduct", "issue",
                         "make", "begin", "start", "continue", "resume", "step", "lodge",
                         "file", "deliver", "announce", "order", "unleash", "wage", "lead",
                         "organise", "organize", "call", "declare", "pledge"})
# criticism or objection an act goes ahead "despite" or "against": the critic's disapproval
DISSENT_NOUNS = {"criticism": "111", "condemnation": "111", "protest": "111",
                 "objection": "110", "opposition": "110"}
CONCERN_NOUNS = frozenset({"concern", "concerns", "fear", "fears", "suspicion", "suspicions"})
DISSENT_PREPS = frozenset({"despite", "against", "amid", "amidst"})
# what one seeks "in" a lawsuit: "is seeking damages in a lawsuit against Gazprom"
SEEKING_VERBS = frozenset({"seek", "claim", "demand", "ask", "want", "sue"})
# bringing a side before a court: "took Peru to court", "hauled the firm before a panel"
COURT_VERBS = frozenset({"take", "bring", "haul", "drag", "hale"})
COURT_NOUNS = frozenset({"court", "tribunal", "arbitration", "arbitrator", "panel"})
# what a letter sets out when it complains ("outlining the EC's concerns"), and the verbs
# of writing or sending one
CONVEY_VERBS = frozenset({"outline", "express", "voice", "raise", "convey", "detail", "set",
                          "register", "air"})
GRIEVANCE_NOUNS = frozenset({"concern", "objection", "complaint", "grievance", "reservation",
                             "displeasure", "dissatisfaction", "misgiving", "protest"})
WRITE_VERBS = frozenset({"write", "send", "cable", "telex", "address", "deliver", "hand"})
# where a complaint is made ("at the WTO", "with GATT", "before a court") and what it is over
COMPLAINT_VENUE_PREPS = frozenset({"at", "with", "to", "before", "in"})
GRIEVANCE_PREPS = frozenset({"over", "about", "against", "concerning"})
# verbs whose subject draws the criticism or protest its object names from another side
ELICIT_VERBS = frozenset({"draw", "spark", "provoke", "trigger", "prompt", "attract", "earn",
                          "meet", "face", "incur", "arouse", "stir", "bring", "receive"})
# Verbs that take a stance on an act named by their object: the act is theirs to code
# weighing, readying or recommending an act: a conflictual act so named is threatened
# ("was recommending trade sanctions against Japan")
CONSIDER_VERBS = frozenset({"consider", "weigh", "contemplate", "mull", "prepare", "plan",
                            "threaten", "study", "examine", "draw", "recommend", "propose",
                            "draft", "suggest"})
CONDITION_MARKS = frozenset({"if", "unless", "provided", "providing"})
# texts that act for whoever issued them
ISSUED_NOUNS = frozenset({"statement", "communique", "communiqué", "declaration", "letter",
                          "note", "message", "memorandum", "resolution"})
QUESTION_VERBS = frozenset({"ask", "wonder", "inquire", "enquire", "query"})
RETALIATION_NOUNS = frozenset({"retaliation", "reprisal", "countermeasure", "counter-measure"})
# what an ultimatum says the other side will suffer ("... or face", "... or risk")
PENALTY_VERBS = frozenset({"face", "risk", "suffer", "incur", "bear", "pay"})
STANCE_VERBS = frozenset({"discuss", "debate", "consider", "study", "condemn", "criticise",
                          "criticize", "denounce", "deplore", "support", "back", "oppose",
                          "welcome", "praise", "deny", "investigate", "protest", "fear",
                          "expect", "prevent", "avert", "avoid", "end", "stop", "halt",
                          "cancel", "postpone", "suspend", "lift", "ease", "violate"})
# The answer to a request or an offer named by the object: (noun's type, verb) -> CAMEO
RESPONSES = {("REQUEST", "accept"): "080", ("REQUEST", "meet"): "080",
             ("REQUEST", "grant"): "080", ("REQUEST", "heed"): "080",
             ("REQUEST", "reject"): "120", ("REQUEST", "refuse"): "120",
             ("REQUEST", "dismiss"): "120", ("REQUEST", "ignore"): "120",
             ("REQUEST", "deny"): "120", ("AGREE", "accept"): "030",
             ("AGREE", "reject"): "120", ("AGREE", "refuse"): "120",
             ("AGREE", "decline"): "120", ("AGREE", "dismiss"): "120"}
# Verbs whose subject answers a request named by their object ("rejected a demand by the
# IMF", "responded to a Philippine request"): the one the request was made to
REQUEST_ANSWERS = frozenset({"accept", "meet", "grant", "heed", "reject", "refuse", "dismiss",
                             "ignore", "deny", "approve", "consider", "study", "examine",
                             "review", "resist", "respond", "answer", "comply", "receive",
                             "turn", "rebuff", "spurn", "decline", "honour", "honor",
                             "satisfy", "fulfil", "fulfill", "bow", "yield", "agree"})
# Acts news reports without naming the doer ("three soldiers were killed in a bombing")
UNNAMED_DOER = frozenset({"ASSAULT", "COERCE"})
# Heads that count members of a group: "thousands of protesters"
QUANTITY_HEADS = frozenset({"thousand", "thousands", "hundred", "hundreds", "dozen", "dozens",
                            "million", "millions", "group", "band", "crowd", "number",
                            "members", "member", "scores", "score"})
# "is due to fly to Moscow", "is likely to visit": adjectives that only say when or how surely
# their complement happens, so its subject is the subject of "is"
RAISING_ADJECTIVES = frozenset({"due", "likely", "unlikely", "set", "sure", "certain", "bound",
                                "poised", "about"})
# verbs of one's own intent ("wants to", "intends to"): unlike "agreed to" or "offered to",
# they need no other side, so the act intended must name one to be an event
INTENT_VERBS = frozenset({"want", "intend", "aim", "prepare", "wish", "plan"})
# a commitment held or renewed (see _commitment): "remains committed to the accord",
# "reaffirmed their commitment", "reiterated its pledge", "reaffirmed the pact"
# an act named by a bare noun, welcomed (see _doer_of_the_move): "welcomed the move"
MOVE_NOUNS = frozenset({"move", "step", "decision", "action", "measure", "initiative",
                        "gesture", "announcement", "offer", "proposal"})
ENDORSE_VERBS = frozenset({"back", "support", "endorse"})  # see _endorsed_owner
# support told by a noun (see _stated_support): the nouns, the verbs that state or give it
# ("voiced support for", "lent its backing to"), those of an offer of it, of winning it, of
# noting an act with approval, the feelings of approval, and the support that is help
SUPPORT_NOUNS = frozenset({"support", "backing", "endorsement"})
OFFER_VERBS = frozenset({"offer", "give", "lend", "extend", "throw"})
SUPPORT_CARRIERS = OFFER_VERBS | {"express", "voice", "reiterate", "reaffirm", "restate",
                                  "repeat", "renew", "declare", "indicate", "signal", "show",
                                  "stress", "underline", "underscore", "demonstrate",
                                  "state", "confirm"}
SUPPORT_WINNING_VERBS = frozenset({"win", "gain", "receive", "get", "obtain", "secure",
                                   "enjoy", "draw", "attract", "garner"})
NOTING_VERBS = frozenset({"note", "welcome", "greet", "view", "receive", "acknowledge",
                          "observe", "record", "regard"})
APPROVAL_FEELINGS = frozenset({"satisfaction", "approval", "appreciation", "pleasure",
                               "gratification", "gratitude"})
# what one stands for or asks, endorsed when backed: "a call from Funaro", "the idea"
STANCE_NOUNS = frozenset({"call", "idea", "suggestion", "view", "views", "effort", "efforts",
                          "reform", "reforms", "candidacy", "candidature", "cause", "line",
                          "goal", "aim", "strategy", "scheme", "plea", "bid", "proposal",
                          "plan", "plans", "policy", "policies", "programme", "program",
                          "initiative", "position", "stance", "measures", "resolution"})
SUPPORT_VERBS = SUPPORT_CARRIERS | SUPPORT_WINNING_VERBS | NOTING_VERBS
APPEAL_NOUNS = frozenset({"call", "appeal", "demand", "request", "plea", "threat", "warning"})
BACKED_NOUNS = (STANCE_NOUNS | SAID_NOUNS) - APPEAL_NOUNS  # see _backed_stance
MATERIAL_SUPPORT = frozenset({"financial", "economic", "monetary", "budgetary", "military",
                              "logistical", "logistic", "technical", "material", "price",
                              "income", "fiscal", "food", "humanitarian", "balance",
                              "market", "credit", "aid", "air", "naval", "ground"})
# verbs of approving what another side proposes or gives (see _approved_aid_giver)
APPROVAL_VERBS = frozenset({"approve", "authorize", "authorise", "endorse", "clear"})
COMMITTED_VERBS = frozenset({"be", "remain", "stay"})
# "open to talks", "ready for negotiations": talks wanted (see _talks_wanted)
OPEN_ADJECTIVES = frozenset({"open", "ready", "amenable", "receptive", "prepared", "willing"})
HOPE_FORMS = frozenset({"hope", "hopes", "hoped", "hoping"})  # (the lemmatiser gives "hop")
REAFFIRM_VERBS = frozenset({"reaffirm", "reiterate", "renew", "restate", "reconfirm", "affirm"})
COMMITMENT_NOUNS = frozenset({"commitment", "pledge", "pledges", "commitments"})
COMMITTED_THINGS = frozenset({"cooperation", "coordination", "co-operation", "co-ordination",
                              "partnership", "alliance", "process", "talks", "negotiations",
                              "dialogue"})
# "is willing / ready / prepared to ...": an announced intent, like "agreed to"
INTENT_ADJECTIVES = frozenset({"willing", "ready", "prepared", "committed", "determined",
                               "eager", "keen", "unwilling", "reluctant"})
# Sectors of groups that act apart from their state (see _group)
# the lenders of a debt story: "creditors", "creditor banks", "lenders"
CREDITOR_NOUNS = frozenset({"creditor", "creditors", "lender", "lenders"})
# the words that make plural banks the lenders of a debt story ("commercial banks")
LENDING_WORDS = frozenset({"commercial", "foreign", "creditor", "private", "international",
                           "western", "lending", "major", "leading", "participating"})
BANK_COMMITTEES = frozenset({"committee", "panel", "group"})
NONSTATE_SECTORS = frozenset({"REB", "OPP", "CVL", "PTY", "EDU", "REL", "BUS", "MED"})
# Verbs whose complement clause says what is agreed, refused, demanded or threatened: the
# governor gives the PLOVER type, the complement refines the CAMEO code.
GOVERNING_TYPES = frozenset({"AGREE", "REJECT", "REQUEST", "THREATEN", "SANCTION"})
# Offices and roles: taking one over, holding or leaving it is no act between sides
OFFICES = frozenset({"presidency", "chairmanship", "leadership", "helm", "post", "office",
                     "role", "reins", "premiership", "portfolio", "seat", "chair"})
# Verbs that only say when or how likely the complement's act is ("is expected to visit",
# "is due to sign"): modality, not an act that governs it
MODAL_GOVERNORS = frozenset({"expect", "schedule", "set", "due", "begin", "start", "go",
                             "continue", "try", "seem", "appear", "tend", "hope"})
# nouns of ending or undoing something named by their "to"/"of" phrase ("an end to X's ...")
ENDING_NOUNS = frozenset({"end", "halt", "stop", "lifting", "removal", "cancellation",
                          "suspension", "withdrawal", "abolition", "repeal", "easing"})
# complaints and lawsuits: ACCUSE 114, 115
COMPLAINT_CODES = frozenset({"114", "115"})
# deciding on an act is no statement to anyone: the act decided is coded ("voted to cut")
DECISION_VERBS = frozenset({"decide", "vote", "resolve", "opt", "choose", "elect"})
# verbs with which one asks for something ("called for X to be lifted")
APPEAL_VERBS = frozenset({"call", "appeal", "press", "push", "plead", "ask", "lobby"})
# verbs that pass an appeal on: "urged the administration to press Japan", "to persuade"
RELAY_VERBS = frozenset({"urge", "persuade", "convince", "encourage", "demand", "tell"})
# verbs with which one bears blame rather than lays it
BLAME_TAKERS = frozenset({"take", "accept", "shoulder", "bear", "share", "deserve", "deny",
                          "escape", "avoid", "deflect"})
# what is said rather than done: accusations, rejections, requests, threats, praise, intents
VERBAL_TYPES = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN", "SUPPORT", "AGREE"})
# verbs whose refusal is a rejection though their assent codes nothing by itself: "Brazil
# will not accept interference from the IMF" (REJECT 120); "accepted responsibility" is none
NEGATED_DEFAULTS = {"accept": "120"}
# words that tell an act's span ended: the date then is its last day
ENDING_WORDS = frozenset({"end", "conclude", "close", "conclusion", "finish", "wind"})
# what a debtor owes its creditors, and the verbs by which it stops or fails to pay it
# (_withheld_payment: a refusal of economic cooperation, REJECT 1211)
PAYMENT_NOUNS = frozenset({"payment", "repayment", "instalment", "installment", "debt",
                           "interest", "arrears", "obligation"})
# nouns of a stop that, said of payments, are a debtor's refusal to pay (_payment_stop)
PAYMENT_STOP_NOUNS = frozenset({"suspension", "moratorium", "freeze", "halt", "stoppage",
                                "cessation"})
WITHHOLDING_VERBS = frozenset({"suspend", "stop", "halt", "freeze", "cease", "miss",
                               "withhold", "defer", "postpone"})
PAYING_VERBS = frozenset({"meet", "make", "pay", "service", "honour", "honor", "repay"})
# verbs by which a lender or donor gives what an aid noun names ("approved a 140 mln dlr
# loan for India", "granted a credit to Egypt"): the noun's AID is the event
GIVING_VERBS = frozenset({"approve", "grant", "extend", "provide", "give", "award"})
# verbs by which a borrower or recipient takes the aid a noun names from its giver ("received
# a loan from the Export-Import Bank"): the giver is the source
RECEIVING_VERBS = frozenset({"receive", "obtain", "secure", "get", "win"})
# nouns that bundle the aid a compound names ("a loan package", "an aid programme")
AID_BUNDLES = frozenset({"package", "facility", "programme", "program"})
# acts always aimed at another side: with none named, in a sentence that names other states,
# they were misread and are dropped (settle_sides)
AIMED_TYPES = frozenset({"THREATEN"})
# acts aimed at someone: with no one named, at the other state of the article's pair (not
# complaints: "Canada complained that it would lose jobs to Spain" accuses no one)
_PARTNERED_TYPES = frozenset({"AGREE", "REQUEST", "REJECT"})
# the PLOVER type of complements coded by their own handlers
_HANDLED_TYPES = {"meet": "CONSULT", "visit": "CONSULT", "talk": "CONSULT", "discuss": "CONSULT",
                  "negotiate": "CONSULT", "hold": "CONSULT", "host": "CONSULT",
                  "sign": "SUPPORT", "travel": "CONSULT", "receive": "CONSULT"}


def _add(keys: list[str], key: str) -> None:
    if key not in keys:
        keys.append(key)


def combine(governor: Coded, inner_type: str | None, inner: Coded | None) -> str:
    """CAMEO code of a governing act and its complement: "agreed to meet" 036, "refused to
    meet" 125, "urged to withdraw" 0256, "threatened to attack" 138, following CAMEO's
    parallel branches (03 intent, 02/10 appeal and demand, 12 rejection, 13 threat)."""
    g = governor.event
    code = governor.cameo
    inner_cameo = inner.cameo if inner else ""
    military = bool(inner and inner.context and "military" in inner.context)
    if g == "AGREE" and governor.pattern_words == 0 and inner_cameo in ("045", "039"):
        code = "039"  # "offered to mediate"
    elif g == "AGREE" and governor.pattern_words == 0:
        code = {"CONSULT": "036", "AID": "033", "COOPERATE": "031", "CONCEDE": "035",
                "RETREAT": "0356" if military or inner_cameo.startswith("087") else "035",
                "SUPPORT": "030"}.get(inner_type or "", code)
    elif g == "REJECT" and governor.pattern_words == 0:
        code = {"CONSULT": "125", "AID": "122", "COOPERATE": "121", "CONCEDE": "124",
                "RETREAT": "124", "SUPPORT": "120"}.get(inner_type or "", code)
    elif g == "REQUEST" and governor.pattern_words == 0:
        branch = "10" if code.startswith("10") else "02"
        suffix = {"CONSULT": "6", "AID": "3", "COOPERATE": "1", "CONCEDE": "5",
                  "RETREAT": "56" if military or inner_cameo.startswith("087") else "5",
                  "SUPPORT": "2"}.get(inner_type or "")
        if suffix:
            code = branch + suffix
    elif g == "SANCTION" and inner_type in ("AID", "COOPERATE"):
        # "stopped supplying gas", "halted aid": reducing or stopping assistance
        code = {"071": "1621", "072": "1622", "073": "1623"}.get(inner_cameo[:3], "162")
    elif g == "SANCTION" and inner_type == "CONSULT":
        code = "164"  # "broke off the talks"
    elif g == "THREATEN" and governor.pattern_words == 0:
        if inner_type == "ASSAULT":
            code = "138"
        elif inner_cameo in ("162", "1621", "1622", "1623"):
            code = "1311"
        elif inner_cameo.startswith("161"):
            code = "1313"
        elif inner_type in ("SANCTION", "COERCE"):
            code = "1312" if inner_cameo == "163" else "131"
    return code


# a side's rejection told as a noun: REJECT when its owner and what it rejects are named
REJECTION_NOUNS = frozenset({"rejection", "refusal", "opposition"})
# what a side claims or reports ("reports that", "U.S. charges", "Chinese figures"): calling
# it false denies it
CLAIM_NOUNS = frozenset({"report", "charge", "allegation", "accusation", "claim", "assertion",
                         "suggestion", "rumour", "rumor", "story", "figure", "statistic",
                         "speculation", "contention", "criticism", "insinuation"})
# words that call a claim untrue, whatever their valence in the evaluative lexicon
FALSITY_WORDS = frozenset({"false", "untrue", "inaccurate", "incorrect", "baseless",
                           "unfounded", "groundless", "unsubstantiated", "fabricated",
                           "fabrication", "lie", "lies", "misleading", "propaganda", "nonsense",
                           "distortion", "wrong", "erroneous", "exaggerated", "fiction"})


def _judgement(word: Token) -> float:
    """How a judging word judges: an adjective by its valence; a noun by its adjectives ("a
    good step", "a dangerous mistake"), else by itself only when it blames ("a relic", "a
    mistake"): "an opportunity" or "a partner" alone judges nothing."""
    if word.pos_ != "NOUN":
        return valence(word)
    lemma = word.lemma_.lower()
    if lemma in PRETEXT_NOUNS:
        return -2.0  # "a pretext for attacks": a false reason blames whoever gives it
    if lemma in CAUSE_NOUNS:
        # "the main cause of tension", "the root of all evil": the cause of a bad thing
        return min(sum(valence(p) for p in _pobjs(word, ("of",))), 0.0)
    return sum(valence(a) for a in word.children if a.dep_ == "amod") + min(valence(word), 0.0)


# nouns that name another side as the cause of a bad thing, or its reason as false
CAUSE_NOUNS = frozenset({"cause", "source", "root", "origin"})
PRETEXT_NOUNS = frozenset({"pretext", "excuse", "smokescreen"})


def _infinitive_complement(verb: Token) -> bool:
    """Whether `verb` asks for an act: "pressed Brazil to pay", "urged the banks to offer"."""
    return any(c.dep_ == "xcomp" and _infinitive(c) for c in verb.children)


def _met_with_force(verb: Token) -> bool:
    """"Will meet any escalation with stronger countermeasures", "met the incursion with
    force": meeting an aggression with a means is answering it, not a meeting."""
    if verb.lemma_.lower() != "meet":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in AGGRESSION_NOUNS and \
        bool(_pobjs(verb, ("with",)) or any(t.dep_ == "prep" and t.lower_ == "with"
                                            for t in obj.subtree))


def _phrasal_act(verb: Token) -> bool:
    """Whether a particle makes `verb` another act (PHRASAL_CODES: "spoke out against")."""
    return any((verb.lemma_.lower(), c.lower_) in PHRASAL_CODES
               for c in verb.children if c.dep_ == "prt")


def _reason(clause: Token) -> bool:
    """Whether a clause gives the reason for a judgement: "said the tax was discriminatory
    since it asked farmers to pay for ...", "called the move unfair because ..."."""
    return clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in REASON_MARKS
                                          for m in clause.children)


REASON_MARKS = frozenset({"because", "since", "as"})


def _mandative(verb: Token) -> bool:
    """Whether a that-clause is in the subjunctive: a bare verb with a subject of its own and
    no auxiliary ("that Japan do more", "that the embargo be lifted"), which asks an act."""
    if verb.tag_ != "VB" or any(c.dep_ in ("aux", "neg") for c in verb.children):
        return False
    if verb.lower_ == "be":
        return any(c.dep_ == "nsubj" for c in verb.children)
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or (
        any(c.dep_ == "auxpass" and c.lower_ == "be" for c in verb.children))


def _that_clause(tok: Token) -> bool:
    """Whether `tok` heads a complement clause opened by "that"."""
    return tok.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that"
                                       for m in tok.children)


def _extraposed(verb: Token) -> Token | None:
    """The subject of the clause an "it" subject stands for: "it was regrettable that Poland
    had closed the border" -> Poland."""
    if verb.lemma_.lower() != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it"
                                              for c in verb.children):
        return None
    for c in verb.children:
        if _that_clause(c):
            return next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and
                         s.pos_ != "PRON"), None)
    return None


def _conditional(verb: Token) -> bool:
    """Whether `verb` is held out on a condition: a clause of "if", "unless" or "provided"."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in CONDITION_MARKS
                                         for m in c.children) for c in verb.children)


PURPOSE_VERBS = frozenset({"aim", "design", "intend", "mean"})


def _purpose_of_talks(verb: Token) -> bool:
    """Whether `verb` is what talks or a meeting are meant for, named by a verb of purpose:
    "a meeting of ministers which was designed to help break a deadlock", "the talks were
    aimed at resolving the dispute", "a conference intended to settle the row" (through
    "help" or an attempt); what a meeting is for is not agreed by holding it."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("xcomp", "pcomp", "prep") or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in PURPOSE_VERBS:
            break
        if node.pos_ != "ADP" and node.lemma_.lower() not in ATTEMPT_VERBS | {"help"}:
            return False
    else:
        return False
    held = [c for c in node.children if c.dep_ in ("nsubjpass", "nsubj")]
    if node.dep_ in ("relcl", "acl"):
        held.append(node.head)
        if node.head.dep_ == "pobj" and node.head.head.lower_ == "of":
            held.append(node.head.head.head)  # ("a meeting of ministers which was ...")
    return any(h.lemma_.lower() in TALK_NOUNS | {"conference"} or h.lower_ in TALK_NOUNS
               for h in held)


def _phrase_chain(noun: Token, head: Token) -> bool:
    """Whether `noun` hangs on `head` through prepositional phrases alone ("tariffs on 300
    mln dlrs in Japanese exports"), not through a clause or a conjunct."""
    node = noun
    while node.i != head.i:
        if node.dep_ not in ("pobj", "prep") or node.head is node:
            return False
        node = node.head
    return noun.i != head.i


def _conditional_refusal(verb: Token, coded: Coded, mod: str) -> bool:
    """Whether `verb` holds a refusal out on an "if/unless" condition: a rejection, or an
    agreement or cooperation denied, told with a modal of its own ("would not agree to X
    unless ...", "would suspend payments if the banks did not ...")."""
    if coded.event not in ("REJECT", "AGREE", "COOPERATE", "AID", "SUPPORT") or \
            not _held_out(verb) or not _conditional(verb):
        return False
    return mod == "negated" if coded.event != "REJECT" else mod != "negated"


def _answer_held_out(verb: Token) -> bool:
    """Whether `verb` is an answer of no stated means ("act", "react", "respond", "hit
    back") held out by a modal on an "if/unless" condition: "would act if their deficits
    grew", "will hit back if attacked"; not "will respond to the request if ...", an answer
    to a request, nor "would not react"."""
    lemma = verb.lemma_.lower()
    if lemma not in ANSWER_HELD_OUT_VERBS and not (
            lemma in ("hit", "strike") and any(c.dep_ in ("prt", "advmod") and c.lower_ == "back"
                                               for c in verb.children)):
        return False
    if any(c.dep_ in ("neg", "dobj") or c.dep_ == "prep" and c.lower_ in ("to", "on", "upon")
           for c in verb.children):
        return False
    return _conditional(verb) and _held_out(verb)


def _held_out(verb: Token) -> bool:
    """Whether `verb` is told as to come or as possible by a modal of its own ("will
    retaliate", "would retaliate", "may retaliate", "is going to retaliate"): an answer held
    out, not one given. A past report ("retaliated") or a bare mention is not."""
    return any(c.dep_ == "aux" and c.lower_ in HELD_OUT_MODALS for c in verb.children) or (
        verb.head is not verb and verb.head.lower_ == "going" and
        any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


# nouns naming a proposal whose author a rejection answers ("rejected the plan")
PROPOSAL_NOUNS = frozenset({"proposal", "plan", "proposition", "offer", "bid", "overture",
                            "request", "suggestion", "initiative", "scheme", "package",
                            "draft"})
# verbs of putting a proposal forward; those that need a particle name it
PROPOSE_VERBS = frozenset({"propose", "suggest", "offer", "submit", "unveil", "table", "put",
                           "present", "float", "draw"})
PARTICLE_PROPOSE = {"put": "forward", "draw": "up"}

# goods a levy falls on (_goods_owner)
LEVIED_GOODS = frozenset({"export", "import", "product", "goods", "good", "shipment"})
# hostile acts that retaliation answers (_answered)
ANSWERED_TYPES = frozenset({"ASSAULT", "COERCE", "SANCTION"})

HELD_OUT_MODALS = frozenset({"will", "would", "shall", "should", "may", "might", "could",
                             "'ll", "wo"})


def _question(verb: Token) -> bool:
    """Whether a verb of asking asks a question rather than for something: its clause is
    indirect ("asked whether/if/how ..."), or it is a bare participle whose subject is the
    one asked ("Asked about the attack, the king replied")."""
    if verb.lemma_.lower() not in QUESTION_VERBS:
        return False
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
            c.dep_ == "aux" for c in verb.children):
        return True
    if verb.dep_ == "advcl" and not any(c.dep_ in ("nsubj", "aux") for c in verb.children) \
            and any(c.lower_ == "when" for c in verb.children if c.i < verb.i):
        return True  # "When asked ..., Weinberger said": the parser may tag it past tense
    for c in verb.children:
        if c.dep_ in ("ccomp", "advcl") and (any(
                t.lower_ in ("whether", "if") or t.tag_ in ("WRB", "WP", "WDT")
                for t in c.children if t.i < c.i) or c.left_edge.i > verb.i and (
                c.left_edge.lower_ in ("whether", "if") or
                c.left_edge.tag_ in ("WRB", "WP", "WDT", "WP$"))):
            # "asked how much was left", "asked which countries would vote": the question
            # word may open the clause's subject rather than hang on its verb
            return True
    return False


def _retaliation(noun: Token) -> bool:
    """A noun naming a conflictual act as the answer to another's ("retaliation",
    "reprisals", "retaliatory measures", "countermeasures")."""
    return noun.lemma_.lower() in RETALIATION_NOUNS or any(
        c.lower_ in ("retaliatory", "punitive") for c in noun.children if c.dep_ == "amod")


def _consequence(inner: Token) -> Token | None:
    """The penalty an ultimatum names: "to resolve the row or face a deterioration", "to
    withdraw or risk war", "or else suffer": a conjunct right after "or" in the demanded act's
    clause that faces, risks or suffers something (the parser may join it to the act's object,
    or take "risk" for a noun's modifier)."""
    doc = inner.doc
    for t in inner.subtree:
        if t.dep_ != "conj" or t.i < 2:
            continue
        penalty = t if t.lemma_.lower() in PENALTY_VERBS else next(
            (x for x in t.children if x.i == t.i - 1 and x.lemma_.lower() in PENALTY_VERBS),
            None)
        if penalty is not None:
            before = doc[penalty.i - 1] if doc[penalty.i - 1].lower_ != "else" else \
                doc[penalty.i - 2]
            if before.lower_ == "or":
                return t
    return None


def _reported_fact(clause: Token) -> bool:
    """Whether a that-clause states what happened or is so ("insisted that Turkey had made
    great advances", "is living up to") rather than what should ("insisted that Turkey
    withdraw", "must withdraw", "had to withdraw")."""
    if clause.dep_ != "ccomp":
        return False
    modals = {c.lower_ for c in clause.children if c.tag_ == "MD"}
    if modals:
        # "insisted it would not bow to demands": what one will do is said, not asked;
        # "insisted that Turkey must withdraw" asks it
        return bool(modals & {"will", "would", "'ll", "wo"}) and \
            not modals & {"must", "should", "shall", "ought"}
    if clause.lemma_.lower() == "have" and any(c.dep_ == "xcomp" for c in clause.children):
        return False  # "had to withdraw"
    return clause.tag_ == "VBD" or (clause.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)) or (
        # "was living up to the pact"
        clause.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_.lower() == "be"
                                     for c in clause.children))


def _wrongdoing(verb: Token) -> bool:
    """Whether a clause tells a wrong: a verb of breaking a rule or a commitment (the verb
    dictionary's defiance of norms, CAMEO 128, and unfair trade), or a commitment not kept
    ("have not lived up to their pledge", "failed to honour the pact")."""
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    if lemma in WRONGDOING_VERBS:
        return not negated
    if lemma == "fail":
        return not negated and any(c.dep_ == "xcomp" and _keeps(c) for c in verb.children)
    return negated and _keeps(verb)


def _erred(verb: Token) -> bool:
    """Whether a clause judges its subject's conduct a misjudgement, with no verb of blame:
    an error made ("has committed a big mistake", "made a grave error"), understanding
    denied ("do not seem to understand", "failed to grasp", "does not appreciate"), or an
    act that makes no sense ("the measures did not make much sense")."""
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if lemma in ("make", "commit"):
        if negated:
            return lemma == "make" and any(o.lemma_.lower() == "sense" for o in objects)
        # (not "made no mistake")
        return any(o.lemma_.lower() in ERROR_NOUNS and not any(
            d.dep_ in ("det", "neg") and d.lower_ in ("no", "not") for d in o.children)
            for o in objects)
    if lemma in ("seem", "appear", "fail"):
        # ("do not seem to understand": the negation is on the verb of seeming)
        inner = [c for c in verb.children if c.dep_ == "xcomp" and _infinitive(c)]
        denied = negated != (lemma == "fail")
        return denied and any(c.lemma_.lower() in UNDERSTAND_VERBS and
                              not any(n.dep_ == "neg" for n in c.children) for c in inner)
    return negated and lemma in UNDERSTAND_VERBS


# pronouns by which a speaker names himself or his side
FIRST_PERSON = frozenset({"we", "i", "us", "our", "my"})


# nouns of a change in an amount, and the measures a side sets whose change is its act
CHANGE_NOUNS = frozenset({"rise", "increase", "hike", "cut", "reduction", "raising",
                          "lowering", "tightening", "easing"})
LEVER_NOUNS = frozenset({"rate", "tariff", "duty", "tax", "levy", "quota", "subsidy",
                         "ceiling", "limit", "requirement"})
# what an act may be said to go against: a rule or principle all should keep
NORM_NOUNS = frozenset({"system", "rule", "principle", "spirit", "law", "norm", "order",
                        "letter"})
# nouns of a misjudgement one makes or commits
ERROR_NOUNS = frozenset({"mistake", "error", "blunder", "misjudgment", "misjudgement",
                         "miscalculation"})
# verbs of grasping a situation: denied of another side, they criticise it
UNDERSTAND_VERBS = frozenset({"understand", "realise", "realize", "appreciate", "grasp",
                              "perceive", "comprehend"})


def _reporting_head(verb: Token) -> Token | None:
    """The verb of saying that reports a clause: its head for a that-clause ("said Japan had
    failed to keep the pact"); for a reason clause ("said he imposed the tariffs because Japan
    had failed to keep the pact", "said he was forced to act because ..."), the verb of
    saying that reports the clause it gives the reason of."""
    if verb.dep_ == "ccomp":
        return verb.head
    if not _reason(verb):
        return None
    head = verb.head
    while head.dep_ == "xcomp" and head.head is not head:
        head = head.head
    return head.head if head.dep_ == "ccomp" else None


def _keeps(verb: Token) -> bool:
    """"honour the pact", "comply with", "abide by", "live up to its pledge": keeping a
    commitment."""
    lemma = verb.lemma_.lower()
    if lemma == "live":
        return any(c.lower_ == "up" for c in verb.children)
    return lemma in KEEPING_VERBS


def _reciprocal(verb: Token) -> bool:
    """Whether `verb` is done by its subjects to one another: "accused each other", "blamed
    one another", "have each laid the blame on the other"."""
    each = any(c.lower_ == "each" for c in verb.children)
    for c in verb.children:
        objs = [c] if c.dep_ == "dobj" else [p for p in c.children if p.dep_ == "pobj"] \
            if c.dep_ == "prep" else []
        for o in objs:
            if o.lower_ in ("other", "another") and (
                    each or o.i > 0 and o.doc[o.i - 1].lower_ in ("each", "one")):
                return True
    return False


def _in_clause(tok: Token, top: Token) -> bool:
    """Whether `tok` sits in a clause of its own below `top`: "accused Greece of breaching the
    accord under which both sides agreed ...": "both sides" are the accord's, not the ones
    the accusation is aimed at."""
    t = tok
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ in ("relcl", "acl", "ccomp", "advcl", "pcomp") and t.pos_ in ("VERB", "AUX"):
            return True
        t = t.head
    return False


def _phrase_path(tok: Token, verb: Token) -> bool:
    """Whether `tok` sits in `verb`'s object or prepositional phrases, no clause between."""
    while tok.i != verb.i:
        if tok.dep_ not in ("dobj", "nsubjpass", "pobj", "prep", "compound", "nmod", "appos",
                            "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return True


def _joined_act(verb: Token) -> Token | None:
    """The act a verb of joining names in its "in" phrase: "participate with other lenders in
    providing a loan", "join the banks in rescheduling", "take part in financing"."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        heads = [c for c in verb.children if c.dep_ == "dobj" and c.lower_ == "part"] + [verb]
    elif lemma in JOIN_VERBS:
        heads = [verb]
    else:
        return None
    return next((g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                 for g in p.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)


def _pobjs(head: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of `head`'s prepositional phrases with one of `preps`."""
    return [p for c in head.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj"]


# What talks are measured in: "two days of talks", "a series of rounds of talks"
TALK_MEASURES = frozenset({"day", "days", "round", "rounds", "series", "week", "weeks", "hour",
                           "hours", "session", "sessions", "month", "months", "year", "years"})


# verbs whose subject meeting takes place ("the OPEC meeting opened", "the summit ended")
MEETING_HAPPENS = frozenset({"open", "begin", "start", "end", "close", "conclude", "convene",
                             "resume", "adjourn", "continue", "take", "finish", "break"})
# nouns of a meeting's parts and moments ("at the end of the meeting", "on the sidelines of the
# summit"): the meeting was held
MEETING_PARTS = frozenset({"start", "opening", "end", "close", "conclusion", "eve", "sideline",
                           "sidelines", "margin", "margins", "day", "session", "outcome",
                           "result", "communique", "agenda", "wake"})


def _meeting_only_named(noun: Token) -> bool:
    """A body's meeting the clause only talks about: the thing another noun is of ("a
    boycott of the ADB's meeting", "took a positive view of the OPEC meeting") or the subject
    of a verb that is not its taking place ("the G-7 meeting provides an opportunity"). Its
    holding is background, not the story's meeting ("AU leaders met for an AU summit")."""
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.lower_ == "of":
        owner = noun.head.head
        return owner.pos_ == "NOUN" and owner.lemma_.lower() not in MEETING_PARTS and \
            owner.lower_ not in MEETING_PARTS
    return noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX") and \
        noun.head.lemma_.lower() not in MEETING_HAPPENS


# nouns of a body's meeting besides "meeting" and "summit", when they name the body
BODY_GATHERINGS = frozenset({"gathering", "conference", "session"})
PRESS_WORDS = frozenset({"news", "press"})
# verbs by which a meeting is held: who attends, hosts, chairs or convenes it, or holds it
HOLDING_VERBS = frozenset({"attend", "host", "chair", "convene", "hold", "organise", "organize"})


def _meeting_held(noun: Token) -> bool:
    """A meeting told as held, by its holding verb: the object of one ("are to attend the
    meeting", "hosted the talks"), the subject of one in the passive ("the session was
    attended by twelve states") or a participle on the noun ("a meeting chaired by the
    World Bank", "a gathering of EC ministers held to prepare for ..."); also "take part in"
    and "participate in". Such a meeting is the act told, not background to it."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and \
            head.lemma_.lower() in HOLDING_VERBS:
        return True
    if noun.dep_ == "pobj" and head.lower_ in ("in", "at") and (
            head.head.lemma_.lower() == "participate" or
            head.head.lower_ == "part" and head.head.head.lemma_.lower() == "take"):
        return True
    # (the parser may hang the participle on the last noun of the "of" phrase: "a gathering
    # of EC ministers held to ...")
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HOLDING_VERBS
               for n in [noun, *_pobjs(noun, ("of",))] for c in n.children)


def _measured(noun: Token) -> Token:
    """The phrase a noun is measured by ("two days of talks" -> "days"), else the noun."""
    top = noun
    for _ in range(3):
        if top.dep_ == "pobj" and top.head.lower_ == "of" and \
                top.head.head.lemma_.lower() in TALK_MEASURES and top.head.head is not top.head:
            top = top.head.head
        else:
            break
    return top


def _finite_clause(tok: Token) -> bool:
    """Whether `tok` is a verb of a full clause of its own (a subject, a perfect or
    progressive auxiliary, no modal, no subordinator) that the parser hung from the next
    clause: "the government has closed their embassy ... and staff could be seen leaving"."""
    children = list(tok.children)
    return tok.pos_ == "VERB" and tok.dep_ == "advcl" and \
        any(c.dep_ == "nsubj" for c in children) and \
        any(c.dep_ == "aux" and c.lemma_.lower() in ("have", "be") for c in children) and \
        not any(c.tag_ == "MD" or c.dep_ == "mark" for c in children)


def _confirm_or_deny(verb: Token) -> bool:
    """Whether a denial (or a confirmation) is paired with its opposite: "would neither confirm
    nor deny", "declined to confirm or deny"; that is declining to comment."""
    pair = {"confirm", "deny"}
    lemma = verb.lemma_.lower()
    if lemma not in pair:
        return False
    other = pair - {lemma}
    linked = [c for c in verb.children if c.dep_ == "conj"] + (
        [verb.head] if verb.dep_ == "conj" else [])
    return any(t.lemma_.lower() in other for t in linked)


def _for_clause(verb: Token) -> Token | None:
    """The clause of "called for the embargo to be lifted", "appealed for both sides to
    exercise restraint"."""
    for c in verb.children:
        if c.dep_ in ("advcl", "ccomp") and c.pos_ in ("VERB", "AUX") and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
            return c
    return None


# verbs that bring talks to their planned end, and verbs that halt them (CAMEO 164)
CLOSING_VERBS = frozenset({"end", "conclude", "close", "finish", "complete", "wrap"})
BREAKING_VERBS = frozenset({"break", "suspend", "halt", "abandon", "freeze"})
SEVERING_VERBS = frozenset({"break", "sever", "cut", "suspend", "freeze", "downgrade"})
# what one "meets" without meeting anyone: "meet U.S. requests", "met the deadline"
SATISFIED_NOUNS = frozenset({"request", "demand", "need", "deadline", "target", "condition",
                             "criterion", "cost", "obligation", "requirement", "standard",
                             "expectation", "goal", "payment", "commitment", "quota",
                             "challenge", "term", "concern", "wish", "objective", "debt",
                             "bill", "shortfall", "criticism", "resistance", "opposition"})
# verbs of wanting: with another side as the complement's subject, a request
DESIRE_VERBS = frozenset({"want", "wish", "like", "prefer"})
RETALIATE_VERBS = frozenset({"retaliate", "reciprocate", "avenge"})
# answers of no stated means, a threat when held out on another side's act (_answer_held_out)
ANSWER_HELD_OUT_VERBS = frozenset({"act", "react", "respond"})
VOW_VERBS = frozenset({"vow", "promise", "pledge"})
# acts a promise can deny doing ("promised it would not attack"): an assurance of restraint
HOSTILE_TYPES = frozenset({"THREATEN", "ASSAULT", "COERCE", "SANCTION", "MOBILIZE", "ACCUSE",
                           "PROTEST"})
RETRACT_VERBS = frozenset({"withdraw", "drop", "retract", "abandon", "scrap", "rescind"})
# demands, claims and objections one side can give up
RETRACTED_NOUNS = frozenset({"request", "demand", "objection", "complaint", "claim",
                             "opposition", "veto", "condition", "precondition", "protest",
                             "threat", "ultimatum", "call", "insistence", "reservation"})
# Phoenix agent sectors of armed forces ("warplanes", "troops", "navy")
FORCE_SECTORS = frozenset({"MIL", "COP", "SPY"})
FORCE_NOUNS = frozenset({"force", "jet", "aircraft", "plane", "gunboat", "artillery",
                         "bomber", "helicopter", "missile"})
# the meetings of bodies, held wherever they are held
PERIODIC_WORDS = frozenset({"annual", "biennial", "plenary", "ministerial", "semi-annual",
                            "semiannual", "general", "yearly", "quarterly"})
# verbs that accuse only when they state what was done ("charged that ..."): charging a fee or
# a price is no accusation
CHARGING_VERBS = frozenset({"charge"})
VENGEANCE_NOUNS = frozenset({"revenge", "vengeance", "retaliation", "reprisal", "retribution",
                             "punishment"})
# nouns of an intended act: "announced plans to impose tariffs", "its intention to send aid"
PLAN_NOUNS = frozenset({"plan", "intention", "intent", "readiness", "willingness"})
# talks on joining a body or union ("membership talks", "accession talks")
ACCESSION_WORDS = frozenset({"membership", "accession", "entry", "admission"})
# verbs that answer another side's plan ("would accept a superpower plan to ban missiles"):
# the plan's act is not the speaker's own announced intent
ANSWER_VERBS = frozenset({"accept", "reject", "oppose", "welcome", "support", "back",
                          "endorse", "criticise", "criticize", "condemn", "approve"})
# nouns whose "to" infinitive is their owner's own act, done or to come ("Reagan's decision to
# impose tariffs", "Bonn's plan to cut aid"); not a refusal, threat or offer, which say the
# act is not done
DECIDED_NOUNS = frozenset({"decision", "move", "plan", "step", "order"})


def _warned_off_own_act(verb: Token) -> bool:
    """A warning to a side against doing something ("warned Germany against raising its
    rates", "cautioned Tokyo against setting quotas"): the warned side's own act is judged,
    and nothing the speaker would do is said (no "or face ...", no "that it would ...")."""
    if verb.lemma_.lower() not in ("warn", "caution") or not any(
            c.dep_ == "dobj" for c in verb.children) or any(
            c.dep_ in ("ccomp", "conj", "advcl") or (c.dep_ == "cc" and c.lower_ == "or")
            for c in verb.children):
        return False
    return any(p.dep_ == "pcomp" and p.tag_ == "VBG" and not any(
        o.dep_ == "cc" and o.lower_ == "or" for o in p.children)
        for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
        for p in c.children)


def _forecast(verb: Token, inner: Token | None) -> bool:
    """A warning that foresees what others or things will do is no threat: "warned that
    OPEC's prices could face pressure", "said the dispute threatened to become a trade war".
    A threat is the speaker's own act held out ("warned it would retaliate") or a warning
    addressed to someone ("warned Iran against ...")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() == "threaten":
        return subj is not None and subj.pos_ == "NOUN" and subj.ent_type_ == "" and \
            subj.lemma_.lower() in FORECAST_SUBJECTS
    if verb.lemma_.lower() != "warn" or inner is None or inner.dep_ != "ccomp" or any(
            c.dep_ in ("dobj", "dative") for c in verb.children):
        return False
    said_of = next((c for c in inner.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if said_of is None or said_of.dep_ == "nsubjpass":
        return False  # "warned that attacks would be answered with force": by the speaker
    # "warned (that) it/they/we would ...", "warned that police will no longer tolerate":
    # the speaker's own act, or that of the state's own forces
    return said_of.lower_ not in ("it", "they", "we", "i", "he", "she") and \
        get_agents().get(said_of.lemma_.lower()) not in STATE_SECTORS


STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
# things that "threaten to" do something: a development, not a side
FORECAST_SUBJECTS = frozenset({"dispute", "row", "conflict", "crisis", "war", "situation",
                               "issue", "problem", "move", "decision", "plan", "measure",
                               "policy", "tension", "tensions", "fighting", "violence",
                               "trend", "development", "shortage", "surplus", "rise", "fall",
                               "decline", "drop", "slump", "protectionism", "deficit"})


def _planned_act(verb: Token) -> Token | None:
    """The act in an intent noun that `verb` takes as object ("unveiled plans to cut aid")."""
    for c in verb.children:
        if c.dep_ == "dobj" and c.lemma_.lower() in PLAN_NOUNS:
            for a in c.children:
                if a.dep_ in ("acl", "relcl") and a.pos_ == "VERB" and any(
                        x.dep_ == "aux" and x.lower_ == "to" for x in a.children):
                    return a
    return None


def _infinitive(verb: Token) -> bool:
    """Whether a complement is a "to" infinitive ("told Japan to open its market"), as an
    order takes, not a clause the parser hung as one ("told reporters Bankers Trust is
    consulting", "told the BBC's Breakfast with Frost show the money would not ...": what was
    said, no order)."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to"
                                     for c in verb.children)


def _complement(verb: Token, start: int = 0) -> Token | None:
    """The complement clause of `verb`, from token `start` on (a headline the parser hung on
    the lead's verb is none of its complements)."""
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX") and c.i >= start:
            return c
    return None


LEAD_SENTENCES = 2
# verbs of saying that report a claim about another side ("said", "alleged", "charged")
REPORTING_VERBS = frozenset(SPEECH_VERBS | {"allege", "charge", "contend", "argue", "complain",
                                            "maintain", "note", "point"})
# the dictionary's defiance of a norm or a pact (CAMEO 128: "violate", "breach", "flout",
# "defy", "contravene") and the wrongs of trade law a side is charged with
WRONGDOING_VERBS = frozenset({"violate", "breach", "flout", "defy", "contravene", "infringe",
                              "dump", "abuse", "cheat", "renege", "circumvent", "evade",
                              "disregard"})
KEEPING_VERBS = frozenset({"honour", "honor", "comply", "abide", "keep", "fulfil", "fulfill",
                           "respect", "observe", "implement", "adhere", "stick"})
