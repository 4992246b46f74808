"""Stage 6: the actors a careful analyst would list. Every person, organisation and body is
kept; a country only when an agreement or event names it, someone acts for it, it is named in
the lead, it is the subject of a verb, or it is named at least twice."""

from __future__ import annotations

from spacy.tokens import Doc

from accords.code.agreements import AgreementDraft
from accords.code.events import EventDraft
from accords.gazetteer import Gazetteer
from accords.resolve.actors import ActorTable


def kept_actors(table: ActorTable, agreements: list[AgreementDraft], events: list[EventDraft],
                doc: Doc, body_tok: int, gz: Gazetteer) -> ActorTable:
    """A table of the actors to list. The country of a person who acts in an event is added
    to `table` first, so that it can be listed."""
    used: set[str] = set()
    for ag in agreements:
        used.update(ag.parties)
        used.update(ag.signers)
        used.update(table.country_key(c) for c in ag.countries)
    for ev in events:
        used.update(ev.actor)
        used.update(ev.recipient)
        for key in ev.actor + ev.recipient:
            d = table.drafts.get(key)
            if d is not None and d.kind == "person" and d.country:
                table.ensure_country(d.country, gz)
    for d in table.drafts.values():
        if d.kind in ("person", "organization") and d.country:
            used.add(table.country_key(d.country))
    lead_end = doc[min(len(doc) - 1, body_tok)].sent.end_char if len(doc) else 0
    kept = ActorTable(token_actor=table.token_actor, token_country=table.token_country,
                      dyad=table.dyad)
    named: set[str] = set()  # countries the text itself makes sides of the story
    for key, d in table.drafts.items():
        if d.kind == "country":
            in_lead = any(s < lead_end for s, _ in d.mentions)
            if in_lead or len(d.mentions) >= 2 or _acting(table, doc, key, gz):
                named.add(key)
            elif key not in used:
                continue
        kept.drafts[key] = d
    for key in _listed_with_kept(table, named, doc):
        kept.drafts[key] = table.drafts[key]
    return kept


def _listed_with_kept(table: ActorTable, named: set[str], doc: Doc) -> list[str]:
    """Countries named in one list with a country the text makes a side of the story (in
    the lead, named again, or a subject: "the meeting of the U.S., Japan, West Germany,
    France and Canada", "acrimony between France and West Germany"): the members of a list
    share its standing, so each is listed where one of them is. A state kept only for an
    event coded on the list is no such side. A list is the chain of coordinated words the
    parse gives, read only over the countries' own tokens."""
    roots: dict[int, set[str]] = {}
    for i, key in table.token_actor.items():
        if not key.startswith("country:"):
            continue
        tok = doc[i]
        if tok.dep_ == "compound" or tok.head.i in table.token_actor and \
                table.token_actor[tok.head.i] == key and tok.head is not tok:
            continue  # a word inside the name ("West" of "West Germany")
        steps = 0
        while tok.dep_ in ("conj", "appos") and tok.head is not tok and steps < 12:
            tok = tok.head
            steps += 1
        if (steps or any(c.dep_ == "conj" for c in tok.children)) and _sides_list(table, tok):
            roots.setdefault(tok.i, set()).add(key)
    out: list[str] = []
    for members in roots.values():
        if len(members) < 2 or not any(k in named for k in members):
            continue
        out += [k for k in members if k not in named and k not in out]
    return out


def _sides_list(table: ActorTable, root) -> bool:
    """Whether a list of states (its first word `root`) names the sides of a relation: the
    objects of "between" or "among", a list set beside a noun ("the countries involved --
    A, B and C"), or the members "of" a group or a gathering ("the Group of Seven - of A, B
    and C", "a meeting of A, B and C"). Not the places things come from or belong to ("the
    companies of A, B and C", "imports from A and B", "behind only A and B")."""
    if root.i not in table.token_actor:
        return True  # the list is in apposition to a noun ("the countries involved")
    if root.dep_ != "pobj":
        return False
    prep = root.head
    if prep.lower_ in ("between", "among"):
        return True
    return prep.lower_ == "of" and (prep.head.pos_ == "PROPN" or
                                    prep.head.lemma_.lower() in _GATHERINGS)


# nouns of a gathering or a grouping whose members "of" names: "a meeting of A, B and C"
_GATHERINGS = frozenset({"meeting", "talks", "summit", "conference", "session", "group",
                         "gathering", "alliance", "coalition", "member", "consortium"})


def _acting(table: ActorTable, doc: Doc, key: str, gz: Gazetteer) -> bool:
    """Whether the country is named as the subject of a verb, alone or in a list ("Germany
    proposed ...", "Spain and Portugal were angered"): a side of the story, not a place. Not
    as an object ("return Hong Kong to China": a territory handed over), nor by its capital
    ("Brussels proceeded", often a body seated there), nor in a clause that only dates
    another act ("The talks came a day after France held elections")."""
    for i, k in table.token_actor.items():
        if k != key:
            continue
        tok = doc[i]
        if tok.dep_ == "compound" or gz.capital(tok.text):
            continue
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX") and \
                not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in tok.head.children):
            return True
    return False


# words opening a clause that only dates the story's act: "a day after France held elections"
_TIME_MARKS = frozenset({"after", "before", "when", "while", "since", "until", "as"})
