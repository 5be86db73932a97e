"""Hold every enum column to its values with a named CHECK constraint.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-01

Revision 0001 stored the enum columns as plain strings with no CHECK, so any
text could land in a request's status or a staff member's role. SQLite cannot
add a constraint to a table, so there each table is rebuilt (batch mode); the
partial index on open pickup codes is dropped first and made again after, as a
rebuilt table does not carry its condition over reliably. ``kiosk.data.migrate``
runs this with SQLite's foreign keys switched off, as SQLite asks for a table
rebuild, so that dropping the old copy does not cascade into the rows that
point at it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The values as they stand at this revision: a later migration that adds a
# member replaces the constraint, it does not edit this list.
_CHECKS: tuple[tuple[str, str, str, tuple[str, ...]], ...] = (
    ("requests", "ck_requests_request_status", "status",
     ("pending", "in_progress", "ready", "fulfilled", "cancelled", "no_show")),
    ("requests", "ck_requests_request_priority", "priority", ("normal", "emergency")),
    ("stations", "ck_stations_station_kind", "kind", ("kiosk", "staff", "display")),
    ("staff_accounts", "ck_staff_accounts_staff_role", "role", ("staff", "admin")),
    ("supplies", "ck_supplies_supply_kind", "kind", ("item", "service")),
    ("daily_tallies", "ck_daily_tallies_tally_priority", "priority", ("normal", "emergency")),
)
_OPEN_CODE_INDEX = "uq_requests_open_code"
_OPEN_SQL = "status IN ('pending', 'in_progress', 'ready')"


def _condition(column: str, values: tuple[str, ...]) -> str:
    return "{} IN ({})".format(column, ", ".join(f"'{value}'" for value in values))


def _tables() -> list[str]:
    return list(dict.fromkeys(table for table, *_ in _CHECKS))


def _drop_open_code_index() -> None:
    op.drop_index(_OPEN_CODE_INDEX, table_name="requests")


def _create_open_code_index() -> None:
    op.create_index(
        _OPEN_CODE_INDEX,
        "requests",
        ["site_id", "pickup_code"],
        unique=True,
        sqlite_where=sa.text(_OPEN_SQL),
        postgresql_where=sa.text(_OPEN_SQL),
    )


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _drop_open_code_index()
    for table in _tables():
        with op.batch_alter_table(table) as batch_op:
            for owner, name, column, values in _CHECKS:
                if owner == table:
                    batch_op.create_check_constraint(batch_op.f(name), sa.text(_condition(column, values)))
    if sqlite:
        _create_open_code_index()


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        _drop_open_code_index()
    for table in _tables():
        with op.batch_alter_table(table) as batch_op:
            for owner, name, _column, _values in _CHECKS:
                if owner == table:
                    batch_op.drop_constraint(batch_op.f(name), type_="check")
    if sqlite:
        _create_open_code_index()
