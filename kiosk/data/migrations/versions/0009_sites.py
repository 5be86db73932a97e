"""Several sites: site names are unique, and staff may be organisation admins.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

A station names its site in ``kiosk.toml`` (``site = "harbour"``), so two
sites may not share a name. The staff role gains ``org_admin``: an admin of
every site, who may switch the back office between them. SQLite cannot
change a CHECK in place, so ``staff_accounts`` is rebuilt (batch mode), with
foreign keys switched off by ``kiosk.data.migrate`` as for revision 0002.
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_ROLE_CHECK = "ck_staff_accounts_staff_role"


def _roles(*values: str) -> str:
    return "role IN ({})".format(", ".join(f"'{value}'" for value in values))


def _all_roles() -> tuple[str, ...]:
    # The roles as they stand at this revision (0007 added the coordinator).
    return ("staff", "admin", "coordinator", "org_admin")


def upgrade() -> None:
    with op.batch_alter_table("sites") as batch_op:
        batch_op.create_unique_constraint(batch_op.f("uq_sites_name"), ["name"])
    with op.batch_alter_table("staff_accounts") as batch_op:
        batch_op.drop_constraint(batch_op.f(_ROLE_CHECK), type_="check")
        batch_op.create_check_constraint(batch_op.f(_ROLE_CHECK), _roles(*_all_roles()))


def downgrade() -> None:
    op.execute("UPDATE staff_accounts SET role = 'admin' WHERE role = 'org_admin'")
    with op.batch_alter_table("staff_accounts") as batch_op:
        batch_op.drop_constraint(batch_op.f(_ROLE_CHECK), type_="check")
        batch_op.create_check_constraint(
            batch_op.f(_ROLE_CHECK), _roles(*(r for r in _all_roles() if r != "org_admin"))
        )
    with op.batch_alter_table("sites") as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_sites_name"), type_="unique")
