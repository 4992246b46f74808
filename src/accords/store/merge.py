"""Deciding what is the same across documents: pure functions, no database.

The store asks three questions of every new document: is this text one we already have (its
content hash) or a near copy (SimHash, for wire re-sends with a changed line); is this actor one
we know (kind, country and name, with spelling variants); and is this agreement or event one
another outlet already reported. The last is decided by compatibility, not similarity alone:
two reports merge only if nothing they state contradicts the other (countries, instrument,
dates, the institutions on each side, sectors), so two MoUs signed the same day between
different bodies stay two records.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from accords.model import Actor, Agreement, Event

SIMHASH_BITS = 64
NEAR_DUPLICATE_BITS = 5
"""Texts whose SimHashes differ in at most this many bits are near-duplicates (wire re-sends).
On Reuters-21578, pairs of different stories differ in 17 bits or more; a story re-sent with a
new headline or a corrected line differs in 0-4."""
BAND_WIDTHS = (11, 11, 11, 11, 10, 10)
"""Six bands: by the pigeonhole principle two hashes within 5 bits agree on a whole band."""

AGREEMENT_WINDOW_DAYS = 31
"""Reports of one agreement without a date of their own fall within a month of each other."""
EVENT_WINDOW_DAYS = 7
"""An undated visit or meeting is reported within a week of itself."""

PERSON_NAME_SIMILARITY = 90
"""rapidfuzz ratio above which two names of one country's people are spelling variants
("Lukashenko" / "Lukashenka")."""

STATUS_ORDER = ("negotiating", "agreed", "initialled", "signed", "ratified", "in_force",
                "extended", "amended", "suspended", "terminated")
LIFECYCLE_WINDOW_DAYS = 5 * 365
"""Reports of one agreement at different stages (announced, signed, ratified, in force) lie
within this many days of each other; beyond it, a "ratified" report is of another deal."""
STAGE = {"negotiating": 0, "agreed": 1, "initialled": 2, "signed": 3, "ratified": 4,
         "in_force": 4, "extended": 5, "amended": 5, "suspended": 5, "terminated": 6}
"""The order steps happen in. Equal stages have no order between them: a treaty may enter into
force before or after a ratification, an amendment may precede an extension."""
GENERIC_SUBJECT_WORDS = frozenset(
    "cooperation agreement deal accord memorandum understanding bilateral joint mutual "
    "framework partnership relations development strategic".split())
"""Subject words that say nothing about which instrument it is."""
INSTRUMENT_CLASS = {"agreement": "agreement", "mou": "mou", "treaty": "treaty",
                    "protocol": "protocol", "roadmap": "roadmap", "declaration": "declaration",
                    "contract": "contract", "letter_of_intent": "letter_of_intent",
                    "other": "other"}
FALLBACK_SECTORS = frozenset({"diplomacy"})
"""The sector the extractor gives a deal between states that names no field
(`complete_sectors`): at another stage of the deal, it does not contradict the field a report
names ("territorial")."""
GENERIC_INSTRUMENTS = {"agreement", "other"}
"""Words an outlet uses for any instrument: "the agreement" may be another outlet's MoU."""

_WORD_RE = re.compile(r"[^\W_]+", re.U)
_STOP = frozenset("the a an of on in and for to with between by at its their his her".split())


