"""A PostgreSQL cluster of a test's own: its own folder and port, stopped and started at will.

The shared server the other tests use is never touched. ``initdb`` refuses
to run as root, so as root the cluster belongs to the ``postgres`` user.
"""

from __future__ import annotations

import glob
import os
import shutil
import signal
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def _bindir() -> Path | None:
    """The folder with initdb, pg_ctl and createdb (Debian keeps them out of PATH)."""
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    found = shutil.which("initdb")
    if found:
        candidates.append(str(Path(found).resolve()))
    for initdb in reversed(candidates):
        folder = Path(initdb).parent
        if (folder / "pg_ctl").exists() and (folder / "createdb").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PrivateCluster:
    def __init__(self) -> None:
        bindir = _bindir()
        if bindir is None:
            reason = "a private PostgreSQL cluster needs initdb and pg_ctl (apt-get install postgresql)"
            if os.environ.get("KIOSK_TEST_REQUIRE_PG") == "1":
                pytest.fail(f"KIOSK_TEST_REQUIRE_PG=1 but {reason}")
            pytest.skip(reason)
        self._bin = bindir
        self._as = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
        if self._as:
            shutil.chown(self.folder, "postgres", "postgres")
        self.data = self.folder / "data"
        self.port = _free_port()
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/kiosk"

    def _run(self, *command: str) -> None:
        done = subprocess.run([*self._as, *command], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{command[0]} failed: {done.stderr or done.stdout}")

    def create(self) -> PrivateCluster:
        try:
            self._run(str(self._bin / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                      "--no-sync", "-E", "UTF8")
            self.start()
            self._run(str(self._bin / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "kiosk")
        except BaseException:
            self.destroy()
            raise
        return self

    def start(self) -> None:
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} -c fsync=off"
        self._run(str(self._bin / "pg_ctl"), "-D", str(self.data), "-l", str(self.folder / "server.log"),
                  "-o", options, "-w", "-t", "60", "start")

    def stop(self) -> None:
        self._run(str(self._bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "-t", "60", "stop")

    def destroy(self) -> None:
        """Stop the server if it runs (killing it if it will not stop) and remove its folder."""
        pid_file = self.data / "postmaster.pid"
        try:
            if pid_file.exists():
                self.stop()
        except (RuntimeError, subprocess.TimeoutExpired):
            if pid_file.exists():
                os.kill(int(pid_file.read_text().split()[0]), signal.SIGKILL)
            raise
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
