"""A lane of its own for one printer: state probes and print jobs.

A printer, or the CUPS server behind it, can hang. Everything that talks to
it runs here, on one thread that nothing else uses: never on the GUI thread
and never on the thread that database calls use, so no visitor's request
waits for a printer. Work on the lane runs in the order given, so a probe
and a job never talk to CUPS at the same time.

At most one probe is in flight: asking while one runs gets that one, and a
hung CUPS costs one bounded probe (the printer's own timeout, 3 s for CUPS),
not a pile of them. Heartbeats read :meth:`PrinterLane.report`, which never
waits: it gives the last state read and starts the next probe.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from kiosk.errors import KioskError
from kiosk.printing.cups import Printer, PrintFailed
from kiosk.printing.states import PrinterState

log = logging.getLogger(__name__)

T = TypeVar("T")

#: A job that starts within this many seconds of a probe uses that probe's answer.
FRESH_S = 1.0


class PrinterLane:
    """One printer's thread. ``printer`` builds (or returns) the printer to use.

    The factory is called on the lane each time, so a changed setting (a
    new PDF folder) takes effect on the next probe or job.
    """

    def __init__(self, printer: Callable[[], Printer], name: str = "printer") -> None:
        self._printer = printer
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=f"{name}-lane")
        self._lock = threading.Lock()
        self._probe: Future[PrinterState] | None = None
        self._latest: PrinterState | None = None
        self._latest_at = 0.0
        self._closed = False

    # -- state -------------------------------------------------------------------

    @property
    def latest(self) -> PrinterState | None:
        """The state the last probe or job read (None before the first one)."""
        with self._lock:
            return self._latest

    @property
    def probing(self) -> bool:
        """True while a probe is in flight."""
        with self._lock:
            return self._probe is not None and not self._probe.done()

    def probe(self) -> Future[PrinterState]:
        """Read the printer's state on the lane; the probe in flight if there is one."""
        with self._lock:
            if self._probe is not None and not self._probe.done():
                return self._probe
            future = self._submit(self._read_state)
            self._probe = future
            return future

    def report(self, first_wait: float = 0.0) -> tuple[str | None, str]:
        """(status, report) for a heartbeat; starts the next probe.

        It never waits once a state is known. Before that it waits up to
        ``first_wait`` seconds for the first probe; then the status is None,
        which a heartbeat reads as "nothing new to say".
        """
        latest = self.latest
        if self._closed:
            future = None
        else:
            future = self.probe()
        if latest is None and future is not None and first_wait > 0:
            with contextlib.suppress(TimeoutError, KioskError):
                latest = future.result(timeout=first_wait)
        if latest is None:
            return None, ""
        return latest.status, latest.report

    # -- jobs ----------------------------------------------------------------------

    def print_pdf(self, pdf: bytes, title: str) -> Future[str]:
        """Print ``pdf`` on the lane: one probe, then the job if the printer is ready.

        A probe that finished just before the job (within ``FRESH_S``) counts
        as the job's own, so a job queued behind a hung probe is refused as
        soon as that probe gives up.

        The future fails with :class:`PrintFailed` when the printer would not
        print it now.
        """
        def job() -> str:
            printer = self._printer()
            state = self._fresh_state() or self._remember(printer.state())
            try:
                return printer.print_pdf(pdf, title, checked=state)
            except PrintFailed as failure:
                self._remember(failure.state)
                raise

        return self._submit(job)

    def run(self, work: Callable[[Printer], T]) -> Future[T]:
        """Run ``work(printer)`` on the lane (a resource card, a test page)."""
        return self._submit(lambda: work(self._printer()))

    def close(self, wait: bool = True) -> None:
        """Take no more work; with ``wait``, let the work in hand finish (bounded by its timeouts)."""
        self._closed = True
        self._executor.shutdown(wait=wait, cancel_futures=True)

    # -- on the lane -----------------------------------------------------------------

    def _submit(self, fn: Callable[[], T]) -> Future[T]:
        if self._closed:
            future: Future[T] = Future()
            future.set_exception(KioskError("The printer lane is closed."))
            return future
        try:
            return self._executor.submit(fn)
        except RuntimeError:  # shut down between the check and the submit
            closed: Future[T] = Future()
            closed.set_exception(KioskError("The printer lane is closed."))
            return closed

    def _fresh_state(self) -> PrinterState | None:
        """A state read within the last second: the probe that ran just before this job."""
        with self._lock:
            if self._latest is not None and time.monotonic() - self._latest_at < FRESH_S:
                return self._latest
            return None

    def _read_state(self) -> PrinterState:
        try:
            state = self._printer().state()
        except KioskError as error:
            state = PrinterState("error", error.message, error.hint)
        return self._remember(state)

    def _remember(self, state: PrinterState) -> PrinterState:
        with self._lock:
            if state != self._latest:
                log.info("printer: %s (%s)", state.status, state.detail)
            self._latest = state
            self._latest_at = time.monotonic()
        return state
