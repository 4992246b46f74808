"""The one entry point: an article in, an Accords record out.

The stages run in the order of the package tree: parse (nlp) -> actors (resolve.actors) ->
agreements and events (code) -> dates and places (resolve.dates, resolve.places) -> the record
(model). Nothing is stored here; `extract` is a pure function of the text and its metadata.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

from spacy.tokens import Doc

from accords.code.agreements import AgreementCoder, AgreementDraft
from accords.code.events import EventCoder, EventDraft
from accords.gazetteer import get_gazetteer
from accords.ingest.documents import MAX_TEXT_BYTES, check_text, detect_language
from accords.model import (
    Agreement,
    Coder,
    DateRange,
    Document,
    Event,
    Place,
    Record,
    Span,
)
from accords.nlp import MAX_CHUNK_CHARS, load_pipeline, model_name
from accords.resolve.actors import ActorMatchers, ActorResolver, ActorTable, to_actors
from accords.resolve.dateline import split_dateline
from accords.resolve.dates import resolve_date
from accords.resolve.places import geocode

CODER_NAME = "accords.coder.rules"
CODER_VERSION = "1"

# Signing-like statuses give a SUPPORT/057 event; an agreement in principle gives AGREE/03x.
SIGNING_STATUSES = {"signed", "ratified", "extended", "initialled", "amended"}
AGREE_CAMEO = {"trade": "0311", "investment": "0311", "finance": "0311", "energy": "0311",
               "industry": "0311", "transport": "0311", "defence": "0312", "justice": "0313",
               "diplomacy": "036", "territorial": "036"}


@cache
def _matchers() -> ActorMatchers:
    return ActorMatchers(load_pipeline(), get_gazetteer())


def warm_up() -> None:
    """Load everything extraction needs (pipeline, gazetteers, matchers, language model, date
    parser) once, so a worker's first document does not pay for it."""
    extract("Prime Minister Shehbaz Sharif visited Minsk on Thursday, where Belarus and "
            "Pakistan signed a roadmap on trade and agreed to meet again next week, officials "
            "said after the talks. The visit ended with a joint statement on cooperation in "
            "energy and transport.", published="2025-04-12", id="warm-up")


def parse(text: str) -> Doc:
    """Parse `text`; long texts block by block, joined so that offsets stay exact."""
    nlp = load_pipeline()
    if len(text) <= MAX_CHUNK_CHARS:
        return nlp(text)
    blocks: list[str] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + MAX_CHUNK_CHARS)
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            end = cut + 1 if cut > start else end
        blocks.append(text[start:end])
        start = end
    docs = list(nlp.pipe(blocks))
    return Doc.from_docs(docs, ensure_whitespace=False)


def _body_start(text: str, title: str | None) -> tuple[int, str | None, str | None]:
    """Offset after the headline and dateline, plus the dateline's place and date."""
    place, date_expr, offset = split_dateline(text)
    if offset:
        return offset, place, date_expr
    first_line = text.split("\n", 1)[0]
    if title and first_line.strip() and first_line.strip().lower() == title.strip().lower():
        return len(first_line) + 1, None, None
    return 0, None, None


def extract(
    text: str,
    *,
    published: str | None = None,
    title: str | None = None,
    dateline: str | None = None,
    id: str | None = None,
    source: str | None = None,
    url: str | None = None,
    max_bytes: int = MAX_TEXT_BYTES,
) -> Record:
    """Extract the actors, events and agreements of one article.

    Raises InputError for text that cannot be an article (empty, binary, over `max_bytes`);
    an article that is not in English gives a record with its language and nothing extracted.
    """
    text = check_text(text, id or "<text>", max_bytes=max_bytes)
    language = detect_language(text)  # short Latin-script text counts as English there
    document = Document(id=id or "doc", title=title, published=published, dateline=dateline,
                        source=source, url=url, language=language)
    coder = Coder(name=CODER_NAME, version=CODER_VERSION, model=model_name())
    if language != "en":
        return Record(document=document, coder=coder)
    return _Extraction(text, document).run(coder)