# ---- documents ---------------------------------------------------------------------------------
def normalise_text(text: str) -> str:
    """The text as its identity sees it: Unicode NFC, line endings and outer blanks unified."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()


def content_hash(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def simhash(text: str) -> int:
    """64-bit SimHash over word 3-shingles, as a signed integer (it fits a BIGINT column)."""
    import numpy as np

    words = [w.lower() for w in _WORD_RE.findall(text)]
    shingles = [" ".join(t) for t in zip(words, words[1:], words[2:], strict=False)] \
        if len(words) > 2 else [" ".join(words)]
    blake2b = hashlib.blake2b
    digests = b"".join([blake2b(sh.encode("utf-8"), digest_size=8).digest() for sh in shingles])
    # each digest is a big-endian 64-bit number; a bit's weight is +1 for every shingle that
    # sets it and -1 for every one that does not, so it is positive when more than half set it
    # (counted in numpy: a bit-by-bit loop in Python cost 5 ms for a Reuters story)
    hashes = np.frombuffer(digests, dtype=">u8").astype("<u8")
    ones = np.unpackbits(hashes.view(np.uint8).reshape(-1, 8), axis=1, bitorder="little").sum(
        axis=0, dtype=np.int64)
    value = sum(1 << bit for bit in range(SIMHASH_BITS) if 2 * int(ones[bit]) > len(shingles))
    return value - (1 << 64) if value >= 1 << 63 else value


def simhash_bands(value: int) -> tuple[int, ...]:
    """The hash cut into `BAND_WIDTHS` pieces, for an indexed candidate lookup."""
    unsigned = value & ((1 << 64) - 1)
    bands, shift = [], 0
    for width in BAND_WIDTHS:
        bands.append((unsigned >> shift) & ((1 << width) - 1))
        shift += width
    return tuple(bands)


def hamming(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


# ---- actors ------------------------------------------------------------------------------------
@functools.lru_cache(maxsize=1 << 16)
def normalise_name(name: str) -> str:
    """Lower case, accents and punctuation dropped, leading article dropped. Cached: the
    writer compares each new name with every stored one of its block, and ASCII names (most)
    skip the decomposition, which leaves them as they are."""
    if not name.isascii():
        name = unicodedata.normalize("NFKD", name)
        name = "".join(ch for ch in name if not unicodedata.combining(ch))
    words = _WORD_RE.findall(name.lower().replace("'s ", " "))
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def actor_block(actor: Actor) -> str:
    """The lookup block: a person's surname, else the first significant word of the name."""
    words = normalise_name(actor.name).split()
    if not words:
        return ""
    if actor.kind == "person":
        return words[-1]
    if actor.kind == "country":
        return actor.country or words[0]
    return next((w for w in words if w not in _STOP), words[0])


def actor_key(actor: Actor) -> str:
    """A store-wide identity: countries by code, others by kind, country and normalised name."""
    if actor.kind == "country":
        return f"country|{actor.country or normalise_name(actor.name)}"
    kind = "organization" if actor.kind == "international" else actor.kind
    return f"{kind}|{actor.country or ''}|{normalise_name(actor.name)}"


def same_person(name_a: str, name_b: str) -> bool:
    """Two names of one country's people that are one person: equal after normalising, or a
    spelling variant of the same length ("Lukashenko" / "Lukashenka"). A name inside a longer
    one is not enough: "Nawaz Sharif" sits inside his daughter's "Maryam Nawaz Sharif" exactly
    as "Shehbaz Sharif" sits inside "Muhammad Shehbaz Sharif", and merging two people is worse
    than listing one twice. The extractor already folds short forms within a document."""
    a, b = normalise_name(name_a), normalise_name(name_b)
    if a == b:
        return True
    wa, wb = a.split(), b.split()
    if not wa or not wb or wa[-1][:4] != wb[-1][:4]:
        return False
    if len(wa) == len(wb):
        return fuzz.ratio(a, b) >= PERSON_NAME_SIMILARITY
    return False


# ---- agreements and events ---------------------------------------------------------------------
def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def content_words(text: str | None) -> frozenset[str]:
    if not text:
        return frozenset()
    return frozenset(w for w in normalise_name(text).split() if w not in _STOP and len(w) > 2)


