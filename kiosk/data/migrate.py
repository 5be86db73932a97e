"""Bring a database to the current schema at start-up.

A new database is created from the models and stamped with the newest
revision (quicker than replaying every migration); an older one is upgraded
with the migrations shipped in ``kiosk/data/migrations``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from kiosk.data.models import Base

log = logging.getLogger(__name__)

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Any fixed number: stations starting together on one server take turns.
_PG_MIGRATION_LOCK = 0x6B696F736B


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(engine: Engine) -> None:
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        revision = current_revision(connection)
        config = alembic_config(connection)
        if revision is None and not inspect(connection).has_table("sites"):
            log.info("creating a new database at revision %s", head_revision())
            Base.metadata.create_all(connection)
            command.stamp(config, "head")
        elif revision != head_revision():
            log.info("upgrading the database from %s to %s", revision, head_revision())
            command.upgrade(config, "head")
