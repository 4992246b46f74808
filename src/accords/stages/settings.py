"""Stage 7: when and where each event and agreement happened. Date expressions are resolved
against the publication date (forward for what is planned); places are the dateline's when the
article says nothing else about a visit to the dateline's country. An agreement signed at a
visit or meeting takes the occasion's date and place unless it has a date of its own, and the
event of an agreement takes the agreement's."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from accords.code.agreements import AgreementDraft, clause_verb
from accords.code.events import EventDraft
from accords.code.modality import modality
from accords.gazetteer import Gazetteer
from accords.model import DateRange, Place
from accords.resolve.actors import ActorTable
from accords.resolve.dateline import dateline_dates
from accords.resolve.dates import resolve_date
from accords.resolve.places import geocode

# visits, hosting, meetings and talks happen somewhere; other events get no place
PLACED_CAMEOS = ("042", "043", "040", "046")
# acts of words a wire story reports as news anywhere in it: what was said, demanded,
# refused or promised was said that day ("Baker ... praised Japan's willingness")
SAID_TODAY_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "AGREE", "SUPPORT"})
# clauses whose act shares the date of the clause they hang on: "Accusing X of Y, Canada
# yesterday said ...", "was scheduled today to meet", "said on Monday it would retaliate"
SHARED_DATE_DEPS = ("advcl", "xcomp", "ccomp", "conj")
# "Wallis made the remark yesterday in talks with Saito", "the statement was issued on Monday":
# a later sentence that dates what the lead told ("the remark", "his pledge") by naming it again
RETOLD_NOUNS = frozenset({
    "remark", "comment", "statement", "pledge", "promise", "speech", "warning", "appeal",
    "announcement", "assurance", "accusation", "criticism", "declaration", "offer"})
RETELLING_VERBS = frozenset({"make", "deliver", "issue", "give", "voice", "repeat"})


def filed_day(doc: Doc, body_start_token: int, published: str | None) -> str | None:
    """The day the dateline gives ("PEKING, March 26 -"), the day "today" and "yesterday"
    count from in the story, when it is within three days of `published` (a wire's
    publication stamp may fall on the day before, in another time zone); else None."""
    if not published:
        return None
    for ent in dateline_dates(doc, body_start_token):
        day = resolve_date(ent.text, published, tense="past")
        if day is None or not day.start or day.start != day.end:
            continue
        gap = abs((dt.date.fromisoformat(day.start) - dt.date.fromisoformat(published)).days)
        return day.start if gap <= 3 else None
    return None


def reported_verb(trigger: Token) -> Token | None:
    """The verb of an act (an event noun's governing verb); None for an act in the past perfect
    ("had invaded"), which happened before the report and so takes none of its dates."""
    v = trigger
    while v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
        v = v.head
    if any(c.dep_ == "aux" and c.lower_ == "had" for c in v.children):
        return None
    return v


def clause_dates(trigger: Token) -> tuple[list[TokenSpan], Token | None]:
    """Dates of the clauses an act's clause hangs on, nearest first, when the act has none of
    its own, and the verb that bears them (whose tense reads them: "Turkey on Monday said it
    would send ships" is last Monday)."""
    dates = [e for e in trigger.sent.ents if e.label_ == "DATE"]
    v = reported_verb(trigger) if dates else None
    while v is not None:
        out = [e for e in dates if e.root.head.i == v.i or (
            e.root.head.dep_ == "prep" and e.root.head.head.i == v.i)]
        if out:
            return out, v
        if v.dep_ == "pcomp":
            # "Reagan last month announced sanctions in retaliation for what he called Japan's
            # failure": a clause a preposition governs is told in the clause above it
            v = clause_verb(v)
            continue
        v = v.head if v.dep_ in SHARED_DATE_DEPS and v.head.i != v.i else None
    return [], None


def name_dates(head: Token) -> list[TokenSpan]:
    """"A July 1986 agreement", "the 1978 accord": for an accord only mentioned, agreed or in
    force, with no date of its own act, the date it bears is when it was made. Dates elsewhere
    in its phrase ("an accord on trade until 1990") are not."""
    out: list[TokenSpan] = []
    for c in head.lefts:
        if c.dep_ not in ("compound", "nmod", "amod", "nummod"):
            continue
        words = [t for t in c.subtree if t.ent_type_ == "DATE"]
        if words and any(t.like_num and len(t.text) == 4 for t in words):
            out.append(head.doc[words[0].i:words[-1].i + 1])
    return out


def _same(a: Token | None, b: Token) -> bool:
    return a is not None and a.i == b.i


@dataclass(frozen=True)
class Setting:
    date: DateRange | None
    place: Place | None


@dataclass(frozen=True)
class Settings:
    """Reads dates and places against what the article says about itself."""

    published: str | None
    dateline: Place | None
    table: ActorTable
    gz: Gazetteer
    doc: Doc | None = None
    # token span of the body's lead (its first sentences): a wire story reports the day's news
    # there, so an act it tells with no date of its own happened on the dateline's day
    lead: tuple[int, int] | None = None

    def of_event(self, ev: EventDraft, agreements: list[AgreementDraft],
                 occasion: dict[int, EventDraft]) -> Setting:
        """An agreement's event (a signing) is set where and when its first agreement is."""
        if ev.agreements:
            first = ev.agreements[0]
            return self.of_agreement(agreements[first], occasion.get(first))
        place = self.place(ev.place, self.recipient_countries(ev)) \
            if ev.cameo in PLACED_CAMEOS else None
        date = self.date(ev.date_ents, "asserted" if ev.told else ev.modality,
                         ev.duration_days, ev.ends_on_date)
        if date is None and not ev.date_ents and self.doc is not None:
            ents, verb = clause_dates(self.doc[ev.trigger])
            if verb is not None:
                date = self.date(ents, modality(verb), ev.duration_days, ev.ends_on_date)
            elif ev.modality == "asserted":
                date = self.lead_day(ev.trigger) or (
                    self.lead_day(ev.trigger, anywhere=True)
                    if ev.event in SAID_TODAY_TYPES else None)
        return Setting(date, place)

    def lead_day(self, trigger: int, anywhere: bool = False) -> DateRange | None:
        """The publication day for an act the lead of a dated wire story tells without a date
        ("France today protested ...", "President Reagan signed an order ..."); not for one
        in the past perfect, which happened before the news."""
        if self.doc is None or self.lead is None or self.dateline is None or \
                not self.published or not (anywhere or self.lead[0] <= trigger < self.lead[1]):
            return None
        if reported_verb(self.doc[trigger]) is None:
            return None
        return self.news_day or DateRange(start=self.published, end=self.published)

    @cached_property
    def news_day(self) -> DateRange | None:
        """The day of the story's news where the story tells it apart from the day filed: the
        day of the lead's own act ("The EC yesterday warned Japan ... / EC foreign ministers
        issued a statement deploring ..."), else the day a later sentence gives to the lead's
        words by naming them again ("Wallis made the remark yesterday in talks with Saito");
        a single day at most three days before the day filed."""
        if self.doc is None or self.lead is None or not self.published:
            return None
        first = self.doc[self.lead[0]].sent
        candidates = [e for e in first.ents if e.label_ == "DATE" and e.start >= self.lead[0]
                      and _same(clause_verb(e.root), first.root)]
        for sent in self.doc[self.lead[0]:].sents:
            for tok in sent:
                if tok.lemma_.lower() not in RETELLING_VERBS or tok.pos_ != "VERB":
                    continue
                if not any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in RETOLD_NOUNS
                           and any(d.dep_ in ("det", "poss") and d.lower_ != "a"
                                   for d in c.children) for c in tok.children):
                    continue
                candidates += [e for e in sent.ents if e.label_ == "DATE" and
                               _same(clause_verb(e.root), tok)]
        for ent in candidates:
            day = resolve_date(ent.text, self.published, tense="past")
            if day is None or not day.start or day.start != day.end:
                continue
            gap = (dt.date.fromisoformat(self.published) - dt.date.fromisoformat(day.start)).days
            if 0 < gap <= 3:
                return day
        return None

    def of_agreement(self, ag: AgreementDraft, occ: EventDraft | None) -> Setting:
        """An agreement's own date, else its occasion's; its occasion's place."""
        date = self.date(ag.date_tokens, ag.modality, None)
        if date is None and occ is None and self.doc is not None and \
                (ag.status in (None, "agreed", "in_force") or ag.status_inferred):
            date = self.date(name_dates(self.doc[ag.head]), ag.modality, None)
        if date is None and occ is None and ag.status and not ag.status_inferred and \
                ag.modality == "asserted" and ag.verb is not None:
            date = self.lead_day(ag.verb.i)  # "Reagan signed an order extending ..." in the lead
        if occ is None:
            return Setting(date, None)
        if date is None:
            date = self.date(occ.date_ents, occ.modality, occ.duration_days)
        return Setting(date, self.place(occ.place, self.recipient_countries(occ)))

    def date(self, ents: list[TokenSpan], modality: str, duration: int | None,
             ending: bool = False) -> DateRange | None:
        """The first of `ents` that names a date; a single day stretched to `duration` days,
        back from it when the day told is the span's last (`ending`)."""
        tense = "future" if modality == "future" else "past"
        for ent in ents:
            if self.lead is not None and ent.end <= self.lead[0] and self.news_day is not None:
                resolved = self.news_day  # the dateline's day, for the lead's acts
            else:
                resolved = resolve_date(ent.text, self.published, tense=tense)
            if resolved is None:
                continue
            if duration and resolved.start and resolved.start == resolved.end:
                day = dt.date.fromisoformat(resolved.start)
                span = dt.timedelta(days=duration - 1)
                resolved = DateRange(start=(day - span).isoformat(), end=resolved.end) \
                    if ending else DateRange(start=resolved.start, end=(day + span).isoformat())
            return resolved
        return None

    def place(self, name: str | None, recipient_countries: set[str]) -> Place | None:
        """The place `name` (or "@dateline"); with no name, the dateline's place when the
        event's recipient is the dateline's country."""
        if name == "@dateline" or (name is None and self.dateline is not None and
                                   self.dateline.country in recipient_countries):
            return self.dateline
        if not name:
            return None
        name = re.sub(r"^(?:the)\s+", "", name)
        iso = self.gz.country(name)
        if iso and self.dateline is not None and self.dateline.country == iso:
            return self.dateline  # "a visit to Belarus" filed from MINSK: in Minsk
        if iso:
            return Place(name=name, country=iso)
        return geocode(name)

    def recipient_countries(self, ev: EventDraft) -> set[str]:
        return {c for k in ev.recipient if (c := self.table.country_of(k)) is not None}
