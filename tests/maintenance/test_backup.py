"""kiosk-admin backup and restore on the embedded SQLite database."""

from __future__ import annotations

import datetime as dt
import io
import sqlite3
import threading
from pathlib import Path

import pytest

from kiosk.cli import main
from kiosk.data.db import open_database
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site, load_demo
from kiosk.maintenance import backup
from tests.conftest import fast_hasher


def run(argv: list[str]) -> int:
    try:
        return main(argv, stdin=io.StringIO(""))
    except SystemExit as stop:
        return int(stop.code or 0)


@pytest.fixture
def live(tmp_path):
    """A demo database on SQLite, its URL and its services."""
    url = f"sqlite:///{tmp_path / 'kiosk.db'}"
    db = open_database(url)
    services = Services.build(db, ensure_site(db), hasher=fast_hasher())
    load_demo(db, staff=services.staff)
    yield url, services
    db.dispose()


def _codes(path: Path) -> set[str]:
    connection = sqlite3.connect(path)
    try:
        return {row[0] for row in connection.execute("SELECT pickup_code FROM requests")}
    finally:
        connection.close()


def test_a_backup_taken_while_a_kiosk_submits_is_whole_and_sound(live, tmp_path, capsys):
    url, services = live
    confirmed: list[str] = []
    stop = threading.Event()
    first_ones = threading.Event()

    def kiosk() -> None:
        while not stop.is_set():
            confirmed.append(services.queue.submit([("condoms", 1)]).pickup_code)
            if len(confirmed) >= 5:
                first_ones.set()

    station = threading.Thread(target=kiosk)
    station.start()
    try:
        assert first_ones.wait(30)
        before = set(confirmed)
        assert run(["--database", url, "backup", str(tmp_path / "copy.db")]) == 0
        after = set(confirmed)
    finally:
        stop.set()
        station.join(30)
    assert "passed SQLite's integrity check" in capsys.readouterr().out
    copy = tmp_path / "copy.db"
    kept = _codes(copy)
    # Everything confirmed before the backup started is in it; nothing it holds was invented.
    assert before <= kept <= after
    connection = sqlite3.connect(copy)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    finally:
        connection.close()
    assert not (tmp_path / "copy.db-wal").exists()


def test_a_backup_never_overwrites_without_force(live, tmp_path, capsys):
    url, _services = live
    target = tmp_path / "copy.db"
    target.write_text("precious")
    assert run(["--database", url, "backup", str(target)]) == 1
    assert "already exists" in capsys.readouterr().err and target.read_text() == "precious"
    assert run(["--database", url, "backup", str(target), "--force"]) == 0


def test_restore_brings_back_the_backup_and_keeps_what_it_replaced(live, tmp_path, capsys):
    url, services = live
    kept_code = services.queue.submit([("condoms", 1)]).pickup_code
    assert run(["--database", url, "backup", str(tmp_path / "monday.db")]) == 0
    later_code = services.queue.submit([("lube", 1)]).pickup_code
    services.db.dispose()
    capsys.readouterr()

    assert run(["--database", url, "restore", str(tmp_path / "monday.db")]) == 1
    assert "Add --force" in capsys.readouterr().err
    assert run(["--database", url, "restore", str(tmp_path / "monday.db"), "--force"]) == 0
    out = capsys.readouterr().out
    assert _codes(tmp_path / "kiosk.db") == {kept_code}
    [before] = tmp_path.glob("kiosk.db.before-restore-*")
    assert str(before) in out and _codes(before) == {kept_code, later_code}
    reopened = open_database(url, create=False)
    try:
        assert [r.pickup_code for r in Services.build(reopened).queue.open_requests()] == [kept_code]
    finally:
        reopened.dispose()


def test_restore_refuses_while_a_station_is_running(live, tmp_path, capsys):
    url, services = live
    assert run(["--database", url, "backup", str(tmp_path / "copy.db")]) == 0
    services.stations.register("kiosk-front", "kiosk")
    capsys.readouterr()
    assert run(["--database", url, "restore", str(tmp_path / "copy.db"), "--force"]) == 1
    err = capsys.readouterr().err
    assert "Stations are still using the database: kiosk-front" in err
    assert not list(tmp_path.glob("kiosk.db.before-restore-*"))
    later = dt.datetime.now(dt.UTC) + backup.RUNNING_WITHIN + dt.timedelta(seconds=5)
    assert backup.running_stations(tmp_path / "kiosk.db", later) == []


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_restore_refuses_a_file_that_is_not_a_kiosk_backup(live, tmp_path, capsys, content):
    url, services = live
    code = services.queue.submit([("condoms", 1)]).pickup_code
    bogus = tmp_path / "bogus.db"
    bogus.write_bytes(content)
    assert run(["--database", url, "restore", str(bogus), "--force"]) == 1
    err = capsys.readouterr().err
    assert "not a kiosk database backup" in err or "damaged" in err
    assert _codes(tmp_path / "kiosk.db") == {code}


def test_postgresql_backup_without_pg_dump_says_what_to_run(tmp_path, monkeypatch):
    monkeypatch.setattr(backup.shutil, "which", lambda _name: None)
    with pytest.raises(backup.KioskError) as raised:
        backup.backup_postgresql("postgresql+psycopg://kiosk:secret@db.example.org:5433/kiosk", tmp_path / "k.dump")
    said = str(raised.value)
    assert "pg_dump --format=custom --file" in said and "--host db.example.org --port 5433" in said
    assert "secret" not in said


def test_postgresql_backup_runs_pg_dump_with_the_password_kept_out_of_its_arguments(pg_url, tmp_path):
    if backup.shutil.which("pg_dump") is None:
        pytest.skip("pg_dump is not installed (apt-get install postgresql-client)")
    db = open_database(pg_url)
    try:
        services = Services.build(db, ensure_site(db), hasher=fast_hasher())
        load_demo(db, staff=services.staff)
        calls = []

        def spy(command, **kwargs):
            calls.append((command, kwargs["env"]))
            return backup.subprocess.run(command, **kwargs)

        target = tmp_path / "kiosk.dump"
        assert backup.backup_postgresql(pg_url, target, run=spy) == target
    finally:
        db.dispose()
    assert target.read_bytes()[:5] == b"PGDMP"
    command, env = calls[0]
    url = backup.make_url(pg_url)
    # The user name may spell the same as the password, so look for the password's own places.
    assert not any("://" in part or part == f"--password={url.password}" for part in command)
    assert env["PGPASSWORD"] == url.password and url.username in command
