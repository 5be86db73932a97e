"""Run service calls off the GUI thread, with callbacks back on it.

Database work can wait on a remote server, so views never call a service
directly: they hand a function to :class:`Worker` with a success and a
failure callback, both run later on the GUI thread. The worker function must
not touch widgets.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from pool threads queue here."""

    finished = Signal(object, object, object)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, on_success: Success | None, on_failure: Failure | None):
        super().__init__()
        self._fn = fn
        self._relay = relay
        self._on_success = on_success
        self._on_failure = on_failure

    def run(self) -> None:
        try:
            result = self._fn()
        except BaseException as error:  # noqa: BLE001 - handed to the failure callback
            self._relay.finished.emit(self._on_failure, None, error)
        else:
            self._relay.finished.emit(self._on_success, result, None)


class Worker(QObject):
    """One background lane for service calls; calls run in the order given.

    Signals:
        busy_changed(bool): True while calls are waiting or running.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._pool.setExpiryTimeout(5_000)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._pending = 0

    def run(self, fn: Callable[[], Any], on_success: Success | None = None, on_failure: Failure | None = None) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(fn, self._relay, on_success, on_failure))

    @property
    def busy(self) -> bool:
        return self._pending > 0

    def wait_for_done(self, msecs: int = 10_000) -> bool:
        """Block until queued calls have run (shut-down and tests only)."""
        return self._pool.waitForDone(msecs)

    @Slot(object, object, object)
    def _on_finished(self, callback: Callable[..., None] | None, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is not None and callback is None:
            # Nobody expected this to fail: it is a bug, hand it to the crash handler.
            sys.excepthook(type(error), error, error.__traceback__)
            return
        if callback is not None:
            callback(error if error is not None else result)
