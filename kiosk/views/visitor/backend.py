"""What the kiosk reads from the database, kept fresh over the station link.

The :class:`~kiosk.views.common.link.StationLink` connects, retries, beats
and runs every call off the GUI thread; this adds the kiosk's own part: one
snapshot of what the screens show (re-read when another station changes it)
and sending a request within the submit time bound.
"""

from __future__ import annotations

import importlib
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from kiosk.views.common.link import SUBMIT_TIMEOUT_MS, Opener, PrinterProbe, StationLink
from kiosk.views.common.reload import Reload
from kiosk.views.common.timings import HEARTBEAT_EVERY_MS, StationTimings

if TYPE_CHECKING:
    from kiosk.data.dto import AlertView, SupplyView
    from kiosk.data.services import Services
    from kiosk.data.settings import SiteSettings
    from kiosk.errors import KioskError

log = logging.getLogger(__name__)

REFRESH_TOPICS = frozenset({"alerts", "stock", "settings", "resources", "*"})


@dataclass(frozen=True)
class Snapshot:
    """What the kiosk shows from the database, read in one go."""

    site_name: str
    settings: SiteSettings
    alerts: list[AlertView] = field(default_factory=list)
    catalogue: list[SupplyView] = field(default_factory=list)
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    out_today: list[SupplyView] = field(default_factory=list)


def read_snapshot(services: Services) -> Snapshot:
    """The snapshot, read in one consistent read unit (runs on the worker)."""
    from kiosk.data.snapshot import read_kiosk_snapshot

    read = read_kiosk_snapshot(services)
    return Snapshot(
        site_name=read.site_name,
        settings=read.settings,
        alerts=read.alerts,
        catalogue=read.catalogue,
        overrides=read.overrides,
        out_today=read.out_today,
    )


