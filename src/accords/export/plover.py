"""PLOVER event JSONL: one event per line in the field names of the PLOVER specification.

Source: openeventdata/PLOVER, PLOVER_MANUAL.tex, draft 0.8 (2021), chapter "Data Fields"
(tables "PLOVER JSON", "Information object for actors", "Information object for citations",
"Location object") and the sections "Special contexts" and "Compound and Reciprocal Actors";
quad categories from the 0.7b1 table "Quad categories in PLOVER". PLOVER asks for JSONL and
allows extra named fields; only `id`, `date`, `source` and `event` are required.

Event fields written (PLOVER name: what we put there)
- id: the merged event id (unique within the export).
- date: event date YYYY-MM-DD; when the event has none, the earliest publication date of its
  reports (the classic event-data convention), and `date_basis` says which ("event",
  "published", or null when neither is known).
- enddate: the end of a date range, else null.
- source: list of actor objects (who acts). recipient: list of actor objects (acted upon).
  PLOVER makes both lists so that compound and reciprocal actors stay in one record, so every
  actor is kept, in order; nothing is expanded into dyads (the GDELT export does that).
- event: [PLOVER category], any of the 16. mode: [mode] or []; context: a list of PLOVER
  contexts. Both come from the event; where it has none they come from the CAMEO code's row of
  the CAMEO-to-PLOVER table (manual 0.8; `Gazetteer.cameo`), so "0872" gives RETREAT
  ["withdraw"] ["military"] and "1121" ACCUSE ["allege"] ["crime", "corruption"]. The table
  writes several contexts as one "crime; corruption" and a few contexts in its mode column (175
  "pro_autocracy"): contexts are split, and a context given as a mode is moved to `context`.
  Then PLOVER's special contexts for modality: "future", "hypothetical", "negation" (asserted
  events add none).
- event_loc: location object {name, latitude, longitude, country_code (ISO alpha-2, GeoNames'
  "country code"), cc3 (alpha-3)} or null.
- event_text: the evidence texts (own, then per source), without repeats.
- quad_code: 1-4 from the PLOVER category (PLOVER's quad categories, which differ from CAMEO's:
  SANCTION is verbal conflict, CONCEDE verbal cooperation). cameo_quad (extension): GDELT's
  QuadClass of the CAMEO code (`codes.event_quad`), the class the web UI and API filter on.
- cite_info: citation object of the first report {citation (document id), url (a web
  address, else null), title, publication, published, corpus, coder, codebook, version}.
  `publication` is the outlet (`outlet.describe`): the feed title, site name or `source` the
  input gave, else the URL's host, else null; never the local file a report was read from.
  For a story of a bundled corpus it is the outlet ("Reuters") and `corpus` (an extension)
  cites the corpus and story ("Reuters-21578, story 1515"); null otherwise.
- coder: "<coder name>.v<version>"; coded_date: the day of the export.
- comment: null.
Accords extensions: cameo, modality, confidence, agreements (merged agreement ids),
date_basis, sources (a cite_info object for every report).

Actor object: code (ISO alpha-3, Kosovo "KOS"; "IGO" for an intergovernmental body, as in the
manual's non-state actor codes), sector (PLOVER primary sector; our MED is CAMEO's "media",
which PLOVER calls JRN; UNK and IGO become null), actor_text (the first mention as written,
else the name), identifier_text (canonical name), office (first role title); extensions: kind,
accords_id. The manual's `identifier_id` is a Wikidata id, which we do not have, so it is left
out.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson

from accords._version import __version__
from accords.export._io import Destination, open_text
from accords.export.codes import event_quad, iso2_country, plover_country, plover_quad
from accords.export.data import (
    ExportData,
    earliest_published,
    evidence_texts,
)
from accords.ingest.outlet import describe
from accords.model import (
    Coder,
    Document,
    Place,
    Record,
    SourceRef,
    StoredActor,
    StoredAgreement,
    StoredEvent,
)

__all__ = ["CODEBOOK", "REQUIRED_FIELDS", "mode_context", "plover_actor", "plover_event",
           "write_plover"]

CODEBOOK = "plover-0.8"
REQUIRED_FIELDS = ("id", "date", "source", "event")

_MODALITY_CONTEXT = {"future": "future", "hypothetical": "hypothetical", "negated": "negation"}
_SECTOR = {"MED": "JRN", "UNK": None, "IGO": None}


def plover_actor(actor: StoredActor | None, actor_id: str) -> dict[str, Any]:
    """A PLOVER actor object; an id that resolves to no actor gives an object with only that id."""
    if actor is None:
        return {"code": None, "sector": None, "actor_text": None, "identifier_text": None,
                "office": None, "kind": None, "accords_id": actor_id}
    code = "IGO" if actor.kind == "international" else plover_country(actor.country)
    sector = _SECTOR.get(actor.sector, actor.sector) if actor.sector else None
    return {
        "code": code,
        "sector": sector,
        "actor_text": actor.mentions[0].text if actor.mentions else actor.name,
        "identifier_text": actor.name,
        "office": actor.roles[0].title if actor.roles else None,
        "kind": actor.kind,
        "accords_id": actor.id,
    }


@functools.cache
def _contexts() -> frozenset[str]:
    """Every context the CAMEO-to-PLOVER table names (the gazetteer's copy of it)."""
    from importlib.resources import files

    table = orjson.loads((files("accords.gazetteer") / "data" / "cameo.json").read_bytes())
    return frozenset(part for row in table["codes"].values() if row[2]
                     for part in _split(row[2]))


def _split(value: str) -> list[str]:
    return [part.strip() for part in value.split(";") if part.strip()]


def mode_context(event: StoredEvent) -> tuple[list[str], list[str]]:
    """PLOVER `mode` and `context` lists of an event (see the module docstring)."""
    from accords.gazetteer import get_gazetteer

    row = get_gazetteer().cameo(event.cameo) if event.cameo else None
    mode = event.mode or (row[1] if row else None)
    given = list(event.context) or ([row[2]] if row and row[2] else [])
    context = [part for c in given for part in _split(c)]
    if mode and mode in _contexts():
        context.append(mode)
        mode = None
    return ([mode] if mode else []), list(dict.fromkeys(context))


def _location(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name, "latitude": place.lat, "longitude": place.lon,
        "country_code": iso2_country(place.country), "cc3": plover_country(place.country),
    }


def _cite(ref: SourceRef, coder: str) -> dict[str, Any]:
    outlet = describe(ref.document, ref.source, ref.url)
    return {
        "citation": ref.document, "url": outlet.url, "title": ref.title,
        "publication": outlet.name, "published": ref.published,
        "corpus": outlet.citation,
        "coder": coder, "codebook": CODEBOOK, "version": __version__,
    }


def plover_event(
    event: StoredEvent,
    data: ExportData,
    *,
    coder: Coder | None = None,
    coded_date: str | None = None,
) -> dict[str, Any]:
    """One merged event as a PLOVER record (see the module docstring for every field)."""
    coder_id = _coder_id(coder or Coder())
    start = event.date.start if event.date else None
    end = event.date.end if event.date else None
    published = earliest_published(event)
    date, basis = (start, "event") if start else (published, "published" if published else None)
    mode, context = mode_context(event)
    special = _MODALITY_CONTEXT.get(event.modality)
    if special and special not in context:
        context.append(special)
    cites = [_cite(ref, coder_id) for ref in event.sources]
    return {
        "id": event.id,
        "date": date,
        "enddate": end if end and end != date else None,
        "source": [plover_actor(data.actor(i), i) for i in event.actor],
        "recipient": [plover_actor(data.actor(i), i) for i in event.recipient],
        "event": [event.event],
        "mode": mode,
        "context": context,
        "event_loc": _location(event.place),
        "event_text": evidence_texts(event),
        "quad_code": plover_quad(event.event),
        "cameo_quad": event_quad(event.cameo, event.event),
        "cite_info": cites[0] if cites else None,
        "coder": coder_id,
        "coded_date": coded_date or dt.date.today().isoformat(),
        "comment": None,
        "cameo": event.cameo,
        "modality": event.modality,
        "confidence": event.confidence,
        "agreements": list(event.agreements),
        "date_basis": basis,
        "sources": cites,
    }


def _coder_id(coder: Coder) -> str:
    return f"{coder.name}.v{coder.version}"


def write_plover(
    destination: Destination,
    *,
    records: Iterable[Record] | None = None,
    actors: Iterable[StoredActor] | None = None,
    events: Iterable[StoredEvent] | None = None,
    agreements: Iterable[StoredAgreement] | None = None,
    documents: Iterable[Document] | None = None,
    coder: Coder | None = None,
    coded_date: str | None = None,
) -> list[Path]:
    """Write every event as one PLOVER JSON line. Agreements are not events and are not written
    (a signing is already an event: SUPPORT / CAMEO 057)."""
    data = ExportData.collect(
        records=records, actors=actors, events=events, agreements=agreements, documents=documents
    )
    coded_date = coded_date or dt.date.today().isoformat()
    written: list[Path] = []
    with open_text(destination, written) as fh:
        for event in data.events:
            line = plover_event(event, data, coder=coder, coded_date=coded_date)
            fh.write(orjson.dumps(line).decode() + "\n")
    return written
