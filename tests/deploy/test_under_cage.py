"""The kiosk unit's own cage command line brings the kiosk up full screen (cage's headless backend).

Needs cage and Xwayland (apt-get install cage xwayland). cage refuses to run
as root, so as root the test runs it as "nobody", which then needs to read
this test's Python; where it cannot, the test is skipped with the reason.
"""

from __future__ import annotations

import os
import pwd
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

UNIT = Path(__file__).resolve().parents[2] / "deploy" / "systemd" / "dropin-kiosk.service"
INSTALLED_KIOSK = "/opt/dropin-kiosk/venv/bin/kiosk"


def _unit_settings() -> tuple[list[str], dict[str, str]]:
    command: list[str] = []
    environment: dict[str, str] = {}
    for line in UNIT.read_text().splitlines():
        if line.startswith("ExecStart="):
            command = shlex.split(line.split("=", 1)[1])
        elif line.startswith("Environment="):
            key, value = line.split("=", 1)[1].split("=", 1)
            environment[key] = value
    return command, environment


def _runner(tmp_path: Path) -> list[str]:
    """How to start a process cage accepts: ourselves, or "nobody" when we are root."""
    if os.geteuid() != 0:
        return []
    probe = subprocess.run(["runuser", "-u", "nobody", "--", sys.executable, "-c", "import kiosk, PySide6"],
                           capture_output=True, text=True, timeout=60)
    if probe.returncode != 0:
        pytest.skip("cage refuses to run as root, and the user nobody cannot run this Python "
                    f"({(probe.stderr.strip().splitlines() or ['?'])[-1]})")
    nobody = pwd.getpwnam("nobody")
    for folder in tmp_path.iterdir():
        os.chown(folder, nobody.pw_uid, nobody.pw_gid)
    tmp_path.chmod(0o755)
    return ["runuser", "-u", "nobody", "--"]


@pytest.fixture
def short_tmp():
    """A folder with a short path (a Wayland socket's path must fit in 108 bytes) that "nobody" can reach."""
    folder = Path(tempfile.mkdtemp(prefix="kc-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_the_unit_command_runs_the_kiosk_full_screen_and_stops_on_sigterm(short_tmp):
    tmp_path = short_tmp
    missing = [tool for tool in ("cage", "Xwayland") if shutil.which(tool) is None]
    if missing:
        pytest.skip(f"needs {' and '.join(missing)} (apt-get install cage xwayland)")
    command, unit_env = _unit_settings()
    assert command[0] == "/usr/bin/cage" and command[-1] == INSTALLED_KIOSK
    kiosk = [sys.executable, "-c", "import sys; from kiosk.app import visitor_main; sys.exit(visitor_main())", "--demo"]
    command = [shutil.which("cage") or "cage", *command[1:-1], *kiosk]
    for name in ("data", "run"):
        (tmp_path / name).mkdir(mode=0o700)
    runner = _runner(tmp_path)
    env = {
        **os.environ, **unit_env,
        "KIOSK_DATA_DIR": str(tmp_path / "data"), "KIOSK_CONFIG": str(tmp_path / "none.toml"),
        "HOME": str(tmp_path / "data"), "XDG_RUNTIME_DIR": str(tmp_path / "run"),
        # No screen here: wlroots' headless output, drawn in memory.
        "WLR_BACKENDS": "headless", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1",
    }
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    log = tmp_path / "data" / "logs" / "kiosk.log"
    with (tmp_path / "cage.out").open("w") as out:
        process = subprocess.Popen([*runner, "env", *(f"{k}={v}" for k, v in env.items()), *command],
                                   stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while "kiosk running (full screen)" not in (log.read_text() if log.exists() else ""):
            assert process.poll() is None, (tmp_path / "cage.out").read_text()
            assert time.monotonic() < deadline, (tmp_path / "cage.out").read_text()
            time.sleep(0.1)
        assert "platform wayland" not in (tmp_path / "cage.out").read_text().lower()  # no "could not load" line
        # systemctl stop: SIGTERM to every process of the service.
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(15)
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(15)
    assert "stopping on signal SIGTERM" in log.read_text()
