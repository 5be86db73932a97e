"""Python's cyclic garbage collector, paused while the kiosk starts.

Starting makes a few hundred thousand objects that live as long as the
kiosk (modules, Qt's wrappers, SQLAlchemy's mapped classes, the pack), and
the collector scans them again and again while they are made: about a sixth
of the data layer's import time. So it is paused while the kiosk starts and,
once the window has settled, everything made so far is collected once and
frozen (:func:`gc.freeze`): later collections, during a visitor's taps, no
longer walk through the objects that start-up made.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

#: Resume by then even if the window never says it has settled.
RESUME_AT_THE_LATEST_MS = 20_000


class StartupCollector(QObject):
    """Pauses the garbage collector until :meth:`resume` (or ``at_the_latest_ms``)."""

    def __init__(self, parent: QObject | None = None, at_the_latest_ms: int = RESUME_AT_THE_LATEST_MS) -> None:
        super().__init__(parent)
        self._paused = False
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(at_the_latest_ms)
        self._deadline.timeout.connect(self.resume)

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        """Stop automatic collections (nothing happens if something else turned them off)."""
        if self._paused or not gc.isenabled():
            return
        gc.disable()
        self._paused = True
        self._deadline.start()

    def resume(self) -> None:
        """Collect once, freeze what is left, and collect automatically again (once)."""
        if not self._paused:
            return
        self._paused = False
        self._deadline.stop()
        found = gc.collect()
        gc.freeze()
        gc.enable()
        log.debug("start-up garbage: %d objects collected, %d frozen", found, gc.get_freeze_count())
