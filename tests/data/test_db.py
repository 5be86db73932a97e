"""Opening databases: migrations, pragmas, damaged files, dead servers."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from kiosk.data.db import open_database
from kiosk.data.migrate import alembic_config, current_revision, head_revision
from kiosk.data.models import Base
from kiosk.data.setup import ensure_site, load_demo
from kiosk.errors import DatabaseUnavailable


def test_new_database_is_created_at_the_newest_revision(db):
    with db.engine.connect() as connection:
        assert current_revision(connection) == head_revision()


def test_migrations_build_the_same_schema_as_the_models(db_url):
    """Replaying the shipped migrations gives exactly the tables the code expects."""
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert differences == []


def test_an_older_database_is_upgraded_and_keeps_its_rows(db_url):
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()
    first = open_database(db_url)
    ensure_site(first)
    load_demo(first)
    first.dispose()

    again = open_database(db_url)
    with again.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        assert connection.execute(text("SELECT count(*) FROM supplies")).scalar() > 20
    again.dispose()


def test_sqlite_connections_get_the_safe_settings(sqlite_db):
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_a_damaged_sqlite_file_is_kept_aside_and_a_fresh_one_starts(tmp_path):
    path = tmp_path / "kiosk.db"
    path.write_bytes(b"this is not a database, just some bytes" * 200)

    db = open_database(f"sqlite:///{path}")
    try:
        assert len(db.notices) == 1
        notice = db.notices[0]
        kept = [p for p in tmp_path.iterdir() if p.name.startswith("kiosk.db.damaged-")]
        assert len(kept) == 1 and str(kept[0]) in notice and "damaged" in notice
        assert kept[0].read_bytes().startswith(b"this is not a database")
        ensure_site(db)  # the new database works
    finally:
        db.dispose()


def test_a_truncated_sqlite_file_is_kept_aside(tmp_path):
    path = tmp_path / "kiosk.db"
    db = open_database(f"sqlite:///{path}")
    ensure_site(db)
    load_demo(db)
    db.dispose()
    sqlite3.connect(path).execute("PRAGMA wal_checkpoint(TRUNCATE)").close()
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\x00" * 512 + data[4096 + 512 : len(data) // 2])

    reopened = open_database(f"sqlite:///{path}")
    try:
        assert reopened.notices, "a damaged file must be reported"
        assert any(p.name.startswith("kiosk.db.damaged-") for p in tmp_path.iterdir())
    finally:
        reopened.dispose()


def test_a_folder_named_as_the_database_is_an_error_and_left_alone(tmp_path):
    folder = tmp_path / "kiosk.db"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me")

    with pytest.raises(DatabaseUnavailable) as caught:
        open_database(f"sqlite:///{folder}")

    assert str(folder) in caught.value.message
    assert (folder / "notes.txt").read_text() == "keep me"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kiosk.db"]


def test_a_file_that_cannot_be_read_is_an_error_and_left_alone(tmp_path):
    import os

    if os.geteuid() == 0:
        pytest.skip("file permissions do not bind root; the folder case covers the same path")
    path = tmp_path / "kiosk.db"
    open_database(f"sqlite:///{path}").dispose()
    path.chmod(0)
    try:
        with pytest.raises(DatabaseUnavailable) as caught:
            open_database(f"sqlite:///{path}")
    finally:
        path.chmod(0o600)
    assert str(path) in caught.value.message
    assert not [p for p in tmp_path.iterdir() if "damaged" in p.name]


def test_a_healthy_file_is_left_alone(tmp_path):
    path = tmp_path / "kiosk.db"
    open_database(f"sqlite:///{path}").dispose()
    db = open_database(f"sqlite:///{path}")
    db.dispose()
    assert db.notices == []
    assert sorted(p.name for p in tmp_path.iterdir() if "damaged" in p.name) == []


def test_an_unreachable_server_names_the_host_quickly():
    import time

    started = time.monotonic()
    with pytest.raises(DatabaseUnavailable) as caught:
        open_database("postgresql+psycopg://kiosk:secret@127.0.0.1:9/kiosk")
    assert time.monotonic() - started < 10
    message = str(caught.value)
    assert "127.0.0.1:9" in message
    assert "secret" not in message and "Traceback" not in message


def test_the_admin_command_reports_a_dead_server_without_a_traceback(capsys):
    from kiosk.cli import main

    assert main(["--database", "postgresql+psycopg://kiosk@127.0.0.1:9/kiosk", "supplies", "list"]) == 1
    err = capsys.readouterr().err
    assert "127.0.0.1:9" in err and "Traceback" not in err


def test_a_pooled_connection_killed_by_the_server_is_replaced(pg_url, monkeypatch):
    """After a server restart the next unit of work gets a live connection, not an error."""
    import kiosk.data.db as db_module
    from kiosk.data.services import Services
    from tests.conftest import fast_hasher

    monkeypatch.setattr(db_module, "PG_PING_AFTER_IDLE_S", 0.0)
    database = open_database(pg_url)
    try:
        ensure_site(database)
        load_demo(database)
        services = Services.build(database, hasher=fast_hasher())
        assert services.inventory.catalogue()
        killer = create_engine(pg_url)
        with killer.begin() as connection:
            killed = connection.execute(
                text(
                    "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                    "WHERE application_name = 'dropin-kiosk' AND datname = current_database() "
                    "AND pid <> pg_backend_pid()"
                )
            ).scalar()
        killer.dispose()
        assert killed >= 1
        assert services.queue.submit([("condoms", 1)]).pickup_code
    finally:
        database.dispose()


def test_the_schema_revision_constant_is_the_newest_migration():
    from kiosk.data.migrate import SCHEMA_REVISION

    assert head_revision() == SCHEMA_REVISION


def test_alembic_reads_the_stamp_of_a_new_database(db):
    """A database created without Alembic is stamped exactly as Alembic would stamp it."""
    with db.engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head_revision()


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    url = f"sqlite:///{tmp_path / 'kiosk.db'}"
    open_database(url).dispose()
    code = (
        "import sys; from kiosk.data.db import open_database; "
        f"open_database({url!r}).dispose(); "
        "assert 'alembic' not in sys.modules, 'alembic was imported'"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
