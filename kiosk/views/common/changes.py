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
    # The feed calls back on its own thread; emitting these from there queues
    # them to this object on the GUI thread, which passes them on.
    _feed_changed = Signal(object)
    _feed_connection = Signal(bool)

    def __init__(
        self, db: Database, parent: QObject | None = None, interval_s: float = 0.1, site_id: int | None = 1
    ) -> None:
        """``site_id``: the site whose changes this station hears (other sites' never wake it)."""
        super().__init__(parent)
        self._listening = False
        self._feed_changed.connect(self._on_feed_changed)
        self._feed_connection.connect(self._on_feed_connection)
        self._feed: ChangeFeed = open_change_feed(
            db, self._feed_changed.emit, self._feed_connection.emit, interval_s, site_id=site_id
        )

    def start(self) -> None:
        self._listening = True
        self._feed.start()

    def stop(self) -> None:
        """Stop listening; news the feed sent before it stopped is dropped too."""
        self._listening = False
        self._feed.stop()

    def _on_feed_changed(self, topics: object) -> None:
        if self._listening:
            self.changed.emit(topics)

    def _on_feed_connection(self, connected: bool) -> None:
        if self._listening:
            self.connection_changed.emit(connected)

    @property
    def running(self) -> bool:
        return self._feed.running
