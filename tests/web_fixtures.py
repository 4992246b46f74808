"""What the web tests share: the gold examples ingested into a SQLite file once per session,
which each test module copies so that no module sees another's writes."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from accords.ingest.documents import SourceDocument, read_text_file
from accords.store import Store
from accords.store.ingest import ingest

_templates: dict[Path, Path] = {}


def example_documents(examples_dir: Path) -> list[SourceDocument]:
    """The gold examples as `accords ingest` reads them (as in tests/test_store.py)."""
    docs = []
    for folder in sorted(p for p in examples_dir.iterdir() if (p / "article.txt").is_file()):
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        docs.append(read_text_file(folder / "article.txt", published=meta.get("published"),
                                   title=meta.get("title"), dateline=meta.get("dateline"),
                                   id=meta.get("id", folder.name)))
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