@dataclass
class Signature:
    """What one report says about an agreement or event, in store terms (actor keys)."""

    countries: frozenset[str]
    kind: str  # instrument class, or event type + CAMEO code
    modality: str
    start: date | None = None
    end: date | None = None
    anchor: date | None = None  # own date, else the document's publication date
    sectors: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()
    # per country, the keys of the institutions and people named on that side
    sides: dict[str, frozenset[str]] = field(default_factory=dict)
    # every named party (or event participant) that is not a country
    parties: frozenset[str] = frozenset()
    # for an event: the stored agreements it signs or agrees
    covers: frozenset[int] = frozenset()
    direction: tuple[frozenset[str], frozenset[str]] | None = None
    # for an agreement: the lifecycle steps known (a stored record's, or one report's)
    steps: tuple[Step, ...] = ()


@dataclass(frozen=True)
class Step:
    """A status step in merge terms: its stated day, and the publication day of the document
    that reports it (a step happened on or before the day it was reported)."""

    status: str
    modality: str = "asserted"
    day: date | None = None
    published: date | None = None

    def earliest(self) -> date | None:
        return self.day

    def latest(self) -> date | None:
        return self.day or self.published


def report_steps(ag: Agreement) -> list[dict]:
    """The steps one document reports for an agreement: its own `history` when the extractor
    gave one, else one step from its status, date and evidence. Each is a `StatusStep` as a
    dict without the document (the writer adds it). A report without a status has no step."""
    found = [h.model_dump(mode="json") for h in ag.history]
    if not found and ag.status:
        found = [{"status": ag.status, "date": ag.date.start if ag.date else None,
                  "modality": ag.modality,
                  "evidence": [e.model_dump() for e in ag.evidence]}]
    return [{"status": h["status"], "date": h.get("date"),
             "modality": h.get("modality") or ag.modality,
             "evidence": (h.get("evidence") or [])[:1]} for h in found if h.get("status")]


def agreement_signature(ag: Agreement, keys: dict[str, str], countries_of: dict[str, str | None],
                        published: str | None) -> Signature:
    """`keys` maps the document's actor ids to store keys, `countries_of` to their countries."""
    start = _day(ag.date.start) if ag.date else None
    end = (_day(ag.date.end) if ag.date else None) or start
    sides: dict[str, set[str]] = {}
    parties: set[str] = set()
    for local in ag.parties + ag.signatories:
        key = keys.get(local)
        if not key or key.startswith("country|"):
            continue
        parties.add(key)
        country = countries_of.get(local)
        if country:
            sides.setdefault(country, set()).add(key)
    steps = tuple(Step(h["status"], h["modality"], _day(h["date"]), _day(published))
                  for h in report_steps(ag))
    return Signature(
        steps=steps,
        countries=frozenset(ag.countries),
        kind=INSTRUMENT_CLASS.get(ag.instrument, "other"),
        modality=ag.modality,
        start=start, end=end, anchor=start or _day(published),
        sectors=frozenset(ag.sectors),
        words=content_words(ag.subject),
        sides={c: frozenset(v) for c, v in sides.items()},
        parties=frozenset(parties),
    )


def event_signature(ev: Event, keys: dict[str, str], countries_of: dict[str, str | None],
                    published: str | None) -> Signature:
    start = _day(ev.date.start) if ev.date else None
    end = (_day(ev.date.end) if ev.date else None) or start

    def side(ids: list[str]) -> frozenset[str]:
        return frozenset(c for c in (countries_of.get(i) or _international(keys.get(i))
                                     for i in ids) if c)

    actor, recipient = side(ev.actor), side(ev.recipient)
    named = {keys[i] for i in ev.actor + ev.recipient if i in keys}
    return Signature(
        countries=actor | recipient,
        kind=f"{ev.event}/{ev.cameo or ''}",
        modality=ev.modality,
        start=start, end=end, anchor=start or _day(published),
        direction=(actor, recipient),
        parties=frozenset(k for k in named if not k.startswith("country|")),
    )


def _international(key: str | None) -> str | None:
    """An international body takes part in an event under its name, as the evaluator counts."""
    if key and key.startswith("organization||"):
        return key.split("|", 2)[2]
    return None


