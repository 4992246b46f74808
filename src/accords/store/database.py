"""Opening a store's database: the URL a user types, the engine, migration to the newest
schema (refusing a database whose tables differ), the write lock writers take turns on, and
upkeep (size on disk, clearing, a consistency check).

`Database` is the base the store's writing half (`writer.py`) and reading half (`reader.py`)
share; `store.py` puts them together as `Store`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any, Self

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, select, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from accords.errors import StoreError, missing_module_message
from accords.store.schema import (
    agreement_reports,
    agreements,
    documents,
    event_reports,
    events,
    include_name,
    metadata,
    sources,
)

DEFAULT_URL = "accords.db"
WRITE_LOCK = 0x4143_4344  # "ACCD": the PostgreSQL advisory lock writers take turns on


def database_url(url: str | None) -> str:
    """A SQLAlchemy URL from what a user types: a file path, `sqlite:///...` or
    `postgresql://...` (psycopg 3 is the driver)."""
    url = url or DEFAULT_URL
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if "://" in url:
        return url
    return f"sqlite:///{Path(url).expanduser()}"


def sqlite_file(url: str) -> Path | None:
    """The file of a SQLite URL (as `database_url` gives it), None for other databases and
    in-memory ones."""
    if not url.startswith("sqlite:///"):
        return None
    path = url.removeprefix("sqlite:///").split("?", 1)[0]
    return Path(path) if path and path != ":memory:" else None


SQLITE_BUSY_MS = 60_000  # how long a SQLite writer waits for another's lock
# SQLite may answer "database is locked" at once, without waiting: two processes making one new
# file a WAL database together, or a reader whose snapshot a writer moved. Opening tries again.
OPEN_ATTEMPTS = 5


class Database:
    """An open Accords database, migrated to this version's schema. Use as a context manager
    or call `close()`."""

    def __init__(self, url: str | None = None, *, migrate: bool = True,
                 create: bool = True) -> None:
        """`create=False` refuses a SQLite file that does not exist: a command that only reads
        must not answer "none" from an empty database made out of a typo in `--db`."""
        self.url = database_url(url)
        missing = sqlite_file(self.url)
        if not create and missing is not None and not missing.exists():
            raise StoreError(f"no such database file: {missing} (accords ingest creates one; "
                             "check --db or ACCORDS_DB)")
        try:
            # the driver waits as long as the pragma below before calling a database locked
            connect_args = {"timeout": SQLITE_BUSY_MS / 1000} \
                if self.url.startswith("sqlite") else {}
            self.engine: Engine = create_engine(self.url, future=True,
                                                connect_args=connect_args)
        except ImportError as exc:  # psycopg for postgresql://
            raise StoreError(missing_module_message(exc, f"the database {self.url!r}"),
                             source=None) from exc
        except (SQLAlchemyError, ValueError) as exc:
            raise StoreError(f"cannot open database {url or DEFAULT_URL!r}: {exc}") from exc
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        if migrate:
            self.migrate()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.engine.dispose()

    # ---- schema -----------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema to the newest Alembic revision (creating it in an empty database)."""
        from alembic import command
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(files("accords.store") / "migrations"))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        for attempt in range(1, OPEN_ATTEMPTS + 1):
            try:
                # under the write lock: two runs starting together on a new database would
                # both see it empty and the second would fail creating tables the first made
                with self._writing() as conn:
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                # compared after the lock is given back: reflecting every table is slow, and
                # a second writer waits for the lock meanwhile
                with self.engine.connect() as conn:
                    differences = schema_differences(conn)
                break
            except OperationalError as exc:
                if self.dialect != "sqlite" or "locked" not in str(exc) or \
                        attempt == OPEN_ATTEMPTS:
                    raise StoreError(f"cannot open or migrate database {self.url!r}: "
                                     f"{first_line(exc)}") from exc
                # locked without waiting (see OPEN_ATTEMPTS): upgrading is idempotent under
                # the lock, so the whole step is run again on fresh connections
                self.engine.dispose()
                time.sleep(0.2 * attempt)
            except (SQLAlchemyError, OSError) as exc:
                raise StoreError(f"cannot open or migrate database {self.url!r}: "
                                 f"{first_line(exc)}") from exc
        if differences:
            # refuse at once rather than fail on every document after paying its extraction
            raise StoreError(f"database {self.engine.url.render_as_string()!r} does not have "
                             f"this version's tables ({len(differences)} differences, first: "
                             f"{differences[0]}); use a new database")

    # ---- the write lock ---------------------------------------------------------------------
    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A transaction that holds the database's write lock from its first statement.

        Writers (two `accords ingest` runs, the API's ingest) then take turns whole: what one
        reads before writing (is this text stored? which actor is this?) is still true when it
        writes, so a text another writer stored meanwhile is found as known instead of failing
        on the unique hash, and merges see every committed record. SQLite takes its lock with
        BEGIN IMMEDIATE (waiting up to busy_timeout), PostgreSQL with a transaction-scoped
        advisory lock.
        """
        with self.engine.begin() as conn:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            elif self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK})
            yield conn

    # ---- upkeep -----------------------------------------------------------------------------
    def size_bytes(self) -> int | None:
        """The database's size on disk, for benchmarks and `accords stats`."""
        if self.dialect == "sqlite":
            path = self.engine.url.database
            if path and path != ":memory:" and Path(path).exists():
                return sum(p.stat().st_size for p in Path(path).parent.glob(
                    Path(path).name + "*"))
            return None
        if self.dialect == "postgresql":
            with self.engine.connect() as conn:
                return int(conn.execute(text("SELECT pg_database_size(current_database())"))
                           .scalar_one())
        return None

    def clear(self) -> None:
        """Delete every row (tests and benchmarks reuse one PostgreSQL database)."""
        with self.engine.begin() as conn:
            for table in reversed(metadata.sorted_tables):
                conn.execute(delete(table))

    def check(self) -> list[str]:
        """Consistency problems, none in a healthy store: every report points at a record and
        a document, every record has a report, counts agree."""
        problems = []
        with self.engine.connect() as conn:
            for table, reports, col in ((agreements, agreement_reports, "agreement_id"),
                                        (events, event_reports, "event_id")):
                orphans = conn.execute(select(func.count()).select_from(table).where(
                    ~table.c.id.in_(select(reports.c[col])))).scalar_one()
                if orphans:
                    problems.append(f"{orphans} {table.name} without a report")
            lonely = conn.execute(select(func.count()).select_from(documents).where(
                ~documents.c.id.in_(select(sources.c.document_id)))).scalar_one()
            if lonely:
                problems.append(f"{lonely} documents without a source")
            problems += schema_differences(conn)
        return problems


def schema_differences(conn: Connection) -> list[str]:
    """How the database's tables differ from this version's (empty when they match): a
    database stamped current but built by an older development schema is caught here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    context = MigrationContext.configure(conn, opts={"include_name": include_name})
    return [f"schema differs: {diff[0]} {_describe(diff)}"
            for diff in compare_metadata(context, metadata)]


def _describe(diff: Any) -> str:
    if isinstance(diff, list):  # column modifications come as lists of tuples
        diff = diff[0]
    parts = [str(getattr(x, "name", x)) for x in diff[1:4] if x is not None]
    return " ".join(p for p in parts if len(p) < 80)


def first_line(exc: BaseException) -> str:
    """The first line of a database error: the driver's message without the SQL and
    parameters SQLAlchemy appends."""
    msg = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return msg[0] if msg else type(exc).__name__


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    """WAL keeps readers working while one writer commits; foreign keys checked; a writer
    waits for a lock instead of failing at once. The wait is set first: switching a new
    database to WAL needs the lock too, and another process may be holding it for a whole
    migration (with the driver's 5 s default, a second `accords ingest` started together
    with the first failed on a loaded machine)."""
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()
