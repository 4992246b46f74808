"""Stage 4: the countries of people the article implies but does not state, inferred from the
words describing them (before the coders run), the events the coder is sure of, lists of
people and the dateline. They are written into the actor table,
where every later stage reads them; an event kept only until a person's country was known is
dropped here if it still has one side."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from accords.code.events import EventDraft, settle_sides
from accords.code.modality import SPEECH_VERBS
from accords.model import Role
from accords.resolve.actors import ActorTable, Draft, several_datelines
from accords.resolve.places import is_us_state


def settle_nationalities(table: ActorTable, events: list[EventDraft],
                         doc: Doc) -> list[EventDraft]:
    """Infer people's countries into `table`; return the events that now have two sides."""
    # countries are inferred from the events the coder is sure of, never from one kept
    # only until a person's country is known
    countries_from_events(table, [e for e in events if not e.tentative])
    countries_from_lists(table, doc)
    # an event kept while a person's country was unknown needs its second side now
    kept = [e for e in events if not e.tentative or len(e.countries(table)) >= 2]
    return settle_sides(kept, table)


def describe_people(table: ActorTable, doc: Doc, dateline_country: str | None = None,
                    gz=None, outlet_country: str | None = None) -> None:
    """Before the coders run: the countries the words describing a person state outright
    (see countries_from_descriptions), and those of officials of the dateline's state (see
    countries_from_dateline), so that the coders see whom each person acts for."""
    digest = several_datelines(doc.text)  # each paragraph has its own dateline
    if digest:
        dateline_country = None
    elif dateline_country is None and gz is not None:
        dateline_country = home_country(table)
    if gz is not None and not digest:
        # before the people: an officer of an organ takes its country
        organs_of_story_state(table, doc, dateline_country, gz)
        chambers_of_story_state(table, dateline_country)
    countries_from_descriptions(table, doc)
    firm_described_again(table, doc)
    if gz is not None:
        officers_of_story_firm(table, doc, gz)
    if not digest:
        speaker_of_the_lead(table, doc)
    if not digest:
        members_of_chambers(table, doc, dateline_country)
    bodies_of_officers(table)
    companions(table, doc)
    if dateline_country and gz is not None:
        countries_from_lists(table, doc)  # "Attendees included A, B and C" says more
        countries_from_dateline(table, doc, dateline_country, gz)
    elif outlet_country and gz is not None and not digest:
        ministers_of_outlet_state(table, doc, outlet_country, gz)


def ministers_of_outlet_state(table: ActorTable, doc: Doc, outlet_country: str, gz) -> None:
    """A national outlet's story with no dateline ("International Development Minister Gareth
    Thomas said" in a BBC story): its ministers named without a country are the outlet's
    state's, where that state leads the story or no state is named. Spokesmen, advisers and
    the like are left out: the story may quote a firm's or a foreign body's."""
    if table.ranked and table.ranked[0] != outlet_country:
        return
    set_country(table, [d.key for d in _home_officials(table, doc, gz)
                        if all(_CABINET_WORDS.search(r.title) for r in d.roles)],
                outlet_country)


# the offices of a government's ministers and of legislators
_CABINET_WORDS = re.compile(r"\b(?:minister|secretary|chancellor|mp|senator)\b", re.I)


def home_country(table: ActorTable) -> str | None:
    """The state a story with no dateline is about, when it is the only one it names, at
    least twice (a BBC story of British politics); a story naming a second state may be
    about that state's officials too ("India's deal with the US ... Hadley said")."""
    named = [d for d in table.drafts.values() if d.kind == "country" and d.mentions]
    if len(named) != 1 or len(named[0].mentions) < 2 or \
            set(table.token_country.values()) - {named[0].country}:
        return None
    return named[0].country


def countries_from_events(table: ActorTable, events: list[EventDraft]) -> None:
    """A visitor of unknown nationality comes from the other side of the article's dyad:
    "Prime Minister Shehbaz Sharif's visit to Belarus" in a Pakistan-Belarus story; one who
    visits with others of the story's first state is of theirs ("WASHINGTON - ... Yeutter and
    Agriculture Secretary Lyng will visit Tokyo")."""
    dyad = table.dyad
    for ev in events:
        if ev.cameo != "042" or len(ev.actor) < 2:
            continue
        hosts = {table.country_of(k) for k in ev.recipient}
        fellows = {table.country_of(k) for k in ev.actor} - {None}
        # of the story's first state only: "Trade Minister X and French Trade Minister Y"
        # may be of two
        if fellows and fellows == set(table.ranked[:1]) and not fellows & hosts:
            set_country(table, [k for k in ev.actor if k in table.drafts and
                                table.drafts[k].kind == "person"], next(iter(fellows)))
    for ev in events:
        if ev.cameo != "042" or len(dyad) != 2:
            continue
        hosts = {table.country_of(k) for k in ev.recipient} - {None}
        if len(hosts) != 1 or next(iter(hosts)) not in dyad:
            continue
        home = next(c for c in dyad if c not in hosts)
        set_country(table, ev.actor, home)
    for ev in events:
        # "talks between Foreign Trade Minister Michel Noir and Yugoslavian minister
        # Egon Padovan" in a France-Yugoslavia story: Noir is the French side
        if ev.event != "CONSULT" or len(dyad) != 2:
            continue
        keys = ev.actor + ev.recipient
        known = {table.country_of(k) for k in keys} - {None}
        unknown = [k for k in keys if table.country_of(k) is None
                   and table.drafts[k].kind == "person"]
        # the known one across the talks, or in talks of joint sides ("talks between Noir
        # and Padovan"): "Yeutter and Lyng will visit Tokyo for discussions with Japan" makes
        # them partners, not each other's counterparts
        across = not ev.recipient or (unknown and {table.country_of(k) for k in (
            ev.recipient if unknown[0] in ev.actor else ev.actor)} - {None})
        if len(unknown) == 1 and len(known) == 1 and next(iter(known)) in dyad and across:
            set_country(table, unknown, next(c for c in dyad if c not in known))


