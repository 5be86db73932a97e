"""kiosk-admin doctor says plainly what is wrong, and exits 1 when anything is."""

from __future__ import annotations

import io
import sqlite3

import pytest
from alembic import command
from sqlalchemy import create_engine

from kiosk.cli import main
from kiosk.data.migrate import alembic_config


def doctor(*extra: str) -> int:
    return main([*extra, "doctor"], stdin=io.StringIO())


@pytest.fixture
def ready(tmp_path):
    url = f"sqlite:///{tmp_path / 'kiosk.db'}"
    assert main(["--database", url, "init"], stdin=io.StringIO()) == 0
    assert main(["--database", url, "demo"], stdin=io.StringIO()) == 0
    return url


def lines(capsys) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_a_healthy_station_is_all_well(ready, capsys):
    capsys.readouterr()
    assert doctor("--database", ready) == 0
    out = lines(capsys)
    assert out[-1] == "All is well."
    assert any(line.startswith("ok") and "integrity check" in line for line in out)
    assert any(line.startswith("ok") and "revision" in line for line in out)
    assert any("printer" in line and "PDF" in line for line in out)
    assert not any(line.startswith("PROBLEM") for line in out)


def test_a_missing_database_is_named_and_not_created(tmp_path, capsys):
    target = tmp_path / "nothing.db"
    assert doctor("--database", f"sqlite:///{target}") == 1
    out = lines(capsys)
    assert any(line.startswith("PROBLEM") and "kiosk-admin init" in line for line in out)
    assert not target.exists()


def test_a_damaged_database_is_reported_and_left_where_it_is(tmp_path, capsys):
    path = tmp_path / "kiosk.db"
    assert main(["--database", f"sqlite:///{path}", "init"], stdin=io.StringIO()) == 0
    data = bytearray(path.read_bytes())
    data[4096: 4096 * 12] = b"\xa5" * (4096 * 11)  # scribble over pages 2 to 12
    path.write_bytes(bytes(data))
    capsys.readouterr()
    assert doctor("--database", f"sqlite:///{path}") == 1
    out = "\n".join(lines(capsys))
    assert "PROBLEM" in out and "damaged" in out and "kiosk-admin restore" in out
    assert path.exists() and not list(tmp_path.glob("*damaged*"))


def test_an_old_schema_is_a_note_and_a_newer_one_a_problem(tmp_path, capsys):
    path = tmp_path / "kiosk.db"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    engine.dispose()
    assert doctor("--database", f"sqlite:///{path}") == 1
    out = "\n".join(lines(capsys))
    assert "revision 9999 is newer than this version knows" in out and "Update the package" in out


def test_an_unreachable_server_is_named(capsys):
    assert doctor("--database", "postgresql+psycopg://kiosk:secret@127.0.0.1:1/kiosk") == 1
    out = "\n".join(lines(capsys))
    assert "PROBLEM" in out and "can't reach postgresql+psycopg://kiosk:***@127.0.0.1:1/kiosk" in out
    assert "secret" not in out


def test_a_broken_content_pack_and_a_missing_printer_are_problems(ready, tmp_path, monkeypatch, capsys):
    empty = tmp_path / "my-pack"
    empty.mkdir()
    monkeypatch.setenv("KIOSK_CONTENT_DIR", str(empty))
    monkeypatch.setenv("KIOSK_PRINTER", "receipt")
    monkeypatch.setenv("PATH", str(tmp_path))  # no lpstat: CUPS is not installed
    capsys.readouterr()
    assert doctor("--database", ready) == 1
    out = lines(capsys)
    assert any(line.startswith("PROBLEM") and "content" in line and str(empty) in line for line in out)
    assert any(line.startswith("PROBLEM") and "printer" in line and "CUPS is not installed" in line for line in out)
    assert out[-1] == "2 problems to fix."


def test_a_broken_settings_file_is_the_first_thing_said(tmp_path, monkeypatch, capsys):
    broken = tmp_path / "kiosk.toml"
    broken.write_text("database = [oops")
    monkeypatch.setenv("KIOSK_CONFIG", str(broken))
    assert doctor() == 1
    first = lines(capsys)[0]
    assert first.startswith("PROBLEM") and "configuration" in first and str(broken) in first


def test_the_doctor_changes_nothing(ready, tmp_path, capsys):
    path = tmp_path / "kiosk.db"
    before = sqlite3.connect(path).execute("PRAGMA data_version").fetchone()
    stamp = path.stat().st_mtime_ns
    assert doctor("--database", ready) == 0
    assert path.stat().st_mtime_ns == stamp and before
