"""Stage 4: the countries of people the article implies but does not state, inferred from the
events the coder is sure of and from lists of people. They are written into the actor table,
where every later stage reads them; an event kept only until a person's country was known is
dropped here if it still has one side."""

from __future__ import annotations

from spacy.tokens import Doc

from accords.code.events import EventDraft
from accords.resolve.actors import ActorTable


def settle_nationalities(table: ActorTable, events: list[EventDraft],
                         doc: Doc) -> list[EventDraft]:
    """Infer people's countries into `table`; return the events that now have two sides."""
    # countries are inferred from the events the coder is sure of, never from one kept
    # only until a person's country is known
    countries_from_events(table, [e for e in events if not e.tentative])
    countries_from_lists(table, doc)
    # an event kept while a person's country was unknown needs its second side now
    return [e for e in events if not e.tentative or len(e.countries(table)) >= 2]


def countries_from_events(table: ActorTable, events: list[EventDraft]) -> None:
    """A visitor of unknown nationality comes from the other side of the article's dyad:
    "Prime Minister Shehbaz Sharif's visit to Belarus" in a Pakistan-Belarus story."""
    dyad = table.dyad
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
        if len(unknown) == 1 and len(known) == 1 and next(iter(known)) in dyad:
            set_country(table, unknown, next(c for c in dyad if c not in known))


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
    """Give the people among `keys` who have no country yet the country `iso`."""
    for key in keys:
        draft = table.drafts[key]
        if draft.kind == "person" and draft.country is None:
            draft.country = iso
            for role in draft.roles:
                role.country = role.country or iso
