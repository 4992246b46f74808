"""Exports: records as JSONL, CSV, Parquet, PLOVER event JSONL and a GDELT 2.0 event table.

One call for every format::

    export(fmt, destination, *, records=None, actors=None, events=None, agreements=None,
           documents=None, **options) -> list[Path]

Inputs (keyword only, any iterables): `records`, per-document `Record`s as `accords extract`
makes them; and/or `actors`, `events`, `agreements`, the store's merged `StoredActor`,
`StoredEvent`, `StoredAgreement`. Both may be given; per-document records are turned into merged
records with one source each and document-scoped ids ("doc-7/e1", see `data.merge_record`).
`documents` (`Document`s) fill in title, date, outlet and URL where a merged record's sources
lack them. The call returns the files written (none when `destination` is an open text stream,
which the single-file formats accept).

Formats, in `FORMATS` order (`EXPORTERS[name]` has the writer, target kind and options):

============  =========  =====================================================================
name          target     what
============  =========  =====================================================================
jsonl         file       one `Record` per line, the contract's JSON (needs `records`)
merged-jsonl  file       merged records, one per line, with "type": actor | event | agreement
csv           directory  agreements.csv, events.csv, actors.csv (`tables`)
parquet       directory  the same tables as Parquet, typed by `tables.PARQUET_SCHEMAS`
plover        file       PLOVER 0.8 event JSONL (`plover`); options: coder, coded_date
gdelt         file       GDELT 2.0 event TSV, 61 columns + SQLDATEBasis (`gdelt`); options:
                         header, first_id, added, date_basis
============  =========  =====================================================================

Each module's docstring documents its format decisions. An unknown format or an option the
format does not take raises ValueError.

From a store, `store_data(store, filters, all_actors=False)` gives the keyword arguments: the
agreements and events matching `filters`, and the actors they name (parties, signatories,
actors, recipients). That is why the actor tables are smaller than the store's actor count:
most stored actors are only mentioned (a spokesman quoted, a city's mayor), never a party to
an exported record. `all_actors=True` exports every stored actor as well (of `filters.country`
and `filters.kind` when given), the most often mentioned first.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Literal

from accords.export._io import Destination
from accords.export.data import ExportData, merge_record
from accords.export.gdelt import GDELT_COLUMNS, write_gdelt
from accords.export.jsonl import iter_records, read_merged, write_merged, write_records
from accords.export.plover import write_plover
from accords.export.tables import PARQUET_SCHEMAS, write_csv, write_parquet
from accords.model import Document, Record, StoredActor, StoredAgreement, StoredEvent
from accords.store.reader import Filters, Reader

__all__ = [
    "EXPORTERS",
    "FORMATS",
    "GDELT_COLUMNS",
    "PARQUET_SCHEMAS",
    "ExportData",
    "Exporter",
    "export",
    "iter_records",
    "merge_record",
    "read_merged",
    "store_data",
    "write_csv",
    "write_gdelt",
    "write_merged",
    "write_parquet",
    "write_plover",
    "write_records",
]


@dataclass(frozen=True)
class Exporter:
    """A registered format: its writer, whether it writes a file or a directory, its options."""

    name: str
    write: Callable[..., list[Path]]
    target: Literal["file", "directory"]
    suffix: str
    description: str
    options: tuple[str, ...] = ()
    version: int = 1

    @property
    def id(self) -> str:
        """Versioned name, as written into provenance ("accords.export.plover.v1")."""
        return f"accords.export.{self.name}.v{self.version}"


def _write_records(
    destination: Destination,
    *,
    records: Iterable[Record] | None = None,
    actors: Iterable[StoredActor] | None = None,
    events: Iterable[StoredEvent] | None = None,
    agreements: Iterable[StoredAgreement] | None = None,
    documents: Iterable[Document] | None = None,
) -> list[Path]:
    """The contract's JSONL is per document: merged records cannot be turned back into it."""
    if records is None and any(x is not None for x in (actors, events, agreements)):
        raise ValueError("the jsonl format writes per-document records (records=...); "
                         "use merged-jsonl for merged actors, events and agreements")
    return write_records(destination, records or ())


EXPORTERS: dict[str, Exporter] = {
    e.name: e
    for e in (
        Exporter("jsonl", _write_records, "file", ".jsonl",
                 "per-document records, one JSON object per line (shared/CONTRACT.md)"),
        Exporter("merged-jsonl", write_merged, "file", ".jsonl",
                 "merged actors, events and agreements, one per line with a type field"),
        Exporter("csv", write_csv, "directory", "",
                 "agreements.csv, events.csv and actors.csv"),
        Exporter("parquet", write_parquet, "directory", "",
                 "agreements, events and actors as typed Parquet tables"),
        Exporter("plover", write_plover, "file", ".jsonl",
                 "events as PLOVER 0.8 JSON lines", ("coder", "coded_date")),
        Exporter("gdelt", write_gdelt, "file", ".tsv",
                 "events as a GDELT 2.0 event table (61 tab-separated columns, then "
                 "SQLDATEBasis)", ("header", "first_id", "added", "date_basis")),
    )
}
FORMATS: tuple[str, ...] = tuple(EXPORTERS)


def store_data(store: Reader, filters: Filters | None = None, *,
               all_actors: bool = False) -> dict[str, Any]:
    """The records of `store` (a `Store`; only its reading half is used) to export, as
    `export`'s keyword arguments (see the module docstring): `filters` select agreements and
    events (no limit applies); the actors are those they name, or with `all_actors` every
    actor of the store as well."""
    f = replace(filters or Filters(), limit=None, offset=0)
    agreements = store.agreements(f)
    events = store.events(f)
    ids = {i for g in agreements for i in g.parties + g.signatories}
    ids |= {i for e in events for i in e.actor + e.recipient}
    named = store.actors_by_id(ids)
    if not all_actors:
        return {"agreements": agreements, "events": events, "actors": list(named.values())}
    every = store.actors(Filters(country=f.country, kind=f.kind, limit=None))
    merged = {a.id: a for a in every}
    merged.update((i, a) for i, a in named.items() if i not in merged)
    return {"agreements": agreements, "events": events, "actors": list(merged.values())}


def export(
    fmt: str,
    destination: str | os.PathLike[str] | Destination,
    *,
    records: Iterable[Record] | None = None,
    actors: Iterable[StoredActor] | None = None,
    events: Iterable[StoredEvent] | None = None,
    agreements: Iterable[StoredAgreement] | None = None,
    documents: Iterable[Document] | None = None,
    **options: Any,
) -> list[Path]:
    """Write records in format `fmt` to `destination` (a file, or a directory for csv/parquet)."""
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    unknown = sorted(set(options) - set(exporter.options))
    if unknown:
        allowed = ", ".join(exporter.options) or "none"
        names = ", ".join(unknown)
        raise ValueError(f"format {fmt!r} takes no option {names} (options: {allowed})")
    if exporter.target == "directory" and hasattr(destination, "write"):
        raise ValueError(f"format {fmt!r} writes a directory of files, not a stream")
    return exporter.write(
        destination, records=records, actors=actors, events=events, agreements=agreements,
        documents=documents, **options,
    )
