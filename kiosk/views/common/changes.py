"""The data layer's change feed, as Qt signals on the GUI thread."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kiosk.data.changes import ChangeFeed, open_change_feed
from kiosk.data.db import Database


class ChangeNotifier(QObject):
    """Wraps a :class:`ChangeFeed`.

    Signals:
        changed(object): a frozenset of topics ("requests", "stock", "alerts",
            "stations", "staff", "settings", "resources", or "*" for any).
        connection_changed(bool): the feed lost (False) or regained (True) the database.
    """

    changed = Signal(object)
    connection_changed = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None, interval_s: float = 0.1) -> None:
        super().__init__(parent)
        # The feed calls back on its own thread; emitting from there queues the
        # signal to receivers on the GUI thread.
        self._feed: ChangeFeed = open_change_feed(db, self.changed.emit, self.connection_changed.emit, interval_s)

    def start(self) -> None:
        self._feed.start()

    def stop(self) -> None:
        self._feed.stop()

    @property
    def running(self) -> bool:
        return self._feed.running
