"""Initial schema: documents and their sources, merged actors, events and agreements with one
report per document, and full-text search (FTS5 on SQLite, a tsvector GIN index on PostgreSQL).

Revision ID: 0001
Revises:
Create Date: 2026-11-29 02:06:23.174740
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=True),
        sa.Column("sector", sa.String(length=10), nullable=True),
        sa.Column("block", sa.String(length=200), nullable=False),
        sa.Column("roles", sa.JSON(), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("n_documents", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sa.UniqueConstraint("key", name=op.f("uq_actors_key")),
    )
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actors_block"), ["block"], unique=False)
        batch_op.create_index(batch_op.f("ix_actors_country"), ["country"], unique=False)
        batch_op.create_index(batch_op.f("ix_actors_kind"), ["kind"], unique=False)

    op.create_table(
        "agreements",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("instrument", sa.String(length=30), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("sectors", sa.JSON(), nullable=False),
        sa.Column("countries", sa.JSON(), nullable=False),
        sa.Column("country_key", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("date_start", sa.String(length=10), nullable=True),
        sa.Column("date_end", sa.String(length=10), nullable=True),
        sa.Column("anchor", sa.String(length=10), nullable=True),
        sa.Column("place", sa.JSON(), nullable=True),
        sa.Column("occasion_id", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreements")),
    )
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreements_anchor"), ["anchor"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agreements_country_key"), ["country_key"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreements_date_start"), ["date_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_instrument"), ["instrument"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreements_status"), ["status"], unique=False)

    op.create_table(
        "documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("dateline", sa.String(length=200), nullable=True),
        sa.Column("simhash", sa.BigInteger(), nullable=False),
        sa.Column("band0", sa.Integer(), nullable=False),
        sa.Column("band1", sa.Integer(), nullable=False),
        sa.Column("band2", sa.Integer(), nullable=False),
        sa.Column("band3", sa.Integer(), nullable=False),
        sa.Column("band4", sa.Integer(), nullable=False),
        sa.Column("band5", sa.Integer(), nullable=False),
        sa.Column("near_duplicate_of", sa.Integer(), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("coder", sa.String(length=100), nullable=True),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["near_duplicate_of"],
            ["documents.id"],
            name=op.f("fk_documents_near_duplicate_of_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_documents")),
        sa.UniqueConstraint("content_hash", name=op.f("uq_documents_content_hash")),
    )
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_documents_band0"), ["band0"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_band1"), ["band1"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_band2"), ["band2"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_band3"), ["band3"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_band4"), ["band4"], unique=False)
        batch_op.create_index(batch_op.f("ix_documents_band5"), ["band5"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_documents_near_duplicate_of"), ["near_duplicate_of"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_documents_published"), ["published"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event", sa.String(length=20), nullable=False),
        sa.Column("mode", sa.String(length=20), nullable=True),
        sa.Column("cameo", sa.String(length=6), nullable=True),
        sa.Column("context", sa.JSON(), nullable=False),
        sa.Column("actor_key", sa.String(length=200), nullable=False),
        sa.Column("recipient_key", sa.String(length=200), nullable=False),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("date_start", sa.String(length=10), nullable=True),
        sa.Column("date_end", sa.String(length=10), nullable=True),
        sa.Column("anchor", sa.String(length=10), nullable=True),
        sa.Column("place", sa.JSON(), nullable=True),
        sa.Column("confidence", sa.Float(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_events_anchor"), ["anchor"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_cameo"), ["cameo"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_date_start"), ["date_start"], unique=False)
        batch_op.create_index(batch_op.f("ix_events_event"), ["event"], unique=False)

    op.create_table(
        "search_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("ref_id", sa.Integer(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_search_entries")),
    )
    with op.batch_alter_table("search_entries", schema=None) as batch_op:
        batch_op.create_index("ix_search_entries_kind_ref", ["kind", "ref_id"], unique=False)

    op.create_table(
        "actor_mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.String(length=20), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("mentions", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_actor_mentions_actor_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_actor_mentions_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_mentions")),
        sa.UniqueConstraint("document_id", "local_id", name="uq_actor_mentions_document_local"),
    )
    with op.batch_alter_table("actor_mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_mentions_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_actor_mentions_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "agreement_actors",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_agreement_actors_actor_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_actors_agreement_id_agreements"),
        ),
        sa.PrimaryKeyConstraint(
            "agreement_id", "actor_id", "role", name=op.f("pk_agreement_actors")
        ),
    )
    with op.batch_alter_table("agreement_actors", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_actors_actor_id"), ["actor_id"], unique=False
        )

    op.create_table(
        "agreement_countries",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_countries_agreement_id_agreements"),
        ),
        sa.PrimaryKeyConstraint("agreement_id", "country", name=op.f("pk_agreement_countries")),
    )
    with op.batch_alter_table("agreement_countries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_countries_country"), ["country"], unique=False
        )

    op.create_table(
        "agreement_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.String(length=20), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_reports_agreement_id_agreements"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["documents.id"],
            name=op.f("fk_agreement_reports_document_id_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_reports")),
        sa.UniqueConstraint("document_id", "local_id", name="uq_agreement_reports_document_local"),
    )
    with op.batch_alter_table("agreement_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agreement_reports_agreement_id"), ["agreement_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_agreement_reports_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "agreement_sectors",
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("sector", sa.String(length=30), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_agreement_sectors_agreement_id_agreements"),
        ),
        sa.PrimaryKeyConstraint("agreement_id", "sector", name=op.f("pk_agreement_sectors")),
    )
    with op.batch_alter_table("agreement_sectors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_sectors_sector"), ["sector"], unique=False)

    op.create_table(
        "event_actors",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("side", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_event_actors_actor_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_actors_event_id_events")
        ),
        sa.PrimaryKeyConstraint("event_id", "actor_id", "side", name=op.f("pk_event_actors")),
    )
    with op.batch_alter_table("event_actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_actors_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "event_agreements",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"],
            ["agreements.id"],
            name=op.f("fk_event_agreements_agreement_id_agreements"),
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_agreements_event_id_events")
        ),
        sa.PrimaryKeyConstraint("event_id", "agreement_id", name=op.f("pk_event_agreements")),
    )
    with op.batch_alter_table("event_agreements", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_agreements_agreement_id"), ["agreement_id"], unique=False
        )

    op.create_table(
        "event_countries",
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("country", sa.String(length=3), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_countries_event_id_events")
        ),
        sa.PrimaryKeyConstraint("event_id", "country", name=op.f("pk_event_countries")),
    )
    with op.batch_alter_table("event_countries", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_countries_country"), ["country"], unique=False)

    op.create_table(
        "event_reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("local_id", sa.String(length=20), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_event_reports_document_id_documents")
        ),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_reports_event_id_events")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_reports")),
        sa.UniqueConstraint("document_id", "local_id", name="uq_event_reports_document_local"),
    )
    with op.batch_alter_table("event_reports", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_event_reports_document_id"), ["document_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_event_reports_event_id"), ["event_id"], unique=False)

    op.create_table(
        "sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.String(length=500), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"], name=op.f("fk_sources_document_id_documents")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
        sa.UniqueConstraint("doc_id", "document_id", name="uq_sources_doc_id_document"),
    )
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sources_doc_id"), ["doc_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sources_document_id"), ["document_id"], unique=False)


    _create_search()

def downgrade() -> None:
    _drop_search()
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sources_document_id"))
        batch_op.drop_index(batch_op.f("ix_sources_doc_id"))

    op.drop_table("sources")
    with op.batch_alter_table("event_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_reports_event_id"))
        batch_op.drop_index(batch_op.f("ix_event_reports_document_id"))

    op.drop_table("event_reports")
    with op.batch_alter_table("event_countries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_countries_country"))

    op.drop_table("event_countries")
    with op.batch_alter_table("event_agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_agreements_agreement_id"))

    op.drop_table("event_agreements")
    with op.batch_alter_table("event_actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_actors_actor_id"))

    op.drop_table("event_actors")
    with op.batch_alter_table("agreement_sectors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_sectors_sector"))

    op.drop_table("agreement_sectors")
    with op.batch_alter_table("agreement_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_reports_document_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_reports_agreement_id"))

    op.drop_table("agreement_reports")
    with op.batch_alter_table("agreement_countries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_countries_country"))

    op.drop_table("agreement_countries")
    with op.batch_alter_table("agreement_actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_actors_actor_id"))

    op.drop_table("agreement_actors")
    with op.batch_alter_table("actor_mentions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_mentions_document_id"))
        batch_op.drop_index(batch_op.f("ix_actor_mentions_actor_id"))

    op.drop_table("actor_mentions")
    with op.batch_alter_table("search_entries", schema=None) as batch_op:
        batch_op.drop_index("ix_search_entries_kind_ref")

    op.drop_table("search_entries")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_events_event"))
        batch_op.drop_index(batch_op.f("ix_events_date_start"))
        batch_op.drop_index(batch_op.f("ix_events_cameo"))
        batch_op.drop_index(batch_op.f("ix_events_anchor"))

    op.drop_table("events")
    with op.batch_alter_table("documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_documents_published"))
        batch_op.drop_index(batch_op.f("ix_documents_near_duplicate_of"))
        batch_op.drop_index(batch_op.f("ix_documents_band5"))
        batch_op.drop_index(batch_op.f("ix_documents_band4"))
        batch_op.drop_index(batch_op.f("ix_documents_band3"))
        batch_op.drop_index(batch_op.f("ix_documents_band2"))
        batch_op.drop_index(batch_op.f("ix_documents_band1"))
        batch_op.drop_index(batch_op.f("ix_documents_band0"))

    op.drop_table("documents")
    with op.batch_alter_table("agreements", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreements_status"))
        batch_op.drop_index(batch_op.f("ix_agreements_instrument"))
        batch_op.drop_index(batch_op.f("ix_agreements_date_start"))
        batch_op.drop_index(batch_op.f("ix_agreements_country_key"))
        batch_op.drop_index(batch_op.f("ix_agreements_anchor"))

    op.drop_table("agreements")
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actors_kind"))
        batch_op.drop_index(batch_op.f("ix_actors_country"))
        batch_op.drop_index(batch_op.f("ix_actors_block"))

    op.drop_table("actors")


def _create_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute(
            "CREATE VIRTUAL TABLE search_fts USING fts5(body, content='search_entries', "
            "content_rowid='id', tokenize='porter unicode61')"
        )
        op.execute(
            "CREATE TRIGGER search_entries_ai AFTER INSERT ON search_entries BEGIN "
            "INSERT INTO search_fts(rowid, body) VALUES (new.id, new.body); END"
        )
        op.execute(
            "CREATE TRIGGER search_entries_ad AFTER DELETE ON search_entries BEGIN "
            "INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.id, old.body); "
            "END"
        )
    elif dialect == "postgresql":
        op.execute(
            "CREATE INDEX ix_search_entries_fts ON search_entries "
            "USING gin (to_tsvector('english', body))"
        )


def _drop_search() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_entries_ad")
        op.execute("DROP TRIGGER IF EXISTS search_entries_ai")
        op.execute("DROP TABLE IF EXISTS search_fts")
    elif dialect == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_search_entries_fts")
