"""Upgrading the package upgrades the database on the next start, from any shipped revision."""

from __future__ import annotations

import io

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text

from kiosk.cli import main
from kiosk.data.db import open_database
from kiosk.data.migrate import alembic_config, current_revision, head_revision
from kiosk.data.setup import ensure_site

REVISIONS = [script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()]


@pytest.mark.parametrize("revision", REVISIONS)
def test_a_database_left_at_an_older_revision_is_upgraded_when_a_station_opens_it(db_url, revision):
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
        connection.execute(text("INSERT INTO sites (name, created_at) VALUES ('Harbour', CURRENT_TIMESTAMP)"))
    engine.dispose()

    db = open_database(db_url, create=False)
    try:
        with db.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
            assert connection.execute(text("SELECT name FROM sites")).scalar() == "Harbour"
        ensure_site(db)
    finally:
        db.dispose()


def test_restoring_a_backup_from_the_oldest_revision_brings_it_up_to_date(tmp_path, capsys):
    old = tmp_path / "old.db"
    engine = create_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), REVISIONS[-1])
        connection.execute(text("INSERT INTO sites (name, created_at) VALUES ('Harbour', CURRENT_TIMESTAMP)"))
    engine.dispose()
    target = f"sqlite:///{tmp_path / 'kiosk.db'}"
    assert main(["--database", target, "restore", str(old)], stdin=io.StringIO()) == 0
    assert f"Restored {tmp_path / 'kiosk.db'}" in capsys.readouterr().out
    db = open_database(target, create=False)
    try:
        with db.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
    finally:
        db.dispose()
