"""The Accords record (shared/CONTRACT.md) as typed models.

Every stage, the store, the API and the exports speak these classes, so the contract lives in
one place. Field names follow the contract (and PLOVER where PLOVER has a field); new fields may
be added, existing ones are never renamed or dropped.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

ActorKind = Literal["country", "person", "organization", "international"]
Modality = Literal["asserted", "future", "hypothetical", "negated"]

ACTOR_SECTORS = (
    "GOV", "MIL", "LEG", "JUD", "COP", "SPY", "PTY", "BUS", "MED", "EDU", "CVL", "REL", "IGO",
    "UNK",
)
PLOVER_EVENTS = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
    "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
INSTRUMENTS = (
    "agreement", "mou", "treaty", "protocol", "roadmap", "declaration", "contract",
    "letter_of_intent", "other",
)
STATUSES = (
    "negotiating", "agreed", "initialled", "signed", "ratified", "in_force", "extended",
    "amended", "suspended", "terminated",
)
SECTORS = (
    "defence", "security", "migration", "justice", "diplomacy", "trade", "investment", "finance",
    "industry", "energy", "transport", "infrastructure", "communications", "agriculture",
    "health", "education", "science_technology", "culture", "environment", "humanitarian",
    "arms_control", "territorial", "labour",
)


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(_Model):
    """A piece of the article: `text == article[start:end]`."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class DateRange(_Model):
    start: str | None = None
    end: str | None = None


class Place(_Model):
    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None


class Role(_Model):
    title: str
    country: str | None = None
    organization: str | None = None


class Document(_Model):
    id: str
    title: str | None = None
    published: str | None = None
    dateline: str | None = None
    source: str | None = None
    url: str | None = None
    language: str | None = "en"


class Actor(_Model):
    id: str
    kind: ActorKind
    name: str
    country: str | None = None
    sector: str | None = None
    roles: list[Role] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)
    confidence: float = 1.0


class Event(_Model):
    id: str
    event: str
    mode: str | None = None
    cameo: str | None = None
    context: list[str] = Field(default_factory=list)
    actor: list[str] = Field(default_factory=list)
    recipient: list[str] = Field(default_factory=list)
    date: DateRange | None = None
    place: Place | None = None
    modality: Modality = "asserted"
    agreements: list[str] = Field(default_factory=list)
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = 0.5


class StatusStep(_Model):
    """One step of an agreement's lifecycle (signed, ratified, ...) as one document reports
    it: when, in which document, on what evidence. A `future` step is announced, not done
    ("will sign next month"). `documents` lists every document reporting the same step in a
    merged record; `published` dates a step whose text gives no date."""

    status: str
    date: str | None = None
    document: str | None = None
    record: str | None = None  # the agreement's id in `document` ("g2"), to find the evidence
    modality: Modality = "asserted"
    evidence: list[Span] = Field(default_factory=list)
    published: str | None = None
    documents: list[str] = Field(default_factory=list)


class Agreement(_Model):
    id: str
    instrument: str
    subject: str | None = None
    sectors: list[str] = Field(default_factory=list)
    parties: list[str] = Field(default_factory=list)
    signatories: list[str] = Field(default_factory=list)
    countries: list[str] = Field(default_factory=list)
    status: str | None = None
    modality: Modality = "asserted"
    date: DateRange | None = None
    place: Place | None = None
    occasion: str | None = None
    evidence: list[Span] = Field(default_factory=list)
    confidence: float = 0.5
    # optional (shared/CONTRACT.md): the status steps known, oldest first; `status` is the
    # latest. The extractor may leave it empty; the store fills it from every report.
    history: list[StatusStep] = Field(default_factory=list)


class Coder(_Model):
    """Which coder made a record, as PLOVER's `coder` field: name and version."""

    name: str = "accords.coder.rules"
    version: str = "1"
    model: str | None = None


class Record(_Model):
    document: Document
    actors: list[Actor] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    agreements: list[Agreement] = Field(default_factory=list)
    coder: Coder = Field(default_factory=Coder)

    def to_dict(self) -> dict:
        return self.model_dump(mode="json")

    def actor(self, actor_id: str) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


# ---- the store's merged records ---------------------------------------------------------------
# One agreement reported by ten outlets is one record with ten sources. The store hands these to
# the CLI, the exports and the web layer; their ids are store-wide ("g12", "e7", "a3") and the
# per-document records they came from are listed in `sources`.


class SourceRef(_Model):
    """One report of a merged record: the document, and the record's id and evidence in it."""

    document: str
    record: str | None = None
    title: str | None = None
    published: str | None = None
    source: str | None = None
    url: str | None = None
    evidence: list[Span] = Field(default_factory=list)


class StoredActor(Actor):
    """An actor merged across documents; `documents` counts the documents that mention it."""

    documents: int = 0


class StoredEvent(Event):
    sources: list[SourceRef] = Field(default_factory=list)


class StoredAgreement(Agreement):
    sources: list[SourceRef] = Field(default_factory=list)


def jsonable(value: Any) -> Any:
    """Models, and dicts and lists of them, as plain JSON values (for summaries that mix
    records with counts: dyads, countries, pages' JSON twins)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def record_json_schema() -> dict:
    return Record.model_json_schema()
