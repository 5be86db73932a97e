"""Run functions off the GUI thread, with callbacks back on it.

Database work can wait on a remote server, so views never call a service
directly: they hand a function to :class:`Worker` (usually through the
station link) with a success and a failure callback, both run later on the
GUI thread. The worker function must not touch widgets.

Only the function travels to the pool thread. The callbacks stay in a table
on the GUI side, keyed by task, and the function is released there too, so
no widget a callback or a closure holds is ever freed on a worker thread.
"""

from __future__ import annotations

import itertools
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

    finished = Signal(int)


class _Task(QRunnable):
    """Runs one function; leaves its outcome in ``outcomes`` and names the task."""

    def __init__(
        self, task_id: int, fn: Callable[[], Any], relay: _Relay, outcomes: dict[int, tuple[Any, Any]]
    ) -> None:
        super().__init__()
        self._id = task_id
        self._fn: Callable[[], Any] | None = fn
        self._relay = relay
        self._outcomes = outcomes

    def run(self) -> None:
        fn, self._fn = self._fn, None
        assert fn is not None
        try:
            self._outcomes[self._id] = (fn(), None)
        except BaseException as error:  # noqa: BLE001 - handed to the failure callback
            self._outcomes[self._id] = (None, error)
        # Drop this thread's references before telling the GUI thread: from
        # here on only the GUI side holds the function and its outcome.
        del fn
        self._relay.finished.emit(self._id)


class Worker(QObject):
    """One background lane; calls run in the order given.

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
        self._ids = itertools.count(1)
        self._functions: dict[int, Callable[[], Any]] = {}
        self._callbacks: dict[int, tuple[Success | None, Failure | None]] = {}
        self._outcomes: dict[int, tuple[Any, Any]] = {}

    def run(self, fn: Callable[[], Any], on_success: Success | None = None, on_failure: Failure | None = None) -> int:
        """Queue ``fn``; returns the task's number (for :meth:`forget`)."""
        task_id = next(self._ids)
        self._functions[task_id] = fn
        self._callbacks[task_id] = (on_success, on_failure)
        if len(self._functions) == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(task_id, fn, self._relay, self._outcomes))
        return task_id

    def forget(self, task_id: int) -> bool:
        """Drop the task's callbacks: its answer, whenever it comes, is thrown away.

        Returns False when the answer was already handled.
        """
        return self._callbacks.pop(task_id, None) is not None

    @property
    def busy(self) -> bool:
        return bool(self._functions)

    def wait_for_done(self, msecs: int = 10_000) -> bool:
        """Block until queued calls have run (shut-down and tests only)."""
        return self._pool.waitForDone(msecs)

    @Slot(int)
    def _on_finished(self, task_id: int) -> None:
        result, error = self._outcomes.pop(task_id)
        self._functions.pop(task_id, None)
        if not self._functions:
            self.busy_changed.emit(False)
        if task_id not in self._callbacks:
            log.info("an answer came after its caller stopped waiting; dropped (%s)", type(error or result).__name__)
            return
        on_success, on_failure = self._callbacks.pop(task_id)
        if error is not None:
            if on_failure is None:
                # Nobody expected this to fail: it is a bug, hand it to the crash handler.
                sys.excepthook(type(error), error, error.__traceback__)
                return
            on_failure(error)
        elif on_success is not None:
            on_success(result)
