"""Stage 8: the drafts as the record the CONTRACT describes. Drafts refer to actors by table
key and to each other by list index; the record numbers them ("a1", "e1", "g1") and turns
character offsets into evidence spans."""

from __future__ import annotations

from accords.code.agreements import AgreementDraft
from accords.code.events import EventDraft
from accords.gazetteer import get_gazetteer
from accords.model import Actor, Agreement, Coder, Document, Event, Record, Span
from accords.stages.settings import Setting, Settings


def assemble(text: str, document: Document, coder: Coder, actors: list[Actor],
             ids: dict[str, str], events: list[EventDraft], agreements: list[AgreementDraft],
             occasion: dict[int, EventDraft], settings: Settings) -> Record:
    """The record of one article; `ids` maps actor keys to the ids of `actors`."""
    return Record(
        document=document,
        actors=actors,
        events=[event_record(text, ev, n, ids,
                             settings.of_event(ev, agreements, occasion))
                for n, ev in enumerate(events, 1)],
        agreements=[agreement_record(text, ag, n, ids,
                                     settings.of_agreement(ag, occasion.get(n - 1)),
                                     occasion_id(occasion.get(n - 1), events))
                    for n, ag in enumerate(agreements, 1)],
        coder=coder,
    )


def event_record(text: str, ev: EventDraft, n: int, ids: dict[str, str],
                 setting: Setting) -> Event:
    """Event number `n` ("e{n}"); its agreements by their record ids."""
    return Event(
        id=f"e{n}", event=ev.event, mode=ev.mode, cameo=ev.cameo,
        context=cameo_context(ev.cameo),
        actor=[ids[k] for k in ev.actor if k in ids],
        recipient=[ids[k] for k in ev.recipient if k in ids],
        date=setting.date, place=setting.place, modality=ev.modality,
        agreements=[f"g{i + 1}" for i in ev.agreements],
        evidence=spans(text, ev.evidence), confidence=ev.confidence,
    )


def agreement_record(text: str, ag: AgreementDraft, n: int, ids: dict[str, str],
                     setting: Setting, occasion: str | None) -> Agreement:
    """Agreement number `n` ("g{n}"), signed at the event `occasion` ("e3") if any."""
    return Agreement(
        id=f"g{n}", instrument=ag.instrument, subject=ag.subject or None,
        sectors=ag.sectors, parties=[ids[k] for k in ag.parties if k in ids],
        signatories=[ids[k] for k in ag.signers if k in ids],
        countries=ag.countries, status=ag.status, modality=ag.modality,
        date=setting.date, place=setting.place,
        occasion=occasion, evidence=spans(text, ag.evidence), confidence=ag.confidence,
    )


def occasion_id(occ: EventDraft | None, events: list[EventDraft]) -> str | None:
    """The record id of the occasion among `events` (compared by value, like list.index)."""
    if occ is None or occ not in events:
        return None
    return f"e{events.index(occ) + 1}"


def spans(text: str, offsets: list[tuple[int, int]]) -> list[Span]:
    """Evidence spans of `text` for character offsets, without repeats or trailing space."""
    out = []
    for s, e in dict.fromkeys(offsets):
        while e > s and text[e - 1].isspace():
            e -= 1
        out.append(Span(start=s, end=e, text=text[s:e]))
    return out


def cameo_context(cameo: str) -> list[str]:
    """PLOVER's context for a CAMEO code ("036" -> ["diplomatic"])."""
    row = get_gazetteer().cameo(cameo)
    return [row[2]] if row and row[2] else []
