"""Accords: who agreed what with whom, when and where, from news text."""

from accords._version import __version__ as __version__
from accords.extract import extract
from accords.model import (
    Actor,
    Agreement,
    Document,
    Event,
    Record,
    SourceRef,
    Span,
    StoredActor,
    StoredAgreement,
    StoredEvent,
)
from accords.store import Filters, Store

__all__ = [
    "Actor",
    "Agreement",
    "Document",
    "Event",
    "Filters",
    "Record",
    "SourceRef",
    "Span",
    "Store",
    "StoredActor",
    "StoredAgreement",
    "StoredEvent",
    "extract",
]
