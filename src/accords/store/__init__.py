"""The corpus store: SQLAlchemy tables, Alembic migrations, merging across documents."""

from accords.store.store import (
    DEFAULT_URL,
    AddResult,
    Counts,
    Filters,
    Store,
    StoreError,
    database_url,
    record_pk,
)

__all__ = ["DEFAULT_URL", "AddResult", "Counts", "Filters", "Store", "StoreError", "database_url",
           "record_pk"]