def _dates_compatible(a: Signature, b: Signature, window: int, slack: int) -> bool:
    if a.start and b.start:
        a_end, b_end = a.end or a.start, b.end or b.start
        return (a.start - b_end).days <= slack and (b.start - a_end).days <= slack
    if a.anchor and b.anchor:
        return abs((a.anchor - b.anchor).days) <= window
    return True


def dates_compatible(new: Signature, old: Signature) -> bool:
    """Whether two agreement reports' dates allow them to report the same step."""
    return _dates_compatible(new, old, AGREEMENT_WINDOW_DAYS, slack=3)


def agreement_score(new: Signature, old: Signature) -> float | None:
    """How well a new report fits a stored agreement; None if they cannot be the same."""
    if new.countries != old.countries:
        return None
    if new.kind != old.kind and not ({new.kind, old.kind} & GENERIC_INSTRUMENTS):
        return None
    if (new.modality == "negated") != (old.modality == "negated"):
        return None
    lifecycle = not dates_compatible(new, old)
    if lifecycle and not lifecycle_compatible(new, old):
        return None
    if new.sectors and old.sectors and not new.sectors & old.sectors and not (
            lifecycle and (new.sectors <= FALLBACK_SECTORS or old.sectors <= FALLBACK_SECTORS)):
        return None
    shared_parties = 0
    for country in new.sides.keys() & old.sides.keys():
        overlap = new.sides[country] & old.sides[country]
        if not overlap and not lifecycle:
            # different institutions on one side: different instruments (but the parliament
            # that ratifies is not the ministry that signed)
            return None
        shared_parties += len(overlap)
    if lifecycle:
        # a later stage months away: the deal must be named as the same deal, by a specific
        # subject word ("nuclear") or a party in common, not only by the two countries
        specific = (new.words & old.words) - GENERIC_SUBJECT_WORDS
        if not specific and not new.parties & old.parties and not _next_stage(new, old):
            return None
        return 0.5 + len(new.sectors & old.sectors) + shared_parties + len(specific) / len(
            new.words | old.words or {""})
    if new.words and old.words and not new.words & old.words and not (
            new.sectors & old.sectors):
        return None
    # positive evidence: not contradicting each other is not enough to be one agreement
    strong = bool(new.parties & old.parties) or bool(
        new.start and old.start and new.start == old.start)
    weak = sum((bool(new.words & old.words), bool(new.sectors & old.sectors),
                bool(new.anchor and old.anchor)))  # reported within the window
    if len(new.countries) < 2:
        # a deal with fewer than two known countries (a company's contract, a domestic pact)
        # is only recognised by a party both reports name, and something more: "a contract"
        # in two stories is two contracts
        if not new.parties & old.parties or not weak:
            return None
    elif not strong and weak < (1 if new.anchor and old.anchor else 2):
        # undated reports (no publication date either) need a shared party or day, or both
        # a shared subject word and a shared sector
        return None
    score = 1.0 + len(new.sectors & old.sectors) + shared_parties
    if new.words and old.words:
        score += len(new.words & old.words) / len(new.words | old.words)
    if new.kind == old.kind:
        score += 0.5
    if new.start and old.start and new.start == old.start:
        score += 0.5
    return score


def event_score(new: Signature, old: Signature) -> float | None:
    if new.kind != old.kind or new.direction != old.direction or new.modality != old.modality:
        return None
    if len(new.countries) < 2:
        return None  # without two known sides, "a meeting" in two stories is two meetings
    if not _dates_compatible(new, old, EVENT_WINDOW_DAYS, slack=1):
        return None
    if (new.covers or old.covers) and not new.covers & old.covers:
        return None  # a signing is the same signing only if its agreements are the same
    # people and institutions other than the sides themselves (an international body taking
    # part is a side, like a country)
    shared = {k for k in new.parties & old.parties if _international(k) not in new.countries}
    same_day = bool(new.start and new.start == old.start)
    if not (new.covers or old.covers):
        if not shared and not same_day:
            # the same countries meeting within a week twice is common; the same people, or
            # the same stated day, make it one meeting
            return None
        if not same_day and not (new.anchor and old.anchor):
            return None  # undated: the same people visit the same country more than once
    score = 1.0 + len(new.covers & old.covers) + len(shared)
    if new.start and old.start and new.start == old.start:
        score += 1.0
    return score


