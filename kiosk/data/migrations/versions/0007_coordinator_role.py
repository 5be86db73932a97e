"""A coordinator role: staff who also read and export the funder reports.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

The role column is held to its values by a named CHECK (see 0002); adding a
member replaces that constraint. On SQLite the table is rebuilt (batch mode),
with foreign keys off as :mod:`kiosk.data.migrate` arranges.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_NAME = "ck_staff_accounts_staff_role"
_BEFORE = ("staff", "admin")
_AFTER = ("staff", "admin", "coordinator")


def _condition(values: tuple[str, ...]) -> str:
    return "role IN ({})".format(", ".join(f"'{value}'" for value in values))


def _replace(values: tuple[str, ...]) -> None:
    with op.batch_alter_table("staff_accounts") as batch_op:
        batch_op.drop_constraint(batch_op.f(_NAME), type_="check")
        batch_op.create_check_constraint(batch_op.f(_NAME), sa.text(_condition(values)))


def upgrade() -> None:
    _replace(_AFTER)


def downgrade() -> None:
    # A coordinator becomes ordinary staff: the older schema has no such role.
    op.execute(sa.text("UPDATE staff_accounts SET role = 'staff' WHERE role = 'coordinator'"))
    _replace(_BEFORE)