def companions(table: ActorTable, doc: Doc) -> None:
    """Officials who accompany a leader travel in the leader's delegation and serve the
    leader's state: "Foreign Minister X will accompany Nakasone", "Nakasone, accompanied by
    X and Y,"."""
    if "accompan" not in doc.text.lower():
        return  # most stories: no token walk
    for tok in doc:
        if tok.lemma_.lower() != "accompany":
            continue
        if tok.dep_ == "acl" and tok.tag_ == "VBN":  # "Nakasone, accompanied by X"
            leaders = [tok.head]
            followers = [p for agent in tok.children if agent.dep_ == "agent"
                         for p in agent.children if p.dep_ == "pobj"]
        else:
            leaders = [c for c in tok.children if c.dep_ == "dobj"]
            followers = [c for c in tok.children if c.dep_ == "nsubj"]
        countries = {table.drafts[k].country for t in leaders for c in [t, *t.conjuncts]
                     if (k := _person_at(table, c))}
        if len(countries) != 1 or None in countries:
            continue
        keys = [k for t in followers for c in [t, *t.conjuncts] if (k := _person_at(table, c))]
        set_country(table, keys, countries.pop())


def _person_at(table: ActorTable, tok: Token) -> str | None:
    """The person a token names, by the table's tokens or, for a surname named again
    ("... accompany Nakasone"), by the person's mentions."""
    key = table.token_actor.get(tok.i)
    if key is None:
        key = next((d.key for d in table.drafts.values() if d.kind == "person" and any(
            s <= tok.idx < e for s, e in d.mentions)), None)
    if key is None and tok.pos_ == "PROPN":
        key = table.person_by_surname(tok.text, tok.idx)
    return key if key is not None and table.drafts[key].kind == "person" else None


def countries_from_lists(table: ActorTable, doc: Doc) -> None:
    """People listed together ("Attendees included A, B, C and D") without a country cue
    share the one country that at least two of the others in the list have."""
    clusters: dict[tuple[int, str], list[str]] = {}
    for tok in doc:
        key = table.token_actor.get(tok.i)
        if not key or not key.startswith("person:") or tok.head.i == tok.i or \
                tok.dep_ == "compound":
            continue
        root = tok
        while root.dep_ in ("conj", "appos") and root.head is not root:
            root = root.head
        # conjuncts, and objects of one verb listed with commas, form one list
        members = clusters.setdefault((root.head.i, root.dep_), [])
        if key not in members:
            members.append(key)
    for members in clusters.values():
        known = [table.country_of(k) for k in members if table.country_of(k)]
        if len(known) >= 2 and len(set(known)) == 1:
            set_country(table, [k for k in members if table.country_of(k) is None], known[0])


def set_country(table: ActorTable, keys: list[str], iso: str) -> None:
    """Give the people among `keys` who have no country yet the country `iso`. One who
    holds only offices of an international body ("IMF Managing Director X") serves the
    body: a list or a visit he is in tells nothing of his nationality."""
    bodies = {d.name for d in table.drafts.values() if d.kind == "international"}
    for key in keys:
        draft = table.drafts[key]
        if draft.roles and all(r.organization in bodies and r.country is None
                               for r in draft.roles):
            continue
        if draft.kind == "person" and draft.country is None:
            draft.country = iso
            for role in draft.roles:
                role.country = role.country or iso


# Dependents that describe the head noun they hang on: "U.S. Undersecretary", "Australia's
# delegate", "the Nigerian minister"
_DESCRIBING = frozenset({"compound", "nmod", "amod", "poss"})
# prepositions whose object says whom a person works for: "the foreign minister of Iraq",
# "spokesperson for the Australian Democrats", "Christine Milne of the Australian Greens"
_FOR_WHOM = frozenset({"of", "for"})


