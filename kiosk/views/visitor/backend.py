"""The kiosk's link to the database: connect, keep fresh, retry, heartbeat.

Every service call goes through the :class:`Worker`, so the GUI thread never
waits on the database. If the database cannot be reached, at start or
later, the backend says so (``availability_changed(False)``), keeps trying
in the background on a timer, and recovers on its own.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.errors import DatabaseUnavailable, KioskError
from kiosk.views.common.worker import Worker

if TYPE_CHECKING:
    from kiosk.data.dto import AlertView, SupplyView
    from kiosk.data.services import Services
    from kiosk.data.settings import SiteSettings
    from kiosk.views.common.changes import ChangeNotifier

log = logging.getLogger(__name__)

HEARTBEAT_EVERY_MS = 30_000  # kiosk.data.stations.HEARTBEAT_EVERY_S, without importing the data layer early
REFRESH_TOPICS = frozenset({"alerts", "stock", "settings", "resources", "*"})

Opener = Callable[[], "Services"]
PrinterProbe = Callable[[], tuple["str | None", str]]


@dataclass(frozen=True)
class Snapshot:
    """What the kiosk shows from the database, read in one go."""

    site_name: str
    settings: SiteSettings
    alerts: list[AlertView] = field(default_factory=list)
    catalogue: list[SupplyView] = field(default_factory=list)
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)


def read_snapshot(services: Services) -> Snapshot:
    from kiosk.data.setup import site_name

    return Snapshot(
        site_name=site_name(services.db, services.site_id),
        settings=services.settings.load(),
        alerts=services.alerts.current(),
        catalogue=services.inventory.catalogue(),
        overrides=services.resources.overrides(),
    )


class VisitorBackend(QObject):
    """Connection, refresh and heartbeat for one kiosk.

    Signals:
        availability_changed(bool): requests can (True) or cannot (False) be sent.
        snapshot_changed(object): a new :class:`Snapshot` was read.
        changed(object): topics another station changed (from the change feed).
    """

    availability_changed = Signal(bool)
    snapshot_changed = Signal(object)
    changed = Signal(object)

    def __init__(
        self,
        opener: Opener,
        station_name: str,
        parent: QObject | None = None,
        *,
        retry_ms: int = 5_000,
        heartbeat_ms: int = HEARTBEAT_EVERY_MS,
        feed_interval_s: float = 0.5,
        printer_probe: PrinterProbe | None = None,
    ) -> None:
        super().__init__(parent)
        self._opener = opener
        self._station_name = station_name
        self._feed_interval_s = feed_interval_s
        self.printer_probe = printer_probe
        self.worker = Worker(self)
        self.services: Services | None = None
        self.station_id: int | None = None
        self.snapshot: Snapshot | None = None
        self._available: bool | None = None
        self._connecting = False
        self._refreshing = False
        self._refresh_again = False
        self._stopped = False
        self._notifier: ChangeNotifier | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self._on_retry)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(heartbeat_ms)
        self._heartbeat.timeout.connect(self._on_heartbeat)

    # -- state ---------------------------------------------------------------

    @property
    def available(self) -> bool:
        return bool(self._available)

    @property
    def known(self) -> bool:
        """Whether the first attempt to reach the database has finished."""
        return self._available is not None

    # -- life cycle ------------------------------------------------------------

    def start(self) -> None:
        """Open the database in the background (after the first paint)."""
        self._stopped = False
        self._connect()

    def stop(self) -> None:
        """Stop timers and the change feed and wait for calls in flight (shut-down, tests)."""
        self._stopped = True
        self._retry.stop()
        self._heartbeat.stop()
        if self._notifier is not None:
            self._notifier.stop()
        self.worker.wait_for_done(15_000)

    # -- service calls ---------------------------------------------------------

    def run(
        self,
        fn: Callable[[Services], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``fn(services)`` on the worker; callbacks come back on the GUI thread.

        Without a database the failure callback gets :class:`DatabaseUnavailable`
        at once. Losing the database during a call marks the kiosk unavailable
        and starts the retries.
        """
        services = self.services
        if services is None or not self._available:
            error = DatabaseUnavailable("The database can't be reached right now.")
            if on_failure is not None:
                QTimer.singleShot(0, lambda: on_failure(error))
            return

        def failed(error: BaseException) -> None:
            if isinstance(error, DatabaseUnavailable):
                self._lost(error)
            if on_failure is not None:
                on_failure(error)
            if not isinstance(error, KioskError):
                sys.excepthook(type(error), error, error.__traceback__)

        self.worker.run(lambda: fn(services), on_success, failed)

    def submit(
        self,
        lines: list[tuple[str, int]],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        emergency: bool = False,
        prepare: Callable[[Any], Any] | None = None,
        language: str | None = None,
    ) -> None:
        """Store a request; ``prepare(result)`` runs on the worker too (e.g. QR codes).

        ``language`` is the one the visitor is reading in (kept for reprints and reports).
        """
        station_id = self.station_id

        def call(services: Services) -> Any:
            result = services.queue.submit(lines, emergency=emergency, station_id=station_id, language=language)
            if prepare is not None:
                try:
                    prepare(result)
                except Exception:  # noqa: BLE001 - only a speed-up; the screen redoes it
                    log.exception("preparing the confirmation failed")
            return result

        self.run(call, on_success, on_failure)

    def refresh(self) -> None:
        """Read the snapshot again (coalesced while one read is in flight)."""
        if self.services is None or self._stopped:
            return
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        services = self.services
        self.worker.run(lambda: read_snapshot(services), self._on_snapshot, self._on_refresh_failed)

    # -- connecting ------------------------------------------------------------

    def _connect(self) -> None:
        if self._connecting or self._stopped:
            return
        self._connecting = True
        opener, services, name = self._opener, self.services, self._station_name

        def connect() -> tuple[Services, int, Snapshot]:
            ready = services or opener()
            station = ready.stations.register(name, "kiosk")
            return ready, station.id, read_snapshot(ready)

        self.worker.run(connect, self._on_connected, self._on_connect_failed)

    def _on_connected(self, result: tuple[Services, int, Snapshot]) -> None:
        self._connecting = False
        if self._stopped:
            return
        self.services, self.station_id, snapshot = result
        self._start_feed()
        self._heartbeat.start()
        self._set_available(True)
        self._publish(snapshot)

    def _on_connect_failed(self, error: BaseException) -> None:
        self._connecting = False
        if isinstance(error, KioskError):
            log.warning("the kiosk can't reach the database: %s", error)
        else:
            log.error("opening the database failed", exc_info=(type(error), error, error.__traceback__))
        self._lost(error)

    def _on_retry(self) -> None:
        self._connect()

    def _lost(self, error: BaseException) -> None:
        self._set_available(False)
        self._heartbeat.stop()
        if not self._stopped and not self._retry.isActive():
            self._retry.start()

    def _set_available(self, available: bool) -> None:
        if available != self._available:
            self._available = available
            self.availability_changed.emit(available)

    # -- change feed and refresh -------------------------------------------------

    def _start_feed(self) -> None:
        if self._notifier is not None or self.services is None or self._feed_interval_s <= 0:
            if self._notifier is not None and not self._notifier.running:
                self._notifier.start()
            return
        from kiosk.views.common.changes import ChangeNotifier

        try:
            self._notifier = ChangeNotifier(self.services.db, self, interval_s=self._feed_interval_s)
        except ValueError:  # an in-memory database has no feed
            log.info("no change feed for this database")
            return
        self._notifier.changed.connect(self._on_feed_changed)
        self._notifier.connection_changed.connect(self._on_feed_connection)
        self._notifier.start()

    def _on_feed_changed(self, topics: frozenset[str]) -> None:
        if self._stopped:
            return
        self.changed.emit(topics)
        if topics & REFRESH_TOPICS:
            self.refresh()

    def _on_feed_connection(self, connected: bool) -> None:
        if self._stopped:
            return
        if connected:
            if not self._available:
                self._connect()
        else:
            self._lost(DatabaseUnavailable("The change feed lost the database."))

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        self._refreshing = False
        if self._stopped:
            return
        self._set_available(True)
        if not self._heartbeat.isActive():
            self._heartbeat.start()
        self._publish(snapshot)
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _on_refresh_failed(self, error: BaseException) -> None:
        self._refreshing = False
        self._refresh_again = False
        if isinstance(error, DatabaseUnavailable):
            self._lost(error)
        elif not isinstance(error, KioskError):
            sys.excepthook(type(error), error, error.__traceback__)

    def _publish(self, snapshot: Snapshot) -> None:
        """Hand a snapshot to the screens, unless nothing in it changed (the usual case)."""
        if snapshot == self.snapshot:
            return
        self.snapshot = snapshot
        self.snapshot_changed.emit(snapshot)

    # -- heartbeat -----------------------------------------------------------------

    def _on_heartbeat(self) -> None:
        station_id, probe = self.station_id, self.printer_probe
        if station_id is None:
            return

        def beat(services: Services) -> None:
            state: str | None = None
            detail = ""
            if probe is not None:
                try:
                    state, detail = probe()
                except Exception as error:  # noqa: BLE001 - a broken printer must not stop the heartbeat
                    state, detail = "error", str(error)
            services.stations.heartbeat(station_id, state, detail)

        self.run(beat, None, lambda error: log.warning("heartbeat failed: %s", error))
