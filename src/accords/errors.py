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


class ArgumentError(AccordsError):
    """A command-line option or API parameter whose value cannot be used (an unknown country,
    two options that contradict each other): refused rather than silently ignored."""

    code = "E101"


class ModelNotFoundError(AccordsError):
    """No spaCy English pipeline is installed."""

    code = "E200"


class MissingModuleError(InputError):
    """A module this input or command needs is not installed (a broken install, or an extra
    left out); the message says what to install. An InputError too: in a batch it is one
    failed item, not the end of the run."""

    code = "E201"


PIP_PACKAGES = {
    "lxml_html_clean": "lxml_html_clean",
    "lxml": "lxml",
    "trafilatura": "trafilatura",
    "justext": "justext",
    "fastapi": "accords[web]",
    "fastapi_offline": "accords[web]",
    "starlette": "accords[web]",
    "uvicorn": "accords[web]",
    "jinja2": "accords[web]",
    "psycopg": "accords[postgres]",
    "dask": "accords[dask]",
    "distributed": "accords[dask]",
}
"""The pip requirement that provides a top-level module, where it is not the module's name."""


def missing_module_message(exc: ImportError, purpose: str) -> str:
    """One line naming the missing module and the exact command that installs it."""
    text = str(exc)
    name = exc.name or ""
    if "lxml_html_clean" in text or name.startswith("lxml.html.clean"):
        name = "lxml_html_clean"  # lxml 6 moved its HTML cleaner out and says so
    top = name.split(".")[0]
    package = PIP_PACKAGES.get(top, top)
    if not top:
        return f"{purpose} needs a module that cannot be imported: {text}"
    return (f"{purpose} needs the module {top!r}, which is not installed: "
            f"pip install '{package}'")


class DataError(AccordsError):
    """A shipped table is missing or damaged."""

    code = "E300"


class StoreError(AccordsError):
    """The database cannot be opened, migrated or written."""

    code = "E400"
