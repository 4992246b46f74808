"""Watch state: what `accords watch` must remember across polls and restarts, in the store
itself so that it travels with the data it describes: each polled source's validators (ETag,
Last-Modified), fingerprint and last outcome; for each watch (its filters) the last document
whose records were looked at, and every alert given.

Existing stores keep their data; the new tables start empty.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "watch_sources",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=2000), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("fingerprint", sa.String(length=64), nullable=True),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_sources")),
        sa.UniqueConstraint("location", name=op.f("uq_watch_sources_location")),
    )
    op.create_table(
        "watch_cursors",
        sa.Column("watch", sa.String(length=500), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("watch", name=op.f("pk_watch_cursors")),
    )
    op.create_table(
        "watch_alerts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("watch", sa.String(length=500), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("change", sa.String(length=10), nullable=False),
        sa.Column("alerted_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("webhook", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_watch_alerts_document_id_documents")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_watch_alerts")),
        sa.UniqueConstraint("watch", "kind", "record_id", "document_id",
                            name="uq_watch_alerts_watch_record_document"),
    )
    with op.batch_alter_table("watch_alerts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_watch_alerts_document_id"), ["document_id"],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table("watch_alerts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_watch_alerts_document_id"))
    op.drop_table("watch_alerts")
    op.drop_table("watch_cursors")
    op.drop_table("watch_sources")
