"""Reprinting a visitor's pickup slip from the queue.

The slip is built and sent on a lane of its own, so a slow printer never
holds up the queue; :mod:`kiosk.printing.reprint` builds it, without Qt.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.data.dto import RequestView
from kiosk.data.services import Services
from kiosk.errors import KioskError
from kiosk.printing.reprint import Reprinted, SlipBuilder
from kiosk.views.common.worker import Worker

log = logging.getLogger(__name__)


class SlipReprinter(QObject):
    """Signals:
        printed(object): a ``Reprinted`` once the slip went out.
        failed(str): why it could not be printed, for the notice bar.
    """

    printed = Signal(object)
    failed = Signal(str)

    def __init__(self, services: Services, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._builder = SlipBuilder(services, config)
        self._worker = Worker(self)

    def reprint(self, request: RequestView, lang: str, show_items: bool) -> None:
        self._worker.run(
            lambda: self._builder.print(request, lang, show_items), self._on_printed, self._on_failed
        )

    def _on_printed(self, result: Reprinted) -> None:
        self.printed.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, KioskError):
            log.warning("reprint failed: %s", error)
            self.failed.emit(str(error))
            return
        sys.excepthook(type(error), error, error.__traceback__)

    def close(self, wait_ms: int = 10_000) -> None:
        self._worker.wait_for_done(wait_ms)
