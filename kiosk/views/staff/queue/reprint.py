"""Reprinting a visitor's pickup slip from the queue.

The slip is built and sent on a lane of its own, so a slow printer never
holds up the queue; :mod:`kiosk.printing.reprint` builds it, without Qt. It
goes through the station link like every other call, so an outage during a
reprint shows the offline banner too.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.data.dto import RequestView
from kiosk.errors import KioskError
from kiosk.printing.reprint import SlipBuilder
from kiosk.views.common.link import StationLink

log = logging.getLogger(__name__)


class SlipReprinter(QObject):
    """Signals:
        printed(object): a ``Reprinted`` once the slip went out.
        failed(str): why it could not be printed, for the notice bar.
    """

    printed = Signal(object)
    failed = Signal(str)

    def __init__(self, link: StationLink, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._link = link
        self._builder = SlipBuilder(config)

    def reprint(self, request: RequestView, lang: str, show_items: bool) -> None:
        builder = self._builder
        self._link.call(
            lambda services: builder.print(services, request, lang, show_items),
            self.printed.emit,
            self._on_failed,
            timeout_ms=None,
            lane="print",
        )

    def _on_failed(self, error: KioskError) -> None:
        log.warning("reprint failed: %s", error)
        self.failed.emit(str(error))
