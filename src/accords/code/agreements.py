"""Agreements: one record per instrument, with its parties, status, subject and sectors.

An instrument is a noun that names one ("agreement", "pact", "memorandum of understanding",
"roadmap"...) or a clause "A and B agreed to <do something>". Its scope is the text from the
noun to the next instrument in the same sentence, so coordinated instruments ("readmission
agreement and cooperation pact between ...") each get their own parties. Parties come, in
order of strength, from "between / with / involving" phrases in the scope, institutions named
in the scope, and the subject of the verb that signs or agrees. Enumerations ("These included
agreements between A and B, as well as between C and D") give one record per "between".
Definite mentions ("the deal", "under this agreement") add evidence to the record they refer to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from accords.code.lexicon import VISIT_NOUNS, get_agents
from accords.code.modality import SPEECH_VERBS, agreeing_unmade, modality
from accords.code.sectors import complete_sectors, rank_sectors
from accords.gazetteer import get_gazetteer
from accords.resolve.actors import CURRENCY_WORDS, ActorTable, Draft, several_datelines
from accords.resolve.dateline import dateline_dates
from accords.resolve.dates import names_a_day
from accords.resolve.places import geocode

# lemma -> instrument class (CONTRACT.md vocabulary)
INSTRUMENT_LEMMAS = {
    "agreement": "agreement", "accord": "agreement", "pact": "agreement", "deal": "agreement",
    "arrangement": "agreement", "treaty": "treaty", "convention": "treaty",
    "protocol": "protocol", "roadmap": "roadmap", "memorandum": "mou", "memoranda": "mou",
    "mou": "mou", "declaration": "declaration", "communique": "declaration",
    "contract": "contract",
}
# verbs of lending or borrowing that make a loan an agreement between the two sides named
LENDING_VERBS = {"approve", "extend", "grant", "provide", "give", "receive", "obtain"}
# verbs that make a joint venture: the partners' agreement to do so is the record
MAKING_VERBS = {"set", "form", "establish", "create", "launch", "start", "found"}
# verbs of getting a contract awarded: the other side is the state where the work is done
WINNING_VERBS = {"win", "award", "secure", "land"}
# financial instruments count only as the object of a signing verb ("signed for a credit")
FINANCIAL_LEMMAS = {"facility": "agreement", "loan": "agreement", "credit": "agreement",
                    "package": "agreement"}

STATUS_VERBS = {
    "sign": "signed", "ink": "signed", "seal": "signed", "conclude": "signed",
    "formalise": "signed", "formalize": "signed", "finalise": "signed", "finalize": "signed",
    "strike": "signed", "clinch": "signed", "initial": "initialled", "agree": "agreed",
    "reach": "agreed", "extend": "extended", "renew": "extended", "prolong": "extended",
    "ratify": "ratified", "amend": "amended", "terminate": "terminated", "cancel": "terminated",
    "scrap": "terminated", "denounce": "terminated", "abrogate": "terminated",
    "annul": "terminated", "revoke": "terminated", "suspend": "suspended",
    "negotiate": "negotiating",
    "discuss": "negotiating", "approve": "agreed", "endorse": "agreed", "adopt": "agreed",
    # asking for an accord is opening its negotiation: "will seek a memorandum with Japan"
    "seek": "negotiating", "propose": "negotiating", "pursue": "negotiating",
}
# acts only a side can do (a third party may welcome, endorse or denounce an accord)
PARTY_ONLY_STATUSES = {"signed", "initialled", "ratified"}
# sectors of the non-state groups that can be a side of an accord (rebels, opposition, parties)
SIDE_GROUP_SECTORS = {"REB", "OPP", "PTY"}
# verbs of talking: agreeing to them is agreeing to talk
TALK_VERBS = {"meet", "talk", "negotiate", "discuss", "consult", "confer"}
# acts against an instrument that exists already: its mention is no record of its own
VIOLATING_VERBS = {"breach", "violate", "flout", "contravene", "infringe", "disregard",
                   "ignore", "undermine"}
# a sale agreed between named sides: the preposition that names the other side ("buy cranes
# from Yugoslavia", "sell rice to Iran"); "supply Iran with oil" names it as the object
TRADE_VERBS = {"buy": "from", "purchase": "from", "import": "from", "acquire": "from",
               "order": "from", "lease": "from", "sell": "to", "supply": "to", "export": "to",
               "deliver": "to", "ship": "to"}
# verbs of buying a firm, or a part of one: the purchase is a deal between buyer and seller
ACQUIRING_VERBS = {"buy", "acquire", "purchase"}
# nouns of one firm buying another: "the takeover of X by Y", "Y's acquisition of X"
ACQUIRING_NOUNS = {"takeover", "acquisition", "purchase", "buyout"}
# "approved a plan for the port authority to buy cranes from Metalna": a decision that adopts
# a deal laid out in its object
ADOPTING_VERBS = {"approve", "endorse", "authorise", "authorize", "ratify"}
ADOPTED_NOUNS = {"plan", "proposal", "scheme", "project", "programme", "program"}
# modifiers of an instrument that does not exist yet
UNREALISED = {"possible", "potential", "prospective", "eventual", "proposed", "planned",
              "draft", "hypothetical"}
# words that state an aim: "talks aimed at reaching", "in order to conclude", "with a view to"
PURPOSE_WORDS = {"aim", "design", "intend", "gear", "direct", "order", "view", "bid", "effort"}
# nouns of striving for an accord not yet reached: "in pursuit of", "hopes of", "prospects for"
PURSUIT_NOUNS = {"pursuit", "search", "quest", "hope", "prospect", "possibility", "chance",
                 "bid", "drive", "push", "effort", "attempt"}
# nouns of putting an accord forward: "a proposal for a separate agreement" (not "the proposal
# for this agreement that Bush has signed": one named as existing); events.PROPOSAL_NOUNS is the
# wider class of things a rejection can answer
ACCORD_PROPOSAL_NOUNS = {"proposal", "proposals"}
# verbs of trying: "is trying to strike a deal" reports talks under way, not a signing
ATTEMPT_VERBS = {"try", "attempt", "strive", "struggle", "endeavour", "endeavor", "work"}
# verbs of weighing an accord that does not exist yet: "is considering a defence pact"
WEIGHING_VERBS = {"consider", "contemplate", "study", "explore", "mull", "weigh", "examine",
                  "eye", "envisage", "envision", "float"}
# nouns of talks: an instrument they are "on" or "for" is under negotiation
NEGOTIATION_NOUNS = {"talk", "talks", "negotiation", "negotiations", "discussion",
                     "discussions", "consultation", "consultations", "round"}
# what a debtor negotiates with its lenders: "talks with the IMF on a standby credit",
# "negotiating with banks for new loans", "negotiations to reschedule its debt"
FINANCE_DEAL_NOUNS = {"loan", "credit", "package", "facility", "rescheduling", "restructuring",
                      "refinancing", "financing", "repayment", "standby", "stand-by"}
FINANCE_DEAL_VERBS = {"reschedule", "restructure", "refinance"}
# words of a sum's size: "a 250 mln dlr loan" is about no "mln"
MAGNITUDE_WORDS = {"mln", "bln", "billion", "million", "trillion", "thousand", "pct"}
# verbs whose subject holds the talks they take as object: "Chile opened talks with ..."
TALKS_HOLDING_VERBS = {"hold", "open", "begin", "start", "resume", "continue", "conduct",
                       "have", "launch", "enter", "pursue", "complete", "conclude", "reopen"}
# verbs that end talks with their aim reached: "negotiations on the loan were completed"
CONCLUDING_VERBS = {"complete", "conclude", "finish", "finalise", "finalize", "wrap"}
# Nouns that refer back to firms: "the two firms signed", "both companies"
FIRM_NOUNS = {"firm", "company", "group", "bank", "carmaker", "maker", "partner", "airline",
              "corporation", "concern", "lender", "insurer", "operator", "producer"}
# the lenders of a debtor ("foreign banks", "creditors") and the bodies that speak for them
# ("its bank advisory committee", "a syndicate of banks")
LENDER_NOUNS = {"bank", "creditor", "lender"}
LENDER_BODIES = {"committee", "panel", "syndicate", "consortium", "group", "club"}
LENDERS_KEY = "group:BUS:None:creditors"  # the key the event coder gives them too
PARTY_MARKERS = {"between", "with", "involving", "among", "amongst"}
# "X, a unit of Y": nouns of an apposition that names X's parent, which is no side
PARENT_NOUNS = {"unit", "subsidiary", "division", "affiliate", "arm", "offshoot"}
DETERMINERS_DEFINITE = {"the", "this", "that", "these", "those", "its", "their", "such"}
# "this agreement", "that deal": always the one already mentioned
DEMONSTRATIVES = {"this", "that", "these", "those"}
# "any future agreement", "no deal": a kind of instrument, not one that exists
DETERMINERS_GENERIC = {"any", "no", "every", "each", "whatever"}
GENERIC_MODIFIERS = {
    "a", "an", "the", "this", "that", "these", "those", "new", "several", "multiple", "various",
    "similar", "bilateral", "two", "three", "four", "five", "first", "second", "series", "such",
    "its", "their", "his", "her", "our", "other", "further", "more", "signed", "formal", "joint",
    "preliminary", "landmark", "historic", "major", "separate", "some", "all", "both",
    # when, how firmly or how openly it stands, not what it is about
    "recent", "earlier", "previous", "latest", "current", "existing", "original", "final",
    "interim", "tentative", "draft", "proposed", "planned", "possible", "potential",
    "confidential", "secret", "official", "alternative", "mutual", "long-awaited",
    "controversial", "key", "important", "broad", "wide-ranging", "binding", "nonbinding",
    "non-binding", "legally", "informal", "comprehensive", "provisional", "temporary",
}


# groups of states that are no organisation: an accord of the group is one of its members
GROUP_MEMBERS = {
    "Group of Five": {"DEU", "FRA", "GBR", "JPN", "USA"},
    "Group of Seven": {"CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"},
}


def _body_entry(name: str) -> dict | None:
    return get_gazetteer().international(name)


def _lending_body(body: dict) -> bool:
    """The IMF, the World Bank, development banks: bodies whose accords are loans to a
    debtor, never among their members."""
    code = body.get("code") or ""
    return "IMF" in code or "DEV" in code or any(
        w in ("fund", "bank") for w in body["name"].lower().split())


@dataclass
class AgreementDraft:
    instrument: str
    head: int  # token index of the instrument noun (or the "agree" verb)
    verb: Token | None
    parties: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    status: str | None = None
    modality: str = "asserted"
    subject: str = ""
    sectors: list[str] = field(default_factory=list)
    evidence: list[tuple[int, int]] = field(default_factory=list)  # char offsets (sentences)
    signers: list[str] = field(default_factory=list)
    date_tokens: list[Span] = field(default_factory=list)
    place: str | None = None
    confidence: float = 0.6
    # the status was not reported but inferred ("an agreement between A and B" exists, so it
    # was at least agreed): the article reports no act on it
    status_inferred: bool = False


def is_lenders(key: str) -> bool:
    """Whether an actor key is a debtor's lenders (`AgreementCoder._lender_side`)."""
    return key.startswith("group:BUS:None:")


def instrument_class(tok: Token) -> str | None:
    lemma = tok.lemma_.lower()
    lower = tok.lower_
    if lower in ("mou", "mous"):
        return "mou"
    if lemma in INSTRUMENT_LEMMAS or lower in INSTRUMENT_LEMMAS:
        return INSTRUMENT_LEMMAS.get(lemma) or INSTRUMENT_LEMMAS[lower]
    if lemma in ("map",) and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "road":
        return "roadmap"
    if lemma in ("plan", "programme", "program") and tok.i > 0 and \
            tok.doc[tok.i - 1].lower_ in ("action", "cooperation", "co-operation"):
        return "roadmap"
    if lemma == "statement" and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "joint":
        return "declaration"
    if lemma == "venture" and any(c.lower_ == "joint" and c.dep_ in ("amod", "compound")
                                  for c in tok.children):
        # "set up a joint venture with X": an agreement between the partners
        return "agreement"
    if lemma == "letter" and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of" \
            and tok.doc[tok.i + 2].lower_ == "intent":
        return "letter_of_intent"
    return None


def _purpose_of_instrument(tok: Token) -> bool:
    """"concluded an agreement with B to establish a joint venture": the object of a purpose
    clause the parser hangs on the verb whose object is an instrument is what that
    instrument is for, not an instrument of its own."""
    clause = tok.head
    if tok.dep_ != "dobj" or clause.dep_ not in ("advcl", "xcomp") or not _purpose_clause(clause):
        return False
    return any(c.dep_ in ("dobj", "nsubjpass") and c.i < clause.i and instrument_class(c)
               for c in clause.head.children)


def governing_verb(tok: Token) -> Token | None:
    """The verb that does something with the instrument: signs it, agrees it, extends it."""
    for child in tok.children:
        if child.dep_ in ("acl", "relcl") and child.lemma_ in STATUS_VERBS and \
                not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children) and \
                not _framed_by(child) and not _instrument_acts(child):
            return child  # "an accord signed last year", not "a deal to suspend repayments"
    t = tok
    for _ in range(4):
        if t.head is t:
            break
        t = t.head
        if t.pos_ in ("VERB", "AUX"):
            return t
    return None


