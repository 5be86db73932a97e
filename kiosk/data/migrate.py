"""Bring a database to the current schema at start-up.

A new database is created from the models and stamped with the newest
revision (quicker than replaying every migration); an older one is upgraded
with the migrations shipped in ``kiosk/data/migrations``. A database already
at :data:`SCHEMA_REVISION` is recognised with one query, without loading
Alembic, which keeps a kiosk's start small and quick.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Column, Connection, Engine, MetaData, PrimaryKeyConstraint, String, Table, inspect, select, text

from kiosk.data.models import Base
from kiosk.errors import DatabaseUnavailable

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)

#: The newest migration shipped; a test checks it against the migrations folder.
SCHEMA_REVISION = "0011"
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any fixed number: stations starting together on one server take turns.
_PG_MIGRATION_LOCK = 0x6B696F736B

# Alembic's own bookkeeping table, as Alembic creates it.
_versions = Table(
    "alembic_version",
    MetaData(),
    Column("version_num", String(32), nullable=False),
    PrimaryKeyConstraint("version_num", name="alembic_version_pkc"),
)


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> set[str]:
    """Every revision the shipped migrations know."""
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}


def current_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(select(_versions.c.version_num)).scalar()


def upgrade_to_head(engine: Engine) -> None:
    with engine.connect() as connection:
        if current_revision(connection) == SCHEMA_REVISION:
            return
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            # A migration may rebuild a table, which on SQLite means dropping
            # the old copy: with foreign keys on, that cascades into every row
            # pointing at it. SQLite's own recipe is to switch them off
            # outside the transaction and check them before committing.
            connection.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")  # type: ignore[union-attr]
        try:
            with connection.begin():
                _upgrade(connection)
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"the schema upgrade would break foreign keys: {broken[:3]}")
        finally:
            if sqlite:
                # Never hand this connection, foreign keys off, back to the pool.
                connection.invalidate()


def _upgrade(connection: Connection) -> None:
    if connection.dialect.name == "postgresql":
        # Waiting for another station's upgrade, or an upgrade itself, may
        # take longer than the statement timeout every connection carries.
        connection.execute(text("SET LOCAL statement_timeout = 0"))
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    revision = current_revision(connection)
    if revision == SCHEMA_REVISION:
        return  # another station finished while we waited for the lock
    if revision is None and not inspect(connection).has_table("sites"):
        log.info("creating a new database at revision %s", SCHEMA_REVISION)
        Base.metadata.create_all(connection)
        _versions.create(connection)
        connection.execute(_versions.insert().values(version_num=SCHEMA_REVISION))
    else:
        from alembic import command

        if revision is not None and revision not in known_revisions():
            raise DatabaseUnavailable(
                f"The database was upgraded by a newer version of the kiosk (schema {revision}); "
                f"this station's version knows schemas up to {SCHEMA_REVISION}.",
                hint="Update the package on this station.",
            )
        log.info("upgrading the database from %s to %s", revision, SCHEMA_REVISION)
        command.upgrade(alembic_config(connection), "head")
