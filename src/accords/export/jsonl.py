"""JSON Lines: the contract's per-document records, and the store's merged records.

- `write_records`: one `Record` per line, exactly `record.to_dict()` (shared/CONTRACT.md), so
  `Record.model_validate(orjson.loads(line))` gives the record back.
- `write_merged`: one merged record per line with a `type` field first: "actor"
  (`StoredActor`), "event" (`StoredEvent`), "agreement" (`StoredAgreement`); actors first, so a
  streaming reader can resolve the ids in `actor`, `recipient`, `parties` and `signatories`
  before it meets them. `read_merged` reads such a file back.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import orjson

from accords.errors import InputError
from accords.export._io import Destination, open_text
from accords.export.data import ExportData
from accords.model import (
    Document,
    Record,
    StoredActor,
    StoredAgreement,
    StoredEvent,
)

__all__ = ["MERGED_TYPES", "iter_records", "read_merged", "write_merged", "write_records"]

MERGED_TYPES: dict[str, type[StoredActor | StoredEvent | StoredAgreement]] = {
    "actor": StoredActor,
    "event": StoredEvent,
    "agreement": StoredAgreement,
}


def _line(obj: dict) -> str:
    return orjson.dumps(obj).decode() + "\n"


def write_records(destination: Destination, records: Iterable[Record]) -> list[Path]:
    """Write per-document records, one JSON object per line; returns the files written."""
    written: list[Path] = []
    with open_text(destination, written) as fh:
        for record in records:
            fh.write(_line(record.to_dict()))
    return written


def iter_records(source: str | os.PathLike[str]) -> Iterator[Record]:
    """Read a records JSONL file back, validating every line against the model."""
    with Path(source).open("rb") as fh:
        for raw in fh:
            if raw.strip():
                yield Record.model_validate(orjson.loads(raw))


def write_merged(
    destination: Destination,
    *,
    records: Iterable[Record] | None = None,
    actors: Iterable[StoredActor] | None = None,
    events: Iterable[StoredEvent] | None = None,
    agreements: Iterable[StoredAgreement] | None = None,
    documents: Iterable[Document] | None = None,
) -> list[Path]:
    """Write merged records, one per line, each tagged with its `type`."""
    data = ExportData.collect(
        records=records, actors=actors, events=events, agreements=agreements, documents=documents
    )
    written: list[Path] = []
    with open_text(destination, written) as fh:
        for kind, items in (
            ("actor", data.actors), ("event", data.events), ("agreement", data.agreements)
        ):
            for item in items:
                fh.write(_line({"type": kind, **item.model_dump(mode="json")}))
    return written


def read_merged(source: str | os.PathLike[str]) -> ExportData:
    """Read a merged JSONL file back into validated Stored* models."""
    found: dict[str, list] = {kind: [] for kind in MERGED_TYPES}
    with Path(source).open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            obj = orjson.loads(raw)
            kind = obj.pop("type", None)
            if kind not in MERGED_TYPES:
                raise InputError(f"unknown record type {kind!r}", source=str(source), line=n)
            found[kind].append(MERGED_TYPES[kind].model_validate(obj))
    return ExportData(tuple(found["actor"]), tuple(found["event"]), tuple(found["agreement"]))
