"""Flat tables of merged records: agreements, events, actors, as CSV or Parquet.

One table definition, two encodings. `PARQUET_SCHEMAS` fixes every table's columns, their order
and their types; CSV writes the same columns in the same order with a header row.

- Multi-valued columns (sectors, countries, party names, document ids, urls...) are
  `list<string>` in Parquet and joined with ";" in CSV (`LIST_SEPARATOR`; values are not
  escaped, and none of our vocabularies contain ";").
- Aligned lists: `parties`, `party_ids` and `party_countries` have one item per party, in
  order (likewise actors/recipients in events); an unknown country is null in Parquet and an
  empty item in CSV ("PAK;;BLR").
- Ids (`party_ids`, `actor_ids`, `occasion`, `agreements`) join the tables; names are there to
  be read. An id that resolves to no actor keeps the id as its name.
- Types: dates are Arrow `date32` in Parquet (`date_start`, `date_end`, `published`) and ISO
  `YYYY-MM-DD` in CSV; no column holds a time of day, so none is a timestamp. A partial date
  ("2025-04", allowed in hand-made records) is its first day as a start and its last day as an
  end; one that is not a date at all is null. float64 for lat/lon and confidence, int32 for
  counts (`n_sources`, `n_documents`), strings otherwise; `id` is never null.
- `published` is the earliest publication date among the reports: the date to place a record
  at when `date_start` is null (as the GDELT and PLOVER exports do).
- `evidence` is the first evidence text: the record's own, else its first source's.
- `agreement_history` has one row per lifecycle step of an agreement (`StoredAgreement.history`,
  oldest first): `agreement` joins it to the agreements table's `id`; `step` numbers the steps
  from 1. A per-document record without a history of its own has one step, its status.
- CSV files are UTF-8 with "\\n" line ends; empty cells are nulls.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import os
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from accords.export._io import directory
from accords.export.data import (
    ExportData,
    earliest_published,
    first_evidence,
    source_documents,
    source_urls,
)
from accords.model import (
    DateRange,
    Document,
    Place,
    Record,
    StoredActor,
    StoredAgreement,
    StoredEvent,
)

__all__ = [
    "LIST_SEPARATOR",
    "PARQUET_SCHEMAS",
    "TABLES",
    "actor_rows",
    "agreement_rows",
    "history_rows",
    "event_rows",
    "table_rows",
    "write_csv",
    "write_parquet",
]

LIST_SEPARATOR = ";"
_TEXT = pa.string()
_LIST = pa.list_(pa.string())
_DATE = pa.date32()


def _id() -> pa.Field:
    return pa.field("id", _TEXT, nullable=False)


def _place_fields() -> list[pa.Field]:
    return [
        pa.field("place_name", _TEXT), pa.field("place_country", _TEXT),
        pa.field("place_lat", pa.float64()), pa.field("place_lon", pa.float64()),
    ]


def _date_fields() -> list[pa.Field]:
    return [pa.field("date_start", _DATE), pa.field("date_end", _DATE)]


def _source_fields() -> list[pa.Field]:
    return [
        pa.field("published", _DATE),
        pa.field("confidence", pa.float64()), pa.field("n_sources", pa.int32()),
        pa.field("documents", _LIST), pa.field("urls", _LIST), pa.field("evidence", _TEXT),
    ]


PARQUET_SCHEMAS: dict[str, pa.Schema] = {
    "agreements": pa.schema([
        _id(), pa.field("instrument", _TEXT), pa.field("subject", _TEXT),
        pa.field("sectors", _LIST), pa.field("countries", _LIST),
        pa.field("party_ids", _LIST), pa.field("parties", _LIST),
        pa.field("party_countries", _LIST),
        pa.field("signatory_ids", _LIST), pa.field("signatories", _LIST),
        pa.field("status", _TEXT), pa.field("modality", _TEXT),
        *_date_fields(), *_place_fields(), pa.field("occasion", _TEXT), *_source_fields(),
    ]),
    "events": pa.schema([
        _id(), pa.field("event", _TEXT), pa.field("mode", _TEXT), pa.field("cameo", _TEXT),
        pa.field("context", _LIST),
        pa.field("actor_ids", _LIST), pa.field("actors", _LIST),
        pa.field("actor_countries", _LIST),
        pa.field("recipient_ids", _LIST), pa.field("recipients", _LIST),
        pa.field("recipient_countries", _LIST),
        *_date_fields(), *_place_fields(),
        pa.field("modality", _TEXT), pa.field("agreements", _LIST), *_source_fields(),
    ]),
    "actors": pa.schema([
        _id(), pa.field("kind", _TEXT), pa.field("name", _TEXT), pa.field("country", _TEXT),
        pa.field("sector", _TEXT), pa.field("titles", _LIST), pa.field("aliases", _LIST),
        pa.field("n_documents", pa.int32()), pa.field("confidence", pa.float64()),
    ]),
    "agreement_history": pa.schema([
        pa.field("agreement", _TEXT, nullable=False), pa.field("step", pa.int32()),
        pa.field("status", _TEXT), pa.field("modality", _TEXT), pa.field("date", _DATE),
        pa.field("published", _DATE), pa.field("document", _TEXT),
        pa.field("documents", _LIST), pa.field("evidence", _TEXT),
    ]),
}
TABLES: tuple[str, ...] = tuple(PARQUET_SCHEMAS)


# ---- rows -------------------------------------------------------------------------------------


def as_date(value: str | None, *, end: bool = False) -> dt.date | None:
    """An ISO date (or datetime) as a date; "YYYY-MM" or "YYYY" as the first day of that
    period, or its last day when it ends a range (`end`); None when it is no date."""
    if not value:
        return None
    text = value.strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        pass
    match = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", text)
    if not match:
        return None
    year, month = int(match.group(1)), int(match.group(2) or (12 if end else 1))
    if not 1 <= month <= 12 or year < 1:
        return None
    day = calendar.monthrange(year, month)[1] if end else 1
    return dt.date(year, month, day)


def _dates(d: DateRange | None) -> dict[str, dt.date | None]:
    return {"date_start": as_date(d.start) if d else None,
            "date_end": as_date(d.end, end=True) if d else None}


def _place(p: Place | None) -> dict[str, Any]:
    return {
        "place_name": p.name if p else None, "place_country": p.country if p else None,
        "place_lat": p.lat if p else None, "place_lon": p.lon if p else None,
    }


def _sourced(rec: StoredEvent | StoredAgreement) -> dict[str, Any]:
    return {
        "published": as_date(earliest_published(rec)),
        "confidence": rec.confidence, "n_sources": len(rec.sources),
        "documents": source_documents(rec), "urls": source_urls(rec),
        "evidence": first_evidence(rec),
    }


def agreement_rows(data: ExportData) -> list[dict[str, Any]]:
    """One dict per agreement, keys in `PARQUET_SCHEMAS["agreements"]` order."""
    return [
        {
            "id": g.id, "instrument": g.instrument, "subject": g.subject,
            "sectors": list(g.sectors), "countries": list(g.countries),
            "party_ids": list(g.parties), "parties": data.names(g.parties),
            "party_countries": data.countries(g.parties),
            "signatory_ids": list(g.signatories), "signatories": data.names(g.signatories),
            "status": g.status, "modality": g.modality, **_dates(g.date), **_place(g.place),
            "occasion": g.occasion, **_sourced(g),
        }
        for g in data.agreements
    ]


def event_rows(data: ExportData) -> list[dict[str, Any]]:
    """One dict per event, keys in `PARQUET_SCHEMAS["events"]` order."""
    return [
        {
            "id": e.id, "event": e.event, "mode": e.mode, "cameo": e.cameo,
            "context": list(e.context),
            "actor_ids": list(e.actor), "actors": data.names(e.actor),
            "actor_countries": data.countries(e.actor),
            "recipient_ids": list(e.recipient), "recipients": data.names(e.recipient),
            "recipient_countries": data.countries(e.recipient),
            **_dates(e.date), **_place(e.place), "modality": e.modality,
            "agreements": list(e.agreements), **_sourced(e),
        }
        for e in data.events
    ]


def actor_rows(data: ExportData) -> list[dict[str, Any]]:
    """One dict per actor, keys in `PARQUET_SCHEMAS["actors"]` order; titles from its roles."""
    return [
        {
            "id": a.id, "kind": a.kind, "name": a.name, "country": a.country,
            "sector": a.sector, "titles": _unique_titles(a), "aliases": list(a.aliases),
            "n_documents": a.documents, "confidence": a.confidence,
        }
        for a in data.actors
    ]


def history_rows(data: ExportData) -> list[dict[str, Any]]:
    """One dict per lifecycle step of each agreement, keys in
    `PARQUET_SCHEMAS["agreement_history"]` order."""
    return [
        {
            "agreement": g.id, "step": n, "status": h.status, "modality": h.modality,
            "date": as_date(h.date), "published": as_date(h.published),
            "document": h.document, "documents": list(h.documents or
                                                      ([h.document] if h.document else [])),
            "evidence": h.evidence[0].text if h.evidence else None,
        }
        for g in data.agreements
        for n, h in enumerate(g.history, 1)
    ]


def _unique_titles(actor: StoredActor) -> list[str]:
    return list(dict.fromkeys(r.title for r in actor.roles if r.title))


def table_rows(data: ExportData) -> dict[str, list[dict[str, Any]]]:
    """All four tables as lists of row dicts, keyed like `PARQUET_SCHEMAS`."""
    return {
        "agreements": agreement_rows(data),
        "events": event_rows(data),
        "actors": actor_rows(data),
        "agreement_history": history_rows(data),
    }


# ---- writers ----------------------------------------------------------------------------------


def _csv_cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return LIST_SEPARATOR.join("" if v is None else str(v) for v in value)
    return str(value)


def write_csv(
    destination: str | os.PathLike[str],
    *,
    records: Iterable[Record] | None = None,
    actors: Iterable[StoredActor] | None = None,
    events: Iterable[StoredEvent] | None = None,
    agreements: Iterable[StoredAgreement] | None = None,
    documents: Iterable[Document] | None = None,
) -> list[Path]:
    """Write agreements.csv, events.csv, actors.csv and agreement_history.csv into the
    directory `destination`."""
    data = ExportData.collect(
        records=records, actors=actors, events=events, agreements=agreements, documents=documents
    )
    out = directory(destination)
    written = []
    for name, rows in table_rows(data).items():
        path = out / f"{name}.csv"
        columns = PARQUET_SCHEMAS[name].names
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([_csv_cell(row[c]) for c in columns] for row in rows)
        written.append(path)
    return written


def write_parquet(
    destination: str | os.PathLike[str],
    *,
    records: Iterable[Record] | None = None,
    actors: Iterable[StoredActor] | None = None,
    events: Iterable[StoredEvent] | None = None,
    agreements: Iterable[StoredAgreement] | None = None,
    documents: Iterable[Document] | None = None,
) -> list[Path]:
    """Write agreements, events, actors and agreement_history as Parquet files with
    `PARQUET_SCHEMAS`."""
    data = ExportData.collect(
        records=records, actors=actors, events=events, agreements=agreements, documents=documents
    )
    out = directory(destination)
    written = []
    for name, rows in table_rows(data).items():
        path = out / f"{name}.parquet"
        pq.write_table(pa.Table.from_pylist(rows, schema=PARQUET_SCHEMAS[name]), path)
        written.append(path)
    return written
