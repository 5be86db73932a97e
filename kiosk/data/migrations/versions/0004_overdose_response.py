"""Overdose response: station places, responders, anonymous response records.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.add_column(sa.Column("place", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))

    op.create_table(
        "emergency_responders",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("request_id", sa.Integer(), nullable=False),
        sa.Column("staff_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["request_id"],
            ["requests.id"],
            name=op.f("fk_emergency_responders_request_id_requests"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["staff_id"],
            ["staff_accounts.id"],
            name=op.f("fk_emergency_responders_staff_id_staff_accounts"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_emergency_responders")),
        sa.UniqueConstraint("request_id", "staff_id", name=op.f("uq_emergency_responders_request_id_staff_id")),
    )
    with op.batch_alter_table("emergency_responders", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_emergency_responders_request_id"), ["request_id"], unique=False)

    op.create_table(
        "overdose_responses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("site_id", sa.Integer(), nullable=False),
        sa.Column("called_at", sa.DateTime(), nullable=False),
        sa.Column("first_response_at", sa.DateTime(), nullable=True),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("responders", sa.Integer(), nullable=False),
        sa.Column("naloxone_doses", sa.Integer(), nullable=True),
        sa.Column(
            "naloxone_route",
            sa.Enum("nasal", "injection", "both", name="naloxone_route", native_enum=False, length=20),
            nullable=True,
        ),
        sa.Column("rescue_breathing", sa.Boolean(), nullable=True),
        sa.Column("oxygen", sa.Boolean(), nullable=True),
        sa.Column("emergency_services_called", sa.Boolean(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "responsive",
                "transported",
                "refused_transport",
                "other",
                "false_alarm",
                name="overdose_outcome",
                native_enum=False,
                length=20,
            ),
            nullable=True,
        ),
        sa.Column("notes", sa.JSON(), nullable=False),
        sa.Column("kits_taken", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "naloxone_doses IS NULL OR (naloxone_doses >= 0 AND naloxone_doses <= 5)",
            name=op.f("ck_overdose_responses_doses_range"),
        ),
        sa.CheckConstraint("responders >= 0", name=op.f("ck_overdose_responses_responders_not_negative")),
        sa.CheckConstraint("kits_taken >= 0", name=op.f("ck_overdose_responses_kits_not_negative")),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('responsive', 'transported', 'refused_transport', 'other', 'false_alarm')",
            name=op.f("ck_overdose_responses_outcome_known"),
        ),
        sa.CheckConstraint(
            "naloxone_route IS NULL OR naloxone_route IN ('nasal', 'injection', 'both')",
            name=op.f("ck_overdose_responses_route_known"),
        ),
        sa.ForeignKeyConstraint(
            ["site_id"], ["sites.id"], name=op.f("fk_overdose_responses_site_id_sites"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_overdose_responses")),
    )
    with op.batch_alter_table("overdose_responses", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_overdose_responses_site_id"), ["site_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_overdose_responses_called_at"), ["called_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("overdose_responses", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_overdose_responses_called_at"))
        batch_op.drop_index(batch_op.f("ix_overdose_responses_site_id"))
    op.drop_table("overdose_responses")
    with op.batch_alter_table("emergency_responders", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_emergency_responders_request_id"))
    op.drop_table("emergency_responders")
    with op.batch_alter_table("stations", schema=None) as batch_op:
        batch_op.drop_column("place")
