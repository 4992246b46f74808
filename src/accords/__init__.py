"""Accords: who agreed what with whom, when and where, from news text."""

from accords.extract import extract
from accords.model import Actor, Agreement, Document, Event, Record, Span

__all__ = ["Actor", "Agreement", "Document", "Event", "Record", "Span", "extract"]
__version__ = "0.1.0"