def countries_from_descriptions(table: ActorTable, doc: Doc) -> None:
    """A person described with a country the resolver's title patterns missed: "U.S.
    Undersecretary of State for Economic Affairs Allen Wallis", "Robert Arnott, Australia's
    delegate to the GATT" (not the GATT: where an envoy serves is not whom he serves),
    "Christine Milne of the Australian Greens". The describing words are the name's own
    modifiers and the noun set beside it; one country among them is the person's."""
    for draft in list(table.drafts.values()):
        if draft.kind != "person" or draft.country is not None:
            continue
        found: set[str] = set()
        bodies: set[str] = set()
        titles: list[str] = []
        for span, nouns in _mentions_described(draft, doc):
            head = span.root
            cues = [c for c in _describers(table, head) if c.i < span.start]
            cues += [c for n in nouns for c in _describers(table, n)]
            cues += [p for n in [head, *nouns] for prep in n.children
                     if prep.dep_ == "prep" and prep.lower_ in _FOR_WHOM
                     for p in prep.children if p.dep_ == "pobj"]
            # "trade counsellor at the Soviet embassy": the state office one works at
            cues += [p for n in [head, *nouns] for prep in n.children
                     if prep.dep_ == "prep" and prep.lower_ == "at"
                     for p in prep.children if p.dep_ == "pobj" and _state_office(table, p)]
            # "Jean Roy, international director at Banque X": the firm he holds an office at
            # "... as chief executive of Fiat Auto": the firm whose office he takes
            found |= {iso for n in nouns for prep in n.children
                      if prep.dep_ == "prep" and prep.lower_ in ("at", "of")
                      for p in prep.children if p.dep_ == "pobj"
                      if (iso := _firm_country(table, p))}
            for cue in cues:
                found |= _countries_named(table, cue, span)
                key = table.token_actor.get(cue.i)
                if key and table.drafts[key].kind == "international":
                    # "president of the IADB", "the United Nations Emergency Relief
                    # Coordinator"
                    bodies.add(table.drafts[key].name)
                    titles += [n.text for n in nouns if n.pos_ == "NOUN" or n.is_title]
        if not found and _us_legislator(draft, doc):
            found.add("USA")
        if len(found) == 1:
            set_country(table, [draft.key], found.pop())
        elif not found and len(bodies) == 1 and not any(r.organization for r in draft.roles):
            body = bodies.pop()
            if not draft.roles and titles:
                draft.add_role(Role(title=titles[0], organization=body))
            for role in draft.roles:
                if role.country is None:
                    role.organization = body


# nouns of an unnamed person the lead quotes ("A top Iranian military official said")
_PERSON_NOUNS = frozenset({"official", "commander", "chief", "spokesman", "spokeswoman",
                           "minister", "leader", "head", "envoy", "diplomat", "officer",
                           "general", "negotiator", "source", "aide", "adviser", "advisor"})


def speaker_of_the_lead(table: ActorTable, doc: Doc) -> None:
    """A lead that quotes one unnamed person described by a state ("A top Iranian military
    official said ...", "Iran's navy commander warned ...") and names nobody names him after
    it: the first person the body names, of no country yet, who holds an office or is "the
    official" again ("The official, Kamal Kharrazi, said", "Commodore Mohammed Hoseyn
    Malekzadegan told a news conference"), is that state's."""
    from accords.nlp import BODY_START_KEY
    body = doc.user_data.get(BODY_START_KEY, 0)
    first = next((t for t in doc if t.idx >= body and not t.is_space), None)
    if first is None:
        return
    lead = first.sent
    if any(table.token_actor.get(t.i, "").startswith("person:") for t in lead):
        return
    speakers, states = [], set()
    for tok in lead:
        if tok.pos_ != "NOUN" or tok.lower_ not in _PERSON_NOUNS or tok.i in table.token_actor:
            continue
        found: set[str] = set()
        for cue in _describers(table, tok):
            found |= _countries_named(table, cue, doc[tok.i:tok.i + 1])
        states |= found  # "... said a Peruvian official had refused": two states' people
        if len(found) == 1 and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in SPEECH_VERBS:
            speakers.append((tok, next(iter(found))))
    if len(speakers) != 1 or len(states) != 1:
        return
    noun, iso = speakers[0]
    named = sorted((start, key) for key, d in table.drafts.items() if d.kind == "person"
                   for start, _end in d.mentions if start >= lead.end_char)
    if not named:
        return
    draft = table.drafts[named[0][1]]
    if draft.country is not None or any(r.organization or r.country for r in draft.roles):
        return
    again = any(n.lemma_ == noun.lemma_ and any(c.lower_ == "the" for c in n.children)
                for _span, nouns in _mentions_described(draft, doc) for n in nouns)
    if draft.roles or again:
        set_country(table, [draft.key], iso)


