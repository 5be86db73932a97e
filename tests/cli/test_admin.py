"""kiosk-admin: set-up without a screen."""

from __future__ import annotations

import io

import pytest

from kiosk.cli import main


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'admin.db'}"


def run(url: str, *args: str, stdin: str = "") -> int:
    return main(["--database", url, *args], stdin=io.StringIO(stdin))


def test_init_demo_and_list(url, capsys):
    assert run(url, "init", "--site-name", "Harbour Drop-in") == 0
    assert run(url, "demo") == 0
    out = capsys.readouterr().out
    assert "supplies added" in out and "582046" in out
    assert run(url, "supplies", "list") == 0
    listing = capsys.readouterr().out
    assert "naloxone-nasal" in listing and "Talk to a peer worker" in listing
    # Loading the demo twice adds nothing and keeps the admin.
    assert run(url, "demo") == 0
    assert "0 supplies added" in capsys.readouterr().out


def test_staff_add_reads_the_pin_from_standard_input(url, capsys):
    run(url, "init")
    assert run(url, "staff", "add", "Robin", "--admin", stdin="917253\n") == 0
    assert run(url, "staff", "list") == 0
    out = capsys.readouterr().out
    assert "Robin" in out and "admin" in out and "917253" not in out


def test_staff_add_a_coordinator(url, capsys):
    run(url, "init")
    assert run(url, "staff", "add", "Ash", "--coordinator", stdin="318604\n") == 0
    assert "Added Ash (coordinator)." in capsys.readouterr().out
    assert run(url, "staff", "add", "Kim", "--coordinator", "--admin", stdin="286491\n") == 1
    assert "Choose one of --admin, --coordinator and --org-admin." in capsys.readouterr().err
    assert run(url, "staff", "list") == 0
    listing = capsys.readouterr().out
    assert "coordinator" in listing and "Kim" not in listing


def test_staff_add_refuses_a_weak_pin(url, capsys):
    run(url, "init")
    assert run(url, "staff", "add", "Robin", stdin="123456\n") == 1
    assert "too easy" in capsys.readouterr().err
    assert run(url, "staff", "add", "Robin", stdin="") == 1


def test_staff_reset_unlocks(url, capsys):
    from kiosk.data.db import open_database
    from kiosk.data.services import Services
    from kiosk.data.staff import SignInFailed
    from tests.conftest import fast_hasher

    run(url, "init")
    run(url, "staff", "add", "Robin", stdin="917253\n")
    db = open_database(url)
    staff = Services.build(db, hasher=fast_hasher()).staff
    from kiosk.data.models import StaffAccount

    with db.session_scope() as session:
        account = session.query(StaffAccount).filter_by(name="Robin").one()
        account.locked = True
    with pytest.raises(SignInFailed):
        staff.sign_in("Robin", "917253")
    assert run(url, "staff", "reset", "Robin") == 0
    assert staff.sign_in("Robin", "917253").name == "Robin"
    assert run(url, "staff", "reset", "Nobody") == 1
    assert "no staff member called Nobody" in capsys.readouterr().err
    db.dispose()


def test_restock(url, capsys):
    run(url, "demo")
    capsys.readouterr()
    assert run(url, "restock", "socks", "12") == 0
    assert "socks: stock is now 102" in capsys.readouterr().out
    assert run(url, "restock", "no-such-thing", "3") == 1
    assert "no supply with the key" in capsys.readouterr().err


@pytest.mark.parametrize("args", [["restock", "socks", "-2"], ["restock", "socks", "lots"], ["staff"], ["frobnicate"]])
def test_bad_arguments_exit_non_zero_with_a_message(url, capsys, args):
    with pytest.raises(SystemExit) as caught:
        run(url, *args)
    assert caught.value.code == 2
    assert capsys.readouterr().err.strip()


def test_a_damaged_database_is_reported(tmp_path, capsys):
    path = tmp_path / "admin.db"
    path.write_bytes(b"garbage" * 1000)
    assert main(["--database", f"sqlite:///{path}", "supplies", "list"]) == 0
    assert "damaged" in capsys.readouterr().err
