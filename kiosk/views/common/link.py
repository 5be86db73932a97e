"""The station link: the one way the kiosk, the back office and the board reach the database.

A :class:`StationLink` opens the services off the GUI thread (retrying with
back-off while the database can't be reached), registers the station, keeps
the heartbeat going, wraps the change feed, and holds whether the station is
online. Every service call goes through :meth:`StationLink.call`, with one
error policy:

- the database can't be reached, or does not answer within the call's time
  bound: the station goes offline and retries by itself; the caller's
  ``on_known_error`` gets a :class:`~kiosk.errors.DatabaseUnavailable` (a late
  answer is dropped);
- someone else got there first (``QueueConflict``): ``conflict`` is emitted,
  then ``on_known_error`` runs;
- another known failure: ``on_known_error`` runs, or ``notice`` is emitted
  when the caller gave none;
- anything else is a bug and goes to the crash handler.

Callbacks run on the GUI thread and are kept there; only the function goes
to the worker (see :mod:`kiosk.views.common.worker`).
"""

from __future__ import annotations

import logging
import sys
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.errors import CallTimedOut, DatabaseUnavailable, KioskError
from kiosk.views.common.data_messages import translated_message
from kiosk.views.common.timings import StationTimings
from kiosk.views.common.worker import Worker

if TYPE_CHECKING:
    from kiosk.data.services import Services
    from kiosk.views.common.changes import ChangeNotifier

log = logging.getLogger(__name__)

T = TypeVar("T")
Opener = Callable[[], "Services"]
PrinterProbe = Callable[[], tuple["str | None", str]]
KnownError = Callable[[KioskError], None]

#: How long an ordinary call may take before the station counts the database as gone.
CALL_TIMEOUT_MS = 15_000
#: A visitor waiting on "Send" is told after this long that it can't be sent right now.
SUBMIT_TIMEOUT_MS = 5_000
#: The longest wait between two attempts to reach the database, as a multiple of the first.
BACKOFF_LIMIT = 6