def firm_described_again(table: ActorTable, doc: Doc) -> None:
    """A sentence whose subject names a firm again only by its place ("The Paris-based firm
    has been shedding...", "The Swiss company said...", "The US group is thought to...")
    right after a sentence whose subject is one firm of no known country: that firm is of
    the place's state."""
    from accords.resolve.places import geocode

    prev = None
    for sent in doc.sents:
        before, prev = prev, sent
        # (only a sentence that opens on "The": one look at its first word)
        subj = sent[0].head if sent[0].lower_ == "the" and sent[0].dep_ == "det" else None
        if before is None or subj is None or subj.dep_ not in ("nsubj", "nsubjpass") or \
                subj.head != sent.root or subj.lemma_.lower() not in _FIRM_ANAPHORS:
            continue
        words = [t for t in subj.subtree if t.i < subj.i]
        if any(t.pos_ == "PROPN" and t.i not in table.token_country and not (
                t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and
                doc[t.i + 2].lower_ == "based") for t in words):
            continue  # "The Falic Group": a name of its own
        # the description the resolver may have taken for a firm of its own
        described = {table.token_actor[t.i] for t in words + [subj]
                     if t.i in table.token_actor and
                     not table.token_actor[t.i].startswith("country:")}
        states: set[str] = set()
        for t in subj.subtree:
            if t.i in table.token_country:
                states.add(table.token_country[t.i])
            elif t.lower_ == "based" and t.i >= 2 and doc[t.i - 1].text == "-":
                place = doc[t.i - 2]
                if is_us_state(place.text):
                    states.add("USA")
                elif (found := geocode(place.text)) is not None and found.country:
                    states.add(found.country)
        if len(states) != 1:
            continue
        named = list(dict.fromkeys(
            table.token_actor[t.i] for head in before.root.children if head.dep_ == "nsubj"
            for t in head.subtree if t.i in table.token_actor and
            not table.token_actor[t.i].startswith("country:")))
        draft = table.drafts.get(named[0]) if len(named) == 1 else None
        if draft is None or draft.kind != "organization" or draft.country is not None or \
                len(described) > 1:
            continue
        draft.country = states.pop()
        for key in described:
            if len(table.drafts[key].mentions) == 1 and key not in table.sides and \
                    key not in table.described.values() and \
                    not any(key in members for members in table.groups.values()):
                # "The Paris-based firm" is the firm named before, no firm of its own
                del table.drafts[key]
                for i in [i for i, k in table.token_actor.items() if k == key]:
                    table.token_actor[i] = draft.key


# nouns by which a story names again the firm it is about: "the company's vice president"
_FIRM_ANAPHORS = frozenset({"company", "firm", "group", "corporation", "carmaker",
                            "airline", "bank", "insurer", "retailer", "manufacturer"})


def officers_of_story_firm(table: ActorTable, doc: Doc, gz) -> None:
    """An officer of a firm the story does not name beside him ("Chief executive Bill
    Gammell said" in a story about Cairn Energy, "Daniel Green, the company's vice president
    of marketing" in one about McDonnell Douglas) serves the firm the story is about: the
    first firm it names, named no less often than any other. His country is that firm's.
    Only offices of firms count ("chief executive", "managing director"), not a bare
    "president" or "director", which states have too."""
    firms = [d for d in table.drafts.values() if d.kind == "organization" and
             d.sector == "BUS" and d.mentions and not d.generic and
             not d.key.startswith("group:")]
    if not firms:
        return
    first = min(firms, key=lambda d: min(d.mentions)[0])
    if first.country is None or any(len(d.mentions) > len(first.mentions) for d in firms):
        return
    for draft in list(table.drafts.values()):
        if draft.kind != "person" or draft.country is not None or \
                any(r.organization or r.country for r in draft.roles) or \
                _body_beside(table, draft, doc):
            continue
        firm_titles = bool(draft.roles) and all(
            (gz.title(r.title) or {}).get("sector") == "BUS" for r in draft.roles)
        if firm_titles or _firm_anaphor(draft, doc):
            set_country(table, [draft.key], first.country)


# words of firms' offices, capitalised at a sentence's start or in a title ("Chief
# executive Bill Gammell", "Vice President of Marketing Daniel Green"), and honorifics
# ("Mr Gammell")
_OFFICE_WORDS = frozenset({"chief", "executive", "vice", "president", "managing", "director",
                           "senior", "deputy", "finance", "financial", "operating", "officer",
                           "chairman", "chairwoman", "general", "manager", "marketing",
                           "sales", "head", "of", "and", "mr", "mr.", "mrs", "mrs.", "ms",
                           "ms.", "dr", "dr.", "sir", "dame", "lord", "lady"})


def _body_beside(table: ActorTable, draft: Draft, doc: Doc) -> bool:
    """Whether a mention of the person is described with a body of the article ("Deutsche
    Boerse chief executive Werner Seifert", "X, a director of Y", even a name the resolver
    did not list): he serves that one."""
    for span, nouns in _mentions_described(draft, doc):
        words = [t for c in span.root.children if not span.start <= c.i < span.end
                 for t in c.subtree]
        words += [t for n in nouns for t in n.subtree]
        for t in words:
            key = table.token_actor.get(t.i)
            if key and key != draft.key and table.drafts[key].kind != "person" or \
                    t.i in table.token_country or t.ent_type_ in ("ORG", "GPE", "NORP") or \
                    t.pos_ == "PROPN" and t.lower_ not in _OFFICE_WORDS:
                return True
    return False


