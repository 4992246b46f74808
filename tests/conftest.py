"""Shared fixtures: the gold examples folder and a cached extractor run per example."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

import pytest


def examples_path() -> Path:
    """ACCORDS_EXAMPLES, else the shared examples next to the repository (../shared/examples)."""
    env = os.environ.get("ACCORDS_EXAMPLES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "shared" / "examples"


def example_names(folder: Path | None = None) -> list[str]:
    """Names of the example folders that hold an article, its metadata and gold."""
    folder = folder or examples_path()
    if not folder.is_dir():
        return []
    return sorted(
        d.name
        for d in folder.iterdir()
        if all((d / f).is_file() for f in ("article.txt", "meta.json", "gold.json"))
    )


@cache
def _read_example(folder: str, name: str) -> tuple[str, dict[str, Any], dict[str, Any]]:
    base = Path(folder) / name
    text = (base / "article.txt").read_text(encoding="utf-8")
    meta = json.loads((base / "meta.json").read_text(encoding="utf-8"))
    gold = json.loads((base / "gold.json").read_text(encoding="utf-8"))
    return text, meta, gold


@cache
def _extract_example(folder: str, name: str):
    """`accords.extract` on one example, once per session (records are not mutated by tests)."""
    import accords

    text, meta, _gold = _read_example(folder, name)
    return accords.extract(
        text,
        published=meta.get("published"),
        title=meta.get("title"),
        dateline=meta.get("dateline"),
        id=meta.get("id", name),
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """A test asking for `example_name` runs once per gold example (skipped if there are none)."""
    if "example_name" in metafunc.fixturenames:
        names = example_names()
        if names:
            metafunc.parametrize("example_name", names)
        else:
            metafunc.parametrize(
                "example_name",
                [pytest.param(None, marks=pytest.mark.skip(reason="no gold examples found"))],
            )


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    folder = examples_path()
    if not folder.is_dir() or not example_names(folder):
        pytest.skip(f"no gold examples at {folder} (set ACCORDS_EXAMPLES to the examples folder)")
    return folder


@pytest.fixture(scope="session")
def example_text(examples_dir: Path) -> Callable[[str], str]:
    """The article text of an example, by name."""

    def get(name: str) -> str:
        return _read_example(str(examples_dir), name)[0]

    return get


@pytest.fixture(scope="session")
def example_gold(examples_dir: Path) -> Callable[[str], dict[str, Any]]:
    """The gold record of an example, by name."""

    def get(name: str) -> dict[str, Any]:
        return _read_example(str(examples_dir), name)[2]

    return get


@pytest.fixture(scope="session")
def extract_example(examples_dir: Path) -> Callable[[str], Any]:
    """`accords.extract` on an example by name; each example is extracted once per session."""

    def run(name: str):
        if not (examples_dir / name / "article.txt").is_file():
            pytest.skip(f"example {name!r} not present in {examples_dir}")
        return _extract_example(str(examples_dir), name)

    return run


# ---- stores: a SQLite file and, where a server is available, a PostgreSQL database ------------

def _postgres_admin_url() -> str | None:
    """ACCORDS_TEST_POSTGRES_URL (set by .ci/run after it starts the server), else the local
    throwaway server that scripts/postgres.sh starts, if it is running."""
    url = os.environ.get("ACCORDS_TEST_POSTGRES_URL")
    if url:
        return url
    local = "postgresql://accords@127.0.0.1:55432/accords"
    try:
        import psycopg

        psycopg.connect(local, connect_timeout=2).close()
    except Exception:
        return None
    return local


@pytest.fixture(scope="session")
def postgres_admin_url() -> str:
    url = _postgres_admin_url()
    if url is None:
        if os.environ.get("ACCORDS_REQUIRE_POSTGRES"):
            pytest.fail("ACCORDS_REQUIRE_POSTGRES is set but no PostgreSQL server answers")
        pytest.skip("no PostgreSQL server (run scripts/postgres.sh, or set "
                    "ACCORDS_TEST_POSTGRES_URL)")
    return url


_db_counter = iter(range(1_000_000))


def fresh_postgres_database(admin_url: str) -> tuple[str, Callable[[], None]]:
    """A new, empty database on the test server, and a function that drops it."""
    import psycopg

    name = f"accords_test_{os.getpid()}_{next(_db_counter)}"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')
    base, _, _ = admin_url.rpartition("/")

    def drop() -> None:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    return f"{base}/{name}", drop


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """The URL of an empty database, once per backend."""
    if request.param == "sqlite":
        yield str(tmp_path / "accords.db")
        return
    admin = request.getfixturevalue("postgres_admin_url")
    url, drop = fresh_postgres_database(admin)
    yield url
    drop()


@pytest.fixture(scope="session")
def cached_extractor() -> Callable[[Any], Any]:
    """The real extractor, each text extracted once per session: the store tests run the same
    documents through two databases and must not pay the NLP twice."""
    from accords.store.ingest import extract_document

    done: dict[tuple[str, str], Any] = {}

    def run(doc: Any) -> Any:
        key = (doc.document.id, doc.text)
        if key not in done:
            done[key] = extract_document(doc)
        return done[key]

    return run
