"""The systemd units in deploy/ pass ``systemd-analyze verify``, and the install script runs dry."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
UNITS = sorted(p for p in (DEPLOY / "systemd").iterdir() if p.suffix in (".service", ".timer"))
SCREENS = [DEPLOY / "systemd" / name for name in ("dropin-board.service", "dropin-kiosk.service")]
#: Programs the units start that a test machine does not have: the compositor and the installed kiosk.
INSTALLED = ("/usr/bin/cage", "/opt/dropin-kiosk/venv/bin/")


def _stub(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("#!/bin/sh\nexit 0\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)


def test_the_repository_ships_the_kiosk_board_and_backup_units():
    assert [unit.name for unit in UNITS] == [
        "dropin-board.service", "dropin-kiosk-backup.service", "dropin-kiosk-backup.timer", "dropin-kiosk.service"
    ]
    for unit in SCREENS:
        text = unit.read_text()
        for setting in ("User=kiosk", "Restart=on-failure", "RestartSec=", "StartLimitBurst=", "/usr/bin/cage",
                        "--blank 0 --powersave off", "KIOSK_DATA_DIR=/var/lib/dropin-kiosk"):
            assert setting in text, f"{unit.name} lacks {setting}"
    assert "KIOSK_HIDE_CURSOR=1" in (DEPLOY / "systemd" / "dropin-kiosk.service").read_text()


@pytest.mark.parametrize("unit", UNITS, ids=lambda u: u.name)
def test_a_unit_passes_systemd_analyze_verify(unit, tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    # verify checks that every command exists: point the two that only an
    # installed kiosk PC has at stand-ins, and leave every other line as shipped.
    text = unit.read_text()
    if unit in SCREENS:
        assert all(program in text for program in INSTALLED)
    fake = tmp_path / "installed"
    text = text.replace("/usr/bin/cage", str(fake / "cage")).replace("/opt/dropin-kiosk/venv/bin/", f"{fake}/")
    for line in text.splitlines():
        if line.startswith(("ExecStart=", "ExecStartPre=")):
            command = line.split("=", 1)[1].split()[0]
            if command.startswith(str(fake)):
                _stub(Path(command))
    for name in ("kiosk", "kiosk-display"):
        _stub(fake / name)
    checked = tmp_path / unit.name
    checked.write_text(text)
    done = subprocess.run([analyze, "verify", "--man=no", str(checked)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "SYSTEMD_LOG_LEVEL": "notice"}, cwd=tmp_path)
    said = (done.stdout + done.stderr).strip()
    print(f"systemd-analyze verify {unit.name}: exit {done.returncode}; {said or 'nothing to report'}")
    assert done.returncode == 0, said
    assert unit.name not in said and "Unknown" not in said, said


def test_verify_is_not_a_rubber_stamp(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed (apt-get install systemd)")
    broken = tmp_path / "broken.service"
    broken.write_text("[Service]\nExecStart=/no/such/program\nRestartSecs=5\n")
    done = subprocess.run([analyze, "verify", "--man=no", str(broken)], capture_output=True, text=True, timeout=60)
    said = done.stdout + done.stderr
    assert done.returncode != 0 and "RestartSecs" in said and "/no/such/program" in said


def test_the_install_script_runs_dry_into_a_folder(tmp_path):
    done = subprocess.run(["sh", str(DEPLOY / "install-debian.sh")], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "DESTDIR": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "etc/systemd/system/dropin-kiosk.service").read_text() == (
        DEPLOY / "systemd/dropin-kiosk.service").read_text()
    assert (tmp_path / "etc/dropin-kiosk/kiosk.toml").is_file()
    assert os.access(tmp_path / "opt/dropin-kiosk/share/kiosk-in-session", os.X_OK)
    for step in ("apt-get install -y cage xwayland", "useradd --system", "pip install --upgrade", "kiosk-admin init",
                 "systemctl enable dropin-kiosk.service", "systemctl enable dropin-kiosk-backup.timer"):
        assert step in done.stdout, step
    wrapper = tmp_path / "usr/local/bin/kiosk-admin"
    assert os.access(wrapper, os.X_OK) and "runuser -u kiosk" in wrapper.read_text()
    assert subprocess.run(["sh", "-n", str(wrapper)]).returncode == 0
    board = subprocess.run(["sh", str(DEPLOY / "install-debian.sh"), "board"], capture_output=True, text=True,
                           timeout=60, env={**os.environ, "DESTDIR": str(tmp_path / "board")})
    assert board.returncode == 0 and "systemctl enable dropin-board.service" in board.stdout
    staff = subprocess.run(["sh", str(DEPLOY / "install-debian.sh"), "staff"], capture_output=True, text=True,
                           timeout=60, env={**os.environ, "DESTDIR": str(tmp_path / "staff")})
    assert staff.returncode == 0 and "enable dropin-kiosk.service" not in staff.stdout
    assert (tmp_path / "staff/usr/share/applications/dropin-kiosk-staff.desktop").is_file()
