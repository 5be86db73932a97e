"""A PostgreSQL cluster of a test's own, which it may freeze and thaw.

The shared test server must never be stopped or frozen, so the tests that
need a server to misbehave start one here: ``initdb`` as the ``postgres``
user in a temporary folder, on a free port, removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

PG_BIN = Path(os.environ.get("KIOSK_TEST_PG_BIN", "/usr/lib/postgresql/15/bin"))


def unavailable_reason() -> str | None:
    """Why a private cluster cannot be started here, or None."""
    if not (PG_BIN / "initdb").exists():
        return f"no PostgreSQL binaries in {PG_BIN} (set KIOSK_TEST_PG_BIN)"
    if os.geteuid() != 0 and _user() != "postgres":
        return "starting a private cluster needs root (to run initdb as postgres) or the postgres user"
    return None


@dataclass
class PrivateCluster:
    folder: Path
    port: int

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    def server_pids(self) -> list[int]:
        """The postmaster and every process it started (backends, checkpointer...)."""
        postmaster = int((self.folder / "data" / "postmaster.pid").read_text().split()[0])
        pids = [postmaster]
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == postmaster:
                pids.append(int(entry.name))
        return pids

    def freeze(self) -> list[int]:
        """SIGSTOP the whole server; the pids stopped (a backend just leaving is skipped)."""
        stopped = []
        for pid in self.server_pids():
            try:
                os.kill(pid, signal.SIGSTOP)
            except ProcessLookupError:
                continue
            stopped.append(pid)
        return stopped

    def thaw(self, pids: list[int]) -> None:
        for pid in pids:
            try:
                os.kill(pid, signal.SIGCONT)
            except ProcessLookupError:
                pass


@contextmanager
def private_cluster() -> Iterator[PrivateCluster]:
    folder = Path(tempfile.mkdtemp(prefix="kiosk-pg-"))
    port = _free_port()
    cluster = PrivateCluster(folder, port)
    data = folder / "data"
    try:
        if os.geteuid() == 0:
            shutil.chown(folder, "postgres", "postgres")
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"])
        _as_postgres(
            [
                str(PG_BIN / "pg_ctl"), "-D", str(data), "-w", "-t", "30", "-l", str(folder / "server.log"),
                "-o", f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off",
                "start",
            ]
        )
        yield cluster
    finally:
        if (data / "postmaster.pid").exists():
            try:
                cluster.thaw(cluster.server_pids())
            except (OSError, ValueError):
                pass
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"], check=False)
        if os.environ.get("KIOSK_TEST_PG_KEEP_LOG"):
            shutil.copy(folder / "server.log", os.environ["KIOSK_TEST_PG_KEEP_LOG"])
        shutil.rmtree(folder, ignore_errors=True)


def _as_postgres(command: list[str], check: bool = True) -> None:
    if os.geteuid() == 0:
        command = ["runuser", "-u", "postgres", "--", *command]
    subprocess.run(command, check=check, capture_output=True, timeout=120)


def _user() -> str:
    import pwd

    return pwd.getpwuid(os.geteuid()).pw_name


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
