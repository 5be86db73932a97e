"""Stock receipts: where a delivery came from, its donor or supplier, lot and expiry date.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_SOURCES = ("donation", "purchase", "partner_transfer", "other")


def upgrade() -> None:
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.add_column(sa.Column("source", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("donor", sa.String(length=120), server_default="", nullable=False))
        batch_op.add_column(sa.Column("lot", sa.String(length=40), server_default="", nullable=False))
        batch_op.add_column(sa.Column("expires_on", sa.Date(), nullable=True))
        batch_op.create_check_constraint(
            batch_op.f("ck_stock_movements_source_known"),
            sa.text("source IS NULL OR source IN (" + ", ".join(f"'{s}'" for s in _SOURCES) + ")"),
        )


def downgrade() -> None:
    with op.batch_alter_table("stock_movements", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_stock_movements_source_known"), type_="check")
        batch_op.drop_column("expires_on")
        batch_op.drop_column("lot")
        batch_op.drop_column("donor")
        batch_op.drop_column("source")