class StationLink(QObject):
    """Connection, heartbeat, change notifications and service calls of one station.

    Signals:
        online_changed(bool): the database can (True) or cannot (False) be reached.
        opened(object): the ``Services``, the first time the database opened.
        registered(int): this station's id, once it is known.
        changed(object): a frozenset of topics another station changed (from the change feed).
        notice(str): a known failure nobody else took, for a notice bar.
        conflict(str): someone else got there first; the caller refreshes.
    """

    online_changed = Signal(bool)
    opened = Signal(object)
    registered = Signal(int)
    changed = Signal(object)
    notice = Signal(str)
    conflict = Signal(str)

    def __init__(
        self,
        opener: Opener,
        station_name: str,
        kind: str,
        parent: QObject | None = None,
        *,
        timings: StationTimings | None = None,
        printer_probe: PrinterProbe | None = None,
        beat_when_registered: bool = True,
    ) -> None:
        """``beat_when_registered``: report (the printer) at once, not only on the first tick."""
        super().__init__(parent)
        self._beat_when_registered = beat_when_registered
        timings = timings or StationTimings()
        self._opener = opener
        self._station_name = station_name
        self._kind = kind
        self._feed_interval_s = timings.feed_interval_s
        self.printer_probe = printer_probe
        self.services: Services | None = None
        self.station_id: int | None = None
        #: Topics the change feed reported, counted (read by benchmarks and tests).
        self.topics_seen: Counter[str] = Counter()
        self._online: bool | None = None
        self._connecting = False
        self._closed = False
        self.notifier: ChangeNotifier | None = None
        self._lanes: dict[str, Worker] = {"db": Worker(self)}
        self._deadlines: dict[int, QTimer] = {}
        self._first_retry_ms = timings.retry_ms
        self._retry_delay_ms = timings.retry_ms
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._on_retry)
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(timings.heartbeat_ms)
        self._heartbeat.timeout.connect(self._on_heartbeat)

    # -- state ---------------------------------------------------------------

    @property
    def online(self) -> bool:
        return bool(self._online)

    @property
    def known(self) -> bool:
        """Whether the first attempt to reach the database has finished."""
        return self._online is not None

    @property
    def busy(self) -> bool:
        """Whether a call is waiting or running on any lane."""
        return any(lane.busy for lane in self._lanes.values())

    @property
    def active(self) -> bool:
        """Whether a timer or the change feed is still running (false after :meth:`stop`)."""
        feed = self.notifier is not None and self.notifier.running
        return feed or self._retry.isActive() or self._heartbeat.isActive() or bool(self._deadlines)

    # -- life cycle ------------------------------------------------------------

    def start(self) -> None:
        """Open the database in the background; ``online_changed`` says how it went."""
        self._closed = False
        self._connect()

    def stop(self, wait_ms: int = 15_000) -> None:
        """Stop timers and the change feed and wait for calls in flight (their answers are dropped)."""
        self._closed = True
        self._retry.stop()
        self._heartbeat.stop()
        for timer in self._deadlines.values():
            timer.stop()
        self._deadlines.clear()
        if self.notifier is not None:
            self.notifier.stop()
        for lane in self._lanes.values():
            lane.wait_for_done(wait_ms)

    def use_services(self, services: Services) -> None:
        """Work on ``services`` from now on: another site of the same database.

        The change feed follows the site, and ``changed`` reports everything
        as changed, so every window reloads what it shows.
        """
        if self._closed or services is self.services:
            return
        self.services = services
        if self.notifier is not None:
            self.notifier.stop()
            self.notifier.deleteLater()
            self.notifier = None
        self._start_feed()
        self.changed.emit(frozenset({"*"}))

    def dispose(self) -> None:
        """Close the database's connections (after :meth:`stop`, at exit)."""
        if self.services is not None:
            self.services.db.dispose()

    # -- calls -------------------------------------------------------------------

    def call(
        self,
        fn: Callable[[Services], T],
        on_ok: Callable[[T], None] | None = None,
        on_known_error: KnownError | None = None,
        *,
        timeout_ms: int | None = CALL_TIMEOUT_MS,
        lane: str = "db",
    ) -> None:
        """Run ``fn(services)`` off the GUI thread; the callbacks come back on it.

        Calls on one lane run in order. Offline, ``on_known_error`` gets
        :class:`DatabaseUnavailable` at once (on the next turn of the event loop).
        ``timeout_ms`` None means no time bound (printing).
        """
        if self._closed:
            return
        services = self.services
        if services is None or not self._online:
            if on_known_error is not None:
                error = DatabaseUnavailable("The database can't be reached right now.")
                QTimer.singleShot(0, lambda: self._closed or on_known_error(error))
            return
        worker = self._lane(lane)
        task = 0

        def succeeded(result: Any) -> None:
            self._clear_deadline(task)
            if not self._closed and on_ok is not None:
                on_ok(result)

        def failed(error: BaseException) -> None:
            self._clear_deadline(task)
            if not self._closed:
                self._sort_failure(error, on_known_error)

        task = worker.run(lambda: fn(services), succeeded, failed)
        if timeout_ms is not None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(lambda: self._on_deadline(worker, task, timeout_ms, on_known_error))
            self._deadlines[task] = timer
            timer.start(timeout_ms)

    def _lane(self, name: str) -> Worker:
        if name not in self._lanes:
            self._lanes[name] = Worker(self)
        return self._lanes[name]

    def _clear_deadline(self, task: int) -> None:
        timer = self._deadlines.pop(task, None)
        if timer is not None:
            timer.stop()
            timer.deleteLater()

    def _on_deadline(self, worker: Worker, task: int, timeout_ms: int, on_known_error: KnownError | None) -> None:
        self._clear_deadline(task)
        if self._closed or not worker.forget(task):
            return
        self._sort_failure(CallTimedOut(f"The database did not answer within {timeout_ms / 1000:g} s."), on_known_error)

    def _sort_failure(self, error: BaseException, on_known_error: KnownError | None) -> None:
        if isinstance(error, DatabaseUnavailable):
            log.warning("database unavailable: %s", error)
            self._lost()
            error.message = translated_message(error.message)
            if on_known_error is not None:
                on_known_error(error)
            return
        if isinstance(error, KioskError):
            from kiosk.data.queue import QueueConflict

            if isinstance(error, QueueConflict):
                log.info("queue conflict: %s", error.message)
            # The services word it in English, as the log keeps it; people read their own language.
            error.message = translated_message(error.message)
            if isinstance(error, QueueConflict):
                self.conflict.emit(error.message)
                if on_known_error is not None:
                    on_known_error(error)
            elif on_known_error is not None:
                on_known_error(error)
            else:
                self.notice.emit(error.message)
            return
        sys.excepthook(type(error), error, error.__traceback__)

    # -- connecting ----------------------------------------------------------------

    def _connect(self) -> None:
        if self._connecting or self._closed:
            return
        self._connecting = True
        opener, services, name, kind = self._opener, self.services, self._station_name, self._kind

        def connect() -> tuple[Services, int]:
            ready = services or opener()
            return ready, ready.stations.register(name, kind).id

        self._lanes["db"].run(connect, self._on_connected, self._on_connect_failed)

    def _on_connected(self, result: tuple[Services, int]) -> None:
        self._connecting = False
        services, station_id = result
        first = self.services is None
        self.services = services
        if self._closed:
            return
        self._retry_delay_ms = self._first_retry_ms
        if first:
            self.opened.emit(services)
        registered = station_id != self.station_id
        if registered:
            self.station_id = station_id
            self.registered.emit(station_id)
        self._start_feed()
        self._heartbeat.start()
        self._set_online(True)
        if registered and self._beat_when_registered:
            self.beat()

    def _on_connect_failed(self, error: BaseException) -> None:
        self._connecting = False
        if self._closed:
            return
        if isinstance(error, KioskError):
            log.warning("%s can't reach the database: %s", self._station_name, error)
        else:
            log.error("opening the database failed", exc_info=(type(error), error, error.__traceback__))
        self._lost()

    def _on_retry(self) -> None:
        self._connect()

    def _lost(self) -> None:
        self._set_online(False)
        self._heartbeat.stop()
        if not self._closed and not self._retry.isActive():
            self._retry.start(self._retry_delay_ms)
            self._retry_delay_ms = min(self._retry_delay_ms * 2, self._first_retry_ms * BACKOFF_LIMIT)

    def _set_online(self, online: bool) -> None:
        if online != self._online:
            self._online = online
            self.online_changed.emit(online)

    # -- change feed -----------------------------------------------------------------

    def _start_feed(self) -> None:
        if self.notifier is not None:
            if not self.notifier.running:
                self.notifier.start()
            return
        if self.services is None or self._feed_interval_s <= 0:
            return
        from kiosk.views.common.changes import ChangeNotifier

        try:
            self.notifier = ChangeNotifier(
                self.services.db, self, interval_s=self._feed_interval_s, site_id=self.services.site_id
            )
        except ValueError:  # an in-memory database has no feed
            log.info("no change feed for this database")
            return
        self.notifier.changed.connect(self._on_feed_changed)
        self.notifier.connection_changed.connect(self.feed_connection_changed)
        self.notifier.start()

    def _on_feed_changed(self, topics: frozenset[str]) -> None:
        if self._closed:
            return
        self.topics_seen.update(topics)
        self.changed.emit(topics)

    def feed_connection_changed(self, connected: bool) -> None:
        """The change feed lost (False) or regained (True) the database."""
        if self._closed:
            return
        if not connected:
            self._lost()
        elif not self._online:
            self._retry.stop()
            self._connect()

    # -- heartbeat ---------------------------------------------------------------------

    def beat(self) -> None:
        """Tell the other stations this one is alive (the timer does this on its own)."""
        station_id, probe = self.station_id, self.printer_probe
        if station_id is None:
            return

        def heartbeat(services: Services) -> None:
            state: str | None = None
            detail = ""
            if probe is not None:
                try:
                    state, detail = probe()
                except Exception as error:  # noqa: BLE001 - a broken printer must not stop the heartbeat
                    state, detail = "error", str(error)
            services.stations.heartbeat(station_id, state, detail)

        self.call(heartbeat, None, lambda error: log.warning("heartbeat failed: %s", error))

    def _on_heartbeat(self) -> None:
        self.beat()