def _instrument_acts(clause: Token) -> bool:
    """"an agreement that will extend a moratorium", "a pact which suspends the tariffs":
    a relative clause whose pronoun is the subject of a verb with an object of its own tells
    what the instrument does, not an act on it."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children) and any(
        c.dep_ == "dobj" for c in clause.children)


def _speech_over(tok: Token) -> Token | None:
    """The verb of saying whose reported clause `tok` is in ("A said [the deal ...]")."""
    node = tok
    while node.dep_ != "ccomp" and node.head.i != node.i:
        node = node.head
    if node.dep_ != "ccomp" or node.head.lemma_.lower() not in SPEECH_VERBS:
        return None
    return node.head


def _framed_by(clause: Token) -> bool:
    """"the accord under which both sides agreed to ...": a relative clause whose pronoun
    sits in a preposition tells what the instrument provides, not an act on it."""
    return clause.dep_ == "relcl" and any(
        c.dep_ == "prep" and any(o.tag_ == "WDT" for o in c.children) for c in clause.children)


# verbs of keeping to an accord: what one honours or abides by binds already
KEEPING_VERBS = {"honor", "honour", "keep", "observe", "respect", "uphold", "fulfil", "fulfill"}
# the same with their preposition: "abide by", "comply with", "adhere to", "live up to"
KEEPING_PREPS = {("abide", "by"), ("comply", "with"), ("adhere", "to"), ("stick", "to"),
                 ("live", "to")}


def _kept(head: Token) -> bool:
    """"Japan honoured the pact it signed last year", "failed to abide by the accord",
    "was living up to its pact": an instrument one keeps to (or fails to) is in force,
    whatever act on it the sentence recalls."""
    if head.dep_ == "dobj" and head.head.lemma_.lower() in KEEPING_VERBS:
        return True
    prep = head.head if head.dep_ == "pobj" else None
    if prep is None or prep.dep_ != "prep":
        return False
    verb = prep.head
    if verb.dep_ in ("prt", "advmod", "prep") and verb.lower_ == "up":
        verb = verb.head  # "living up to": "to" may hang on the particle
    return verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower(), prep.lower_) in KEEPING_PREPS


def status_of(verb: Token | None, head: Token) -> str | None:
    words = {t.lower_ for t in head.subtree} | {head.doc[max(0, head.i - 2)].lower_}
    acted = _act_on_existing(verb, head)
    if acted:
        return acted  # "terminated an agreement in principle", "withdrew from the treaty"
    if _kept(head):
        return "in_force"
    if "preliminary" in words or "principle" in words:
        return "agreed"
    # "talks on a trade agreement", "progress towards an accord": still being negotiated
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and (prep.lower_ in ("toward", "towards") or (
            prep.lower_ in ("on", "for", "over", "about") and
            prep.head.lemma_.lower() in NEGOTIATION_NOUNS) or (
            # "in pursuit of an arms agreement", "hopes of a deal", "prospects for an accord"
            prep.lower_ in ("of", "for") and prep.head.lemma_.lower() in PURSUIT_NOUNS) or (
            prep.lower_ == "for" and prep.head.lower_ in ACCORD_PROPOSAL_NOUNS and not any(
                c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") or c.dep_ == "relcl"
                for c in head.children)) or (
            # "negotiation of a trade agreement", "the proposed conclusion of a pact"
            prep.lower_ == "of" and (prep.head.lemma_.lower() in ("negotiation", "negotiations")
                                     or any(c.dep_ == "amod" and c.lower_ in UNREALISED
                                            for c in prep.head.children)))
            or (prep.lower_ == "to" and prep.head.lemma_.lower() in EXPECTING_WORDS)):
        return "negotiating"
    if head.dep_ == "nsubj" and verb is not None and _near(verb):
        return "negotiating"  # "an agreement seems close at hand", "a deal is near"
    if verb is not None and verb.lemma_.lower() in STATUS_VERBS and \
            STATUS_VERBS[verb.lemma_.lower()] in ("agreed", "signed") and _expected(verb):
        return "negotiating"  # "optimistic about reaching an agreement": not reached yet
    if verb is not None and verb.tag_ == "VBG" and verb.dep_ == "pcomp" and \
            verb.head.lower_ in ("on", "about", "over", "for") and \
            verb.head.head.lemma_.lower() in NEGOTIATION_NOUNS:
        return "negotiating"  # "talks on signing an economic pact": the signing is the aim
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    if lemma in ("extend", "run", "last") and head.dep_ in ("nsubj",) and verb.i > head.i \
            and not any(c.dep_ == "dobj" for c in verb.children) or (
                lemma in ("extend", "run", "last") and verb.dep_ == "relcl" and
                verb.head.i == head.i and not any(c.dep_ == "dobj" for c in verb.children)):
        return "in_force"  # "the pact, which runs until 1990", "an accord that extends to 1988"
    # "entered into an agreement with X": concluded it
    if lemma == "enter" and prep is not None and prep.lower_ == "into" and prep.head.i == verb.i:
        return "signed"
    if lemma in STATUS_VERBS:
        return STATUS_VERBS[lemma]
    if lemma in ("be", "have") and any(c.lemma_ in ("effect", "force") for c in verb.subtree):
        return "in_force"
    # "has now been extended", "was agreed during talks": a conjoined or dependent status verb
    for c in verb.children:
        if c.lemma_ in STATUS_VERBS and c.dep_ in ("conj", "xcomp"):
            return STATUS_VERBS[c.lemma_]
    return None


# statuses of an act on an accord that already exists: they outrank what its name says of how
# far it got ("terminated an agreement in principle")
LATER_STATUSES = {"terminated", "suspended", "extended", "amended", "ratified"}
# verbs that end an accord when its side leaves it: "withdrew from", "pulled out of"
LEAVING = {("withdraw", "from"), ("pull", "of"), ("pull", "from"), ("walk", "of"),
           ("back", "of")}


def _act_on_existing(verb: Token | None, head: Token) -> str | None:
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    prep = head.head if head.dep_ == "pobj" else None
    if prep is not None and (lemma, prep.lower_) in LEAVING and (
            prep.head.i == verb.i or (prep.head.dep_ in ("prt", "advmod", "prep") and
                                      prep.head.head.i == verb.i)):
        return "terminated"  # "pulled out of the pact": "of" may hang on the particle
    if head.dep_ in ("dobj", "nsubjpass") and head.head.i == verb.i and \
            STATUS_VERBS.get(lemma) in LATER_STATUSES:
        return STATUS_VERBS[lemma]
    return None


# nouns of "in accordance with", "in breach of": the instrument is the measure of an act
REFERENCE_NOUNS = {"accordance", "line", "compliance", "conformity", "violation", "breach",
                   "contravention", "keeping", "pursuance"}


def _frame_of_reference(head: Token) -> bool:
    """An instrument cited as the frame of another act ("its obligations under the 1992 gas
    accord", "signed a protocol under the 1950 treaty", "in breach of the ceasefire
    agreement") is no act on it; one signed or agreed in the same phrase ("under the accord
    signed on Monday") is."""
    if head.dep_ != "pobj":
        return False
    prep = head.head
    # ("has grown since the 1965 treaty": a point in time, not an act on it)
    cited = prep.lower_ in ("under", "since", "until", "before", "after") or (
        prep.lower_ in ("with", "of", "to") and prep.head.lower_ in REFERENCE_NOUNS | {
            "pursuant", "according"})
    # "under a new ten-year accord, Iran will supply ...": an indefinite one is introduced
    known = any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.children)
    return cited and known and not any(c.dep_ in ("acl", "relcl") and c.lemma_ in STATUS_VERBS
                                       for c in head.children) and not _participle_above(prep)


def _participle_above(prep: Token) -> bool:
    """"Under the accord, clinched on Thursday in Paris, ...": the parser may hang the phrase
    on the participle set off after it, with no subject of its own; that participle is still
    what was done to the instrument, as "the accord clinched on Thursday" is."""
    verb = prep.head
    return verb.i > prep.i and verb.tag_ in ("VBN", "VBD") and verb.lemma_ in STATUS_VERBS and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


# first halves of a pair of nations that are no name of their own: "Franco-German", "Sino-"
COMBINING_FORMS = {"franco": "FRA", "sino": "CHN", "anglo": "GBR"}


def _joined_countries(word: str) -> list[str]:
    """The states of one token joining two or more ("U.S.-Japan", "U.S./Soviet",
    "U.K.-U.S.", "Sino-Soviet"), which the tokenizer keeps whole after an abbreviation; [] when
    a part is no state ("U.S.-made", "Coca-Cola")."""
    parts = re.split(r"(?<=[A-Za-z.])[-/](?=[A-Z])", word)
    if len(parts) < 2:
        return []
    gz = get_gazetteer()
    out: list[str] = []
    for part in parts:
        iso = None
        for form in dict.fromkeys((part, part.title() if not part.endswith(".") else part)):
            iso = gz.country(form) or gz.demonym(form) or COMBINING_FORMS.get(form.lower())
            if iso:
                break
        if iso is None:
            return []
        if iso not in out:
            out.append(iso)
    return out if len(out) >= 2 else []


def _names_the_instrument(head: Token, of: Token) -> bool:
    """Whether an "of" phrase is part of the instrument's name: "memorandum of understanding",
    "letter of intent", "protocol of intent", not its content ("a protocol of cooperation in
    energy" keeps "cooperation in energy")."""
    if head.lower_.startswith("memorand"):
        return True
    return any(o.dep_ == "pobj" and o.lower_ in ("intent", "intention", "understanding")
               and not list(o.children) for o in of.children)


def _content_words(subject: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]{3,}", subject.lower())} - GENERIC_MODIFIERS - {
        "and", "the", "for", "with", "between", "from"}


# what a debtor's one deal with its lenders is called in passing: "a debt accord", "the
# rescheduling agreement", "the refinancing deal"
DEBT_DEAL_WORDS = FINANCE_DEAL_NOUNS | {"debt", "debts"}


def _same_debt_deal(a: AgreementDraft, b: AgreementDraft) -> bool:
    """"a rescheduling agreement with its creditors" ... "a debt accord reached with its
    creditor banks": two mentions named only by the debt they settle, between the same
    sides (a lender among them), are one deal."""
    wa, wb = _content_words(a.subject), _content_words(b.subject)
    return bool(wa and wb) and wa <= DEBT_DEAL_WORDS and wb <= DEBT_DEAL_WORDS and \
        set(a.parties) == set(b.parties) and len(a.parties) >= 2 and \
        any(is_lenders(k) or k.startswith("igo:") for k in a.parties)


def _phrase_tokens(prep: Token) -> list[Token]:
    """The tokens of a preposition's object, its conjuncts and modifiers, without the phrases
    nested in it: "with the rebels at a camp on the border with X" -> "the rebels"; "of"
    phrases stay ("with the government of X")."""
    out: list[Token] = []
    stack = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    while stack:
        t = stack.pop()
        out.append(t)
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ != "of":
                continue
            if c.dep_ in ("relcl", "acl", "advcl") or (
                    c.dep_ == "appos" and c.lemma_.lower() in PARENT_NOUNS):
                continue  # nor "X, a unit of Y": Y is X's parent
            stack.append(c)
    return sorted(out, key=lambda t: t.i)


def _purpose_clause(tok: Token) -> bool:
    """"a deal to supply X": an infinitive on the instrument says what it is for."""
    return tok.pos_ == "VERB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


SUBJECT_WORDS = 12  # a subject is a noun phrase of about a dozen words at most


def _whole_phrases(root: Token, limit: int) -> list[Token]:
    """The words of `root`'s phrase, built from whole dependents in order while they fit in
    `limit` words (a dependent too long to take whole is taken the same way with the room
    left), so that a subject never ends inside a name or a possessive ("a joint venture with
    Britain 's"); relative pronouns, auxiliaries, "to", clauses of time or condition and
    their punctuation are left out ("that would lead to ..." -> "lead to ...")."""
    words = _phrase(root, limit)
    while words and (words[0].lower_ in ("to", "that", "which", "who") or
                     words[0].dep_ in ("aux", "mark")):
        words = words[1:]
    return words


def _phrase(root: Token, limit: int) -> list[Token]:
    skip = ("aux", "auxpass", "nsubj", "nsubjpass", "mark", "punct", "neg", "advmod",
            "appos", "parataxis")
    lefts = [] if root.dep_ in ("acl", "relcl") else [
        t for c in root.lefts if c.dep_ not in skip for t in c.subtree]
    words = lefts + [root]
    if len(words) > limit:
        return []
    for c in root.rights:
        # not the dependents after a clause of its own ("... when it expires in March")
        if c.dep_ in ("relcl", "parataxis") or c.lower_ in (",", ";", "--") or (
                c.dep_ == "advcl" and any(m.dep_ == "mark" or m.tag_ == "WRB"
                                          for m in c.children)):
            break
        if c.dep_ in skip:
            continue
        sub = [t for t in c.subtree if not t.is_space]
        if len(words) + len(sub) <= limit:
            words += sub
            continue
        room = limit - len(words)
        if room >= 2:
            words += _phrase(c, room)
        break
    words = [t for t in sorted(words, key=lambda t: t.i) if not t.is_space]
    # never end on a word that needs what was cut: "of", "the", "and", "Britain 's"
    while len(words) > 1 and (words[-1].dep_ in ("prep", "det", "cc", "case", "poss",
                                                 "punct", "aux", "mark") or
                              words[-1].pos_ in ("ADP", "DET", "CCONJ")):
        words.pop()
    return words


def _text(tokens: list[Token]) -> str:
    """Tokens as written ("VSMPO-Avisma", "Russia's"), gaps closed with one space."""
    out = ""
    for n, t in enumerate(tokens):
        out += t.text
        if n + 1 < len(tokens):
            out += t.whitespace_ if tokens[n + 1].i == t.i + 1 else " "
    return out


def _deictic(ent: Span) -> bool:
    """"today", "tonight", "this morning": relative to when the report was written."""
    return re.fullmatch(r"(?:today|tonight|this (?:morning|afternoon|evening))", ent.text.lower(
    ).strip()) is not None


# verbs and nouns of asking: an instrument they are "for" is wanted, not agreed
ASKING_WORDS = {"press", "push", "call", "ask", "appeal", "hope", "wait", "lobby", "campaign",
                "plead", "pressure", "clamour", "clamor", "demand", "plea", "pray", "yearn"}


def _wished_for(tok: Token) -> bool:
    """"with the US pressing for a quick deal", "calls for a new treaty": an instrument
    someone asks for does not exist yet (the asking is an event of its own)."""
    prep = tok.head if tok.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "for" and \
        prep.head.lemma_.lower() in ASKING_WORDS


def _talks_held(verb: Token) -> Token | None:
    """The talks a verb holds ("held talks", "opened negotiations"), if its object is talks."""
    return next((c for c in verb.children if c.dep_ == "dobj" and
                 c.lemma_.lower() in NEGOTIATION_NOUNS), None)


def _talks_in_pursuit(tok: Token) -> Token | None:
    """"holding talks ... in pursuit of an arms agreement": the talks that pursue it."""
    prep = tok.head if tok.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("of", "for") or \
            prep.head.lemma_.lower() not in PURSUIT_NOUNS:
        return None
    noun = prep.head
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    above = noun.head.head
    if above.lemma_.lower() in NEGOTIATION_NOUNS:
        return above
    if above.pos_ == "VERB":
        return _talks_held(above)
    return None


def _talks_over_finance(tok: Token) -> Token | None:
    """The talks (noun, or the verb "negotiate") whose matter is a financial deal: "talks
    with the IMF on a standby credit", "negotiating with banks for 2 billion dlrs in new
    loans", "negotiations on rescheduling its debt", "negotiations to restructure its debt";
    not talks in an attempt to reach one ("negotiations ... in an attempt to reschedule")."""
    if tok.pos_ == "VERB":
        if tok.lemma_.lower() not in FINANCE_DEAL_VERBS:
            return None
        if tok.dep_ == "acl" and tok.head.lemma_.lower() in NEGOTIATION_NOUNS:
            return tok.head  # "negotiations to reschedule Brazil's debt"
        if tok.dep_ != "pcomp":
            return None
        prep = tok.head  # "negotiations on rescheduling part of its debt"
    elif tok.pos_ == "NOUN" and tok.lemma_.lower() in FINANCE_DEAL_NOUNS and tok.dep_ == "pobj":
        prep = tok.head
        money = prep.head
        if prep.lower_ in ("in", "of") and money.dep_ == "pobj" and (
                money.ent_type_ == "MONEY" or money.lower_ in CURRENCY_WORDS):
            prep = money.head  # "for about 2.15 billion dlrs in new loans"
    else:
        return None
    if prep.dep_ != "prep" or prep.lower_ not in ("on", "over", "for", "about"):
        return None
    above = prep.head
    if above.lemma_.lower() in NEGOTIATION_NOUNS and above.pos_ in ("NOUN", "PROPN") or \
            above.pos_ == "VERB" and above.lemma_.lower() in ("negotiate", "talk"):
        return above
    if above.pos_ == "VERB":
        return _talks_held(above)  # "opened talks with its banks over a new package"
    return None


# words of expecting an accord not yet reached: "optimistic about reaching", "close to a deal"
EXPECTING_WORDS = {"optimistic", "hopeful", "confident", "close", "near", "closer", "nearer"}


# words of not managing an act: "if the two are unable to reach a pact", "failed to sign a
# deal" report one still to be made, as surely as "hope to reach" does
FAILING_WORDS = {"unable", "fail"}


def _expected(verb: Token) -> bool:
    """"optimistic about reaching an agreement", "confident of signing a deal": the act is
    hoped for, from an adjective of expectation above the verb."""
    node = verb
    for _ in range(3):
        if node.dep_ not in ("pcomp", "xcomp", "prep", "ccomp") or node.head is node:
            return False
        node = node.head
        if node.lemma_.lower() in EXPECTING_WORDS | FAILING_WORDS:
            return True
    return False


def _near(verb: Token) -> bool:
    """"The deal is close", "an agreement seems to be close at hand", "appears very near":
    the instrument, the verb's subject, is said to be near, so not reached yet."""
    for v in (verb, *(c for c in verb.children if c.dep_ == "xcomp")):
        if v.lemma_ == "be" and any(c.dep_ == "acomp" and c.lower_ in EXPECTING_WORDS
                                    for c in v.children):
            return True
    return False


def _absolute_with(tok: Token) -> bool:
    """"with the United States pressing for a quick deal": "with" opening a clause of its own
    (a verb with its own subject), which names no side of the instrument."""
    return tok.lower_ == "with" and any(
        c.dep_ == "pcomp" and c.pos_ in ("VERB", "AUX") and
        any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children) for c in tok.children)


def _outside_absolutes(root: Token) -> set[int]:
    """The subtree of `root` without the absolute "with" clauses inside it."""
    cut = {t.i for w in root.subtree if _absolute_with(w) for t in w.subtree}
    return {t.i for t in root.subtree} - cut


def clause_verb(tok: Token) -> Token | None:
    """The nearest verb above a token: the clause it belongs to."""
    t = tok
    for _ in range(8):
        if t.head is t:
            return None
        t = t.head
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
    return None


def _reported_act(verb: Token) -> bool:
    """Whether the status verb (or the one it governs) reports an act: not "has to be
    signed", "is to be ratified", "would extend"."""
    v = verb
    if v.lemma_ not in STATUS_VERBS:
        v = next((c for c in verb.children if c.dep_ in ("xcomp", "conj")
                  and c.lemma_ in STATUS_VERBS), verb)
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ == "to" for c in v.children):
        return False
    return modality(v) == "asserted" and modality(verb) == "asserted"


