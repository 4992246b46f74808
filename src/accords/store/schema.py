"""The store's tables (SQLAlchemy Core), identical on SQLite and PostgreSQL.

A document is identified by the hash of its text, so the same article under two ids or URLs is
one document with two `sources`. Merged ("canonical") actors, events and agreements each keep
one `*_reports` row per document that reported them, with that document's record, so nothing
extracted is ever lost by merging and a merge can always be recomputed. The migration in
`migrations/versions/` creates exactly these tables; a test compares the two.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

NAMING = {
    "ix": "ix_%(table_name)s_%(column_0_name)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING)

documents = Table(
    "documents", metadata,
    Column("id", Integer, primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("text", Text, nullable=False),
    Column("language", String(16)),
    Column("title", Text),
    Column("published", String(10), index=True),
    Column("dateline", String(200)),
    # 64-bit SimHash of word shingles, split in six bands of 10-11 bits for indexed lookup: two
    # texts within 5 bits of each other share at least one band (merge.simhash_bands)
    Column("simhash", BigInteger, nullable=False),
    Column("band0", Integer, nullable=False, index=True),
    Column("band1", Integer, nullable=False, index=True),
    Column("band2", Integer, nullable=False, index=True),
    Column("band3", Integer, nullable=False, index=True),
    Column("band4", Integer, nullable=False, index=True),
    Column("band5", Integer, nullable=False, index=True),
    Column("near_duplicate_of", Integer, ForeignKey("documents.id"), index=True),
    Column("record", JSON, nullable=False),
    Column("coder", String(100)),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

sources = Table(
    "sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("doc_id", String(500), nullable=False, index=True),
    Column("title", Text),
    Column("published", String(10)),
    Column("source", Text),
    Column("url", Text),
    UniqueConstraint("doc_id", "document_id", name="uq_sources_doc_id_document"),
)

actors = Table(
    "actors", metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(500), nullable=False, unique=True),
    Column("kind", String(20), nullable=False, index=True),
    Column("name", Text, nullable=False),
    Column("country", String(3), index=True),
    Column("sector", String(10)),
    # persons are blocked by surname, others by their first significant word, for fuzzy lookup
    Column("block", String(200), nullable=False, index=True),
    Column("roles", JSON, nullable=False),
    Column("aliases", JSON, nullable=False),
    Column("n_documents", Integer, nullable=False, default=0),
)

actor_mentions = Table(
    "actor_mentions", metadata,
    Column("id", Integer, primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), nullable=False, index=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("local_id", String(20), nullable=False),
    Column("name", Text, nullable=False),
    Column("mentions", JSON, nullable=False),
    UniqueConstraint("document_id", "local_id", name="uq_actor_mentions_document_local"),
)

agreements = Table(
    "agreements", metadata,
    Column("id", Integer, primary_key=True),
    Column("instrument", String(30), nullable=False, index=True),
    Column("subject", Text),
    Column("sectors", JSON, nullable=False),
    Column("countries", JSON, nullable=False),
    Column("country_key", String(200), nullable=False, index=True),
    Column("status", String(20), index=True),
    Column("modality", String(20), nullable=False),
    Column("date_start", String(10), index=True),
    Column("date_end", String(10)),
    # the date used to order and filter: the agreement's own date, else its first report's
    Column("anchor", String(10), index=True),
    Column("place", JSON),
    # an events.id, without a constraint: events and agreements refer to each other
    Column("occasion_id", Integer),
    Column("confidence", Float, nullable=False),
    Column("n_sources", Integer, nullable=False, default=0),
)

agreement_countries = Table(
    "agreement_countries", metadata,
    Column("agreement_id", Integer, ForeignKey("agreements.id"), primary_key=True),
    Column("country", String(3), primary_key=True, index=True),
)

agreement_sectors = Table(
    "agreement_sectors", metadata,
    Column("agreement_id", Integer, ForeignKey("agreements.id"), primary_key=True),
    Column("sector", String(30), primary_key=True, index=True),
)

agreement_actors = Table(
    "agreement_actors", metadata,
    Column("agreement_id", Integer, ForeignKey("agreements.id"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True, index=True),
    Column("role", String(10), primary_key=True),
)

agreement_reports = Table(
    "agreement_reports", metadata,
    Column("id", Integer, primary_key=True),
    Column("agreement_id", Integer, ForeignKey("agreements.id"), nullable=False, index=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("local_id", String(20), nullable=False),
    Column("record", JSON, nullable=False),
    UniqueConstraint("document_id", "local_id", name="uq_agreement_reports_document_local"),
)

# The lifecycle of a merged agreement: one row per status step a report states (negotiating,
# signed, ratified, ...), with the step's own date, the reporting document and the evidence.
# `anchor` is the step's date, else its document's publication date: what `--since` filters on.
agreement_history = Table(
    "agreement_history", metadata,
    Column("id", Integer, primary_key=True),
    Column("agreement_id", Integer, ForeignKey("agreements.id"), nullable=False, index=True),
    Column("report_id", Integer, ForeignKey("agreement_reports.id"), nullable=False,
           index=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("status", String(20), nullable=False, index=True),
    Column("modality", String(20), nullable=False),
    Column("date", String(10)),
    Column("anchor", String(10), index=True),
    Column("evidence", JSON, nullable=False),
)

events = Table(
    "events", metadata,
    Column("id", Integer, primary_key=True),
    Column("event", String(20), nullable=False, index=True),
    Column("mode", String(20)),
    Column("cameo", String(6), index=True),
    Column("context", JSON, nullable=False),
    Column("actor_key", String(200), nullable=False),
    Column("recipient_key", String(200), nullable=False),
    Column("modality", String(20), nullable=False),
    Column("date_start", String(10), index=True),
    Column("date_end", String(10)),
    Column("anchor", String(10), index=True),
    Column("place", JSON),
    Column("confidence", Float, nullable=False),
    Column("n_sources", Integer, nullable=False, default=0),
)

event_countries = Table(
    "event_countries", metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("country", String(3), primary_key=True, index=True),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("actor_id", Integer, ForeignKey("actors.id"), primary_key=True, index=True),
    Column("side", String(10), primary_key=True),
)

event_agreements = Table(
    "event_agreements", metadata,
    Column("event_id", Integer, ForeignKey("events.id"), primary_key=True),
    Column("agreement_id", Integer, ForeignKey("agreements.id"), primary_key=True, index=True),
)

event_reports = Table(
    "event_reports", metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Integer, ForeignKey("events.id"), nullable=False, index=True),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("local_id", String(20), nullable=False),
    Column("record", JSON, nullable=False),
    UniqueConstraint("document_id", "local_id", name="uq_event_reports_document_local"),
)

# What full-text search looks through: one row per document and per report of a record.
# SQLite indexes `body` with an FTS5 table kept in step by a trigger, PostgreSQL with a GIN
# index on its English tsvector; both are made by the migration.
search_entries = Table(
    "search_entries", metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(10), nullable=False),
    Column("ref_id", Integer, nullable=False),
    Column("body", Text, nullable=False),
    Index("ix_search_entries_kind_ref", "kind", "ref_id"),
)


# What `accords watch` remembers between polls and restarts (accords.watch): each source's
# validators (ETag, Last-Modified) and fingerprint of what it last read; for each watch (its
# filters), the last document whose records were looked at and every alert given, so a
# restart neither repeats an alert nor misses one.
watch_sources = Table(
    "watch_sources", metadata,
    Column("id", Integer, primary_key=True),
    Column("location", String(2000), nullable=False, unique=True),  # URL or absolute path
    Column("kind", String(10), nullable=False),  # "http" or "path"
    Column("etag", Text),
    Column("last_modified", Text),
    Column("fingerprint", String(64)),  # SHA-256 of the body, or of a folder's file list
    Column("checked_at", DateTime(timezone=True)),
    Column("changed_at", DateTime(timezone=True)),
    Column("error", Text),  # the last poll's problem, None when it went well
    Column("failures", Integer, nullable=False, default=0),  # failed polls in a row
)

watch_cursors = Table(
    "watch_cursors", metadata,
    Column("watch", String(500), primary_key=True),  # the watch's filters, as a key
    Column("document_id", Integer, nullable=False),  # documents up to this one are alerted
    Column("updated_at", DateTime(timezone=True), nullable=False),
)

watch_alerts = Table(
    "watch_alerts", metadata,
    Column("id", Integer, primary_key=True),
    Column("watch", String(500), nullable=False),
    Column("kind", String(10), nullable=False),  # "agreement" or "event"
    Column("record_id", Integer, nullable=False),
    Column("document_id", Integer, ForeignKey("documents.id"), nullable=False, index=True),
    Column("change", String(10), nullable=False),  # "new" or "changed"
    Column("alerted_at", DateTime(timezone=True), nullable=False),
    Column("payload", JSON, nullable=False),  # the alert as written and posted
    Column("webhook", String(10)),  # "sent", "failed" (tried again next poll), None: no hook
    UniqueConstraint("watch", "kind", "record_id", "document_id",
                     name="uq_watch_alerts_watch_record_document"),
)


def include_name(name: str | None, type_: str, parent_names: object) -> bool:
    """For Alembic's comparisons: the full-text objects are made by hand in the migration
    (FTS5 tables, the tsvector index) and are not described by these tables."""
    return not (name or "").startswith(("search_fts", "ix_search_entries_fts"))
