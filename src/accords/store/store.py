"""The corpus store: documents in, merged actors, events and agreements out.

`Store(url)` opens (and migrates) a SQLite file or a PostgreSQL database. `add()` writes one
document and its record in a single transaction, so a killed run loses at most the document it
was writing and a rerun completes the work without duplicates. Reading returns the shared
record model (`StoredAgreement`, `StoredEvent`, `StoredActor`), which the CLI, the exports and
the web layer all use.

`Store` is put together from one class per job, in the order data flows through it:

- `database.py`: `Database`, opening, migrating and checking the database, the write lock;
- `writer.py`: `Writer`, `lookup` and `add`, merging each record into the stored one it repeats
  (the rules themselves are in `merge.py`, the tables in `schema.py`);
- `reader.py`: `Reader`, listings with `Filters`, single records, documents, search, counts;
- `aggregates.py`: `Aggregates`, the dyad, country, network and timeline summaries;

and this module adds what goes round the store: ingesting files and exporting everything.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from accords.errors import StoreError
from accords.store.aggregates import Aggregates
from accords.store.database import DEFAULT_URL, database_url, sqlite_file
from accords.store.reader import Counts, Filters, record_pk
from accords.store.writer import AddResult, Writer


class Store(Writer, Aggregates):
    """An Accords database. Use as a context manager or call `close()`."""

    def ingest(self, paths: Any, *, published: str | None = None, limit: int | None = None,
               **options: Any) -> Any:
        """Read, extract and store everything in `paths` (files, folders, corpora), as
        `accords ingest` does; returns its `IngestSummary`. `options` go to
        `accords.store.ingest.ingest` (extractor, on_item, on_error)."""
        from accords.ingest.sources import iter_sources
        from accords.store.ingest import ingest

        return ingest(self, iter_sources(paths, published=published, limit=limit), **options)

    def export(self, fmt: str, destination: Any, **options: Any) -> list[Path]:
        """Write the whole store in an export format (see `accords.export`), as
        `accords export` does."""
        from accords.export import export, store_data

        if fmt == "jsonl":
            return export(fmt, destination, records=self.records(), **options)
        return export(fmt, destination, **store_data(self), **options)


__all__ = ["DEFAULT_URL", "AddResult", "Counts", "Filters", "Store", "StoreError", "database_url",
           "record_pk", "sqlite_file"]
