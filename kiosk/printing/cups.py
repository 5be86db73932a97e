"""Printers: a named CUPS queue through ``lp``/``lpstat``, or a folder of PDFs.

Everything here is plain, blocking Python with a deadline on every command;
the views call it from the printer lane (:mod:`kiosk.printing.lane`), never
from the GUI thread or the database worker. ``lp`` never shows a dialog. A
centre without a printer gets its slips as PDF files in a folder instead, so
nothing else has to know whether a printer exists.

The state is read by running ``lpstat`` rather than through an IPP library:
the Python bindings for libcups are built from source against its headers,
and a command in its own process group can be ended on time when CUPS hangs,
which a call inside the kiosk's own process cannot.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Protocol

from kiosk.errors import KioskError
from kiosk.printing.job_options import page_options
from kiosk.printing.lpstat import cups_down_state, failure_state, parse_lpstat
from kiosk.printing.states import READY, PrinterState, Status

__all__ = ["READY", "CupsPrinter", "FolderPrinter", "PrintFailed", "Printer", "PrinterState",
           "Status", "make_printer", "parse_lpstat"]

#: Seconds a state probe may take: a printer that does not answer by then is down.
PROBE_TIMEOUT = 3.0
#: Seconds ``lp`` may take to hand a job to CUPS.
JOB_TIMEOUT = 10.0

_CUPS_MISSING = PrinterState(
    "cups_missing", "CUPS is not installed on this computer.",
    "Install it (sudo apt install cups cups-client), or leave the printer name empty to save slips as PDF files.",
)

_FOLDER_HINT = "Check the slips folder in the site settings, and that this computer may write there."


class PrintFailed(KioskError):
    """A slip could not be printed. ``state`` says why, for visitor and staff."""

    reason = "print_failed"

    def __init__(self, state: PrinterState, message: str | None = None) -> None:
        super().__init__(message or state.detail, state.hint, status=state.status)
        self.state = state


class Printer(Protocol):
    name: str

    def state(self) -> PrinterState: ...

    def print_pdf(self, pdf: bytes, title: str, checked: PrinterState | None = None) -> str: ...


class CupsPrinter:
    """A CUPS queue, driven through the ``lp`` and ``lpstat`` commands.

    ``options`` are a centre's own ``name=value`` lp options (a cutter or a
    darkness setting), sent after the kiosk's page options so they win.
    """

    def __init__(
        self,
        queue: str,
        lp: str = "lp",
        lpstat: str = "lpstat",
        timeout: float = PROBE_TIMEOUT,
        options: Iterable[str] | Mapping[str, str] = (),
        job_timeout: float = JOB_TIMEOUT,
    ) -> None:
        self.queue = queue
        self.name = queue
        self.lp = lp
        self.lpstat = lpstat
        self.timeout = timeout
        self.job_timeout = job_timeout
        if isinstance(options, Mapping):
            self.options = tuple(f"{key}={value}" for key, value in options.items())
        else:
            self.options = tuple(options)

    def state(self) -> PrinterState:
        """Ask CUPS how the queue is doing: one lpstat, ``timeout`` seconds at most.

        Never raises for the world's faults.
        """
        try:
            done = self._run([self.lpstat, "-r", "-l", "-p", self.queue, "-a", self.queue], self.timeout)
        except FileNotFoundError:
            return _CUPS_MISSING
        except subprocess.TimeoutExpired:
            return cups_down_state(f"The print service (CUPS) did not answer within {self.timeout:g} s.")
        except OSError as exc:
            return PrinterState("error", f"Could not ask CUPS about the printer: {exc.strerror}.")
        if done.returncode != 0 and "scheduler is not running" not in done.stdout:
            return failure_state(done.stderr or done.stdout, self.queue)
        return parse_lpstat(done.stdout, self.queue)

    def lp_command(self, pdf: bytes, title: str) -> list[str]:
        """The ``lp`` command line that prints ``pdf`` at its own size, upright."""
        command = [self.lp, "-d", self.queue, "-t", title, "-n", "1", "-o", "job-sheets=none",
                   "-o", "document-format=application/pdf"]
        for option in (*page_options(pdf), *self.options):
            command += ["-o", option]
        return command

    def print_pdf(self, pdf: bytes, title: str, checked: PrinterState | None = None) -> str:
        """Send ``pdf`` to the queue and return the CUPS job id.

        Refuses (``PrintFailed``) when the printer would not print it now, so
        a slip never comes out an hour later for someone else to find.
        ``checked`` is a state the caller has just read, so the queue is not
        asked twice.
        """
        state = checked if checked is not None else self.state()
        if not state.ready:
            raise PrintFailed(state)
        try:
            done = self._run(self.lp_command(pdf, title), self.job_timeout, stdin=pdf)
        except FileNotFoundError:
            raise PrintFailed(_CUPS_MISSING, "The lp command is not installed.") from None
        except subprocess.TimeoutExpired:
            raise PrintFailed(
                cups_down_state(f"The print service (CUPS) did not take the job within {self.job_timeout:g} s.")
            ) from None
        except OSError as exc:
            raise PrintFailed(PrinterState("error", f"Could not run lp: {exc.strerror}.")) from None
        if done.returncode != 0:
            raise PrintFailed(failure_state(done.stderr or done.stdout, self.queue))
        found = re.search(r"request id is (\S+)", done.stdout)
        return found.group(1) if found else done.stdout.strip()

    def _run(self, command: list[str], timeout: float, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
        """Run one CUPS command with a deadline.

        The command gets its own process group, so on timeout it is ended
        together with anything it started, and the kiosk never waits on it.
        """
        # CUPS words its answers in the user's language; parse the C locale's.
        env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
        with subprocess.Popen(
            command,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            start_new_session=True,
        ) as process:
            try:
                out, err = process.communicate(stdin or b"", timeout=timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
                raise
        return subprocess.CompletedProcess(
            command, process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
        )


class FolderPrinter:
    """Writes each slip as a PDF file in ``folder``: the no-printer fallback."""

    def __init__(self, folder: Path, clock: Callable[[], datetime] = datetime.now) -> None:
        self.folder = Path(folder)
        self.name = str(self.folder)
        self._clock = clock

    def state(self) -> PrinterState:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            return PrinterState("error", f"Cannot use the slip folder {self.folder}: {exc.strerror}.", _FOLDER_HINT)
        if not os.access(self.folder, os.W_OK):
            return PrinterState("error", f"Cannot write to the slip folder {self.folder}.", _FOLDER_HINT)
        return PrinterState("pdf_folder", f"No printer: slips are saved as PDF files in {self.folder}.")

    def print_pdf(self, pdf: bytes, title: str, checked: PrinterState | None = None) -> str:
        """Write ``pdf`` under a timestamped name; return the file name."""
        slug = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "slip"
        name = f"{self._clock():%Y%m%d-%H%M%S-%f}-{slug}.pdf"
        target = self.folder / name
        partial = target.with_suffix(".part")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(pdf)
            partial.replace(target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                partial.unlink(missing_ok=True)
            raise PrintFailed(
                PrinterState("error", f"Cannot write the slip to {self.folder}: {exc.strerror}.", _FOLDER_HINT)
            ) from None
        return name


def make_printer(
    printer_name: str | None, pdf_folder: Path, options: Iterable[str] = ()
) -> CupsPrinter | FolderPrinter:
    """The configured CUPS queue (with the centre's lp ``options``), or the PDF folder when none is set."""
    if printer_name and printer_name.strip():
        return CupsPrinter(printer_name.strip(), options=options)
    return FolderPrinter(pdf_folder)
