"""What the store, web and scale tests share: the gold examples as documents, and ingested into
a SQLite file once per session, which each test module copies so that no module sees another's
writes."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from accords.ingest.documents import SourceDocument
from accords.ingest.sources import iter_sources
from accords.store import Store
from accords.store.ingest import ingest

_templates: dict[Path, Path] = {}


def example_documents(examples_dir: Path) -> list[SourceDocument]:
    """The gold examples as `accords ingest` reads them (article folders, in folder order)."""
    docs = [d for d in iter_sources(examples_dir) if isinstance(d, SourceDocument)]
    assert docs, f"no example articles under {examples_dir}"
    return docs


def example_store(tmp_path_factory: pytest.TempPathFactory, examples_dir: Path,
                  extractor: Callable[[Any], Any], name: str) -> Path:
    """A fresh copy (`name`) of a store holding every example; the examples are extracted and
    stored once per session, the copy takes milliseconds."""
    template = _templates.get(examples_dir)
    if template is None:
        template = tmp_path_factory.mktemp("examples-store") / "examples.db"
        with Store(str(template)) as store:
            summary = ingest(store, example_documents(examples_dir), extractor=extractor)
        assert summary.failed == 0, summary.errors
        _templates[examples_dir] = template
    copy = tmp_path_factory.mktemp(name) / "accords.db"
    for suffix in ("", "-wal", "-shm"):  # a closed store leaves no WAL, but be safe
        part = template.with_name(template.name + suffix)
        if part.exists():
            shutil.copyfile(part, copy.with_name(copy.name + suffix))
    return copy
