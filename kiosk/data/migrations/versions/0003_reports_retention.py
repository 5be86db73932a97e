"""Reports and retention: report tallies, the maintenance lease, visitor language, report groups.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_FIGURES = (
    "request", "kind", "language", "status", "hour", "wait", "response",
    "asked", "given", "short_lines", "short_quantity", "service",
    "page_view", "information_only", "sharps_units", "sharps_grams",
)


def upgrade() -> None:
    op.create_table(
        "report_tallies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("figure", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "figure IN (" + ", ".join(f"'{name}'" for name in _FIGURES) + ")",
            name=op.f("ck_report_tallies_figure_known"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_report_tallies_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_tallies")),
        sa.UniqueConstraint(
            "site_id", "day", "figure", "key", name=op.f("uq_report_tallies_site_id_day_figure_key")
        ),
    )
    op.create_index("ix_report_tallies_day", "report_tallies", ["day"], unique=False)
    op.create_table(
        "maintenance_leases",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("holder", sa.String(length=120), nullable=False),
        sa.Column("until", sa.DateTime(), nullable=True),
        sa.Column("last_done_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_maintenance_leases")),
    )
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("language", sa.String(length=8), nullable=True))
    with op.batch_alter_table("supplies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("report_group", sa.String(length=40), server_default="", nullable=False))
    op.create_index("ix_requests_site_created", "requests", ["site_id", "created_at"], unique=False)
    op.create_index(
        "ix_stock_movements_supply_at", "stock_movements", ["supply_id", "at", "reason", "delta"], unique=False
    )
    op.create_index("ix_stock_movements_request_id", "stock_movements", ["request_id"], unique=False)
    op.create_index("ix_audit_events_site_subject", "audit_events", ["site_id", "subject"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_events_site_subject", table_name="audit_events")
    op.drop_index("ix_stock_movements_request_id", table_name="stock_movements")
    op.drop_index("ix_stock_movements_supply_at", table_name="stock_movements")
    op.drop_index("ix_requests_site_created", table_name="requests")
    with op.batch_alter_table("supplies", schema=None) as batch_op:
        batch_op.drop_column("report_group")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_column("language")
    op.drop_table("maintenance_leases")
    op.drop_index("ix_report_tallies_day", table_name="report_tallies")
    op.drop_table("report_tallies")
