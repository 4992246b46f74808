"""Errors with stable codes a user can grep for (E1xx input, E2xx configuration, E3xx data,
E4xx the store)."""

from __future__ import annotations


class AccordsError(Exception):
    """Base error: `code` is stable across releases, `source` names the file or input."""

    code = "E000"

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.message = message
        self.source = source
        self.line = line
        where = ""
        if source:
            where = f"{source}:{line}: " if line is not None else f"{source}: "
        super().__init__(f"[{self.code}] {where}{message}")

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # rebuilt from its parts, not from the formatted text (which would be prefixed twice),
        # when an error comes back from a worker process
        return (_rebuild, (type(self), self.message, self.source, self.line))


def _rebuild(cls: type[AccordsError], message: str, source: str | None,
             line: int | None) -> AccordsError:
    return cls(message, source=source, line=line)


class InputError(AccordsError):
    """The input cannot be read as an article (empty, binary, malformed JSON line...)."""

    code = "E100"


class ModelNotFoundError(AccordsError):
    """No spaCy English pipeline is installed."""

    code = "E200"


class DataError(AccordsError):
    """A shipped table is missing or damaged."""

    code = "E300"


class StoreError(AccordsError):
    """The database cannot be opened, migrated or written."""

    code = "E400"
