"""Retention from a running staff app: once a day, one station at a time.

Every check runs on a lane of its own, so a purge never holds up the queue.
The service's lease decides whether this station's turn has come; the
sweep of old slip files in this PC's data folder runs at every check.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.data.services import Services
from kiosk.views.common.worker import Worker

log = logging.getLogger(__name__)

FIRST_CHECK_MS = 5 * 60_000
CHECK_EVERY_MS = 10 * 60_000  # slips never outlive an hour by much


class RetentionRunner(QObject):
    """Signals:
        purged(object): a ``PurgeResult`` after this station purged.
    """

    purged = Signal(object)

    def __init__(
        self,
        services: Callable[[], Services | None],
        holder: str,
        slip_folders: list[Path],
        parent: QObject | None = None,
        first_ms: int = FIRST_CHECK_MS,
        every_ms: int = CHECK_EVERY_MS,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._holder = holder
        self._folders = list(slip_folders)
        self._every_ms = every_ms
        self._running = False
        self._stopped = False
        self.worker = Worker(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(first_ms)
        self.timer.timeout.connect(self.check)

    def start(self) -> None:
        self._stopped = False
        self.timer.start()

    def stop(self, wait_ms: int = 30_000) -> None:
        self._stopped = True
        self.timer.stop()
        self.worker.wait_for_done(wait_ms)

    def check(self) -> None:
        if self._running or self._stopped:
            return
        self._running = True
        services, holder, folders = self._services, self._holder, self._folders

        def work() -> object:
            from kiosk.printing.sweep import sweep_visit_files

            opened = services()
            if opened is None:  # the database has not been reached yet: next time
                sweep_visit_files(folders)
                return None
            site_folder = opened.settings.load().pdf_folder.strip()
            sweep_visit_files(folders + ([Path(site_folder).expanduser()] if site_folder else []))
            return opened.retention.run_if_due(holder)

        self.worker.run(work, self._on_done, self._on_failed)

    def _on_done(self, result: object) -> None:
        self._running = False
        if result is not None:
            self.purged.emit(result)
        self._again()

    def _on_failed(self, error: BaseException) -> None:
        self._running = False
        log.warning("the daily retention check failed: %s", error)
        self._again()

    def _again(self) -> None:
        if not self._stopped:
            self.timer.setInterval(self._every_ms)
            self.timer.start()
