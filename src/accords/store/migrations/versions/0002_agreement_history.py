"""Agreement history: one row per status step a document reports for a stored agreement
(negotiating, agreed, signed, ratified, ...), with its date, the reporting document and the
evidence, so a merged agreement keeps its lifecycle instead of only its most advanced status.

Existing stores keep their data: every agreement report already stored becomes one step,
taken from the report's own record (status, modality, date, evidence) and dated, where the
record has no date, by its document's publication date.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 10:10:00
"""

from __future__ import annotations

import json

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "agreement_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agreement_id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("date", sa.String(length=10), nullable=True),
        sa.Column("anchor", sa.String(length=10), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agreement_id"], ["agreements.id"],
            name=op.f("fk_agreement_history_agreement_id_agreements"),
        ),
        sa.ForeignKeyConstraint(
            ["report_id"], ["agreement_reports.id"],
            name=op.f("fk_agreement_history_report_id_agreement_reports"),
        ),
        sa.ForeignKeyConstraint(
            ["document_id"], ["documents.id"],
            name=op.f("fk_agreement_history_document_id_documents"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_agreement_history")),
    )
    with op.batch_alter_table("agreement_history", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_history_agreement_id"), ["agreement_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_history_report_id"), ["report_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_history_document_id"), ["document_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_history_status"), ["status"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_history_anchor"), ["anchor"],
                              unique=False)
    _backfill()


def downgrade() -> None:
    with op.batch_alter_table("agreement_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_history_anchor"))
        batch_op.drop_index(batch_op.f("ix_agreement_history_status"))
        batch_op.drop_index(batch_op.f("ix_agreement_history_document_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_history_report_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_history_agreement_id"))
    op.drop_table("agreement_history")


def _backfill() -> None:
    """One step per stored report that states a status, from the report's own record: the
    same steps a fresh ingest of the same documents would write (`merge.report_steps`)."""
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        "SELECT r.id, r.agreement_id, r.document_id, r.record, d.published "
        "FROM agreement_reports r JOIN documents d ON d.id = r.document_id ORDER BY r.id"
    )).all()
    history = sa.table(
        "agreement_history",
        sa.column("agreement_id", sa.Integer), sa.column("report_id", sa.Integer),
        sa.column("document_id", sa.Integer), sa.column("status", sa.String),
        sa.column("modality", sa.String), sa.column("date", sa.String),
        sa.column("anchor", sa.String), sa.column("evidence", sa.JSON),
    )
    steps = []
    for report_id, agreement_id, document_id, record, published in rows:
        if isinstance(record, str):  # SQLite hands JSON back as text through raw SQL
            record = json.loads(record)
        for step in _steps(record or {}):
            steps.append({"agreement_id": agreement_id, "report_id": report_id,
                          "document_id": document_id, "status": step["status"],
                          "modality": step["modality"], "date": step["date"],
                          "anchor": step["date"] or published,
                          "evidence": step["evidence"]})
    if steps:
        op.bulk_insert(history, steps)


def _steps(record: dict) -> list[dict]:
    """The steps of one per-document agreement record. Kept here, frozen, rather than imported
    from `accords.store.merge`: a migration must do the same thing whatever the code becomes."""
    found = record.get("history") or []
    if not found and record.get("status"):
        found = [{"status": record["status"], "date": (record.get("date") or {}).get("start"),
                  "evidence": record.get("evidence") or []}]
    modality = record.get("modality") or "asserted"
    return [{"status": s["status"], "date": s.get("date"),
             "modality": s.get("modality") or modality,
             "evidence": (s.get("evidence") or [])[:1]}
            for s in found if s.get("status")]
