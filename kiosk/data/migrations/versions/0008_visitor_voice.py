"""Visitor voice: requests for others, per-supply caps, anonymous voice tallies.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_FIGURES = ("reversal", "doses", "woke", "help", "source", "rating", "missing", "wanted", "others")


def upgrade() -> None:
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("for_others", sa.Integer(), server_default="0", nullable=False))
        batch_op.create_check_constraint(batch_op.f("ck_requests_for_others_not_negative"), sa.text("for_others >= 0"))
    with op.batch_alter_table("supplies", schema=None) as batch_op:
        batch_op.add_column(sa.Column("others_cap", sa.Integer(), nullable=True))
    op.create_table(
        "voice_tallies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("figure", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=80), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "figure IN (" + ", ".join(f"'{name}'" for name in _FIGURES) + ")",
            name=op.f("ck_voice_tallies_figure_known"),
        ),
        sa.CheckConstraint("value >= 0", name=op.f("ck_voice_tallies_value_not_negative")),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_voice_tallies_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_voice_tallies")),
        sa.UniqueConstraint("site_id", "day", "figure", "key", name=op.f("uq_voice_tallies_site_id_day_figure_key")),
    )
    op.create_index("ix_voice_tallies_day", "voice_tallies", ["day"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_voice_tallies_day", table_name="voice_tallies")
    op.drop_table("voice_tallies")
    with op.batch_alter_table("supplies", schema=None) as batch_op:
        batch_op.drop_column("others_cap")
    with op.batch_alter_table("requests", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_requests_for_others_not_negative"), type_="check")
        batch_op.drop_column("for_others")