def lifecycle_compatible(new: Signature, old: Signature) -> bool:
    """Whether a report whose date does not fit a stored agreement's can still be one of its
    stages: a step the record lacks (ratified after signed, signed after "will sign") or
    another report of a step it has (the signing's date, where the record is dated by its
    initialling); a step the record has must fall on the same day, so a second "signed"
    months after the first is another agreement, and so is an "agreed" months after one (a
    passing mention of some other deal, more often than not); the steps keep
    their order (nothing is ratified before it is signed) and all lie within
    `LIFECYCLE_WINDOW_DAYS`. Only between states (two countries or more), and with at least
    one step dated by its text: on Reuters-21578, company deals and undated passing mentions
    merged wrongly."""
    if not new.steps or not old.steps or len(new.countries) < 2:
        return False  # a company's "contract" signed in June is not the one agreed in April
    if not any(s.day for s in new.steps + old.steps):
        return False  # two undated mentions months apart say too little to be one deal
    days = [d for s in new.steps + old.steps for d in (s.day or s.published,) if d]
    if days and (max(days) - min(days)).days > LIFECYCLE_WINDOW_DAYS:
        return False
    for a in new.steps:
        same = [b for b in old.steps if (b.status, b.modality) == (a.status, a.modality)]
        if same and not any(_same_step(a, b) for b in same):
            return False
        for b in old.steps:
            if not (_steps_in_order(a, b) and _steps_in_order(b, a)):
                return False
    return True


def _next_stage(new: Signature, old: Signature) -> bool:
    """Whether one report states the stage right after one the other states, both dated by
    their texts within `AGREEMENT_WINDOW_DAYS`: an initialling and the signing of that text
    a few weeks later (the Macao joint declaration, initialled on March 26, 1987 and signed
    on April 13, which the two reports name in different words)."""
    return any(a.modality == b.modality == "asserted" and a.day and b.day
               and abs(STAGE.get(a.status, 0) - STAGE.get(b.status, 0)) == 1
               and abs((a.day - b.day).days) <= AGREEMENT_WINDOW_DAYS
               for a in new.steps for b in old.steps)


def _same_step(a: Step, b: Step) -> bool:
    """Two reports of one step: the same stated day (3 days' slack), or, where one is
    undated, reported within `AGREEMENT_WINDOW_DAYS` of the other."""
    if a.day and b.day:
        return abs((a.day - b.day).days) <= 3
    x, y = a.day or a.published, b.day or b.published
    return x is None or y is None or abs((x - y).days) <= AGREEMENT_WINDOW_DAYS


def _steps_in_order(a: Step, b: Step, slack: int = 3) -> bool:
    """False when step `a` must come before step `b` but is known to come after it. A future
    step ("will sign") is announced before the step it announces and any later one."""
    if a.modality == "future":
        if b.modality != "asserted" or STAGE.get(b.status, 0) < STAGE.get(a.status, 0):
            return True
        start, end = a.published or a.day, b.latest()
    else:
        if a.modality != "asserted" or b.modality != "asserted" or \
                STAGE.get(a.status, 0) >= STAGE.get(b.status, 0):
            return True
        start, end = a.earliest(), b.latest()
    return start is None or end is None or (start - end).days <= slack


def later_status(a: str | None, b: str | None) -> str | None:
    """The more advanced of two statuses: a deal first reported agreed, then signed, is signed."""
    order = {s: n for n, s in enumerate(STATUS_ORDER)}
    if a is None or b is None:
        return a or b
    return a if order.get(a, -1) >= order.get(b, -1) else b


def combined_confidence(a: float, b: float) -> float:
    """Independent reports raise confidence (noisy-or), never to certainty."""
    return round(min(0.99, 1 - (1 - a) * (1 - b)), 4)
