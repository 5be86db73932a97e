"""Every service call of a staff window goes through here.

:class:`ServiceCalls` runs a function on the window's :class:`Worker` and
sorts what comes back: a result goes to the caller; a ``QueueConflict`` or
another known failure becomes a calm message; ``DatabaseUnavailable`` puts
the window in an "offline" state that a retry timer (or the change feed
coming back) ends by itself. Anything else is a bug and goes to the crash
handler.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.data.queue import QueueConflict
from kiosk.errors import DatabaseUnavailable, KioskError
from kiosk.views.common.worker import Worker

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]
ErrorCallback = Callable[[KioskError], None]


class ServiceCalls(QObject):
    """Signals:
        online_changed(bool): False when the database can't be reached, True when it is back.
        notice(str): a message for the notice bar (a known failure, or news).
        conflict(str): someone else got there first; the caller refreshes.
    """

    online_changed = Signal(bool)
    notice = Signal(str)
    conflict = Signal(str)

    def __init__(self, probe: Callable[[], Any], parent: QObject | None = None, retry_ms: int = 5_000) -> None:
        super().__init__(parent)
        self.worker = Worker(self)
        self._probe = probe
        self._online = True
        self._closed = False
        self._retry = QTimer(self)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._on_retry)

    @property
    def online(self) -> bool:
        return self._online

    def run(
        self,
        fn: Callable[[], Any],
        on_success: Callback | None = None,
        on_error: ErrorCallback | None = None,
        on_conflict: Callable[[QueueConflict], None] | None = None,
    ) -> None:
        """Run ``fn`` off the GUI thread; callbacks come back on it.

        ``on_error`` takes known failures instead of the notice bar (and
        hears of an outage too, after the banner is up); ``on_conflict`` runs
        after the conflict message (to refresh a row).
        """
        if self._closed:
            return

        def succeeded(result: Any) -> None:
            self._set_online(True)
            if on_success is not None and not self._closed:
                on_success(result)

        def failed(error: BaseException) -> None:
            if self._closed:
                return
            self._sort_failure(error, on_error, on_conflict)

        self.worker.run(fn, succeeded, failed)

    def _sort_failure(
        self,
        error: BaseException,
        on_error: ErrorCallback | None,
        on_conflict: Callable[[QueueConflict], None] | None,
    ) -> None:
        if isinstance(error, DatabaseUnavailable):
            log.warning("database unavailable: %s", error)
            self._set_online(False)
            if on_error is not None:
                on_error(error)
            return
        self._set_online(True)
        if isinstance(error, QueueConflict):
            log.info("queue conflict: %s", error.message)
            self.conflict.emit(error.message)
            if on_conflict is not None:
                on_conflict(error)
            return
        if isinstance(error, KioskError):
            if on_error is not None:
                on_error(error)
            else:
                self.notice.emit(error.message)
            return
        sys.excepthook(type(error), error, error.__traceback__)

    def database_back(self) -> None:
        """The change feed reached the database again: check at once."""
        if not self._online:
            self._on_retry()

    def database_lost(self) -> None:
        self._set_online(False)

    def _set_online(self, online: bool) -> None:
        if online == self._online:
            return
        self._online = online
        if online:
            self._retry.stop()
        elif not self._closed:
            self._retry.start()
        self.online_changed.emit(online)

    def _on_retry(self) -> None:
        self.worker.run(self._probe, self._on_probe_ok, self._on_probe_failed)

    def _on_probe_ok(self, _result: object) -> None:
        self._set_online(True)

    def _on_probe_failed(self, error: BaseException) -> None:
        if not isinstance(error, DatabaseUnavailable):
            log.warning("database check failed: %s", error)

    def close(self, wait_ms: int = 10_000) -> None:
        """Stop retrying and wait for calls in flight (their callbacks are dropped)."""
        self._closed = True
        self._retry.stop()
        self.worker.wait_for_done(wait_ms)