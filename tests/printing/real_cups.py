"""The private CUPS server that .ci/cups.sh starts, as the tests see it.

``source .ci/cups.sh`` exports CUPS_SERVER and the KIOSK_TEST_CUPS_*
variables. Without them these tests skip and say why; with
KIOSK_TEST_REQUIRE_CUPS=1 (as in CI) they fail instead.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

HOW = "run `source .ci/cups.sh` first to start a private CUPS server"


def require(what: str) -> None:
    """Skip with a reason, or fail when the run asks for CUPS."""
    if os.environ.get("KIOSK_TEST_REQUIRE_CUPS") == "1":
        pytest.fail(f"KIOSK_TEST_REQUIRE_CUPS=1 but {what}")
    pytest.skip(f"{what}: {HOW}")


def need_cups_client() -> None:
    if shutil.which("lpstat") is None or shutil.which("lp") is None:
        require("the CUPS commands (lp, lpstat) are not installed")


def wait_for(condition: Callable[[], object], timeout: float = 15.0, what: str = "CUPS") -> None:
    """Poll ``condition`` until it holds; fail after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:g} s waiting for {what}")
        time.sleep(0.05)


def run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, timeout=15,
                          env={**os.environ, "LC_ALL": "C"}, check=False)


@dataclass
class FaultQueue:
    """A raw queue of its own behind the test backend; ``fault()`` breaks the printer."""

    name: str
    folder: Path

    def fault(self, kind: str) -> None:
        (self.folder / "fault").write_text(kind)

    def send_job(self) -> str:
        done = run("lp", "-d", self.name, "-t", "trigger", "/etc/hostname")
        assert done.returncode == 0, done.stderr
        return done.stdout.split()[3]

    def jobs(self) -> list[Path]:
        return sorted(self.folder.glob("job-*.data"))

    def pending(self) -> int:
        return len([line for line in run("lpstat", "-o", self.name).stdout.splitlines() if line.strip()])


@dataclass
class RealCups:
    server: str
    folder: Path
    pdf_queue: str
    pdf_folder: Path
    raw_queue: str
    raw_folder: Path

    @classmethod
    def from_environment(cls) -> RealCups:
        need_cups_client()
        names = ("CUPS_SERVER", "KIOSK_TEST_CUPS_DIR", "KIOSK_TEST_CUPS_PDF_QUEUE", "KIOSK_TEST_CUPS_PDF_DIR",
                 "KIOSK_TEST_CUPS_RAW_QUEUE", "KIOSK_TEST_CUPS_RAW_DIR")
        missing = [name for name in names if not os.environ.get(name)]
        if os.environ.get("KIOSK_TEST_CUPS") != "1":
            require("no private CUPS server is set up (KIOSK_TEST_CUPS is not 1)")
        if missing:
            require(f"the private CUPS server is half set up (no {', '.join(missing)})")
        cups = cls(os.environ["CUPS_SERVER"], Path(os.environ["KIOSK_TEST_CUPS_DIR"]),
                   os.environ["KIOSK_TEST_CUPS_PDF_QUEUE"], Path(os.environ["KIOSK_TEST_CUPS_PDF_DIR"]),
                   os.environ["KIOSK_TEST_CUPS_RAW_QUEUE"], Path(os.environ["KIOSK_TEST_CUPS_RAW_DIR"]))
        answer = run("lpstat", "-r")
        if "scheduler is running" not in answer.stdout:
            require(
                f"the private CUPS at {cups.server} does not answer ({answer.stdout.strip() or answer.stderr.strip()})"
            )
        return cups

    @contextmanager
    def fault_queue(self) -> Iterator[FaultQueue]:
        name = f"kiosk-t-{uuid.uuid4().hex[:8]}"
        folder = self.folder / "queues" / name
        folder.mkdir(parents=True)
        done = run("lpadmin", "-p", name, "-E", "-v", f"kiosktest:{folder}", "-o", "printer-error-policy=stop-printer")
        assert done.returncode == 0, done.stderr
        try:
            yield FaultQueue(name, folder)
        finally:
            (folder / "fault").unlink(missing_ok=True)
            run("cancel", "-a", "-x", name)
            run("lpadmin", "-x", name)
            shutil.rmtree(folder, ignore_errors=True)

    def pdf_output(self, job_id: str, timeout: float = 30.0) -> bytes:
        """The PDF cups-pdf wrote for CUPS job ``kiosk-pdf-N``."""
        number = job_id.rsplit("-", 1)[1]
        found: list[Path] = []

        def written() -> bool:
            found[:] = list(self.pdf_folder.glob(f"*job_{number}.pdf"))
            return bool(found) and not run("lpstat", "-o", self.pdf_queue).stdout.strip()

        wait_for(written, timeout, f"cups-pdf to write job {job_id}")
        return found[0].read_bytes()


def closed_port() -> str:
    """host:port where nothing listens: what a stopped cupsd looks like to its clients."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"127.0.0.1:{probe.getsockname()[1]}"


@contextmanager
def hung_server() -> Iterator[str]:
    """host:port of a socket that takes connections and never answers."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(16)
        yield f"127.0.0.1:{listener.getsockname()[1]}"
