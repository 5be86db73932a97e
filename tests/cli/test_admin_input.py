"""kiosk-admin answers any command line with a message, never a traceback."""

from __future__ import annotations

import contextlib
import io
import os
import sqlite3
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli import MAX_RESTOCK, main


def run(argv: list[str], stdin: str = "") -> int:
    try:
        return main(argv, stdin=io.StringIO(stdin))
    except SystemExit as stop:  # argparse: --help (0) or a usage error (2)
        return int(stop.code or 0)


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'admin.db'}"


def test_a_restock_beyond_any_real_delivery_is_refused_plainly(url, capsys):
    assert run(["--database", url, "init"]) == 0
    assert run(["--database", url, "demo"]) == 0
    capsys.readouterr()
    assert run(["--database", url, "restock", "syringe-1ml", "99999999999999999999"]) == 2
    err = capsys.readouterr().err
    assert f"at most {MAX_RESTOCK:,}" in err and "Traceback" not in err
    assert run(["--database", url, "restock", "syringe-1ml", str(MAX_RESTOCK)]) == 0


@pytest.mark.parametrize(
    ("database", "said"),
    [
        ("bogus://x", "not a database URL the kiosk can use"),
        ("mysql://u@localhost/k", "not a database URL the kiosk can use"),
        ("sqlite:////no/such/dir/k.db", "/no/such/dir for the database file does not exist"),
    ],
)
def test_a_database_url_it_cannot_use_is_named(database, said, capsys):
    assert run(["--database", database, "supplies", "list"]) in (1, 2)
    err = capsys.readouterr().err
    assert said in err and "Traceback" not in err
    assert not Path("/no/such/dir").exists()


def test_only_init_and_demo_create_a_database(tmp_path, capsys):
    target = tmp_path / "typo.db"
    assert run(["--database", f"sqlite:///{target}", "supplies", "list"]) == 1
    assert "There is no database at" in capsys.readouterr().err and not target.exists()
    nested = tmp_path / "new" / "folder" / "kiosk.db"
    assert run(["--database", f"sqlite:///{nested}", "init"]) == 0
    assert nested.is_file()
    assert run(["--database", f"sqlite:///{nested}", "supplies", "list"]) == 0


def test_a_folder_named_as_the_database_is_left_alone(tmp_path, capsys):
    folder = tmp_path / "not-a-file"
    folder.mkdir()
    assert run(["--database", f"sqlite:///{folder}", "init"]) == 1
    assert "names the folder" in capsys.readouterr().err
    assert folder.is_dir() and not list(tmp_path.glob("*damaged*"))


def test_an_unusable_data_folder_is_named(monkeypatch, capsys):
    monkeypatch.setenv("KIOSK_DATA_DIR", "/proc/nope")
    assert run(["init"]) == 1
    err = capsys.readouterr().err
    assert "The data folder /proc/nope can't be used" in err and "Traceback" not in err


def test_an_unreadable_settings_file_is_named(tmp_path, monkeypatch, capsys):
    broken = tmp_path / "kiosk.toml"
    broken.write_bytes(b"database = \xff\xfe")
    monkeypatch.setenv("KIOSK_CONFIG", str(broken))
    assert run(["supplies", "list"]) == 1
    assert f"The settings file {broken} can't be read" in capsys.readouterr().err


# -- anything at all ---------------------------------------------------------

_JUNK = st.sampled_from([
    "", "-1", "0", "1", "12", "99999999999999999999", "2147483648", "1e9", "nan", "x" * 300,
    "syringe-1ml", "naloxone-nasal", "Robin", "admin", "--", "-x", "--admin", "--new-pin", "é", "a\x00b",
    "/proc/nope", "/no/such/dir/x.pdf", "receipt", "a4", "fr", "zz",
    "bogus://x", "sqlite:////no/such/dir/k.db", "sqlite://", "sqlite:///:memory:",
    "postgresql+psycopg://u:p@127.0.0.1:1/db", "postgresql://", "://", "%",
]) | st.text(max_size=8)

_COMMANDS = st.sampled_from([
    ["init"], ["init", "--site-name"], ["demo"], ["staff", "add"], ["staff", "add", "--admin"],
    ["staff", "add", "--coordinator"],
    ["staff", "list"], ["staff", "reset"], ["staff", "reset", "--new-pin"], ["staff"], ["supplies", "list"],
    ["supplies"], ["restock"], ["content", "check"], ["content"], ["print-test", "--pdf"],
    ["print-test", "--paper"], ["print-test", "--lang"], ["print-test", "--printer"], ["--version"], [],
    ["backup"], ["backup", "--force"], ["restore"], ["restore", "--force"], ["doctor"], ["content", "export"],
])


@st.composite
def command_lines(draw) -> list[str]:
    argv: list[str] = []
    if draw(st.booleans()):
        argv += ["--database", draw(_JUNK)]
    argv += draw(_COMMANDS)
    argv += draw(st.lists(_JUNK, max_size=3))
    if draw(st.integers(0, 4)) == 0:
        argv.insert(draw(st.integers(0, len(argv))), draw(_JUNK))
    return argv


@pytest.fixture(scope="module")
def workplace(tmp_path_factory) -> Path:
    """A data folder with a demo database, and a settings file that is not TOML."""
    home = tmp_path_factory.mktemp("admin-fuzz")
    with mock.patch.dict(os.environ, {"KIOSK_DATA_DIR": str(home / "data"), "KIOSK_CONFIG": str(home / "none.toml")}):
        assert run(["init"]) == 0 and run(["demo"]) == 0
    (home / "garbage.toml").write_text("database = [unclosed")
    return home


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(argv=command_lines(), stdin=_JUNK, environment=st.sampled_from(["ok", "bad-data-dir", "bad-config"]))
def test_no_command_line_gives_a_traceback(workplace, capsys, argv, stdin, environment):
    env = {"KIOSK_DATA_DIR": str(workplace / "data"), "KIOSK_CONFIG": str(workplace / "none.toml")}
    if environment == "bad-data-dir":
        env["KIOSK_DATA_DIR"] = "/proc/nope"
    elif environment == "bad-config":
        env["KIOSK_CONFIG"] = str(workplace / "garbage.toml")
    # Commands that write files (backup, content export) write them here.
    (workplace / "cwd").mkdir(exist_ok=True)
    with mock.patch.dict(os.environ, env), contextlib.chdir(workplace / "cwd"):
        code = run(argv, stdin=stdin)
    out = capsys.readouterr()
    assert code in (0, 1, 2), (argv, code, out.err)
    assert "Traceback" not in out.err
    if code != 0:
        assert (out.err + out.out).strip(), f"{argv} failed without saying why"
    # Whatever was typed, the demo database is still a healthy one.
    check = sqlite3.connect(workplace / "data" / "kiosk.db")
    try:
        assert check.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        check.close()
