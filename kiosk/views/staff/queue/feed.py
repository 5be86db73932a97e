"""Keeps a staff window's copy of the queue fresh.

Loads open requests (or all of today's) whenever the change feed says
something changed, never two loads at once, and tells the window what is new:
requests that just arrived (for the chime) and emergencies still waiting for
someone to respond (for the banner and alarm).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from kiosk.data.dto import RequestView
from kiosk.data.queue import QueueService
from kiosk.views.common.link import StationLink
from kiosk.views.common.reload import Reload
from kiosk.views.staff.queue.model import is_open_emergency, queue_order


def start_of_today() -> dt.datetime:
    """Local midnight, in UTC as the database keeps it."""
    local_midnight = dt.datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)
    return local_midnight.astimezone(dt.UTC)


def load_queue(queue: QueueService, today: bool) -> list[RequestView]:
    """Open requests, plus everything opened today when ``today`` (runs on the worker)."""
    return queue_order(queue.staff_queue(start_of_today() if today else None))


class QueueFeed(QObject):
    """Signals:
        requests_loaded(list): the queue in order, after each load.
        new_requests(list): requests that appeared since the last load (not on the first).
        emergencies_changed(list): open emergencies, when one opens, closes or gains a responder.
    """

    requests_loaded = Signal(list)
    new_requests = Signal(list)
    emergencies_changed = Signal(list)

    def __init__(
        self,
        link: StationLink,
        parent: QObject | None = None,
        loader: Callable[[QueueService, bool], list[RequestView]] = load_queue,
    ) -> None:
        super().__init__(parent)
        self._loader = loader
        self._today = False
        self._reload = Reload(link, lambda services: loader(services.queue, self._today), self._on_loaded)
        self._known: set[int] | None = None
        self._emergency_key: tuple[tuple[int, tuple[int, ...]], ...] = ()
        self.requests: list[RequestView] = []

    @property
    def idle(self) -> bool:
        """No load running or waiting to run."""
        return self._reload.idle

    @property
    def today(self) -> bool:
        return self._today

    def set_today(self, today: bool) -> None:
        if today != self._today:
            self._today = today
            self.refresh()

    @property
    def reloads(self) -> int:
        """How many times the queue was loaded (for benchmarks)."""
        return self._reload.count

    def refresh(self) -> None:
        """Load the queue again (once more after the load in flight, if there is one)."""
        self._reload.request()

    def _on_loaded(self, requests: list[RequestView]) -> None:
        self.requests = requests
        ids = {r.id for r in requests if r.is_open}
        if self._known is not None:
            fresh = [r for r in requests if r.id not in self._known and r.status == "pending"]
            if fresh:
                self.new_requests.emit(fresh)
        self._known = ids
        emergencies = [r for r in requests if is_open_emergency(r)]
        self.requests_loaded.emit(requests)
        key = tuple((r.id, r.responder_ids) for r in emergencies)
        if key != self._emergency_key:
            self._emergency_key = key
            self.emergencies_changed.emit(emergencies)
