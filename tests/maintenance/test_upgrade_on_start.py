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
from kiosk.errors import DatabaseUnavailable

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


def test_a_station_older_than_its_database_says_to_update_and_leaves_it_alone(tmp_path, capsys):
    path = tmp_path / "kiosk.db"
    url = f"sqlite:///{path}"
    assert main(["--database", url, "init"], stdin=io.StringIO()) == 0
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    engine.dispose()
    capsys.readouterr()
    assert main(["--database", url, "supplies", "list"], stdin=io.StringIO()) == 1
    err = capsys.readouterr().err
    assert "upgraded by a newer version of the kiosk (schema 0099)" in err and "Update the package" in err
    assert "Traceback" not in err
    with pytest.raises(DatabaseUnavailable):
        open_database(url, create=False)
    engine = create_engine(url)
    with engine.connect() as connection:
        assert current_revision(connection) == "0099"
    engine.dispose()