class VisitorBackend(QObject):
    """The kiosk's snapshot and requests, over its station link.

    Signals:
        availability_changed(bool): requests can (True) or cannot (False) be sent.
        snapshot_changed(object): a new :class:`Snapshot` was read.
        changed(object): topics another station changed (from the change feed).
    """

    availability_changed = Signal(bool)
    snapshot_changed = Signal(object)
    changed = Signal(object)
    # From the import thread of start_after_import(), queued to the GUI thread.
    _imported = Signal()

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
        submit_timeout_ms: int = SUBMIT_TIMEOUT_MS,
    ) -> None:
        super().__init__(parent)
        self._submit_timeout_ms = submit_timeout_ms
        self._started = False
        self._stopping = False  # read by the worker: a plain flag is enough
        self._importing = False
        self._start_when_imported = False
        self._imported.connect(self._on_imported)
        # The first snapshot is read on the same trip to the worker that opens
        # the database: the start screen's data needs no second hop.
        self._prefetched: Snapshot | None = None

        def open_and_read() -> Services:
            if self._stopping:  # closing before the worker got to it: open nothing
                from kiosk.errors import DatabaseUnavailable

                raise DatabaseUnavailable("The kiosk is closing.")
            services = opener()
            try:
                self._prefetched = read_snapshot(services)
            except Exception:  # noqa: BLE001 - only a head start; the ordinary read follows
                log.info("the first snapshot is read after the connection instead", exc_info=True)
            return services

        timings = StationTimings(heartbeat_ms=heartbeat_ms, retry_ms=retry_ms, feed_interval_s=feed_interval_s)
        self.link = StationLink(
            open_and_read,
            station_name,
            "kiosk",
            self,
            timings=timings,
            printer_probe=printer_probe,
            beat_when_registered=False,
        )
        self.snapshot: Snapshot | None = None
        self._available: bool | None = None
        self._reload = Reload(self.link, read_snapshot, self._on_snapshot)
        self.link.online_changed.connect(self._on_online_changed)
        self.link.changed.connect(self._on_feed_changed)

    # -- state ---------------------------------------------------------------

    @property
    def available(self) -> bool:
        """Online, with a snapshot read since the link came back."""
        return bool(self._available) and self.link.online

    @property
    def known(self) -> bool:
        """Whether the first attempt to reach the database has finished."""
        return self._available is not None

    @property
    def services(self) -> Services | None:
        return self.link.services

    @property
    def station_id(self) -> int | None:
        return self.link.station_id

    @property
    def printer_probe(self) -> PrinterProbe | None:
        return self.link.printer_probe

    @printer_probe.setter
    def printer_probe(self, probe: PrinterProbe | None) -> None:
        self.link.printer_probe = probe

    @property
    def stopping(self) -> bool:
        """Whether :meth:`stop` was called (an opener checks this before a long open)."""
        return self._stopping

    @property
    def reloads(self) -> int:
        """How many times the snapshot was read (for benchmarks)."""
        return self._reload.count

    # -- life cycle ------------------------------------------------------------

    def start(self) -> None:
        """Open the database in the background; a second call does nothing.

        The window calls this after its first paint; while
        :meth:`start_after_import` is still importing, it starts once that
        is done.
        """
        if self._started:
            return
        if self._importing:
            self._start_when_imported = True
            return
        self._started = True
        self._stopping = False
        self.link.start()

    def start_after_import(self, modules: Sequence[str]) -> None:
        """Import ``modules`` (the data layer) on a thread of its own, then :meth:`start`.

        The kiosk calls this before it builds its window, so the slowest part
        of reaching the database runs while the start screen is built. The
        thread is a daemon: closing the kiosk never waits for an import, and
        nothing is opened until the import is done.
        """
        if self._importing or self._started:
            return
        self._importing = self._start_when_imported = True

        def load() -> None:
            try:
                from kiosk.views.common.qt_free_imports import DATA_LAYER_PACKAGES, file_as_qt_free

                file_as_qt_free(DATA_LAYER_PACKAGES)
                for name in modules:
                    importlib.import_module(name)
            except Exception:  # noqa: BLE001 - the opener meets the same error and reports it
                log.exception("importing the data layer failed")
            finally:
                try:
                    self._imported.emit()
                except RuntimeError:  # the kiosk closed meanwhile
                    pass

        threading.Thread(target=load, name="data-layer-import", daemon=True).start()

    def _on_imported(self) -> None:
        self._importing = False
        if self._start_when_imported and not self._stopping:
            self._start_when_imported = False
            self.start()

    def stop(self) -> None:
        """Stop timers and the change feed and wait for calls in flight (shut-down, tests)."""
        self._started = False
        self._stopping = True
        self._start_when_imported = False
        self.link.stop()

    # -- service calls ---------------------------------------------------------

    def run(
        self,
        fn: Callable[[Services], Any],
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[KioskError], None] | None = None,
    ) -> None:
        """Run ``fn(services)`` through the station link (see :meth:`StationLink.call`)."""
        self.link.call(fn, on_success, on_failure)

    def submit(
        self,
        lines: list[tuple[str, int]],
        on_success: Callable[[Any], None],
        on_failure: Callable[[KioskError], None],
        *,
        emergency: bool = False,
        prepare: Callable[[Any], Any] | None = None,
        language: str | None = None,
        for_others: int = 0,
    ) -> None:
        """Store a request; ``prepare(result)`` runs on the worker too (e.g. QR codes).

        Past ``submit_timeout_ms`` (:data:`SUBMIT_TIMEOUT_MS`) the visitor is told it can't be sent
        right now, as for an outage, and a late answer is dropped. ``language`` is the one the
        visitor is reading in (kept for reprints and reports).
        """
        station_id = self.station_id

        def call(services: Services) -> Any:
            result = services.queue.submit(
                lines, emergency=emergency, station_id=station_id, language=language, for_others=for_others
            )
            if prepare is not None:
                try:
                    prepare(result)
                except Exception:  # only a speed-up; the screen redoes it
                    log.exception("preparing the confirmation failed")
            return result

        self.link.call(call, on_success, on_failure, timeout_ms=self._submit_timeout_ms)

    def refresh(self) -> None:
        """Read the snapshot again (coalesced while one read is in flight)."""
        if self.link.online:
            self._reload.request()

    # -- link events -----------------------------------------------------------------

    def _on_online_changed(self, online: bool) -> None:
        # Back online counts once the screens have fresh data to show.
        if online:
            first, self._prefetched = self._prefetched, None
            if first is not None:
                self._on_snapshot(first)
            # Read again even after a prefetch: a change made between that read
            # and the change feed's start would otherwise wait for the next one.
            self.refresh()
        else:
            self._set_available(False)

    def _set_available(self, available: bool) -> None:
        if available != self._available:
            self._available = available
            self.availability_changed.emit(available)

    def _on_feed_changed(self, topics: frozenset[str]) -> None:
        if self.services is not None and topics & {"settings", "*"}:
            # The submit check keeps the settings until they change: now.
            self.services.settings.forget()
        self.changed.emit(topics)
        if topics & REFRESH_TOPICS:
            self.refresh()

    def _on_snapshot(self, snapshot: Snapshot) -> None:
        if not self.link.online:
            return
        # The screens get the data first, then the start screen lets a
        # visitor in: nobody taps into an empty catalogue.
        self._publish(snapshot)
        self._set_available(True)

    def _publish(self, snapshot: Snapshot) -> None:
        """Hand a snapshot to the screens, unless nothing in it changed (the usual case)."""
        if snapshot == self.snapshot:
            return
        self.snapshot = snapshot
        self.snapshot_changed.emit(snapshot)
