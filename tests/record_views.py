"""How the extraction tests run the extractor on a sentence written for them (once per
text) and print a record when an assertion fails: its actors and agreements, one per line."""

from __future__ import annotations

from functools import cache

import accords
from accords.model import Record


@cache
def extracted(text: str, published: str | None = "1987-05-04") -> Record:
    """The record of one test text, extracted once however many tests read it."""
    return accords.extract(text, published=published, id="test")


def describe_agreements(record: Record) -> str:
    n = {a.id: a.name for a in record.actors}
    rows = [f"A {a.kind} {a.name!r} {a.country}" for a in record.actors]
    rows += [
        f"G {g.instrument} {g.subject!r} {[n.get(p) for p in g.parties]} {g.countries} "
        f"{g.status}/{g.modality} {g.date}"
        for g in record.agreements
    ]
    return "\n".join(rows)


def describe_events(record: Record) -> str:
    n = {a.id: a.name for a in record.actors}
    return "\n".join(
        f"E {e.event}/{e.cameo} {e.modality} {[n.get(x) for x in e.actor]} -> "
        f"{[n.get(x) for x in e.recipient]}"
        for e in record.events
    )


def describe_actors(record: Record) -> str:
    return "; ".join(f"{a.kind} {a.name!r} ({a.country})" for a in record.actors)


def people(record: Record) -> dict[str, str | None]:
    """Person name -> country."""
    return {a.name: a.country for a in record.actors if a.kind == "person"}


def orgs(record: Record) -> dict[str, str | None]:
    """Organisation name -> country."""
    return {a.name: a.country for a in record.actors if a.kind == "organization"}


def coded_events(text: str) -> list[tuple[str, str, set, set]]:
    """(type, CAMEO, actor sides, recipient sides) of each event of a test text; a side is
    an actor's country, else its name."""
    record = extracted(text)
    names = {a.id: a.country or a.name for a in record.actors}
    return [(e.event, e.cameo, {names[x] for x in e.actor}, {names[x] for x in e.recipient})
            for e in record.events]


def event_sides(record: Record, event: str, cameo: str | None = None, *,
                names: bool = False) -> list[tuple[set, set, str]]:
    """(actor countries, recipient countries, modality) of each event of one PLOVER type (and
    CAMEO code); with `names`, an actor of no country counts by its name."""
    def side(key: str) -> str | None:
        actor = record.actor(key)
        return actor.country or actor.name if names else actor.country

    return [({side(a) for a in e.actor}, {side(a) for a in e.recipient}, e.modality)
            for e in record.events if e.event == event and (cameo is None or e.cameo == cameo)]


def country_of_named(text: str, name: str) -> str | None:
    """The country of the actor called `name` in a test text's record (which must have it)."""
    record = extracted(text)
    found = [a for a in record.actors if a.name == name]
    assert found, describe_agreements(record)
    return found[0].country