def _firm_anaphor(draft: Draft, doc: Doc) -> bool:
    """Whether a mention of the person is described as an officer of "the company" (its
    possessive or "of" object): "Daniel Green, the company's vice president", "X, chief
    executive of the group"."""
    for _span, nouns in _mentions_described(draft, doc):
        for noun in nouns:
            owners = [c for c in noun.children if c.dep_ == "poss"]
            owners += [p for prep in noun.children if prep.dep_ == "prep" and
                       prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj"]
            if any(o.lower_ in _FIRM_ANAPHORS and
                   any(c.dep_ == "det" and c.lower_ == "the" for c in o.children)
                   for o in owners):
                return True
    return False


# A member of the US Congress described by party and state ("Jack Kemp, a New York
# Republican", "Bentsen, a Texas Democrat", "Rep. Dan Rostenkowski (D-Ill.)") or titled as
# one ("congressman Jack Kemp"): the United States'
_US_PARTY_MEMBERS = frozenset({"republican", "democrat"})
_US_LEGISLATORS = frozenset({"congressman", "congresswoman"})
_PARTY_AND_STATE = re.compile(r"\s*\((?:D|R)\.?-[A-Z][A-Za-z.]{1,12}\)")


def _us_legislator(draft: Draft, doc: Doc) -> bool:
    """Whether a person of no stated country is described as a member of the US Congress."""
    if any(r.title.lower() in _US_LEGISLATORS for r in draft.roles):
        return True
    text = doc.text
    if any(_PARTY_AND_STATE.match(text, end) for _start, end in draft.mentions):
        return True
    for _span, nouns in _mentions_described(draft, doc):
        for noun in nouns:
            if noun.lower_ not in _US_PARTY_MEMBERS or not noun.is_title:
                continue
            words = [t.lower_ for t in doc[noun.left_edge.i:noun.i] if t.dep_ != "det"]
            if any(is_us_state(" ".join(words[k:])) for k in range(len(words))):
                return True
    return False


def _mentions_described(draft: Draft, doc: Doc) -> list[tuple[Span, list[Token]]]:
    """Each mention of `draft` with the nouns set beside it ("Robert Arnott, Australia's
    delegate", "Australia's delegate, Robert Arnott,")."""
    out = []
    for start, end in draft.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        # "Finance Minister X and A. Karasmasoglu, World Bank vice-president": an apposition
        # after a conjunct describes that conjunct, though the parser hangs it on the first
        nouns = [c for c in head.children if c.dep_ == "appos" and not any(
            j.dep_ == "conj" and head.i < j.i < c.i for j in head.children)]
        if head.dep_ == "appos" and head.head.i < head.i:
            nouns.append(head.head)
        nouns += _office_taken(head)
        nouns += _office_held(head)
        out.append((span, nouns))
    return out


def _office_held(head: Token) -> list[Token]:
    """The office a relative clause says a person holds ("Lukman, who is also Nigerian oil
    minister,", "Kato, who was Japan's envoy to Seoul,"): the noun the clause's "be" names."""
    return [attr for clause in head.children
            if clause.dep_ == "relcl" and clause.lemma_ == "be" and
            any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in clause.children)
            for attr in clause.children
            if attr.dep_ == "attr" and attr.pos_ in ("NOUN", "PROPN")]


