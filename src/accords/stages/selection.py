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
    for key, d in table.drafts.items():
        if d.kind == "country":
            in_lead = any(s < lead_end for s, _ in d.mentions)
            if not (key in used or in_lead or len(d.mentions) >= 2 or
                    _acting(table, doc, key, gz)):
                continue
        kept.drafts[key] = d
    return kept


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
