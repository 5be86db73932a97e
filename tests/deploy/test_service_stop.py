"""A full-screen kiosk stops at once on the service manager's SIGTERM, and a crash is a failure."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


def _start(tmp_path: Path, *flags: str) -> tuple[subprocess.Popen, Path]:
    environment = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
                   "KIOSK_CONFIG": str(tmp_path / "none.toml")}
    process = subprocess.Popen([sys.executable, "-m", "kiosk", "--demo", *flags], env=environment,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    return process, tmp_path / "logs" / "kiosk.log"


def _wait_for(process: subprocess.Popen, log: Path, line: str) -> None:
    deadline = time.monotonic() + 60
    while line not in (log.read_text() if log.exists() else ""):
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, f"the kiosk never logged {line!r}"
        time.sleep(0.05)


def test_sigterm_stops_a_locked_down_kiosk_within_seconds(tmp_path):
    process, log = _start(tmp_path)
    try:
        _wait_for(process, log, "kiosk running (full screen)")
        sent = time.monotonic()
        process.send_signal(signal.SIGTERM)
        _out, err = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert time.monotonic() - sent < 5
    assert "stopping on signal SIGTERM" in log.read_text()