def _office_taken(head: Token) -> list[Token]:
    """The office a subject or object of a verb takes "as" ("X has replaced Y as chief
    executive of Fiat Auto", "the board named X as chairman of Y"): a title, not any noun
    after "as" ("resigned as a result of ...")."""
    if head.dep_ not in ("nsubj", "nsubjpass", "dobj") or head.head.pos_ not in ("VERB", "AUX"):
        return []
    from accords.gazetteer import get_gazetteer
    gz = get_gazetteer()
    out = []
    for prep in head.head.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            words = [t.text for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"]
            if gz.title(" ".join(words)) or gz.title(noun.text):
                out.append(noun)
    return out


def _state_office(table: ActorTable, tok: Token) -> bool:
    """Whether `tok` heads the name of a state's office abroad or at home (an embassy, a
    ministry), whose describing words name the state."""
    draft = table.drafts.get(table.token_actor.get(tok.i, ""))
    if draft is not None:
        return draft.kind == "organization" and draft.sector == "GOV"
    return tok.lower_ in _OFFICE_HEADS


def _firm_country(table: ActorTable, tok: Token) -> str | None:
    """The country of the firm `tok` names: an actor of the article, or a name the dictionary
    of firms knows (one named only after "at" is no actor of the article)."""
    draft = table.drafts.get(table.token_actor.get(tok.i, ""))
    if draft is not None:
        return draft.country if draft.kind == "organization" and draft.sector == "BUS" else None
    if tok.pos_ != "PROPN":
        return None
    words = [t for t in tok.subtree if t.i <= tok.i and (t.pos_ == "PROPN" or t.i == tok.i)]
    if not words or words[0].i != tok.i - len(words) + 1:
        return None
    from accords.gazetteer import get_gazetteer
    return get_gazetteer().firm(" ".join(t.text for t in words))


_OFFICE_HEADS = frozenset({"embassy", "embassies", "consulate", "ministry", "mission",
                           "delegation"})


def _countries_named(table: ActorTable, cue: Token, span) -> set[str]:
    """The countries a describing phrase names (a state, a demonym, a body of one state),
    leaving out its own prepositional phrases ("Undersecretary of State for Economic
    Affairs") and the person's name."""
    out: set[str] = set()
    stack = [cue]
    while stack:
        t = stack.pop()
        if span.start <= t.i < span.end:
            continue
        key = table.token_actor.get(t.i)
        draft = table.drafts.get(key) if key else None
        # a name's own words are the name's: "Inter-American Development Bank" is no American
        iso = table.token_country.get(t.i) if draft is None else \
            draft.country if draft.kind in ("country", "organization") else None
        if iso:
            out.add(iso)
        stack.extend(c for c in _describers(table, t) + [c for c in t.children if c.dep_ in
                                                         ("det", "case")])
    return out


def _describers(table: ActorTable, noun: Token) -> list[Token]:
    """The describing dependents of `noun`. Where a body's possessive owns the noun ("the
    Bank's Brazil division", "Pemex's Japan representative") a country beside it is the
    territory the post covers, not the holder's state."""
    deps = [c for c in noun.children if c.dep_ in _DESCRIBING]
    owned = any(c.dep_ == "poss" and c.i not in table.token_country and
                (c.pos_ == "PROPN" or c.i in table.token_actor) for c in deps)
    if not owned:
        return deps
    return [c for c in deps if not (c.dep_ in ("compound", "nmod") and
                                    c.i in table.token_country)]


# Offices a state fills at home, whose holder, named without a country in a story filed from
# a capital, is that state's: ministers, their deputies, spokesmen, officials. Heads of state
# and government, royals, soldiers and envoys are left out: the story may be filed from
# where they visit, fight or serve.
_ABROAD_WORDS = ("president", "prime minister", "premier", "chancellor", "king", "queen",
                 "prince", "princess", "emperor", "emir", "sheikh", "sultan", "ambassador",
                 "envoy", "commissioner", "consul", "charge", "delegate", "representative",
                 "attache", "general", "colonel", "admiral", "commander", "secretary-general",
                 "secretary general", "chairman", "executive", "director")


# titles of the officers who head an international body
_BODY_OFFICES = frozenset({"secretary general", "secretary-general", "un secretary general"})


def bodies_of_officers(table: ActorTable) -> None:
    """"Secretary-General Kofi Annan" in a story naming one international body, the U.N.:
    he speaks for that body."""
    bodies = [d for d in table.drafts.values() if d.kind == "international"]
    if len(bodies) != 1:
        return
    for draft in table.drafts.values():
        if draft.kind != "person" or draft.country is not None:
            continue
        for role in draft.roles:
            if role.organization is None and role.country is None and \
                    role.title.lower() in _BODY_OFFICES:
                role.organization = bodies[0].name


# words of coming from elsewhere: a visitor's country is the other side (see
# countries_from_events), not the dateline's
# States whose cabinet officers are secretaries, never ministers: a minister in a story
# filed from their capital is a foreigner
_NO_MINISTERS = frozenset({"USA"})
_TRAVEL_WORDS = frozenset({"visit", "arrive", "travel", "fly", "tour", "come", "head", "land",
                           "trip", "visiting", "visitor", "delegation", "stay"})


def _travels(draft, doc: Doc) -> bool:
    """Whether a mention of the person is the subject of a trip, the owner of a visit, or a
    visiting official ("Sharif arrived in Minsk", "Sharif's visit", "the visiting minister")."""
    for start, end in draft.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        near = [head.head, *head.children] + ([head.head.head] if head.dep_ == "poss" else [])
        if any(t.lemma_.lower() in _TRAVEL_WORDS for t in near if not
               span.start <= t.i < span.end):
            return True
    return False


def _speaks(draft, doc: Doc) -> bool:
    """Whether the person is quoted: the subject of a verb of saying ("Redman told
    reporters", "Fukukawa said"). A story filed from a capital quotes its officials; the
    foreigners it names there are often the visitors or negotiators it is about."""
    for start, end in draft.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and span.root.dep_ == "nsubj" and \
                span.root.head.lemma_.lower() in SPEECH_VERBS:
            return True
    return False


def countries_from_dateline(table: ActorTable, doc: Doc, dateline_country: str, gz) -> None:
    """"TOKYO - Shinji Fukukawa, Vice Minister of the International Trade and Industry
    Ministry", "WASHINGTON - State Department spokesman Charles Redman": an official of a
    state's own offices, named without a country in a story filed from that state's
    capital and about it, is that state's: quoted, or named in a story whose first state is
    the dateline's ("JAKARTA - ... Trade Minister X" unquoted; not "GUANAJUATO, Mexico -
    Venezuela has no plans ... finance minister Y"). Visitors are left out by their travel
    words."""
    prominence = table.prominence
    if not table.ranked:
        # a story naming no state at all ("LONDON - Trade Minister X said ..."; a national
        # outlet's story of home politics): its officials are the home state's
        set_country(table, [d.key for d in _home_officials(table, doc, gz)], dateline_country)
        return
    if table.country_key(dateline_country) not in table.drafts and \
            prominence.get(dateline_country, 0.0) < 2:
        # "GENEVA": a story filed from where a body sits, not about that state ("MOSCOW -
        # ... Soviet officials said" names it by its demonym); "NAIROBI - Uganda has cut
        # ...": filed from a bureau about the one state it names and makes act
        _bureau_officials(table, doc, dateline_country, gz, acting=True)
        return
    leading = bool(table.ranked) and table.ranked[0] == dateline_country
    # a story filed from a bureau about another state ("CAIRO - Sudan has rejected ...")
    # whose body names the bureau's state once in passing quotes that other state's officials
    key = table.country_key(dateline_country)
    passing = key in table.drafts and len(table.drafts[key].mentions) < 2 and \
        bool(table.ranked) and not leading
    if passing:
        _bureau_officials(table, doc, dateline_country, gz)
        return
    for draft in _home_officials(table, doc, gz, quoted_heads=leading):
        if not (leading or _speaks(draft, doc)):
            continue
        if dateline_country in _NO_MINISTERS and _is_minister(draft):
            # "WASHINGTON - ... met Agriculture minister X": Washington has secretaries; in
            # a story about the US and one other state, a minister is that state's
            other = _story_state(table, dateline_country, margin=2.0)
            if other:
                set_country(table, [draft.key], other)
            continue
        set_country(table, [draft.key], dateline_country)


_HOME_SECTORS = frozenset({"GOV", "PTY", "OPP", "LEG"})
# Last words of the names of a state's own administrative organs. A bare "Congress" or
# "Parliament" is left out (in a Tokyo story it is the U.S. Congress), as are funds,
# committees, councils and commissions, which international bodies have too ("the IMF's
# Interim Committee", "the Asian Development Fund").
_ORGAN_HEADS = frozenset({"department", "ministry", "office", "administration", "agency",
                          "bureau", "directorate", "inspectorate", "secretariat"})


def organs_of_story_state(table: ActorTable, doc: Doc, dateline_country: str | None,
                          gz) -> None:
    """A state's organ named by its own name without a country ("the Department of Trade
    and Industry", "the State Monopoly Administration") in a story filed from a capital, or
    about one state, is that state's: organs do not travel as officials do. A bureau story
    about another state (see countries_from_dateline) gives that state's; a name holding a
    place ("... Bureau of Fujian Province") is left to the place."""
    state = dateline_country
    if dateline_country is None:
        state = _story_state(table, "", margin=3.0)  # "China ... the State Administration"
    elif not (table.country_key(dateline_country) in table.drafts and (
            len(table.drafts[table.country_key(dateline_country)].mentions) >= 2 or
            (bool(table.ranked) and table.ranked[0] == dateline_country))):
        state = _story_state(table, dateline_country, margin=3.0)
    if state is None:
        return
    for draft in table.drafts.values():
        if draft.kind != "organization" or draft.country is not None or draft.generic or \
                draft.key.startswith("group:") or gz.firm(draft.name):
            continue
        words = draft.name.lower().split()
        if len(words) < 2 or not (_ORGAN_HEADS & set(words)) or _names_place(draft, doc):
            continue
        draft.country = state


# Chambers that several states call by the same bare name, and the states that have one
# (1980s to now): the Latin American congresses, the Philippines'. "Parliament" and "National
# Assembly" are left out: too many states have one.
_CONGRESSES = frozenset({"USA", "PHL", "ARG", "BRA", "CHL", "COL", "MEX", "PER", "VEN", "ECU",
                         "BOL", "PRY", "GTM", "HND", "DOM", "FSM"})
_HOUSES = frozenset({"USA", "PHL", "JPN", "AUS", "NZL", "NGA", "LBR", "MYS", "COL", "BEL",
                     "IRL", "THA", "JOR", "FJI"})
_SENATES = frozenset({"USA", "PHL", "ARG", "BRA", "CHL", "COL", "MEX", "PER", "VEN", "BOL",
                      "PRY", "URY", "DOM", "ITA", "FRA", "ESP", "BEL", "NLD", "IRL", "POL",
                      "CZE", "ROU", "AUS", "CAN", "NGA", "PAK", "LBR", "JOR", "MYS", "THA",
                      "KEN", "ZAF", "HTI", "JAM", "TTO", "BHS", "FJI"})
# states where a bare "Congress" is a party (the Indian National Congress)
_CONGRESS_PARTY = frozenset({"IND"})
_BARE_CHAMBERS = {"congress": _CONGRESSES, "house of representatives": _HOUSES,
                  "senate": _SENATES}


def chambers_of_story_state(table: ActorTable, dateline_country: str | None) -> None:
    """A legislature named by a bare name several states use ("Congress", "the Senate",
    "the House of Representatives") is the chamber of the story's state that has one: the
    dateline's ("WASHINGTON - ... laws passed by Congress", "MANILA - ... the Senate"), else
    the one state the story names that has such a chamber ("TOKYO - ... Congress is ready to
    approve a trade bill", in a story naming Japan and the United States)."""
    for draft in table.drafts.values():
        if draft.kind != "organization" or draft.country is not None or \
                draft.key.startswith("group:"):
            continue
        states = _BARE_CHAMBERS.get(re.sub(r"^the\s+", "", draft.name.lower()))
        if states:
            draft.country = _chamber_state(table, states, dateline_country)


def _chamber_state(table: ActorTable, states: frozenset[str],
                   dateline_country: str | None) -> str | None:
    """The state whose chamber a bare chamber name means: the dateline's where it has one,
    else the one state the story names that has one."""
    if dateline_country in states:
        return dateline_country
    named = [iso for iso in table.ranked if table.prominence.get(iso, 0.0) > 0]
    having = [iso for iso in named if iso in states]
    if len(having) == 1 and not (states is _CONGRESSES and _CONGRESS_PARTY & set(named)):
        return having[0]
    return None


# words of a chamber named bare in a person's office ("Senate Finance Committee chairman",
# "ranking Republican on the Senate Banking Committee", "congressional leaders")
_CHAMBER_WORDS = {"senate": _SENATES, "congress": _CONGRESSES, "congressional": _CONGRESSES}


def members_of_chambers(table: ActorTable, doc: Doc, dateline_country: str | None) -> None:
    """A person of no stated country whose office is in a chamber named bare ("Senate
    Finance Committee chairman Lloyd Bentsen", "Jake Garn, ranking Republican on the Senate
    Banking Committee") is of the state whose chamber that is (see chambers_of_story_state).
    The chamber must be in the office's own words, not the object of a verb ("Kim, speaking
    to the Senate Foreign Relations Committee")."""
    for draft in list(table.drafts.values()):
        if draft.kind != "person" or draft.country is not None:
            continue
        states = None
        for span, nouns in _mentions_described(draft, doc):
            head = span.root
            roots = [c for c in head.children if c.dep_ in ("compound", "nmod", "amod", "acl")
                     and not span.start <= c.i < span.end] + nouns
            for root in roots:
                for tok in root.subtree:
                    if tok.lower_ in _CHAMBER_WORDS and not span.start <= tok.i < span.end \
                            and _in_office_words(tok):
                        states = _CHAMBER_WORDS[tok.lower_]
        iso = _chamber_state(table, states, dateline_country) if states else None
        if iso:
            set_country(table, [draft.key], iso)


def _in_office_words(tok: Token) -> bool:
    """Whether the chamber word `tok` names the chamber of an office: it describes a noun
    of the office ("Senate ... chairman") or is the object of "of" or "on" after one
    ("chairman of the Senate", "ranking Republican on the Senate Banking Committee", "a
    Democrat sitting on the Senate Finance Committee")."""
    head = tok
    while head.dep_ in ("compound", "nmod", "amod") and head.head is not head:
        head = head.head
    if head.dep_ == "pobj":
        prep = head.head
        return prep.lower_ in ("of", "on") and (prep.head.pos_ in ("NOUN", "PROPN") or
                                                prep.head.lemma_ in _MEMBERSHIP_VERBS)
    return head.pos_ in ("NOUN", "PROPN")


# verbs of holding a seat: "ranking Republican on", "sitting on", "serving on"
_MEMBERSHIP_VERBS = frozenset({"rank", "sit", "serve"})


def _names_place(draft: Draft, doc: Doc) -> bool:
    """Whether a mention of `draft` holds a place's or state's name."""
    for start, end in draft.mentions:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and any(t.ent_type_ in ("GPE", "LOC", "NORP") for t in span):
            return True
    return False


def _is_minister(draft: Draft) -> bool:
    return any("minister" in r.title.lower() for r in draft.roles)


def _home_officials(table: ActorTable, doc: Doc, gz, quoted_heads: bool = False
                    ) -> list[Draft]:
    """People with only offices of a state's own government, named without a country, who
    travel nowhere in the text: the ones a dateline or a story's state can speak for. With
    `quoted_heads`, heads of government and the like count too where they are quoted: one
    who speaks in a story filed from his own state's capital is at home there."""
    out = []
    for draft in list(table.drafts.values()):
        if draft.kind != "person" or draft.country is not None or not draft.roles or \
                any(r.organization for r in draft.roles) or _travels(draft, doc):
            continue
        titles = [r.title.lower() for r in draft.roles]
        # an opposition or party leader, a legislator: offices held at home too
        if not all((gz.title(t) or {}).get("sector") in _HOME_SECTORS for t in titles) or (
                any(w in t for t in titles for w in _ABROAD_WORDS) and
                not (quoted_heads and _speaks(draft, doc))):
            continue
        out.append(draft)
    return out


def _story_state(table: ActorTable, bureau: str, margin: float) -> str | None:
    """The one state a story is about besides the bureau's: more prominent than any other
    by `margin` times."""
    others = [c for c in table.ranked if c != bureau]
    if not others:
        return None
    first = table.prominence.get(others[0], 0.0)
    second = table.prominence.get(others[1], 0.0) if len(others) > 1 else 0.0
    return others[0] if first >= 2 and first >= margin * second else None


def _bureau_officials(table: ActorTable, doc: Doc, bureau: str, gz,
                      acting: bool = False) -> None:
    """"CAIRO - Sudan has rejected an IMF demand ... Finance Minister X said": a story
    filed from a bureau about another state quotes that state's officials, when the story
    is plainly about one state (and, with `acting`, names it as the subject of a clause)."""
    state = _story_state(table, bureau, margin=3.0)
    if state is None:
        return
    key = table.country_key(state)
    if acting and not any(doc[i].dep_ in ("nsubj", "nsubjpass") for i, k in
                          table.token_actor.items() if k == key):
        return  # "New talks with the United States were possible, a Soviet official said"
    set_country(table, [d.key for d in _home_officials(table, doc, gz)], state)