class AgreementCoder:
    """Finds the agreements of one article."""

    def __init__(self, doc: Doc, table: ActorTable, body_start_token: int,
                 dateline_country: str | None = None):
        self.doc = doc
        self.table = table
        self.body_start = body_start_token
        # a digest of stories each under its own dateline: the first places none of the rest
        self.dateline_country = None if several_datelines(doc.text) else dateline_country
        self._last_date: Span | None = None
        # a loan's head -> the sides its verb lends to or borrows from
        self.loan_sides: dict[int, list[str]] = {}
        # token -> the lenders' key its phrase was read as (`_lender_side`)
        self.lender_tokens: dict[int, str] = {}
        body_char = doc[body_start_token].idx if body_start_token < len(doc) else len(doc.text)
        self._line_start = doc.text.rfind("\n", 0, body_char) + 1 if body_char else 0
        self._dateline_dates = dateline_dates(doc, body_start_token)
        self._filed_spans = {(e.start, e.end) for e in self._dateline_dates}

    # ---- instruments --------------------------------------------------------------------
    def _instrument_heads(self, sent: Span, headline: bool = False) -> list[tuple[Token, str]]:
        heads = []
        for tok in sent:
            if tok.pos_ not in ("NOUN", "PROPN") or (tok.i < self.body_start) != headline:
                continue  # the headline repeats the lead
            cls = instrument_class(tok)
            if cls is None and tok.dep_ == "dobj" and tok.head.lemma_.lower() in ("lend", "loan") \
                    and (tok.ent_type_ == "MONEY" or any(c.dep_ == "nummod"
                                                         for c in tok.children)):
                # "the IMF has loaned Uganda 92.1 mln dlrs": the money lent is the loan
                dative = [c for c in tok.head.children if c.dep_ in ("dative", "iobj") or (
                    c.dep_ == "dobj" and c.i != tok.i)]
                if dative or self._lent_between(tok.head, tok):
                    if dative:
                        self.loan_sides[tok.i] = [k for c in dative for t in c.subtree
                                                  if (k := self.table.token_actor.get(t.i))]
                    cls = "agreement"
            if cls is None and tok.lemma_.lower() in FINANCIAL_LEMMAS and tok.dep_ != "compound":
                verb = governing_verb(tok)
                if verb is not None and verb.lemma_ in ("sign", "conclude", "agree", "ink"):
                    cls = FINANCIAL_LEMMAS[tok.lemma_.lower()]
                elif verb is not None and verb.lemma_ in LENDING_VERBS and \
                        tok.dep_ == "dobj" and tok.head.i == verb.i and \
                        self._lent_between(verb, tok):
                    # "Japan will extend a 50 billion yen loan to China": a loan from one
                    # named side to another is an agreement between them
                    cls = FINANCIAL_LEMMAS[tok.lemma_.lower()]
                elif self._lent_in_clause(tok):
                    # "the loan that it has approved for Argentina", "a loan approved by
                    # the World Bank": the lending told in a clause on the loan itself
                    cls = FINANCIAL_LEMMAS[tok.lemma_.lower()]
            if cls is None:
                continue
            if (self.table.token_actor.get(tok.i, "").startswith("igo:") or
                    self._in_body_name(tok)) and status_of(governing_verb(tok), tok) is None:
                continue  # "a meeting of the General Agreement on Tariffs and Trade": a body
            # "memorandum of understanding" and "letter of intent": the head is the first word
            if tok.lower_ in ("understanding", "intent"):
                continue
            if _frame_of_reference(tok):
                continue  # "its rights under the 1992 accord": cited, not acted on
            if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() in VIOLATING_VERBS:
                continue  # "accused Greece of breaching the 1976 accord": an old one cited
            if tok.lemma_ == "venture" and (tok.dep_ == "compound" or any(
                    instrument_class(a) for a in tok.ancestors)):
                continue  # "an agreement to set up a joint venture (company)": the agreement
            if tok.lemma_ == "venture" and _purpose_of_instrument(tok):
                continue  # "concluded an agreement with B to establish a joint venture"
            if tok.lemma_ == "venture" and (tok.tag_ != "NN" or tok.dep_ != "dobj" or (
                    tok.head.lemma_ not in MAKING_VERBS and tok.head.lemma_ not in STATUS_VERBS)):
                continue  # "a joint venture owned by A and B", "joint ventures with the West"
            # part of a compound head ("cooperation agreement" -> agreement is the head)
            if tok.dep_ == "compound" and instrument_class(tok.head):
                continue
            heads.append((tok, cls))
        return heads

    def _distinct_states(self, keys: list[str]) -> bool:
        """Whether each actor is a state, or a body of its own state, none sharing one."""
        drafts = [self.table.drafts.get(k) for k in keys]
        countries = [d.country for d in drafts if d is not None and d.kind != "person"]
        return len(countries) == len(keys) and None not in countries and \
            len(set(countries)) == len(countries)

    def _lent_in_clause(self, loan: Token) -> bool:
        """Whether a relative or participle clause on the loan tells its lending ("a loan
        that the IMF approved for Chile", "a credit granted by Japan to Peru"), or the loan
        is the object of receiving and such a clause names the lender ("Peru received a loan
        approved by the World Bank")."""
        clauses = [c for c in loan.children if c.dep_ in ("relcl", "acl") and
                   c.lemma_.lower() in LENDING_VERBS - {"receive", "obtain"} and
                   not any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]
        for clause in clauses:
            if self._lent_between(clause, loan):
                return True
            lender = [k for a in clause.children if a.dep_ == "agent" for t in a.subtree
                      if (k := self.table.token_actor.get(t.i))]
            verb = loan.head if loan.dep_ == "dobj" else None
            if lender and verb is not None and verb.lemma_.lower() in ("receive", "obtain",
                                                                       "get", "secure"):
                borrower = [k for k in self._subject_actors(verb) if k not in lender]
                if borrower and any(k.startswith(("country:", "igo:"))
                                    for k in lender + borrower):
                    self.loan_sides[loan.i] = borrower  # the clause names the lender
                    return True
        return False

    def _lent_between(self, verb: Token, loan: Token) -> bool:
        """Whether a lending verb names both its lender (or borrower) as subject and the
        other side in a "to / for / from" phrase of the verb or the loan, a state or a body
        among them."""
        subject = self._subject_actors(verb)
        preps = [c for c in verb.children if c.dep_ in ("prep", "dative")] + [
            t for t in loan.subtree if t.dep_ == "prep" and t.i > loan.i]
        other = [self.table.token_actor.get(t.i) for c in preps
                 if c.lower_ in ("to", "for", "from") for t in _phrase_tokens(c)]
        # "loans for agricultural projects in Bangladesh and Nepal": where the projects are
        other += [self.table.token_actor.get(t.i) for c in preps if c.lower_ == "for"
                  for o in c.children if o.dep_ == "pobj" for p in o.children
                  if p.dep_ == "prep" and p.lower_ == "in" for t in _phrase_tokens(p)]
        # "approved a loan to help Brazil finance ...": the state its purpose helps
        purposes = [c for c in loan.children if c.dep_ == "acl" and _purpose_clause(c)] + [
            c for c in verb.children if c.dep_ == "advcl" and c.i > loan.i and
            _purpose_clause(c)]
        for c in purposes:
            for o in [c] + [g for g in c.children if g.dep_ in ("ccomp", "xcomp")]:
                other += [self.table.token_actor.get(g.i) for g in o.children
                          if g.dep_ in ("dobj", "nsubj")]
        other = [k for k in dict.fromkeys(other) if k]
        keys = subject + other
        if subject and other and any(k.startswith(("country:", "igo:")) for k in keys):
            self.loan_sides[loan.i] = other
            return True
        return False

    def _in_body_name(self, tok: Token) -> bool:
        """Whether a capitalised instrument word is part of a body's name that a line break
        splits ("the General\nAgreement on Tariffs and Trade"), which no matcher saw."""
        if not tok.is_title:
            return False
        doc = self.doc
        lo, hi = max(0, tok.i - 4), min(len(doc), tok.i + 8)
        if not any(t.is_space and "\n" in t.text for t in doc[lo:hi]):
            return False
        gz = get_gazetteer()
        for a in range(lo, tok.i + 1):
            for b in range(hi, tok.i, -1):
                words = doc[a:b].text.split()
                if len(words) >= 3 and gz.international(" ".join(words)):
                    return True
        return False

    def _headline_instrument(self) -> AgreementDraft | None:
        """The instrument a headline in sentence case names ("Ukraine strikes Turkmen gas
        deal"), kept aside: the body may refer to it as "the deal" and nothing else."""
        if self.body_start == 0:
            return None
        first = next(iter(self.doc.sents))
        span = self.doc[first.start:min(first.end, self.body_start)]
        words = [t for t in span if t.is_alpha]
        if len(words) < 3 or sum(t.is_upper for t in words) > len(words) / 2:
            return None  # wire headlines in capitals: the tagger's parse is noise
        heads = self._instrument_heads(first, headline=True)
        if len(heads) != 1:
            return None
        tok, cls = heads[0]
        verb = governing_verb(tok)
        if verb is not None and verb.i >= self.body_start:
            verb = None
        d = self._draft(tok, cls, verb, first, self.doc[tok.i + 1:self.body_start], [])
        d.evidence = [(span.start_char, span.end_char)]
        if len(d.countries) < 2:
            return None
        if all(self.table.drafts[k].kind == "country" for k in d.parties
               if k in self.table.drafts):
            # "Ukraine strikes Turkmen gas deal": the demonym on the deal is the other side
            for iso in d.countries:
                if not any(self.table.country_of(k) == iso for k in d.parties):
                    d.parties.append(self.table.ensure_country(iso, get_gazetteer()).key)
        return d

    def code(self) -> list[AgreementDraft]:
        drafts: list[AgreementDraft] = []
        pending_plural: tuple[AgreementDraft, Span] | None = None
        headline = self._headline_instrument()
        for sent in self.doc.sents:
            if sent.end <= self.body_start:
                continue  # the headline repeats the lead
            heads = self._instrument_heads(sent)
            enumerates = pending_plural is not None and sent[0].lower_ in (
                "these", "they", "this", "those") and any(
                t.lemma_ in ("include", "comprise", "be", "cover") for t in sent[:4])
            plural_here = None
            for n, (tok, cls) in enumerate(heads):
                scope_end = heads[n + 1][0].left_edge.i if n + 1 < len(heads) else sent.end
                scope_end = max(scope_end, tok.i + 1)
                scope = self.doc[tok.i + 1:scope_end]
                verb = governing_verb(tok)
                groups = self._between_groups(scope, tok, verb)
                markers = list(self.group_markers)
                plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in ("mous", "memorandums",
                                                                      "memoranda")
                definite = self._is_definite(tok) and not self._bare_new(tok, verb, drafts)
                split = False
                if plural and not definite and not enumerates and len(groups) == 1 and \
                        markers[0] == "with" and len(groups[0]) >= 2 and \
                        self._distinct_states(groups[0]):
                    # "A signed trade agreements with B and C": one with each partner
                    groups = [[k] for k in groups[0]]
                    markers = ["with"] * len(groups)
                    split = True
                sides = self.loan_sides.get(tok.i, [])
                if plural and not groups and len(sides) >= 2 and self._distinct_states(sides):
                    # "extended loans to Niger and Zaire": one loan to each
                    groups = [[k] for k in sides]
                    markers = ["to"] * len(groups)
                    split = True
                if plural and definite and not enumerates:
                    if drafts:  # "the agreements with Iran were sealed": those already seen
                        drafts[-1].evidence.append((sent.start_char, sent.end_char))
                    continue
                if plural and len(groups) < 2 and not (enumerates and groups):
                    if not groups and not definite:
                        # "Several memorandums ... were signed": a summary the next
                        # sentence may enumerate
                        d = self._draft(tok, cls, verb, sent, scope, [])
                        plural_here = d
                        if self._own_content(tok):
                            # "signing agreements for Chinese assistance in building a
                            # plant": a kind of instrument with what it is for is a record
                            drafts.append(d)
                    elif definite and drafts:
                        drafts[-1].evidence.append((sent.start_char, sent.end_char))
                    if not groups:
                        continue
                if enumerates and pending_plural is not None and plural:
                    base = pending_plural[0]
                    if base in drafts:  # the items replace their summary
                        drafts.remove(base)
                    for group in groups or [[]]:
                        d = self._draft(tok, base.instrument, verb, sent, scope, group)
                        d.status = base.status or d.status
                        d.modality = base.modality
                        d.verb = base.verb
                        d.evidence.insert(0, base.evidence[0])
                        drafts.append(d)
                    continue
                if any(c.dep_ == "det" and c.lower_ in DETERMINERS_GENERIC
                       for c in tok.children):
                    continue  # "any future agreement", "no deal": no instrument exists
                outer = next((o for o in drafts if tok.dep_ == "pobj" and
                              tok.head.lower_ in ("on", "over") and
                              o.head == tok.head.head.i), None)
                if outer is not None:
                    # "reached agreement with X on a debt-rescheduling agreement": the
                    # instrument agreed on is the one agreement, and says what it is
                    if not _content_words(outer.subject):
                        outer.subject = self._subject_phrase(tok, scope)
                    continue
                if _wished_for(tok):
                    continue  # "pressing for a quick deal": asked for, not yet there
                target = self._antecedent(tok, cls, drafts, groups) if definite else None
                if target is not None:
                    target.evidence.append((sent.start_char, sent.end_char))
                    st = status_of(verb, tok)
                    # "the deal has to be signed by both": an asserted act only
                    asserted = verb is None or _reported_act(verb)
                    # "Under the accord, clinched on Thursday": an aside that retells the act
                    # already told dates it, and says nothing new of its status
                    aside = tok.dep_ == "pobj" and _participle_above(tok.head)
                    if st and target.status in (None, "agreed") and st != "negotiating" and \
                            asserted and self._acts_as_party(verb, target) and not aside:
                        target.status = st if target.status != "extended" else target.status
                        target.verb = verb
                    if len(target.countries) < 2:
                        self._fill_parties(target, groups, verb)
                    before = list(target.date_tokens)
                    # only an act on it dates it: "reviewed compliance with the agreement
                    # earlier this week" is no date of the agreement
                    self._collect_date(verb if st else None, sent, target, tok)
                    new = target.date_tokens[len(before):]
                    if before and new and (st == target.status or self._retold_act(tok) or
                                           aside) and \
                            all(_deictic(e) or (e.start, e.end) in self._filed_spans
                                for e in before) and \
                            not _deictic(new[0]):
                        # "signed today" ... "the contract signed Wednesday": the named day
                        # holds where the report was written a day before it was published;
                        # so it does over the day a lead's act was filed
                        target.date_tokens = new + before
                    continue
                # "A and B reached agreement on the border": with nothing before it to refer
                # to, a bare "agreement" under "reach" is a new one, and so is one with its own
                # content
                fresh = target is None and tok.head.lemma_ == "reach" and not any(
                    c.dep_ in ("det", "poss") for c in tok.children)
                # "The accord was signed on Monday by Egypt and Israel": a first mention
                # whose act names both sides
                fresh = fresh or target is None and verb is not None and status_of(
                    verb, tok) in ("signed", "initialled", "agreed") and len(
                    {self.table.country_of(k) for k in self._subject_actors(verb)} - {None}) > 1
                if definite and not groups and not self._has_content(tok) and not fresh and \
                        not (target is None and self._own_content(tok)):
                    if headline is not None and not drafts and \
                            headline.instrument == cls and tok.dep_ in ("nsubj", "nsubjpass"):
                        # "The deal was sealed three days after ...": the headline's deal
                        headline.evidence.append((sent.start_char, sent.end_char))
                        st = status_of(verb, tok)
                        if st and verb is not None and _reported_act(verb):
                            headline.status, headline.verb = st, verb
                            headline.modality = "asserted"
                        drafts.append(headline)
                        headline = None
                    continue
                for k, group in enumerate(groups or [[]]):
                    # a record split from a list of partners leaves the others out
                    others = {k for g in groups if g is not group for k in g} if split else set()
                    d = self._draft(tok, cls, verb, sent, scope, group,
                                    markers[k] if k < len(markers) else "", others)
                    drafts.append(d)
            pending_plural = (plural_here, sent) if plural_here is not None else None
            self._agreed_to(sent, heads, drafts)
            self._acquired(sent, heads, drafts)
            self._financing_talks(sent, heads, drafts)
        # a record needs a state, or two sides: "a signatory of the Non-Proliferation Treaty
        # (NPT)" names an instrument that exists, with no act and no side
        drafts = [d for d in drafts if d.countries or len(d.parties) >= 2 or
                  self._body_own(d, drafts)]
        drafts = self._merge_body_own(self._merge_repeats(drafts))
        for d in drafts:
            self._state_across_firm(d)
            # "an agreement between A and B", "announced a deal with X": an instrument
            # reported as existing, with no act named, has at least been agreed
            if d.status is None and self._known_instrument(self.doc[d.head]):
                # "Japan's violations of the semiconductor pact", "denied breaking its
                # agreement with X": an instrument the article takes as known ("the", "its",
                # "the 1976 accord") is in force, whatever is said of what was done under it
                d.status, d.modality, d.status_inferred = "in_force", "asserted", True
                # no act on it dates it, not even the lead's day: only the date told on it
                # ("the 1986 chip pact", "last September's pact")
                d.date_tokens = []
                self._made_date(self.doc[d.head], d)
            elif d.status is None and d.modality == "asserted":
                # one it introduces ("an agreement between A and B") has at least been agreed
                d.status, d.status_inferred = "agreed", True
            d.sectors = complete_sectors(d.sectors, [self.doc.text[a:b] for a, b in d.evidence],
                                         [self.table.drafts[k].kind for k in d.parties
                                          if k in self.table.drafts])
        return [d for d in drafts if not self._one_sided_firm_deal(d)]

    def _body_own(self, d: AgreementDraft, drafts: list[AgreementDraft] | None = None) -> bool:
        """"OPEC's December agreement", "OPEC agreed on an output ceiling": an accord an
        intergovernmental body makes among its own members, who are not named, has the body
        as its one side and no states. Not a lender's ("an IMF agreement" is one with a
        debtor, whose side is missing), nor one only wished for ("an agreement should be
        reached in the Paris Club"), nor a body whose accord with a state the article has
        already ("the deal, struck at the European Council" after "the EU-Turkey deal")."""
        if d.countries or len(d.parties) != 1:
            return False
        if d.modality != "asserted" and not (
                d.status is None and self._known_instrument(self.doc[d.head])):
            return False  # (a known one stands, whatever may be done with it)
        draft = self.table.drafts.get(d.parties[0])
        if draft is None or draft.kind != "international":
            return False
        body = _body_entry(draft.name)
        if body is not None and _lending_body(body):
            return False
        code = body["code"] if body is not None else draft.name
        for o in drafts or []:
            if o is d or not o.countries:
                continue
            for k in o.parties:
                other = self.table.drafts.get(k)
                if other is not None and other.kind == "international" and (
                        (b := _body_entry(other.name)) is not None and b["code"] == code
                        or other.name == draft.name):
                    return False
        return True

    def _merge_body_own(self, drafts: list[AgreementDraft]) -> list[AgreementDraft]:
        """A body's own accord mentioned again ("the pact", "its December accord") is one
        record: the mentions that name no states are the same instrument. A group of states
        with no organisation of its own ("the Group of Seven") stands for its members."""
        out: list[AgreementDraft] = []
        for d in drafts:
            own = self._body_own(d)
            twin = next((o for o in out if own and self._body_own(o) and
                         o.parties == d.parties and o.instrument == d.instrument), None)
            if twin is None:
                out.append(d)
                body = _body_entry(self.table.drafts[d.parties[0]].name) if own else None
                if body is not None and body["name"] in GROUP_MEMBERS:
                    d.countries = sorted(GROUP_MEMBERS[body["name"]])
                continue
            if twin.status is None and d.status is not None:
                twin.status, twin.verb, twin.modality = d.status, d.verb, d.modality
                twin.date_tokens = d.date_tokens or twin.date_tokens
            if not _content_words(twin.subject):
                twin.subject = d.subject
            twin.evidence.extend(e for e in d.evidence if e not in twin.evidence)
            twin.sectors.extend(x for x in d.sectors if x not in twin.sectors)
        return out

    def _one_sided_firm_deal(self, d: AgreementDraft) -> bool:
        """A deal whose one side is a firm, and whose one state is that firm's: one firm
        alone ("Turkcell signed a contract for the new network", "a deal which could have
        forced GM to buy the Italian carmaker"). The other side is not named, and a record of
        one state names a wrong set of states. Firms that are both named stay, placed or not
        ("X signed with Malaysia's Petronas"); two firms of one state are a domestic deal
        ("Nissan and Mitsubishi agreed to share production"), a firm's loan is its own
        record with its lenders (finance), a firm the sentence
        places by its state ("Italy's Impregilo won a contract") stands for that state, and
        a body taken for a firm with no state of its own ("a deal with Euratom") is left."""
        if len(d.countries) != 1 or not d.parties or "finance" in d.sectors:
            return False
        firms = [k for k in d.parties if k in self.table.drafts and not is_lenders(k) and
                 self.table.drafts[k].kind == "organization" and
                 self.table.drafts[k].sector == "BUS"]
        if len(firms) != len(d.parties):
            return False
        placed = {c for k in firms if (c := self.table.country_of(k))}
        if placed != set(d.countries):
            return False
        if len(firms) > 1:
            # "Nordvik Drilling signed with Malaysia's Petronas": both sides are named, one
            # not yet placed; the record keeps them
            return False
        # "Italy's Impregilo won a contract", "Japan's Sanwa ended a licensing agreement":
        # a firm the sentence itself places by its state stands for that state's side
        sent = self.doc[d.head].sent
        named = [t.i for t in sent if self._actor_at(t.i) == firms[0]]
        if named:
            k = named[0] - 1
            k -= k >= 0 and self.doc[k].text in ("'s", "’s")
            while k >= sent.start and k not in self.table.token_country and \
                    self.doc[k].pos_ in ("NOUN", "ADJ") and self.doc[k].is_lower:
                k -= 1  # "US oil giant ExxonMobil"
            if k >= sent.start and k in self.table.token_country:
                return False
        return True

    def _state_across_firm(self, d: AgreementDraft) -> None:
        """"Exxon has signed preliminary agreements to develop the Sakhalin 3 field" in a
        story of Exxon and Russia: a firm's deal whose other state no side stands for is
        with that state itself."""
        if len(d.countries) != 2 or len(d.parties) != 1:
            return
        firm = self.table.drafts.get(d.parties[0])
        if firm is None or firm.kind != "organization" or is_lenders(firm.key) or \
                firm.country not in d.countries:
            return
        other = next(c for c in d.countries if c != firm.country)
        state = self.table.drafts.get(self.table.country_key(other))
        if state is not None and state.mentions:
            # named as a state, not only as the seat of some firm the story leaves unnamed
            d.parties.append(state.key)

    def _merge_repeats(self, drafts: list[AgreementDraft]) -> list[AgreementDraft]:
        """One instrument reported twice with its sides and its content ("the Turkish-Libyan
        maritime border agreement" ... "Turkey and Libya signed a maritime border agreement"):
        one record, with the status, date and verb of the mention that reports the act."""
        out: list[AgreementDraft] = []
        for d in drafts:
            words = _content_words(d.subject)
            # a mention with no content of its own ("US-India agreement" as a heading, "the
            # deal between the two countries") is the instrument of its sides already known
            twin = next((o for o in out if o.countries == d.countries and d.countries
                         and o.instrument == d.instrument
                         and ((words and words & _content_words(o.subject))
                              or (not words or not _content_words(o.subject))
                              and self._bare_state_mention(o, d)
                              or _same_debt_deal(o, d))
                         and (o.status is None or d.status is None or o.status == d.status)),
                        None)
            if twin is None:
                out.append(d)
                continue
            if twin.status is None and d.status is not None:
                twin.status, twin.verb, twin.modality = d.status, d.verb, d.modality
                twin.date_tokens = d.date_tokens or twin.date_tokens
            if not _content_words(twin.subject) and words:
                # the content-less mention takes the other's content (and so absorbs no more)
                twin.subject = d.subject
            twin.evidence.extend(e for e in d.evidence if e not in twin.evidence)
            twin.parties.extend(k for k in d.parties if k not in twin.parties)
            self._state_behind_firm(twin)
            twin.signers.extend(k for k in d.signers if k not in twin.signers)
            twin.sectors.extend(x for x in d.sectors if x not in twin.sectors)
            if not twin.date_tokens:
                twin.date_tokens = d.date_tokens
        return out

    def _bare_state_mention(self, a: AgreementDraft, b: AgreementDraft) -> bool:
        """Two records of one pair of states, one of them without content, in different
        sentences: the same instrument mentioned again (a sentence listing several
        instruments stays apart). Between firms, the content-less mention must name no firm
        the other does not ("a deal with a British firm" ... "STM signed an agreement with
        Cable and Wireless"), so Boeing's deal with Sukhoi stays apart from its deal with
        Aeroflot."""
        if a.evidence[0] == b.evidence[0]:
            return False
        if all(self.table.drafts[k].kind == "country" for k in a.parties + b.parties
               if k in self.table.drafts):
            return True
        bare, full = (a, b) if not _content_words(a.subject) else (b, a)
        firms = [k for k in bare.parties if k in self.table.drafts
                 and self.table.drafts[k].kind != "country"]
        return bool(firms) and all(k in full.parties for k in firms)

    def _state_behind_firm(self, d: AgreementDraft) -> None:
        """A state named as a side where its own organisation is a side too ("Kenya signed
        an agreement ..." then "the Kenya Ports Authority signed an agreement ...";
        "Indonesia's state oil company Pertamina"): the organisation is the side. A state's
        own rebels or parties stay beside it: they are its counterpart, not its agent."""
        d.parties = self._firms_over_states(d.parties)

    def _firms_over_states(self, keys: list[str]) -> list[str]:
        firm_countries = {self.table.country_of(k) for k in keys if k in self.table.drafts
                          and self.table.drafts[k].kind == "organization"
                          and self.table.drafts[k].sector not in SIDE_GROUP_SECTORS
                          and not k.startswith("group:")} - {None}
        return [k for k in keys if not (
            k in self.table.drafts and self.table.drafts[k].kind == "country"
            and self.table.country_of(k) in firm_countries)]

    def _fill_parties(self, target: AgreementDraft, groups: list[list[str]],
                      verb: Token | None) -> None:
        """"An agreement was reached ... the deal has to be signed by both the Iraqi and US
        governments": a later mention names the sides the first one left out."""
        keys = [k for g in groups for k in g] or self._subject_actors(verb)
        if verb is not None and not keys:
            # "the deal has to be signed by both": the agent of a dependent status verb
            for c in verb.children:
                if c.dep_ in ("xcomp", "conj") and c.lemma_ in STATUS_VERBS:
                    keys = self._subject_actors(c)
                    break
        countries = set(target.countries)
        new = [k for k in keys if self.table.country_of(k) and k not in target.parties]
        if len({self.table.country_of(k) for k in new} | countries) < 2:
            return
        for key in new:
            draft = self.table.drafts.get(key)
            if draft is None:
                continue
            if draft.kind == "person":
                target.signers.append(key)
                key = self.table.country_key(draft.country)
                if key not in self.table.drafts or key in target.parties:
                    continue
            target.parties.append(key)
            countries.add(self.table.country_of(key))
        target.countries = sorted(c for c in countries if c)

    def _known_instrument(self, tok: Token) -> bool:
        """Whether the article takes the instrument as known and standing ("the
        semiconductor pact", "its bases agreement"), not as news: no "recent" or "new" on
        it, and no "between A and B" naming its sides as one introduces them."""
        if any(c.dep_ == "amod" and c.lower_ in ("recent", "new", "latest", "last")
               for c in tok.children):
            return False
        # "a July 1986 agreement", "the 1976 Berne Agreement": one of a year of its own
        if any(c.ent_type_ == "DATE" and c.i < tok.i and
               c.dep_ in ("nummod", "compound", "npadvmod", "amod", "nmod") and
               re.search(r"\b(?:19|20)\d\d\b", " ".join(t.text for t in c.subtree))
               for c in tok.children):
            return True
        # "its agreement with the United States" is the one it has; "the agreement between
        # A and B" may be introducing it
        possessed = any(c.dep_ == "poss" for c in tok.children)
        return self._is_definite(tok) and (possessed or not any(
            c.dep_ == "prep" and c.lower_ in PARTY_MARKERS for c in tok.children))

    def _is_definite(self, tok: Token) -> bool:
        dets = [c for c in tok.children if c.dep_ in ("det", "poss")]
        if any(c.lower_ in DETERMINERS_DEFINITE for c in dets):
            return True
        # "reached agreement": a bare singular noun under "reach" refers to what is known
        return not dets and tok.tag_ == "NN" and tok.head.lemma_ in ("reach", "under")

    def _bare_new(self, tok: Token, verb: Token | None, drafts: list[AgreementDraft]) -> bool:
        """"Japan and the United States reached agreement on chip trade": a bare "reached
        agreement" refers to a known record only where there is one of its sides; whose
        sides no record holds yet, or that says what it is about in a story with no record
        yet, it introduces."""
        if any(c.dep_ in ("det", "poss") for c in tok.children) or tok.tag_ != "NN" or \
                tok.head.lemma_ != "reach" or verb is None:
            return False
        countries = {self.table.country_of(k) for k in self._subject_actors(verb)} - {None}
        if len(countries) >= 2:
            return not any(countries <= set(d.countries) for d in drafts)
        return bool(countries) and not drafts and self._own_content(tok)

    def _own_content(self, tok: Token) -> bool:
        """What the instrument is for, in a phrase of its own: "agreements for Chinese
        assistance in ...", "accords to build ...", "deals on fishing"."""
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("on", "for", "to", "covering") and any(
                    _content_words(t.text) for t in c.subtree if t.i != c.i
                    and t.ent_type_ not in ("DATE", "TIME", "MONEY")):
                return True
            if c.dep_ == "acl" and _purpose_clause(c):
                return True
        # "signed agreements to reschedule the debt": the purpose clause the parser hangs on
        # the verb whose object the instrument is
        verb = tok.head if tok.dep_ == "dobj" else None
        return verb is not None and verb.lemma_ in STATUS_VERBS and any(
            c.dep_ in ("advcl", "xcomp") and c.i > tok.i and _purpose_clause(c)
            for c in verb.children)

    def _has_content(self, tok: Token) -> bool:
        """A definite mention with its own specifics ("the 1986 International Cocoa Agreement",
        "the five billion stg deal signed last year") introduces an instrument."""
        for c in tok.children:
            if c.dep_ in ("compound", "amod", "nummod", "nmod", "quantmod") and \
                    c.lower_ not in GENERIC_MODIFIERS:
                return True
            if c.dep_ in ("acl", "relcl") and c.lemma_ in STATUS_VERBS and not any(
                    a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                # "the deal signed last year"; "the contract, to be signed by A and B" only
                # says what is still to be done to the one already named
                return True
        return tok.is_title and tok.pos_ == "PROPN"

    def _antecedent(self, tok: Token, cls: str, drafts: list[AgreementDraft],
                    groups: list[list[str]]) -> AgreementDraft | None:
        """The record a definite mention ("the deal", "the relief deal with Tanzania")
        refers to, or None when it introduces one of its own."""
        if not drafts:
            return None
        demonstrative = any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES
                            for c in tok.children)
        # "the deal between the two countries": the article's pair, not new parties
        collective = any(self.table.token_actor.get(t.i) == "dyad"
                         for t in tok.subtree if t.i > tok.i)
        words = {c.lower_ for c in tok.children if c.dep_ in ("compound", "amod")} - \
            GENERIC_MODIFIERS
        for d in reversed(drafts):
            if words & set(d.subject.lower().split()):
                return d  # shares a content word with an earlier record
        named = set(self._modifier_countries(tok))
        if groups and not collective:
            named |= {self.table.country_of(k) for g in groups for k in g} - {None}
        if named:
            for d in reversed(drafts):
                if named <= set(d.countries):
                    return d  # "the US-India deal" after "a deal between India and the US"
            if not demonstrative:
                return None
        if self._has_content(tok) and not demonstrative:
            retold = self._retold_act(tok)
            if retold:
                # "The agreement signed last Saturday in Hong Kong ...", "the accord,
                # clinched on Thursday": the act already reported, now given its day
                concluded = ("agreed", "signed")
                return next((d for d in reversed(drafts) if d.instrument == cls and (
                    (d.status or "signed") == retold or
                    retold in concluded and (d.status or "signed") in concluded)), None)
            return None
        for d in reversed(drafts):
            if d.instrument == cls:
                return d
        return drafts[-1]

    @staticmethod
    def _retold_act(tok: Token) -> str | None:
        """The status of a bare definite instrument whose only specifics are the act done on
        it days before the report ("the deal signed on Friday"), or None. A year, a month or
        a modifier of its own ("the deal signed last year", "the 1986 accord") is another
        instrument, an older one."""
        if any(c.dep_ in ("compound", "amod", "nummod", "nmod", "quantmod") and
               c.lower_ not in GENERIC_MODIFIERS for c in tok.children):
            return None
        for c in tok.children:
            if c.dep_ in ("acl", "relcl") and c.lemma_ in STATUS_VERBS:
                days = [t for t in c.subtree if t.ent_type_ == "DATE"]
                if days and names_a_day(" ".join(t.text for t in days)):
                    return STATUS_VERBS[c.lemma_]
        return None

    def _between_groups(self, scope: Span, head: Token | None = None,
                        verb: Token | None = None) -> list[list[str]]:
        """Actor keys after each party marker in the scope: "between A and B, as well as
        between C and D" -> [[A, B], [C, D]]. A marker must belong to the instrument (or
        its verb): in "sealed after talks between ..." the parties are the talks'."""
        groups: list[list[str]] = []
        markers: list[str] = []
        marker = ""
        current: list[str] | None = None
        inside: set[int] = set()
        anchors = {t.i for t in (head, verb) if t is not None}
        if head is not None:
            # "a deal begun between A and B", "an accord signed between": the participle
            # that qualifies the instrument
            anchors |= {c.i for c in head.children if c.dep_ == "acl" and c.tag_ == "VBN"}
            # "a memorandum of understanding between A and B": the phrase hangs on the
            # instrument's own name
            anchors |= {o.i for of in head.children if of.dep_ == "prep" and of.lower_ == "of"
                        and _names_the_instrument(head, of)
                        for o in of.children if o.dep_ == "pobj"}
            # "protocols of intent to set up joint ventures with X", "an agreement to build
            # a dam with X": the partner of what the instrument is for is its other side
            named = [head, *(o for of in head.children if of.dep_ == "prep" and
                             of.lower_ == "of" for o in of.children if o.dep_ == "pobj"
                             and o.lower_ in ("intent", "intention", "understanding"))]
            for purpose in (c for n in named for c in n.children
                            if c.dep_ in ("acl", "relcl") and _purpose_clause(c)):
                anchors |= {purpose.i} | {o.i for o in purpose.children if o.dep_ == "dobj"}
        # "Arco Coal Co, a unit of Atlantic Richfield Co": the parent is no side
        parents = {t.i for a in scope if a.dep_ == "appos" and a.lemma_.lower() in PARENT_NOUNS
                   for t in a.subtree}
        for tok in scope:
            attached = not anchors or tok.head.i in anchors or (
                tok.head.dep_ == "prep" and tok.head.head.i in anchors) or (
                tok.dep_ == "conj" and tok.head.lower_ in PARTY_MARKERS)
            if (tok.lower_ in PARTY_MARKERS and tok.dep_ in ("prep", "acl", "cc", "advmod",
                                                              "conj", "pcomp") or (
                    tok.lower_ == "involving") or (
                    # "a joint statement by A, B and C"
                    tok.lower_ == "by" and tok.dep_ == "prep" and head is not None
                    and tok.head.i == head.i)) and attached:
                if _absolute_with(tok):
                    # "with the United States pressing for a quick deal": an absolute
                    # clause says what else happens; it names no side
                    if current:
                        groups.append(current)
                        markers.append(marker)
                    current = None
                    continue
                if current:
                    groups.append(current)
                    markers.append(marker)
                current = []
                marker = tok.lower_
                # only the marker's own object: not "at a camp on the border with X"
                inside = {t.i for t in _phrase_tokens(tok)} if tok.dep_ == "prep" else set()
                continue
            if current is None:
                continue
            key = self._actor_at(tok.i)
            if key is None and tok.pos_ == "NOUN" and tok.dep_ in ("pobj", "conj"):
                # "a peace treaty with the rebel groups", "agreement with foreign banks"
                key = self._group_side(tok) or self._lender_side(tok)
            based = tok.lower_ == "-based" or (tok.lower_ == "based" and tok.i > 0 and
                                               self.doc[tok.i - 1].text == "-")
            if based and inside and self._ends_phrase(tok, inside):
                # "between Aeroflot and Chicago-based Boeing": the name after "-based" is
                # the conjunct, whatever the parser made of the place before it
                inside |= self._name_run(tok.i + 1, subject_ok=True)
                continue
            if inside and tok.i not in inside and tok.dep_ == "cc" and \
                    self._ends_phrase(tok, inside):
                # "with A's central bank <X>, and Foreign Trade Bank <Y>": a name the
                # parser hangs elsewhere after the phrase's "and" is its conjunct
                inside |= self._name_run(tok.i + 1)
            if inside and tok.i not in inside and not (
                    tok.lower_ in PARTY_MARKERS or tok.dep_ in ("cc", "conj")):
                key = None
            if tok.i in parents:
                key = None
            if key and key not in current:
                current.append(key)
            if tok.dep_ in ("relcl", "advcl") or tok.lower_ in (";",) or (
                    tok.pos_ == "VERB" and tok.dep_ not in ("amod", "compound", "conj")
                    and tok.lower_ not in ("involving",)):
                if current:
                    groups.append(current)
                    markers.append(marker)
                current = None
        if current:
            groups.append(current)
            markers.append(marker)
        out = []
        self.group_markers = []
        for g, m in zip(groups, markers, strict=True):
            g = self._expand_dyad(g)
            # "between Belarus's fund and Pakistan's SMEDA": the countries only qualify
            if any(not k.startswith("country:") and not is_lenders(k) for k in g):
                # (a state and its lenders are two sides: "between Chile and its banks")
                g = [k for k in g if not k.startswith("country:")]
            if g:
                out.append(g)
                self.group_markers.append(m)
        return out

    def _ends_phrase(self, cc: Token, inside: set[int]) -> bool:
        """Whether a conjunction comes right after the party phrase (punctuation apart)."""
        k = cc.i - 1
        while k >= 0 and (self.doc[k].is_punct or self.doc[k].is_space):
            k -= 1
        return k in inside

    def _name_run(self, start: int, subject_ok: bool = False) -> set[int]:
        """The tokens of the actor named right after `start` (a determiner, wire brackets
        and line breaks apart): "the Foreign Trade Bank <Vneshtorgbank>"."""
        out: set[int] = set()
        k = start
        while k < len(self.doc):
            t = self.doc[k]
            if self._actor_at(k) is not None:
                out.add(k)
            elif not (t.is_space or t.text in ("<", ">") or (t.pos_ == "DET" and not out)):
                break
            k += 1
        if not subject_ok and any(self.doc[i].dep_ in ("nsubj", "nsubjpass") for i in out):
            return set()  # "..., and B said it would bid": B opens a clause of its own
        return out

    def _actor_at(self, i: int) -> str | None:
        """The actor a token names; in a counted description ("three U.S. firms") the firms
        it describes, not the country that qualifies them."""
        return self.table.described.get(i) or self.table.token_actor.get(i)

    def _group_side(self, node: Token) -> str | None:
        """A non-state armed or political group named by a common noun ("the united rebel
        groups", "Tamil separatists", "the opposition party") as a side of an instrument,
        with the sector the Phoenix agents dictionary gives it and the country of its
        demonym (else, once the record is drafted, of the one state it deals with)."""
        agents = get_agents()
        lemma = node.lemma_.lower()
        mods = [c for c in node.children if c.dep_ in ("compound", "amod") and c.i < node.i]
        sector = None
        for phrase in (" ".join([c.lower_ for c in mods] + [lemma]), lemma, node.lower_,
                       *[c.lemma_.lower() for c in mods]):
            sector = agents.get(phrase)
            if sector:
                break
        if sector not in SIDE_GROUP_SECTORS:
            return None
        iso = next((self.table.token_country[t.i] for t in node.subtree
                    if t.i in self.table.token_country), None)
        start = min([c.i for c in mods] + [node.i])
        span = self.doc[start:node.i + 1]
        # the event coder names the same group with the same key
        key = f"group:{sector}:{iso}:{lemma}"
        if key not in self.table.drafts:
            self.table.drafts[key] = Draft(key, "organization", span.text, iso, sector)
        if (span.start_char, span.end_char) not in self.table.drafts[key].mentions:
            self.table.drafts[key].mentions.append((span.start_char, span.end_char))
        return key

    def _lender_side(self, node: Token, bankers: bool = False) -> str | None:
        """The lenders a debtor deals with, named by a common noun ("foreign creditor
        banks", "its bank advisory committee", "creditors", "a syndicate of banks"): one
        side of no state, whatever states its members are from (the key the event coder
        gives creditors)."""
        if node.i in self.lender_tokens:
            return self.lender_tokens[node.i]  # "banks" in "a syndicate of banks"
        lemma = node.lemma_.lower()
        mods = [c for c in node.children if c.dep_ in ("compound", "amod", "nmod")
                and c.i < node.i]
        if node.i in self.table.token_actor or any(
                c.i in self.table.token_actor for c in mods):
            return None  # a named bank, or "Brazil's creditors" told by their state's name
        words = {c.lemma_.lower() for c in mods}
        members = {o.lemma_.lower() for p in node.children if p.dep_ == "prep" and
                   p.lower_ == "of" for o in p.children if o.dep_ == "pobj"}
        if bankers and lemma == "banker" and node.tag_ == "NNS":
            lemma = "bank"  # "negotiating with New York bankers for new loans": the lenders
        if lemma in LENDER_NOUNS and node.tag_ == "NNS":
            pass  # "creditors", "foreign banks", "commercial lenders"
        elif lemma in LENDER_BODIES and (words | members) & LENDER_NOUNS:
            pass  # "bank advisory committee", "a syndicate of banks"
        else:
            return None
        start = node.left_edge.i
        while start < node.i and (self.doc[start].dep_ in ("det", "poss", "case", "nummod")
                                  or self.doc[start].is_punct):
            start += 1  # "its 14-bank advisory committee": the body, not whose it is
        end = max([t.i for p in node.children if p.dep_ == "prep" and p.lower_ == "of"
                   for t in p.subtree] + [node.i]) + 1
        span = self.doc[start:end]
        # the lenders at large are one side; each body of them ("Chile's bank advisory
        # panel", "Venezuela's committee") is its own
        key = LENDERS_KEY if lemma in LENDER_NOUNS else f"group:BUS:None:{lemma}"
        if key not in self.table.drafts:
            self.table.drafts[key] = Draft(key, "organization", span.text, None, "BUS")
        if (span.start_char, span.end_char) not in self.table.drafts[key].mentions:
            self.table.drafts[key].mentions.append((span.start_char, span.end_char))
        self.lender_tokens.update((t.i, key) for t in span)
        return key

    def _expand_dyad(self, keys: list[str]) -> list[str]:
        return self.table.expand(keys)

    def _subject_actors(self, verb: Token | None) -> list[str]:
        if verb is None:
            return []
        subj = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
        # "A was likely to end an accord": through the adjective ("acomp") to its subject
        if not subj and verb.dep_ in ("conj", "xcomp", "advcl", "acomp") and verb.head is not verb:
            if verb.dep_ == "conj" and verb.lemma_ not in STATUS_VERBS and any(
                    c.dep_ == "auxpass" for c in verb.children):
                # "X is under sanctions, and was condemned in a statement by A and B": the
                # shared subject is the passive verb's target, no party
                return []
            return self._subject_actors(verb.head)
        if not subj and verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and \
                verb.head.head.lemma_.lower() in EXPECTING_WORDS and \
                verb.head.head.dep_ == "acomp":
            # "A and B are close to reaching a deal", "optimistic about signing it": the
            # sides are the subject of the adjective of expectation
            return self._subject_actors(verb.head.head)
        keys: list[str] = []
        has_agent = any(s.dep_ == "agent" for s in subj)
        for s in subj:
            if s.dep_ == "nsubjpass" and any(instrument_class(t) for t in s.subtree):
                continue  # "memorandums were signed": the instrument itself
            if s.dep_ == "nsubjpass" and (has_agent or (
                    verb.lemma_ not in STATUS_VERBS and
                    not any(c.dep_ == "xcomp" for c in verb.children))):
                continue  # "X was condemned in a statement by A and B": X is no party
            node = s if s.dep_ != "agent" else next(iter(s.children), s)
            for t in node.subtree:
                key = self._actor_at(t.i)
                if key is None and t.pos_ == "NOUN" and t.dep_ in ("nsubj", "nsubjpass",
                                                                   "conj", "pobj"):
                    # "Brazil and its bank advisory committee agreed"
                    key = self._lender_side(t)
                if key and key not in keys:
                    keys.append(key)
                if t.lower_ == "it" and t.i != node.i or (
                        t.lower_ == "it" and any(c.dep_ == "conj" for c in t.children)):
                    # "the bank said it and B will sign": "it" is the one who says so
                    keys.extend(k for k in self._reporter_or_firm(t, verb) if k not in keys)
            if not keys and node.lower_ in ("he", "she"):
                key = self._last_person_before(node.i)
                if key:
                    keys.append(key)
            if not keys and node.lower_ == "it":
                # "Brazil told Argentina it had signed": "it" is the state that says so, even
                # with another state named between (a firm that says so is found below)
                keys.extend(self._state_speaker(verb))
            if not keys:
                keys.extend(k for k in self._firms_referred(node) if k not in keys)
        if not keys and any(c.dep_ == "auxpass" for c in verb.children):
            # "an agreement was initialled on a visit last week by Ecuador's deputy minister":
            # the visitor whose visit the passive act was done on
            for c in verb.children:
                if c.dep_ != "prep" or c.lower_ not in ("on", "during", "at"):
                    continue
                for o in c.children:
                    if o.dep_ == "pobj" and o.lemma_.lower() in VISIT_NOUNS:
                        keys += [k for p in o.children if p.dep_ == "prep" and p.lower_ == "by"
                                 for t in p.subtree if (k := self._actor_at(t.i))
                                 and k not in keys]
        # "signed with Japan": the counterpart attached to the verb
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "with" and not _absolute_with(c):
                for t in _phrase_tokens(c):
                    key = self.table.token_actor.get(t.i) or (
                        self._lender_side(t) if t.pos_ == "NOUN" and t.dep_ in (
                            "pobj", "conj") else None)  # "agreed with creditor banks"
                    if key and key not in keys:
                        keys.append(key)
        return self._expand_dyad(keys)

    def _speaker_of(self, tok: Token) -> list[str]:
        """The one who reports the clause `tok` is in ("A said [the deal ...]"): the subject
        of the verb of saying it hangs from; a state's agency speaks for its state."""
        speech = _speech_over(tok)
        if speech is None:
            return []
        keys: list[str] = []
        for c in speech.children:
            if c.dep_ != "nsubj":
                continue
            if c.lower_ in ("he", "she") and self.table.token_actor.get(c.i) is None:
                # "He said a credit agreement will be signed with X": the person "he"
                # stands for speaks, as a subject "he" acts in `_subject_actors`
                person = self._last_person_before(c.i)
                draft = self.table.drafts.get(person) if person else None
                if draft is not None and draft.country:
                    key = self.table.ensure_country(draft.country, get_gazetteer()).key
                    if key not in keys:
                        keys.append(key)
                continue
            for t in c.subtree:
                key = self._actor_at(t.i)
                draft = self.table.drafts.get(key) if key else None
                if draft is None:
                    continue
                if draft.kind == "organization" and draft.sector == "GOV" and draft.country:
                    key = self.table.ensure_country(draft.country, get_gazetteer()).key
                if key not in keys:
                    keys.append(key)
        return keys

    def _state_speaker(self, tok: Token) -> list[str]:
        """The state that is itself the subject of the verb of saying the clause of `tok`
        hangs from ("Kenya said [it has signed ...]"; not "India's NTPC said"), as a list of
        at most one key."""
        speech = _speech_over(tok)
        keys = [self.table.token_actor.get(c.i) for c in speech.children
                if c.dep_ == "nsubj"] if speech is not None else []
        return [k for k in keys if k and k.startswith("country:")][:1]

    def _reporter_or_firm(self, it: Token, verb: Token) -> list[str]:
        """"it" coordinated in the subject of a reported clause ("X said it and B will
        sign"): the subject of the reporting verb, else the firm "it" last stood for."""
        return self._speaker_of(verb) or self._firms_referred(it)

    def _firms_referred(self, node: Token) -> list[str]:
        """"it" and "the two firms" as the subject of a deal: the organisation (or the two)
        the article last made a subject, else the last named before."""
        if node.lower_ == "it":
            want = 1
        elif node.lemma_ in FIRM_NOUNS and node.tag_ == "NNS" and any(
                c.lower_ in ("two", "both") for c in node.children):
            want = 2
        else:
            return []
        start = node.sent.start
        window = [t for t in node.doc[max(0, start - 120):node.i]]
        subjects: list[str] = []
        named: list[str] = []
        states: set[str] = set()
        for t in reversed(window):
            key = self.table.token_actor.get(t.i)
            if key and key.startswith("country:"):
                states.add(key)
            if want == 1 and key and key.startswith("country:") and states == {key} and \
                    t.dep_ in ("nsubj", "nsubjpass") and not subjects:
                # "Yugoslavia has refinanced its debt since 1983. In December 1985, it
                # signed a deal with ...": a state subject nearer than any firm's, with no
                # other state named in between, is "it"
                return [key]
            if not key or not key.startswith(("org:", "igo:") if want == 1 else "org:"):
                continue  # "The World Bank said it approved": "it" may be a body too
            if key not in named:
                named.append(key)
            if t.dep_ in ("nsubj", "nsubjpass") and key not in subjects:
                subjects.append(key)
        if want == 1:
            return (subjects or named)[:1]
        return named[:2] if len(named) >= 2 else []

    def _last_person_before(self, i: int) -> str | None:
        for k in range(i - 1, -1, -1):
            key = self.table.token_actor.get(k)
            if key and key.startswith("person:"):
                return key
        return None

    def _scope_institutions(self, scope: Span, head: Token | None = None,
                            verb: Token | None = None) -> list[str]:
        """Institutions named in the instrument's own phrase or in a purpose clause of its
        verb ("finalize roadmap ... to improve A and B"), not in a reporting clause ("...,
        the Finance Ministry said") or a clause of its own ("and will renew ...")."""
        allowed: set[int] | None = None
        if head is not None:
            allowed = _outside_absolutes(head)
            if verb is not None:
                for c in verb.children:
                    if c.dep_ in ("advcl", "xcomp", "prep") and c.i > head.i:
                        allowed.update(t.i for t in c.subtree)
        keys: list[str] = []
        for tok in scope:
            if (tok.dep_ in ("relcl",) and not _purpose_clause(tok)) or \
                    tok.lower_ in ("amid", "while", "which", "after"):
                break
            if allowed is not None and tok.i not in allowed:
                continue
            key = self.table.token_actor.get(tok.i)
            if key and key.startswith(("org:", "igo:")) and key not in keys:
                keys.append(key)
        return keys

    @staticmethod
    def _talks_aim(verb: Token | None) -> Token | None:
        """The talks whose aim the instrument's verb states: "talks with the IMF aimed at
        reaching an accord", "held talks in order to conclude a treaty", "talks to finalise
        a deal"."""
        if verb is None or verb.lemma_ not in STATUS_VERBS:
            return None
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) or (
            verb.dep_ == "pcomp")
        if not purpose:
            return None
        node = verb
        for _ in range(5):
            up = node.head
            if up is node:
                return None
            if up.lemma_.lower() in NEGOTIATION_NOUNS and node.dep_ in ("acl", "relcl"):
                return up  # "talks (aimed) to finalise a deal"
            if node.dep_ in ("advcl", "xcomp") and up.pos_ == "VERB":
                return _talks_held(up)
            if node.dep_ in ("pcomp", "pobj", "acl") and (
                    up.dep_ == "prep" or up.lemma_ in PURPOSE_WORDS):
                node = up  # "aimed at reaching", "in order to conclude", "with a view to"
                continue
            if node.dep_ == "prep" and up.lemma_ in PURPOSE_WORDS:
                node = up
                continue
            if node.dep_ == "prep" and node.lower_ in ("on", "about", "over", "for") and \
                    up.lemma_.lower() in NEGOTIATION_NOUNS:
                return up  # "talks on signing a fisheries accord"
            if node.dep_ == "prep" and up.pos_ == "VERB":
                return _talks_held(up)
            return None
        return None

    def _talks_sides(self, talks: Token) -> list[str]:
        """Who holds the talks: the subject of their verb and whoever they are "with"."""
        keys = self._subject_actors(talks.head) if talks.dep_ == "dobj" else []
        for c in talks.children:
            if c.dep_ == "prep" and c.lower_ in PARTY_MARKERS and not _absolute_with(c):
                for t in _phrase_tokens(c):
                    key = self.table.token_actor.get(t.i)
                    if key and key not in keys:
                        keys.append(key)
        return self._expand_dyad(keys)

    def _draft(self, tok: Token, cls: str, verb: Token | None, sent: Span, scope: Span,
               group: list[str], marker: str = "",
               others: set[str] | None = None) -> AgreementDraft:
        d = AgreementDraft(instrument=cls, head=tok.i, verb=verb)
        d.evidence.append((sent.start_char, sent.end_char))
        status = status_of(verb, tok)
        talks = self._talks_aim(verb) or _talks_in_pursuit(tok)
        subject_keys = self._talks_sides(talks) if talks is not None else \
            self._subject_actors(verb)
        if group and marker == "with" and all(k in group for k in subject_keys):
            # "Jamaica said the rescheduling agreement reached with the Paris Club covers":
            # an instrument "with" one side, whose act names no one, is the speaker's own
            subject_keys += [k for k in self._speaker_of(tok) if k not in group]
        scoped = [] if group else self._scope_institutions(scope, tok, verb)
        parties = list(group) or scoped or subject_keys
        if not group:
            parties += [k for k in self.loan_sides.get(tok.i, []) if k not in parties]
            # "yesterday's Paris Club refinancing agreement", "its IMF standby credit": the
            # lender named on a debt deal is its other side
            parties += [k for k in self._lender_on_deal(tok) if k not in parties]
        if scoped and subject_keys and all(
                self.table.drafts[k].kind == "organization" for k in subject_keys
                if k in self.table.drafts):
            # "A signed an agreement to set up a venture with B": A is a side as well
            parties += [k for k in subject_keys if k not in parties]
        # "an agreement between A and B" names both sides; "with B" only the other one
        complete = marker in ("between", "among", "amongst") and len(group) >= 2
        named_one = self._modifier_countries(tok) if group and not complete else []
        if group and not complete and (len(group) == 1 or marker == "with" or all(
                self.table.drafts[k].kind in ("country", "person") for k in group
                if k in self.table.drafts)):
            if len(named_one) == 1 and (verb is None or status is None):
                # "praised the Argentine accord with Uruguay": the instrument names its other
                # side, and whoever comments on it is none
                iso = next(iter(named_one))
                parties += [self.table.ensure_country(iso, get_gazetteer()).key]
            else:
                # "Mr Brown has signed a deal with Tanzania": the subject is the other side
                parties += [k for k in subject_keys if k not in parties]
        # persons act for their country: the country is the party, the person a signatory
        final: list[str] = []
        for key in parties:
            draft = self.table.drafts.get(key)
            if draft is None:
                continue
            if draft.kind == "person":
                d.signers.append(key)
                if draft.country:
                    ck = self.table.country_key(draft.country)
                    if ck in self.table.drafts and ck not in final:
                        final.append(ck)
                continue
            if key not in final:
                final.append(key)
        there = self._there(verb)
        if there and there not in final:
            final.append(there)
        # "the Turkish-Libyan border agreement", "a US-India deal": the sides are named on
        # the instrument itself, and they outrank whoever comments on it
        named = self._modifier_countries(tok)
        if len(named) >= 2 and not group:
            final = [k for k in final if self.table.country_of(k) in named and
                     not self.table.drafts[k].kind == "country"]
            for iso in named:
                if not any(self.table.country_of(k) == iso for k in final):
                    final.append(self.table.ensure_country(iso, get_gazetteer()).key)
        states = {self.table.country_of(k) for k in final} - {None}
        for key in final:
            group = self.table.drafts.get(key)
            if group is not None and key.startswith("group:") and group.country is None and \
                    len(states) == 1 and not is_lenders(key):
                # "the Sudanese government signed a peace treaty with the rebels": the
                # rebels of that state
                group.country = next(iter(states))
        countries = [self.table.country_of(k) for k in final]
        final = self._firms_over_states(final)
        d.parties = final
        countries = [c for c in countries if c]
        if len(set(countries)) < 2:
            for iso in named:
                if iso not in countries:
                    countries.append(iso)
        if len(set(countries)) < 2:
            for key in subject_keys + self._scope_countries(scope, tok, verb):
                if others and key in others:
                    continue
                c = self.table.country_of(key)
                if c and c not in countries:
                    countries.append(c)
        site = self._site_country(tok, verb) if len(set(countries)) == 1 else None
        if site and site not in countries:
            # "Germany's Siemens won a contract to build an airport near Lagos": the state
            # where the work is done is the side that awards it
            countries.append(site)
            key = self.table.ensure_country(site, get_gazetteer()).key
            if key not in d.parties:
                d.parties.append(key)
        local = self._local_party(final, countries)
        if local is not None:
            # "PARIS - Rockwell International Corp has signed an agreement leading to the
            # takeover of Valeo subsidiary ...": a foreign firm's deal with a firm of no
            # stated country, filed from a third state; the unplaced firm is the dateline
            # state's
            self.table.drafts[local].country = self.dateline_country
            countries.append(self.dateline_country)
        elif not countries and self.dateline_country and final and \
                not any(map(is_lenders, final)) and all(
                    k in self.table.drafts and self.table.drafts[k].kind in
                    ("organization", "person") for k in final):
            # "TOKYO - Mitsubishi Corp signed a contract to ...": a deal of firms and people
            # of no stated country is the dateline state's
            countries.append(self.dateline_country)
        # "Greek firm A signed with Greek firm B": sides all placed, nothing to complete
        with_bodies = len(final) >= 2 and all(self.table.country_of(k) for k in final) and \
            any(self.table.drafts[k].kind != "country" for k in final)
        # an international body is a side: the states are only those named as sides
        kinds = [self.table.drafts[k].kind for k in final if k in self.table.drafts]
        # so are a debtor's lenders: their states are no side ("with its creditor banks")
        with_bodies = with_bodies or "international" in kinds or any(map(is_lenders, final))
        # ratifying is one state's act, and a treaty known by its name ("the Kyoto Protocol")
        # is open to many: the article's other state is no side of it
        one_state_act = status == "ratified" or (
            tok.pos_ == "PROPN" and tok.is_title and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" for c in tok.children))
        other = next((c for c in self.table.dyad if countries and c != countries[0]), None)
        if len(set(countries)) == 1 and len(self.table.dyad) == 2 and not with_bodies and \
                countries[0] in self.table.dyad and not one_state_act and other and \
                not self._only_a_place(other):
            countries.append(other)
            if not any(self.table.country_of(k) == other for k in final) and \
                    all(self.table.drafts[k].kind == "country" for k in final):
                ck = self.table.country_key(other)
                if ck in self.table.drafts:
                    d.parties.append(ck)
        d.countries = sorted(set(countries))
        unplaced = [c for c in d.countries
                    if not any(self.table.country_of(k) == c for k in d.parties)]
        if len(unplaced) == 1 and len(d.countries) == 2 and d.parties and all(
                k in self.table.drafts and self.table.drafts[k].kind == "country"
                for k in d.parties):
            # "Japan's failure to honour an agreement to stop dumping in markets outside the
            # United States": the one other state the instrument names is its other side
            d.parties.append(self.table.ensure_country(unplaced[0], get_gazetteer()).key)
        elif len(d.countries) == 1 and d.parties and all(
                k in self.table.drafts and self.table.drafts[k].kind == "international"
                for k in d.parties):
            # "a deal bringing Turkey closer to EU membership": a body and the one state the
            # instrument names are its sides
            d.parties.append(self.table.ensure_country(d.countries[0], get_gazetteer()).key)
        d.status = status
        if d.status and not self._acts_as_party(verb, d):
            d.status = None  # "Greece denounced the Turkish-Libyan accord": a comment
        d.modality = modality(verb) if verb is not None else "asserted"
        if verb is not None and d.modality != "negated" and agreeing_unmade(verb):
            d.modality = "hypothetical"  # "no bids until the ministers agree to the package"
        kept = d.status == "in_force" and _kept(tok)
        if kept and (verb is None or verb.head.i != tok.i):
            # "failed to keep an agreement": the keeping is denied, not the accord, and its
            # standing is inferred, no act on it (nor dated by the lead's day)
            d.modality, d.status_inferred = "asserted", True
        if verb is not None and verb.lemma_ in LENDING_VERBS and \
                tok.lemma_.lower() in FINANCIAL_LEMMAS:
            d.status = "agreed"  # "extended a loan to X": granted, not prolonged
        if d.status is None and verb is not None and verb.dep_ == "xcomp" and \
                verb.head.lemma_ == "agree" and verb.lemma_ not in STATUS_VERBS:
            # "A and B agreed to form a joint venture": agreeing on it is the act reported
            d.status, d.modality = "agreed", modality(verb.head)
        if d.status == "extended" and d.modality == "negated" and verb is not None:
            # "will not renew an agreement when it expires": letting it lapse ends it
            d.status = "terminated"
            d.modality = "future" if any(c.dep_ == "aux" and c.lower_ in (
                "will", "wo", "shall", "'ll") for c in verb.children) else "asserted"
        if talks is not None and d.status in ("signed", "agreed", "initialled"):
            # the accord the talks aim at is being negotiated, as surely as the talks happen
            d.status = "negotiating"
            d.modality = modality(talks)
        attempt = verb.head if verb is not None and verb.dep_ == "xcomp" else None
        if attempt is not None and attempt.lemma_ in ATTEMPT_VERBS and \
                d.status in ("signed", "agreed", "initialled") and d.modality != "negated":
            # "Turkmenistan is trying to strike a similar deal with Russia": the sides are
            # negotiating now; whether they will sign is what the article does not know
            d.status = "negotiating"
            d.modality = modality(attempt)
        weighed = verb is not None and verb.lemma_.lower() in WEIGHING_VERBS and \
            tok.dep_ == "dobj" and tok.head.i == verb.i and \
            not any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in tok.children)
        if weighed or any(c.dep_ == "amod" and c.lower_ in UNREALISED for c in tok.children):
            # "a possible trade agreement", "the proposed accord", "is considering a pact":
            # not (yet) agreed
            if d.modality == "asserted":
                d.modality = "hypothetical"
            d.status = d.status or "negotiating"
        d.subject = self._subject_phrase(tok, scope)
        party_names = " ".join(self.table.drafts[k].name for k in final)
        d.sectors = rank_sectors(d.subject, scope.text if scope.text.strip() else sent.text,
                                 party_names)
        # "criticised the accord on Monday": the date of a comment is not the accord's
        if kept and (verb is None or verb.head.i != tok.i):
            # nor is the day one keeps to it ("was honouring the pact", in a lead filed on
            # Monday): only a date of its own ("its 1986 pact") dates it
            if not self._made_date(tok, d):
                self._own_date(None, sent, d, tok)
        elif d.status == "in_force" and (verb is None or verb.lemma_ == "be") and \
                self._made_date(tok, d):
            pass  # "the 1986 chip pact is still valid": in force since it was made
        else:
            # "A and B yesterday established a joint venture": the day it was set up dates it
            made = verb is not None and tok.dep_ == "dobj" and tok.head.i == verb.i and \
                verb.lemma_ in MAKING_VERBS
            self._collect_date(verb if d.status or made else None, sent, d, tok)
        d.confidence = 0.5 + 0.1 * min(len(final), 2) + (0.1 if d.status else 0.0)
        return d

    def _lender_on_deal(self, tok: Token) -> list[str]:
        """The international body named as a modifier of a debt deal ("the Paris Club
        refinancing agreement", "an IMF standby credit", "a World Bank loan"): a lending
        body, or any body on a loan, credit, rescheduling or refinancing."""
        mods = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss")]
        mods += [g for c in mods for g in c.children if g.dep_ in ("compound", "nmod")]
        finance = tok.lemma_.lower() in FINANCIAL_LEMMAS or any(
            c.lemma_.lower() in DEBT_DEAL_WORDS or c.lower_ in DEBT_DEAL_WORDS for c in mods)
        out: list[str] = []
        for c in mods:
            key = self.table.token_actor.get(c.i)
            draft = self.table.drafts.get(key) if key else None
            if draft is None or draft.kind != "international" or key in out:
                continue
            body = _body_entry(draft.name)
            if finance or (body is not None and _lending_body(body)):
                out.append(key)
        return out

    def _owner_of(self, bought: Token) -> str | None:
        """The one firm that owns what is bought: the thing itself when it is a firm ("buy
        Carnation Co"), else the firm it is "of" or "in" ("a unit of Bendix", "a stake in
        Leyland Bus") or whose it is ("Texasgulf's mining unit")."""
        def firm(tok: Token) -> str | None:
            key = self._actor_at(tok.i)
            draft = self.table.drafts.get(key) if key else None
            return key if draft is not None and draft.kind == "organization" else None

        for tok in [bought] + [o for p in bought.children if p.dep_ == "prep" and
                               p.lower_ in ("of", "in") for o in p.children
                               if o.dep_ == "pobj"] + [c for c in bought.children
                                                       if c.dep_ == "poss"]:
            if (key := firm(tok)) is not None:
                return key
        return None

    def _local_party(self, parties: list[str], countries: list[str]) -> str | None:
        """The one firm among two or more sides with no country, when the others are of
        one state and the story is filed from another state."""
        home = self.dateline_country
        if home is None or len(set(countries)) != 1 or home in countries:
            return None
        unplaced = [k for k in parties if k in self.table.drafts and
                    self.table.drafts[k].kind == "organization" and
                    self.table.country_of(k) is None and not is_lenders(k)]
        return unplaced[0] if len(unplaced) == 1 and len(parties) >= 2 else None

    def _modifier_countries(self, tok: Token) -> list[str]:
        """Countries named in the instrument's own modifiers: "US-Indian", "Turkish-Libyan",
        "India-China", "Russia's"."""
        out: list[str] = []
        for t in tok.subtree:
            if t.i >= tok.i:
                break
            if t.dep_ in ("prep", "pobj") or t.head.dep_ == "prep":
                continue
            joined = _joined_countries(t.text)
            if joined:  # "U.S.-Japan", "U.S./Soviet": one token the name matcher never sees
                out.extend(iso for iso in joined if iso not in out)
                continue
            iso = self.table.token_country.get(t.i)
            if iso is None and t.lower_ in COMBINING_FORMS and t.i + 1 < len(t.doc) and \
                    t.doc[t.i + 1].text == "-":
                iso = COMBINING_FORMS[t.lower_]  # "Franco-German", split at the hyphen
            key = self.table.token_actor.get(t.i)
            if iso and (key is None or key.startswith("country:")) and iso not in out:
                out.append(iso)
        return out

    def _acts_as_party(self, verb: Token | None, d: AgreementDraft) -> bool:
        """Whether the subject of the status verb is one of the sides (or unknown): a third
        state that "denounces" or "welcomes" an accord does not change its status."""
        if verb is None:
            return True
        subj = [c for c in verb.children if c.dep_ in ("nsubj",)]
        if not subj:
            return True
        keys = [self.table.token_actor.get(t.i) for s in subj for t in s.subtree]
        # "it and B will sign": the firm "it" stands for
        keys += [k for s in subj for t in s.subtree for k in self._firms_referred(t)]
        keys = [k for k in self.table.expand([k for k in keys if k]) if k]
        if not keys:
            pronoun = subj[0].lower_ in ("he", "she") and self._last_person_before(subj[0].i)
            keys = [pronoun] if pronoun else []
        if not keys:
            return True
        if not any(self.table.country_of(k) for k in keys) and \
                STATUS_VERBS.get(verb.lemma_.lower()) in PARTY_ONLY_STATUSES:
            return True  # "President Bush has signed": only a side signs, whoever he is
        sides = set(d.countries)
        return any(k in d.parties or self.table.country_of(k) in sides for k in keys)

    def _site_country(self, tok: Token, verb: Token | None) -> str | None:
        """The state where the work of a contract someone won or was awarded is done: the
        place of an "in / near / at" phrase on the instrument, its purpose clause or the
        verb ("won a contract in Iraq", "a contract to build a port near Lagos")."""
        if verb is None or verb.lemma_.lower() not in WINNING_VERBS or tok.head.i != verb.i:
            return None
        near = [c for c in verb.children if c.dep_ == "prep"] + [
            t for t in tok.subtree if t.dep_ == "prep"]
        for prep in near:
            if prep.lower_ not in ("in", "near", "at", "outside"):
                continue
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                key = self.table.token_actor.get(obj.i)
                if key is not None:
                    if key.startswith("country:"):
                        return self.table.country_of(key)
                    continue
                ent = next((e for e in obj.doc.ents if e.start <= obj.i < e.end
                            and e.label_ in ("GPE", "LOC")), None)
                place = geocode(ent.text) if ent is not None else None
                if place is not None and place.country:
                    return place.country
        return None

    def _only_a_place(self, iso: str) -> bool:
        """Whether the article names the state only as where things happen ("signed in Hong
        Kong", "Bankers Trust (Hong Kong)"), never as an actor."""
        seen = False
        for i, key in self.table.token_actor.items():
            if self.table.country_of(key) != iso or not key.startswith("country:"):
                continue
            seen = True
            tok = self.doc[i]
            while tok.dep_ == "compound" and tok.head is not tok:
                tok = tok.head
            placed = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "near", "inside")
            bracketed = i > 0 and self.doc[tok.left_edge.i - 1].text == "(" or \
                i > 0 and self.doc[i - 1].text == "("
            if not placed and not bracketed:
                return False
        return seen

    def _there(self, verb: Token | None) -> str | None:
        """"There he is expected to strike a pact": the country named last before."""
        if verb is None:
            return None
        v = verb
        for _ in range(3):
            if any(c.lower_ == "there" and c.dep_ == "advmod" for c in v.children):
                break
            if v.head is v:
                return None
            v = v.head
        else:
            return None
        for k in range(verb.sent.start - 1, -1, -1):
            key = self.table.token_actor.get(k)
            if key and key.startswith("country:"):
                return key
        return None

    def _scope_countries(self, scope: Span, head: Token | None = None,
                         verb: Token | None = None) -> list[str]:
        """Countries after the instrument that belong to it or to its verb's party phrases,
        not to a place ("at the border with Eritrea") or a clause of its own."""
        allowed: set[int] | None = None
        if head is not None:
            allowed = _outside_absolutes(head)
            if verb is not None:
                for c in verb.children:
                    if c.dep_ in ("prep", "dative") and c.lower_ in (
                            "with", "between", "among", "to", "for", "from", "involving"):
                        allowed.update(t.i for t in _phrase_tokens(c))
        # "signed in Hong Kong with a syndicate of banks": where it was signed is no side
        where = {t.i for h in (head, verb) if h is not None for c in h.children
                 if c.dep_ == "prep" and c.lower_ in ("in", "at", "near", "inside")
                 for t in c.subtree}
        keys = []
        for tok in scope:
            if allowed is not None and tok.i not in allowed or tok.i in where:
                continue
            if tok.dep_ == "relcl" and not _purpose_clause(tok):
                break
            key = self.table.token_actor.get(tok.i)
            if key and key.startswith("country:") and key not in keys:
                keys.append(key)
        return keys

    def _subject_phrase(self, tok: Token, scope: Span) -> str:
        if instrument_class(tok) is None and tok.lemma_.lower() not in FINANCIAL_LEMMAS:
            # "loaned Uganda 92.1 mln dlrs": the money lent
            return "loan of " + _text([t for t in tok.subtree if t.i <= tok.i])
        # not "recently announced", "official April 11": participles and dates say when or
        # how it came about, not what it is about
        left = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "npadvmod")
                and c.lower_ not in GENERIC_MODIFIERS and not c.like_num
                and c.lower_ not in CURRENCY_WORDS  # "a 7.7 billion dlr loan": its size
                and c.lower_ not in MAGNITUDE_WORDS
                and c.i not in self.table.token_country
                and c.ent_type_ not in ("MONEY", "DATE", "TIME")
                and not (c.dep_ == "amod" and c.tag_ in ("VBN", "VBD"))
                # "a US-friendly treaty", "an EU-style pact": whose favour, not its content
                and not (c.dep_ == "amod" and any(
                    t.i in self.table.token_country for t in c.subtree if t.i < c.i))]
        kept: list[Token] = []
        for c in left:
            kept.extend(t for t in c.subtree if t.ent_type_ != "MONEY"
                        and t.i not in self.table.token_country and not t.like_num
                        and t.lower_ not in CURRENCY_WORDS
                        and t.lower_ not in MAGNITUDE_WORDS
                        and t.text not in ("$", "(", ")", "£"))
        while kept and kept[0].tag_ == "DT" and kept[0].i < tok.left_edge.i + 1:
            kept.pop(0)  # "concluding a fisheries pact" parsed with "a" on "fisheries"
        words = [t.text for t in kept]
        right: list[str] = []
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("on", "for", "of", "to") and not (
                    c.lower_ == "of" and _names_the_instrument(tok, c)) and not any(
                    o.ent_type_ in ("DATE", "TIME") for o in c.children if o.dep_ == "pobj"):
                objs = [o for o in c.children if o.dep_ in ("pobj", "pcomp")]
                right = [_text(_whole_phrases(o, SUBJECT_WORDS)) for o in objs]
                break
            if c.dep_ in ("acl", "relcl") and c.lemma_ not in STATUS_VERBS and not (
                    c.lemma_ == "be" or any(a.dep_ == "acomp" for a in c.children)):
                # not "a deal that is mutually beneficial": what it should be like
                right = [_text(_whole_phrases(c, SUBJECT_WORDS))]
                break
        if not words and not right:
            # "signed a letter of intent with X to exploit the coal deposits": the purpose
            # of the act that made the instrument says what it is about
            verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
            for c in verb.children if verb is not None else []:
                if c.dep_ in ("advcl", "xcomp") and any(
                        a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
                    right = [_text(_whole_phrases(c, SUBJECT_WORDS))]
                    break
        text = " ".join(words + right).replace(" - ", "-")
        text = re.sub(r"\s+", " ", text).strip(" -")
        return re.sub(r"\s+([,.])", r"\1", text)

    def _collect_date(self, verb: Token | None, sent: Span, d: AgreementDraft,
                      head: Token | None = None) -> None:
        """The date of the act: a date whose nearest governing verb is the status verb
        ("where on Sunday A and B signed"), or one in an "on" phrase of the instrument itself
        ("a memorandum on April 11"); failing that, the date of the clause the verb's purpose
        or conjoined clause depends on ("met last Thursday ... to sign an agreement"). An
        act of the body's first sentence with none is dated by the dateline ("TOKYO, June 29
        -"), the day the story was filed."""
        if not self._own_date(verb, sent, d, head) and sent.start == self.body_start and \
                self._dateline_dates and (verb is None or modality(verb) == "asserted"):
            self._add_date(d, self._dateline_dates[0])  # the lead's act, on the day filed

    def _own_date(self, verb: Token | None, sent: Span, d: AgreementDraft,
                  head: Token | None) -> bool:
        """Add the act's own date from `sent` (see _collect_date); whether there was one."""
        own = {t.i for t in head.subtree} if head is not None else set()
        if verb is not None and verb.i in own:  # "the accord signed Wednesday"
            own -= {t.i for t in verb.subtree}
        # (not the headline's dates, on the lines above the body's first)
        dates = [e for e in sent.ents if e.label_ == "DATE" and e.start_char >= self._line_start]
        if not dates:
            return False
        # "is expected to be signed today": the status verb the governing verb carries
        verbs = [verb] if verb is not None else []
        if verb is not None:
            verbs += [c for c in verb.children if c.dep_ in ("xcomp", "conj")
                      and c.lemma_ in STATUS_VERBS]
        for depth in range(2):
            for ent in dates:
                if head is not None and depth == 0 and ent.root.head.dep_ == "prep" and \
                        ent.root.head.lower_ == "on" and ent.root.head.head.i == head.i:
                    self._add_date(d, ent)
                    return True
                if ent.root.i in own:  # "the 1986 Cocoa Agreement": not the act's date
                    continue
                clause = clause_verb(ent.root)
                if clause is not None and any(clause.i == v.i for v in verbs):
                    self._add_date(d, ent)
                    return True
            v = verb
            if v is None or v.head.i == v.i or not (
                    v.dep_ in ("xcomp", "conj") or (v.dep_ == "advcl" and _purpose_clause(v))):
                return False
            verbs = [v.head]
        return False

    def _made_date(self, head: Token, d: AgreementDraft) -> bool:
        """The day an instrument in force was made, told on the instrument itself: a date
        among its modifiers ("a 1986 pact", "a September 1986 agreement") or in the clause
        that says it was made ("a pact on chip trade signed last September")."""
        spans = [t for c in head.lefts if c.dep_ in ("nummod", "nmod", "compound", "amod",
                                                      "npadvmod", "poss") for t in c.subtree]
        # (the parser may hang the clause on the instrument's own "on" phrase)
        spans += [t for c in head.subtree if c.i > head.i and c.dep_ == "acl" and
                  c.lemma_.lower() in STATUS_VERBS for t in c.subtree]
        for ent in head.doc.ents:
            if ent.label_ == "DATE" and any(t.i == ent.root.i for t in spans):
                self._add_date(d, ent)
                return True
        return False

    def _add_date(self, d: AgreementDraft, ent: Span) -> None:
        """"Earlier that day": the day of the act last dated."""
        if re.search(r"\b(?:that|the same) day\b", ent.text, re.I):
            if self._last_date is None:
                return
            ent = self._last_date
        doc = ent.doc
        if ent.end + 1 < len(doc) and doc[ent.end].lower_ == "or" and \
                doc[ent.end + 1].ent_type_ == "DATE":
            # "today or tomorrow": both days
            end = ent.end + 1
            while end < len(doc) and doc[end].ent_type_ == "DATE" and doc[end].ent_iob_ != "B" \
                    or end == ent.end + 1:
                end += 1
            ent = doc[ent.start:end]
        d.date_tokens.append(ent)
        self._last_date = ent

    # ---- "A and B agreed to set up a joint commission" ----------------------------------
    def _agreed_to(self, sent: Span, heads: list[tuple[Token, str]],
                   drafts: list[AgreementDraft]) -> None:
        for tok in sent:
            if tok.pos_ != "VERB":
                continue
            buyer: list[Token] = []
            if tok.lemma_ in ADOPTING_VERBS:
                # "approved a plan for X to buy six cranes from Y": the plan's sale, X's
                plan = next((c for c in tok.children if c.dep_ == "dobj" and
                             c.lemma_.lower() in ADOPTED_NOUNS), None)
                xcomp = next((c for c in plan.children if c.dep_ in ("acl", "relcl") and
                              c.lemma_ in TRADE_VERBS), None) if plan is not None else None
                if xcomp is None:
                    continue
                buyer = [o for c in plan.children if c.dep_ == "prep" and c.lower_ == "for"
                         for o in c.children if o.dep_ == "pobj"]
            elif tok.lemma_ != "agree":
                continue
            elif tok.dep_ == "relcl" and instrument_class(tok.head):
                continue  # "the 1976 accord under which both sides agreed to ...": its terms
            else:
                xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and
                              c.pos_ == "VERB"), None)
            if xcomp is None:
                # "Chile and Peru agreed on a new fishing quota": what they agreed on
                xcomp = next((o for p in tok.children if p.dep_ == "prep" and p.lower_ in (
                    "on", "upon") for o in p.children if o.dep_ == "pobj" and o.pos_ in (
                    "NOUN", "PROPN") and o.ent_type_ not in ("DATE", "TIME")), None)
            if xcomp is None:
                continue
            # an instrument noun already in this clause is the record
            if any(h.i in {t.i for t in xcomp.subtree} for h, _ in heads):
                continue
            # "Under the pact, Moscow has agreed to buy ...": a term of the instrument the
            # clause names, no agreement of its own
            if any(instrument_class(t) for p in tok.children if p.dep_ == "prep" and
                   p.lower_ not in ("with", "on", "upon") for t in p.subtree):
                continue
            # "agreed to reopen talks", "agreed to meet again": an intent to talk (an event),
            # not an agreement on anything yet
            if xcomp.lemma_ in TALK_VERBS or any(
                    c.dep_ == "dobj" and c.lemma_.lower() in NEGOTIATION_NOUNS
                    for c in xcomp.children) or (xcomp.pos_ != "VERB" and any(
                        t.lemma_.lower() in NEGOTIATION_NOUNS | TALK_VERBS
                        for t in xcomp.subtree)):
                continue  # nor "agreed on the need for more talks"
            keys = [k for b in buyer for t in b.subtree
                    if (k := self._actor_at(t.i))][:1] or self._subject_actors(tok)
            countries = {self.table.country_of(k) for k in keys} - {None}
            partners: list[Token] = []
            if len(countries) < 2 and not self._state_and_lender(keys):
                # "Deutsche Babcock agreed to cooperate with BASF and the Japanese firm KHI":
                # the partners named after "with" are the other side; in a sale, the side
                # it is bought from or sold to
                side_word = TRADE_VERBS.get(xcomp.lemma_) if xcomp.pos_ == "VERB" else None
                # (not `heads`: that names the clause's instrument nouns for the next verb)
                hangers = [xcomp, tok] + [o for o in xcomp.children if o.dep_ == "dobj"
                                          and side_word]  # "buy cranes from Y" hangs on either
                # "agreed in principle with Renault": the partner hangs on the phrase
                hangers += [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "in"
                            for o in p.children if o.dep_ == "pobj" and o.lower_ == "principle"]
                partners = [p for v in hangers for p in v.children
                            if p.dep_ in ("prep", "dative") and p.lower_ in ("with", side_word)
                            and v.pos_ in ("VERB", "NOUN") and any(
                                self._actor_at(t.i) for t in p.subtree)]
                bought = [c for c in xcomp.children if c.dep_ == "dobj"] \
                    if side_word == "from" and not partners else []
                # "agreed to buy a unit of Bendix France", "agreed to acquire a 50 pct stake
                # in Leyland Bus": the firm whose part is bought is the other side (the firm,
                # not the state that describes its unit: "the U.S. business of Kidde Inc")
                partners += bought
                if side_word == "to":
                    # "agreed to supply Iran with oil": the one supplied is the object
                    partners += [c for c in xcomp.children if c.dep_ in ("dobj", "dative")
                                 and any(p.dep_ == "prep" and p.lower_ == "with"
                                         for p in xcomp.children)]
                others = [k for p in partners for t in p.subtree
                          if (k := self._actor_at(t.i)) and k not in keys]
                described = set()
                owner = self._owner_of(bought[0]) if bought else None
                if owner is not None and owner not in keys:
                    if self.table.country_of(owner) is None:
                        described = {self.table.country_of(k) for k in others} - {None}
                    others = [owner]
                sides = {self.table.country_of(k) or k for k in keys + others}
                # "OPEC agreed on a new output ceiling": its members, among themselves
                members = not others and self._members_agree(keys)
                if not members and (not keys or not others or len(sides) < 2 or not (
                        countries | described |
                        {self.table.country_of(k) for k in others}) - {None}):
                    continue
                keys = keys + list(dict.fromkeys(others))
                countries = ({self.table.country_of(k) for k in keys} | described) - {None}
            if xcomp.pos_ != "VERB":
                known = next((o for o in drafts if o.countries == sorted(countries)
                              and countries), None)
                if known is not None:
                    # "the two companies agreed on the pre-payment": a term of the deal
                    # between them already recorded
                    known.evidence.append((sent.start_char, sent.end_char))
                    continue
            d = AgreementDraft(instrument="agreement", head=tok.i, verb=tok)
            d.evidence.append((sent.start_char, sent.end_char))
            final: list[str] = []
            for key in keys:
                draft = self.table.drafts[key]
                if draft.kind == "person":
                    d.signers.append(key)
                    key = self.table.country_key(draft.country) if draft.country else key
                    if key not in self.table.drafts:
                        continue
                if key not in final:
                    final.append(key)
            if len(countries) == 1 and (local := self._local_party(final, sorted(countries))):
                # "MIAMI - Solar Systems said it agreed to buy 45 pct of a firm selling
                # products of INKEY of Spain": the unplaced buyer is the dateline state's
                self.table.drafts[local].country = self.dateline_country
                countries.add(self.dateline_country)
                final = self._firms_over_states(final)
            d.parties = final
            d.countries = sorted(countries)
            d.status = "agreed"
            d.modality = modality(tok)
            # what is bought stays in the subject: "buy a majority stake in GTE's unit"
            skip = {t.i for p in partners if p.dep_ != "dobj" for t in p.subtree}
            if xcomp.pos_ == "VERB":
                # (whitespace tokens are the article's line breaks, never part of a subject)
                words = [t.text for t in xcomp.subtree if t.i > xcomp.i and t.i not in skip
                         and not t.is_space]
                d.subject = " ".join([xcomp.text] + words[:10])
            else:
                d.subject = _text(_whole_phrases(xcomp, SUBJECT_WORDS))
            d.sectors = rank_sectors(d.subject, " ".join(t.text for t in xcomp.subtree), "")
            if not d.sectors:
                d.sectors = ["diplomacy"]
            self._collect_date(tok, sent, d)
            d.confidence = 0.6
            drafts.append(d)

    def _financing_talks(self, sent: Span, heads: list[tuple[Token, str]],
                         drafts: list[AgreementDraft]) -> None:
        """A debtor's talks with its lenders (or with another state) on a loan, a credit, a
        package or the rescheduling of its debt are the negotiation of that deal: "Peru's
        talks with the IMF on a standby credit", "is negotiating with its creditor banks on
        rescheduling its debt". Both sides must be named on the talks; the deal is agreed
        when the talks are said to be completed."""
        if heads:
            return  # "talks with the IMF on an accord for a loan": the accord is the record
        for tok in sent:
            talks = _talks_over_finance(tok)
            if talks is None:
                continue
            sides = self._finance_talks_sides(talks)
            # "on rescheduling part of Brazil's debt": the debtor named on the deal itself
            sides += [k for t in tok.subtree if t.dep_ == "poss" and t.i > talks.i
                      and (k := self.table.token_actor.get(t.i)) and k not in sides
                      and self.table.drafts[k].kind == "country"]
            if len({self.table.country_of(k) for k in sides} - {None}) < 1 or len(sides) < 2:
                continue
            if not any(is_lenders(k) or self.table.drafts[k].kind in (
                    "international", "organization") for k in sides) and \
                    len({self.table.country_of(k) for k in sides} - {None}) < 2:
                continue
            # "were involved in negotiations with banks on ...": the talks under way, whatever
            # is said of taking part in them; the verb of talks it holds or says of them does
            verb = talks if talks.pos_ == "VERB" else clause_verb(talks) \
                if talks.dep_ in ("nsubj", "nsubjpass", "dobj") else None
            if verb is not None and verb.lemma_ in ("seek", "want", "plan", "propose"):
                continue
            scope = self.doc[tok.i + 1:max(tok.i + 1, tok.right_edge.i + 1)]
            d = self._draft(tok, "agreement", None, sent, scope, sides, "between")
            done = verb is not None and verb.lemma_.lower() in CONCLUDING_VERBS and \
                talks.dep_ in ("nsubj", "nsubjpass")
            d.status = "agreed" if done else "negotiating"
            d.status_inferred = False
            d.modality = modality(verb) if verb is not None else "asserted"
            if d.modality in ("future", "hypothetical") and not done:
                continue  # "will hold talks on a loan next month": none under way yet
            d.subject = self._deal_subject(tok)
            self._collect_date(None, sent, d, tok)
            drafts.append(d)
            return

    def _deal_subject(self, tok: Token, nested: bool = False) -> str:
        """The financial deal as a noun phrase without its size or its sides: "standby
        credit", "rescheduling part of Brazil's foreign debt"."""
        if tok.pos_ == "VERB":
            return _text(_whole_phrases(tok, SUBJECT_WORDS))
        left = [t for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
                for t in c.subtree]
        words = [t for t in left if not t.like_num and t.ent_type_ != "MONEY"
                 and t.lower_ not in CURRENCY_WORDS and t.lower_ not in MAGNITUDE_WORDS
                 and t.lower_ not in GENERIC_MODIFIERS and t.i not in self.table.token_country
                 and t.i not in self.table.token_actor and t.is_alpha]
        prep = next((p for p in tok.rights if p.dep_ == "prep" and p.lower_ in ("of", "for")
                     and not nested), None)
        right = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in (
            "NOUN", "PROPN")][:1] if prep is not None else []
        text = " ".join([t.text for t in words] + [tok.text] + [
            f"{prep.lower_} {self._deal_subject(o, True)}" for o in right if prep is not None])
        return re.sub(r"\s+", " ", text).strip()

    def _finance_talks_sides(self, talks: Token) -> list[str]:
        """Who holds talks on a financial deal: their owner ("Zambia's talks"), the subject
        of their verb, and whoever they are "with" or "between", lenders named by a common
        noun ("with its creditor banks") among them."""
        keys: list[str] = []
        if talks.pos_ == "VERB":
            keys += self._subject_actors(talks)
        else:
            # "A opened talks with B", not "analysts see talks with B taking months"
            if talks.dep_ == "dobj" and talks.head.lemma_.lower() in TALKS_HOLDING_VERBS:
                keys += self._subject_actors(talks.head)
            for c in talks.children:
                if c.dep_ == "poss":
                    keys += [k for t in c.subtree if (k := self.table.token_actor.get(t.i))]
        for c in talks.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between") and not _absolute_with(c):
                for t in _phrase_tokens(c):
                    key = self.table.token_actor.get(t.i) or self._lender_side(t, True)
                    if key:
                        keys.append(key)
        keys = [k for k in dict.fromkeys(keys) if k in self.table.drafts]
        # persons stand for their state
        out: list[str] = []
        for k in keys:
            draft = self.table.drafts[k]
            if draft.kind == "person":
                if not draft.country:
                    continue
                k = self.table.country_key(draft.country)
                if k not in self.table.drafts:
                    continue
            if k not in out:
                out.append(k)
        return out

    def _members_agree(self, keys: list[str]) -> bool:
        """"The 13-nation OPEC agreed to cut its ceiling": one body, not a lender, agreeing
        on its own is its members agreeing among themselves (`_body_own`)."""
        if len(keys) != 1 or keys[0] not in self.table.drafts:
            return False
        draft = self.table.drafts[keys[0]]
        body = _body_entry(draft.name) if draft.kind == "international" else None
        return body is not None and not _lending_body(body)

    def _state_and_lender(self, keys: list[str]) -> bool:
        """"Jamaica agreed in principle with its bank advisory committee on a rescheduling",
        "X and the IMF agreed on a programme": a state (or its official) and its lenders or
        an international body are the two sides already, though only one is a state."""
        return any(self.table.country_of(k) for k in keys) and any(
            is_lenders(k) or (k in self.table.drafts and
                              self.table.drafts[k].kind == "international") for k in keys)

    def _acquired(self, sent: Span, heads: list[tuple[Token, str]],
                  drafts: list[AgreementDraft]) -> None:
        """A firm buying another firm, or a part of one, from another state: "Novartis
        has bought Germany's Hexal", "the label was purchased by a US group", "X will acquire
        21 pct of Spain's Y", "X sold its unit to a US group". The sale is a deal between
        the buyer and the firm it buys from (its owner), when both are firms placed in
        different states; "agreed to buy" is the agreeing verb's record. A purchase dated
        in the past ("bought it last year") is an earlier deal the story recalls."""
        for tok in sent:
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in ACQUIRING_NOUNS:
                self._acquisition_noun(tok, sent, heads, drafts)
                continue
            if tok.pos_ != "VERB" or tok.lemma_ not in ACQUIRING_VERBS | {"sell"}:
                continue
            if tok.dep_ == "xcomp" and tok.head.lemma_ == "agree":
                continue  # the agreement itself (_agreed_to)
            if tok.dep_ in ("amod", "relcl", "acl", "pcomp", "csubj") or \
                    modality(tok) in ("negated", "hypothetical"):
                continue  # "the recently acquired unit", "whether it buys": no act reported
            subtree = {t.i for t in tok.subtree}
            if any(h.i in subtree or tok.i in {t.i for t in h.subtree} for h, _ in heads):
                continue  # "bought the stake under an agreement": the instrument's record
            passive = any(c.dep_ == "auxpass" for c in tok.children)
            bought = [c for c in tok.children
                      if c.dep_ == ("nsubjpass" if passive else "dobj")]
            if not bought or any(
                    e.label_ == "DATE" and re.search(r"\b(last|ago|previous|earlier)\b",
                                                     e.text.lower())
                    for e in sent.ents if e.start in subtree):
                continue

            def firms(keys: list[str]) -> list[str]:
                return [k for k in dict.fromkeys(keys) if k in self.table.drafts
                        and self.table.drafts[k].kind == "organization"]

            subjects = firms(self._subject_actors(tok))
            if tok.lemma_ == "sell":
                if passive:
                    continue
                sellers = subjects
                buyers = firms([k for p in tok.children if p.dep_ in ("prep", "dative")
                                and p.lower_ == "to" for t in _phrase_tokens(p)
                                if (k := self._actor_at(t.i))])
            else:
                buyers = subjects
                sellers = firms([k for p in tok.children if p.dep_ == "prep" and
                                 p.lower_ == "from" for t in _phrase_tokens(p)
                                 if (k := self._actor_at(t.i))])
                # "bought the Polish brewer Okocim": the firm in apposition is what is bought
                for node in [bought[0]] + [c for c in bought[0].children if c.dep_ == "appos"]:
                    if not sellers and (owner := self._owner_of(node)) is not None:
                        sellers = [owner]
                if not sellers and (state := self._firm_named_by_state(bought[0])):
                    sellers = [state]  # "bid $800m to buy two Indian cement firms"
            if tok.lemma_ == "sell" and not buyers:
                # "sold its label to a US investment group": the buyer named by its state
                buyers = [k for p in tok.children if p.dep_ in ("prep", "dative")
                          and p.lower_ == "to" for o in p.children if o.dep_ == "pobj"
                          if (k := self._firm_named_by_state(o))][:1]
            if len(buyers) != 1 or len(sellers) != 1 or sellers == buyers:
                continue
            words = [t.text for t in tok.subtree if t.i > tok.i and not t.is_space]
            self._firm_deal([buyers[0], sellers[0]], tok, tok, sent, drafts,
                            " ".join([tok.lemma_] + words[:10]))

    def _firm_named_by_state(self, node: Token) -> str | None:
        """The state of a firm the story names only by a noun and its state's word, as the
        side of a sale: "two Indian cement firms", "a US investment group", "21 pct of the
        shares in the Spanish company" (what is bought, or the firm it is "of" or "in").
        The state's actor key stands for the firm; None when a named actor is there."""
        nodes = [node]
        for _depth in range(2):
            nodes += [o for n in nodes for p in n.children if p.dep_ == "prep" and
                      p.lower_ in ("of", "in") for o in p.children if o.dep_ == "pobj"
                      and o not in nodes]
        for n in nodes:
            if n.pos_ != "NOUN" or n.lemma_.lower() not in FIRM_NOUNS or \
                    any(self._actor_at(t.i) and not self._actor_at(t.i).startswith("country:")
                        for t in n.subtree):
                continue
            states = {self.table.token_country[c.i] for c in n.children
                      if c.dep_ in ("amod", "compound", "nmod") and
                      c.i in self.table.token_country}
            if len(states) == 1:
                return self.table.ensure_country(states.pop(), get_gazetteer()).key
        return None

    def _acquisition_noun(self, tok: Token, sent: Span, heads: list[tuple[Token, str]],
                          drafts: list[AgreementDraft]) -> None:
        """"the takeover of X by Y", "Y's purchase of X", "X said it had agreed a takeover
        by Y": the buyer is the noun's agent or owner, the firm bought what it is "of" (else
        the firm that agrees to it); a deal between two firms placed in different states."""
        if tok.tag_ != "NN" or any(c.dep_ == "det" and c.lower_ in DETERMINERS_GENERIC
                                   for c in tok.children):
            return
        if any(h.i in {t.i for t in tok.subtree} or tok.i in {t.i for t in h.subtree}
               for h, _ in heads):
            return  # "the takeover agreement": the instrument's record
        verb = governing_verb(tok)
        if verb is not None and modality(verb) in ("negated", "hypothetical"):
            return

        def firm(node: Token) -> str | None:
            # the one firm the phrase names ("the Swiss firm Holcim", "a unit of X")
            keys = [k for t in node.subtree if (k := self._actor_at(t.i))
                    and k in self.table.drafts and self.table.drafts[k].kind == "organization"]
            return keys[0] if len(set(keys)) == 1 else self._owner_of(node)

        buyer = next((k for c in tok.children if c.dep_ == "poss"
                      for k in [firm(c)] if k), None) or next(
            (k for p in tok.children if p.dep_ == "prep" and p.lower_ == "by"
             for o in p.children if o.dep_ == "pobj" for k in [firm(o)] if k), None)
        target = next((k for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                       for o in p.children if o.dep_ == "pobj" for k in [firm(o)] if k), None)
        if target is None and verb is not None and tok.dep_ == "dobj" and \
                verb.lemma_ in ("agree", "accept", "approve", "back"):
            firms = [k for k in self._subject_actors(verb) if k in self.table.drafts
                     and self.table.drafts[k].kind == "organization"]
            target = firms[0] if len(firms) == 1 else None
        if buyer is None or target is None or buyer == target:
            return
        self._firm_deal([buyer, target], tok, verb, sent, drafts,
                        _text(_whole_phrases(tok, SUBJECT_WORDS)))

    def _firm_deal(self, sides: list[str], tok: Token, verb: Token | None, sent: Span,
                   drafts: list[AgreementDraft], subject: str) -> None:
        """A sale or takeover between two firms placed in different states is a deal between
        them, known by the sale (no act of agreeing reported: the status is inferred); one
        already recorded between those states gains the sentence as evidence."""
        countries = [self.table.country_of(k) for k in sides]
        if None in countries or len(set(countries)) < 2:
            return
        countries = sorted(set(countries))
        known = next((o for o in drafts if o.countries == countries), None)
        if known is not None:
            known.evidence.append((sent.start_char, sent.end_char))
            return
        d = AgreementDraft(instrument="agreement", head=tok.i, verb=verb)
        d.evidence.append((sent.start_char, sent.end_char))
        d.parties = list(sides)
        d.countries = countries
        d.status, d.status_inferred = "agreed", True
        d.modality = modality(verb) if verb is not None else "asserted"
        if verb is not None and verb.lemma_ in ACQUIRING_VERBS | {"sell"} and \
                verb.tag_ in ("VBD", "VBN") and d.modality == "asserted":
            # "said it had bought all of Germany's Hexal", "was sold to a US group": a
            # purchase done is a deal concluded, as a signing is
            d.status, d.status_inferred = "signed", False
        elif verb is not None and verb.lemma_ in ACQUIRING_VERBS and (
                d.modality == "future" or verb.head.lemma_ in ("bid", "offer")):
            # "X will acquire 21 pct of Spain's Y", "has bid $800m to buy two Indian
            # firms": the buyer's stated intent to the seller is an agreeing (AGREE 0311)
            d.status_inferred = False
        d.subject = subject
        d.sectors = rank_sectors(d.subject, sent.text, "") or ["investment"]
        self._collect_date(verb, sent, d)
        d.confidence = 0.6
        drafts.append(d)