class _Extraction:
    """One article's way through the stages."""

    def __init__(self, text: str, document: Document):
        self.text = text
        self.document = document
        self.gz = get_gazetteer()
        self.published = document.published

    def run(self, coder: Coder) -> Record:
        text = self.text
        body_start, dl_place, dl_date = _body_start(text, self.document.title)
        if self.document.dateline is None and dl_place:
            self.document = self.document.model_copy(update={"dateline": dl_place})
        dateline = self.document.dateline
        self.dateline_place = geocode(dateline) if dateline else None
        dl_country = self.dateline_place.country if self.dateline_place else None
        doc = parse(text)
        body_tok = next((t.i for t in doc if t.idx >= body_start), len(doc))
        table = ActorResolver(self.gz, _matchers()).resolve(doc, body_start, self.published,
                                                            dl_country)
        self.table = table
        agreements = AgreementCoder(doc, table, body_tok).code()
        events = EventCoder(doc, table, body_tok, dl_country, self.gz,
                            self._place_country).code()
        # countries are inferred from the events the coder is sure of, never from one kept
        # only until a person's country is known
        self._visitor_countries([e for e in events if not e.tentative])
        self._list_countries(doc)
        # an event kept while a person's country was unknown needs its second side now
        events = [e for e in events if not e.tentative or len(e.countries(table)) >= 2]
        events = self._link(agreements, events, doc)
        actors, ids = to_actors(self._kept_actors(table, agreements, events, doc, body_tok),
                                text)
        return Record(
            document=self.document,
            actors=actors,
            events=[self._event(e, n, ids, agreements) for n, e in enumerate(events, 1)],
            agreements=[self._agreement(a, n, ids, events)
                        for n, a in enumerate(agreements, 1)],
            coder=coder,
        )

    # ---- linking agreements, signings and occasions ------------------------------------
    def _link(self, agreements: list[AgreementDraft], events: list[EventDraft],
              doc: Doc) -> list[EventDraft]:
        visits = [e for e in events if e.cameo in ("042", "040") and e.modality != "negated"]
        self.occasion: dict[int, EventDraft] = {}
        for n, ag in enumerate(agreements):
            ag_countries = set(ag.countries)
            for ev in visits:
                ev_c = set(ev.countries(self.table))
                if ev_c and ev_c <= ag_countries | ev_c and ev_c & ag_countries and \
                        len(ev_c | ag_countries) <= max(2, len(ag_countries)) and \
                        not ag.date_tokens and ev.modality == ag.modality:
                    self.occasion[n] = ev
                    break
        signings: list[EventDraft] = []
        for n, ag in enumerate(agreements):
            signing = ag.status in SIGNING_STATUSES
            cameo = "057" if signing else AGREE_CAMEO.get(ag.sectors[0] if ag.sectors else "",
                                                            "031")
            if ag.status == "negotiating" and len(ag.countries) >= 2 and not any(
                    e.event == "CONSULT" and set(ag.countries) <= set(e.countries(self.table))
                    for e in events + signings):
                # "trying to strike a deal with Russia": negotiating is talks (CONSULT 046)
                # when no talks between the sides were coded otherwise
                signings.append(EventDraft(
                    "CONSULT", "046", None, ag.head, self._signers(ag), [],
                    modality=ag.modality, evidence=list(ag.evidence[-1:]), agreements=[n],
                    confidence=ag.confidence))
                continue
            if ag.status in ("negotiating", None):
                # talks are coded as talks; an agreement with no act reported ("cited the
                # 1992 treaty", "violated the accord") was not signed in this story
                continue
            actor = self._signers(ag)
            occasion = self.occasion.get(n)
            twin = next((s for s in signings if s.cameo == cameo and occasion is not None and
                         self.occasion.get(s.agreements[0]) is occasion and
                         s.modality == ag.modality and
                         s.countries(self.table) == frozenset(ag.countries)), None)
            if twin is not None:
                twin.agreements.append(n)
                continue
            ev = EventDraft("SUPPORT" if signing else "AGREE", cameo, None, ag.head, actor, [],
                            modality=ag.modality, evidence=list(ag.evidence[-1:]),
                            agreements=[n], confidence=ag.confidence)
            signings.append(ev)
        return self._without_restatements(events, signings, agreements) + signings

    def _without_restatements(self, events: list[EventDraft], signings: list[EventDraft],
                              agreements: list[AgreementDraft]) -> list[EventDraft]:
        """Drop a verb's AGREE or SUPPORT event that says again what an agreement's event
        says: "France and Yugoslavia agreed to set up a commission" is one event, the one
        linked to the agreement record, not that and a bare "agreed"."""
        kept = []
        for ev in events:
            if ev.event in ("AGREE", "SUPPORT") and ev.cameo != "051" and ev.evidence and any(
                    s.event == ev.event and
                    any(ev.evidence[0] in agreements[n].evidence for n in s.agreements) and
                    ev.countries(self.table) <= s.countries(self.table) for s in signings):
                continue
            kept.append(ev)
        return kept

    def _place_country(self, name: str) -> str | None:
        place = geocode(name)
        return place.country if place is not None else None

    def _visitor_countries(self, events: list[EventDraft]) -> None:
        """A visitor of unknown nationality comes from the other side of the article's dyad:
        "Prime Minister Shehbaz Sharif's visit to Belarus" in a Pakistan-Belarus story."""
        dyad = self.table.dyad
        for ev in events:
            if ev.cameo != "042" or len(dyad) != 2:
                continue
            hosts = {self.table.country_of(k) for k in ev.recipient} - {None}
            if len(hosts) != 1 or next(iter(hosts)) not in dyad:
                continue
            home = next(c for c in dyad if c not in hosts)
            self._set_country(ev.actor, home)
        for ev in events:
            # "talks between Foreign Trade Minister Michel Noir and Yugoslavian minister
            # Egon Padovan" in a France-Yugoslavia story: Noir is the French side
            if ev.event != "CONSULT" or len(dyad) != 2:
                continue
            keys = ev.actor + ev.recipient
            known = {self.table.country_of(k) for k in keys} - {None}
            unknown = [k for k in keys if self.table.country_of(k) is None
                       and self.table.drafts[k].kind == "person"]
            if len(unknown) == 1 and len(known) == 1 and next(iter(known)) in dyad:
                self._set_country(unknown, next(c for c in dyad if c not in known))

    def _list_countries(self, doc: Doc) -> None:
        """People listed together ("Attendees included A, B, C and D") without a country cue
        share the one country that at least two of the others in the list have."""
        clusters: dict[tuple[int, str], list[str]] = {}
        for tok in doc:
            key = self.table.token_actor.get(tok.i)
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
            known = [self.table.country_of(k) for k in members if self.table.country_of(k)]
            if len(known) >= 2 and len(set(known)) == 1:
                self._set_country([k for k in members if self.table.country_of(k) is None],
                                  known[0])

    def _set_country(self, keys: list[str], iso: str) -> None:
        for key in keys:
            draft = self.table.drafts[key]
            if draft.kind == "person" and draft.country is None:
                draft.country = iso
                for role in draft.roles:
                    role.country = role.country or iso

    def _signers(self, ag: AgreementDraft) -> list[str]:
        if ag.signers and {self.table.country_of(k) for k in ag.signers} == set(ag.countries):
            return list(ag.signers)
        keys = [self.table.country_key(c) for c in ag.countries]
        for k in keys:
            if k not in self.table.drafts:
                self.table.ensure_country(k.split(":", 1)[1], self.gz)
        return keys

    # ---- which actors a careful analyst would list --------------------------------------
    def _kept_actors(self, table: ActorTable, agreements, events, doc: Doc,
                     body_tok: int) -> ActorTable:
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
                    table.ensure_country(d.country, self.gz)
        for d in table.drafts.values():
            if d.kind in ("person", "organization") and d.country:
                used.add(table.country_key(d.country))
        lead_end = doc[min(len(doc) - 1, body_tok)].sent.end_char if len(doc) else 0
        kept = ActorTable(token_actor=table.token_actor, token_country=table.token_country,
                          dyad=table.dyad)
        for key, d in table.drafts.items():
            if d.kind == "country":
                in_lead = any(s < lead_end for s, _ in d.mentions)
                if not (key in used or in_lead or len(d.mentions) >= 2):
                    continue
            kept.drafts[key] = d
        return kept

    # ---- dates and places -----------------------------------------------------------------
    def _date(self, ents, modality_: str, duration: int | None) -> DateRange | None:
        tense = "future" if modality_ == "future" else "past"
        for ent in ents:
            resolved = resolve_date(ent.text, self.published, tense=tense)
            if resolved is None:
                continue
            if duration and resolved.start and resolved.start == resolved.end:
                end = dt.date.fromisoformat(resolved.start) + dt.timedelta(days=duration - 1)
                resolved = DateRange(start=resolved.start, end=end.isoformat())
            return resolved
        return None

    def _place(self, name: str | None, recipient_countries: set[str]) -> Place | None:
        if name == "@dateline" or (name is None and self.dateline_place is not None and
                                   self.dateline_place.country in recipient_countries):
            return self.dateline_place
        if not name:
            return None
        name = re.sub(r"^(?:the)\s+", "", name)
        iso = self.gz.country(name)
        if iso and self.dateline_place is not None and self.dateline_place.country == iso:
            return self.dateline_place  # "a visit to Belarus" filed from MINSK: in Minsk
        if iso:
            return Place(name=name, country=iso)
        return geocode(name)

    def _event(self, ev: EventDraft, n: int, ids: dict[str, str],
               agreements: list[AgreementDraft]) -> Event:
        date = self._date(ev.date_ents, ev.modality, ev.duration_days)
        recipient_c = {self.table.country_of(k) for k in ev.recipient} - {None}
        place = self._place(ev.place, recipient_c) if ev.cameo in ("042", "043", "040",
                                                                  "046") else None
        if ev.agreements:
            first = agreements[ev.agreements[0]]
            occ = self.occasion.get(ev.agreements[0])
            date = self._agreement_date(first, occ)
            place = self._agreement_place(first, occ)
        ev._date = date  # reused by agreements signed at this occasion
        ev._place = place
        cameo_row = _cameo_context(ev.cameo)
        return Event(
            id=f"e{n}", event=ev.event, mode=ev.mode, cameo=ev.cameo, context=cameo_row,
            actor=[ids[k] for k in ev.actor if k in ids],
            recipient=[ids[k] for k in ev.recipient if k in ids],
            date=date, place=place, modality=ev.modality,
            agreements=[f"g{i + 1}" for i in ev.agreements],
            evidence=self._spans(ev.evidence), confidence=ev.confidence,
        )

    def _agreement_date(self, ag: AgreementDraft, occ: EventDraft | None) -> DateRange | None:
        own = self._date(ag.date_tokens, ag.modality, None)
        if own is not None:
            return own
        if occ is not None:
            return getattr(occ, "_date", None) or self._date(occ.date_ents, occ.modality,
                                                            occ.duration_days)
        return None

    def _agreement_place(self, ag: AgreementDraft, occ: EventDraft | None) -> Place | None:
        if occ is not None:
            rec = {self.table.country_of(k) for k in occ.recipient} - {None}
            return getattr(occ, "_place", None) or self._place(occ.place, rec)
        return None

    def _agreement(self, ag: AgreementDraft, n: int, ids: dict[str, str],
                   events: list[EventDraft]) -> Agreement:
        occ = self.occasion.get(n - 1)
        occ_id = None
        if occ is not None:
            occ_id = f"e{events.index(occ) + 1}" if occ in events else None
        return Agreement(
            id=f"g{n}", instrument=ag.instrument, subject=ag.subject or None,
            sectors=ag.sectors, parties=[ids[k] for k in ag.parties if k in ids],
            signatories=[ids[k] for k in ag.signers if k in ids],
            countries=ag.countries, status=ag.status, modality=ag.modality,
            date=self._agreement_date(ag, occ), place=self._agreement_place(ag, occ),
            occasion=occ_id, evidence=self._spans(ag.evidence), confidence=ag.confidence,
        )

    def _spans(self, offsets: list[tuple[int, int]]) -> list[Span]:
        out = []
        for s, e in dict.fromkeys(offsets):
            while e > s and self.text[e - 1].isspace():
                e -= 1
            out.append(Span(start=s, end=e, text=self.text[s:e]))
        return out


def _cameo_context(cameo: str) -> list[str]:
    """PLOVER's context for a CAMEO code ("036" -> ["diplomatic"])."""
    row = get_gazetteer().cameo(cameo)
    return [row[2]] if row and row[2] else []
