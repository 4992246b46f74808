"""Where single-file exports go: a path (parents created) or an open text stream (e.g. stdout)."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Union

Destination = Union[str, "os.PathLike[str]", IO[str]]


@contextlib.contextmanager
def open_text(destination: Destination, written: list[Path]) -> Iterator[IO[str]]:
    """Yield a UTF-8 text stream with untranslated newlines (csv and JSONL want exact '\\n').

    A path is appended to `written`; a stream the caller passed in is left open."""
    if hasattr(destination, "write"):
        yield destination  # type: ignore[misc]
        return
    path = Path(destination)  # type: ignore[arg-type]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as fh:
        yield fh
    written.append(path)


def directory(destination: str | os.PathLike[str]) -> Path:
    """A directory for multi-file exports, created if missing."""
    path = Path(destination)
    path.mkdir(parents=True, exist_ok=True)
    return path
