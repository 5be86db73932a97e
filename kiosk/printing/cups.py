"""Printers: a named CUPS queue through ``lp``/``lpstat``, or a folder of PDFs.

Everything here is plain, blocking Python with a timeout on every command;
the views call it from their worker, never from the GUI thread. ``lp`` never
shows a dialog. A centre without a printer gets its slips as PDF files in a
folder instead, so nothing else has to know whether a printer exists.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import subprocess
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Literal, Protocol

from kiosk.errors import KioskError

Status = Literal["absent", "idle", "printing", "stopped", "out_of_paper", "error", "pdf_folder"]

#: States in which a job is worth sending: it will come out now, not later.
READY: frozenset[str] = frozenset({"idle", "printing", "pdf_folder"})

_HINTS: dict[str, str] = {
    "absent": (
        "Check that CUPS is installed and the printer name in the settings is right, "
        "or leave the name empty to save slips as PDF files."
    ),
    "stopped": "Check the printer, then resume its queue (cupsenable).",
    "out_of_paper": "Load a new roll or more paper.",
    "error": "Check that the printer is on and connected.",
}

# printer-state-reasons that mean no paper, and the words drivers use for it.
_PAPER_OUT = re.compile(r"^media-(empty|needed)")
_PAPER_OUT_WORDS = re.compile(r"out of paper|paper out|no paper|media empty|load paper", re.IGNORECASE)
# Lines of ``lpstat -l`` that describe the queue rather than its state.
_DESCRIPTIVE = re.compile(
    r"^(Form mounted|Content types|Printer types|Description|Alerts|Location|Connection|"
    r"Interface|On fault|After fault|Users allowed|Users denied|Forms allowed|Banner required|"
    r"Charset sets|Default pitch|Default page size|Default port settings)\b"
)
_NO_QUEUE = re.compile(r"invalid destination|does not exist|unknown destination|no destinations", re.I)
_NO_SCHEDULER = re.compile(r"unable to connect|scheduler is not running|connection refused", re.I)


@dataclass(frozen=True)
class PrinterState:
    """How a printer is doing, with a sentence for staff in ``detail``."""

    status: Status
    detail: str

    @property
    def ready(self) -> bool:
        """True when a slip sent now will come out now."""
        return self.status in READY


class PrintFailed(KioskError):
    """A slip could not be printed. ``state`` says why, for visitor and staff."""

    reason = "print_failed"

    def __init__(self, state: PrinterState, message: str | None = None) -> None:
        super().__init__(message or state.detail, _HINTS.get(state.status, ""), status=state.status)
        self.state = state


class Printer(Protocol):
    name: str

    def state(self) -> PrinterState: ...

    def print_pdf(self, pdf: bytes, title: str) -> str: ...


class CupsPrinter:
    """A CUPS queue, driven through the ``lp`` and ``lpstat`` commands.

    ``options`` are passed to ``lp`` as ``-o key=value`` (for example a
    driver's media or cutter setting).
    """

    def __init__(
        self,
        queue: str,
        lp: str = "lp",
        lpstat: str = "lpstat",
        timeout: float = 10,
        options: Mapping[str, str] | None = None,
    ) -> None:
        self.queue = queue
        self.name = queue
        self.lp = lp
        self.lpstat = lpstat
        self.timeout = timeout
        self.options = dict(options or {})

    def state(self) -> PrinterState:
        """Ask CUPS how the queue is doing. Never raises for the world's faults."""
        try:
            done = self._run([self.lpstat, "-p", self.queue, "-l"])
        except FileNotFoundError:
            return PrinterState("absent", "CUPS is not installed on this computer.")
        except subprocess.TimeoutExpired:
            return PrinterState("error", f"CUPS did not answer within {self.timeout:g} s.")
        except OSError as exc:
            return PrinterState("error", f"Could not ask CUPS about the printer: {exc.strerror}.")
        if done.returncode != 0:
            return self._failure_state(done.stderr or done.stdout)
        return parse_lpstat(done.stdout, self.queue)

    def print_pdf(self, pdf: bytes, title: str) -> str:
        """Send ``pdf`` to the queue and return the CUPS job id.

        Refuses (``PrintFailed``) when the printer would not print it now, so
        a slip never comes out an hour later for someone else to find.
        """
        state = self.state()
        if not state.ready:
            raise PrintFailed(state)
        command = [self.lp, "-d", self.queue, "-t", title, "-n", "1", "-o", "job-sheets=none",
                   "-o", "document-format=application/pdf"]
        for key, value in self.options.items():
            command += ["-o", f"{key}={value}"]
        try:
            done = self._run(command, stdin=pdf)
        except FileNotFoundError:
            raise PrintFailed(PrinterState("absent", "The lp command is not installed.")) from None
        except subprocess.TimeoutExpired:
            raise PrintFailed(
                PrinterState("error", f"CUPS did not take the job within {self.timeout:g} s.")
            ) from None
        except OSError as exc:
            raise PrintFailed(PrinterState("error", f"Could not run lp: {exc.strerror}.")) from None
        if done.returncode != 0:
            raise PrintFailed(self._failure_state(done.stderr or done.stdout))
        found = re.search(r"request id is (\S+)", done.stdout)
        return found.group(1) if found else done.stdout.strip()

    def _run(self, command: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
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
                out, err = process.communicate(stdin or b"", timeout=self.timeout)
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.communicate()
                raise
        return subprocess.CompletedProcess(
            command, process.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")
        )

    def _failure_state(self, message: str) -> PrinterState:
        text = " ".join(message.split())
        if _NO_QUEUE.search(text):
            return PrinterState("absent", f"There is no printer queue called {self.queue!r}.")
        if _NO_SCHEDULER.search(text):
            return PrinterState("error", "The print service (CUPS) is not running.")
        if "not accepting" in text.lower():
            return PrinterState("stopped", f"Printer {self.queue!r} is not accepting jobs.")
        return PrinterState("error", text or f"CUPS refused the job for {self.queue!r}.")


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
            return PrinterState("error", f"Cannot use the slip folder {self.folder}: {exc.strerror}.")
        if not os.access(self.folder, os.W_OK):
            return PrinterState("error", f"Cannot write to the slip folder {self.folder}.")
        return PrinterState("pdf_folder", f"No printer: slips are saved as PDF files in {self.folder}.")

    def print_pdf(self, pdf: bytes, title: str) -> str:
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
                PrinterState("error", f"Cannot write the slip to {self.folder}: {exc.strerror}.")
            ) from None
        return name


def make_printer(printer_name: str | None, pdf_folder: Path) -> CupsPrinter | FolderPrinter:
    """The configured CUPS queue, or the PDF folder when none is set."""
    if printer_name and printer_name.strip():
        return CupsPrinter(printer_name.strip())
    return FolderPrinter(pdf_folder)


def parse_lpstat(output: str, queue: str) -> PrinterState:
    """The state of ``queue`` from ``lpstat -p QUEUE [-l]`` output (C locale)."""
    header, notes = _printer_section(output, queue)
    if header is None:
        return PrinterState("absent", f"There is no printer queue called {queue!r}.")
    reasons: list[str] = []
    messages: list[str] = []
    for note in notes:
        if note.startswith("Alerts:"):
            reasons += [r for r in note.removeprefix("Alerts:").split() if r != "none"]
        elif not _DESCRIPTIVE.match(note):
            messages.append(note)
    message = "; ".join(messages)
    said = f": {message}" if message else ""
    if any(_PAPER_OUT.match(r) for r in reasons) or _PAPER_OUT_WORDS.search(message):
        return PrinterState("out_of_paper", f"Printer {queue!r} is out of paper{said}.")
    if " disabled " in f" {header} " or "paused" in reasons:
        return PrinterState("stopped", f"Printer {queue!r} is stopped{said}.")
    faults = [r for r in reasons if r.endswith("-error") or r.startswith("offline")]
    if faults:
        return PrinterState("error", f"Printer {queue!r} reports {', '.join(faults)}{said}.")
    if "now printing" in header:
        return PrinterState("printing", f"Printer {queue!r} is printing.")
    if "is idle" in header:
        return PrinterState("idle", f"Printer {queue!r} is ready.")
    return PrinterState("error", f"Printer {queue!r} is in an unknown state: {header}")


def _printer_section(output: str, queue: str) -> tuple[str | None, list[str]]:
    header: str | None = None
    notes: list[str] = []
    for line in output.splitlines():
        if not line.strip():
            continue
        if not line[0].isspace():
            if header is not None:
                break
            words = line.split()
            if len(words) >= 2 and words[0] == "printer" and words[1].lower() == queue.lower():
                header = line.strip()
            continue
        if header is not None:
            notes.append(line.strip())
    return header, notes
