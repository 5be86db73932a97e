"""Registering this station and telling the others it is alive.

Staff PCs also report their printer's state, so the Stations page shows a
printer out of paper before a visitor finds out.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from kiosk.data.services import Services
from kiosk.errors import KioskError
from kiosk.views.common.calls import ServiceCalls

log = logging.getLogger(__name__)


def printer_probe(
    printer_name: str | None, pdf_folder: Path, options: Sequence[str] = ()
) -> Callable[[], tuple[str | None, str]]:
    """A function the heartbeat calls (on the worker) for the printer's state.

    The printer is read on its own lane, starting now; the function returns
    the state last read there and starts the next probe. Only the very first
    call waits, a quarter of a second at most, for the first answer.
    """
    from kiosk.printing.cups import make_printer
    from kiosk.printing.lane import PrinterLane

    lane = PrinterLane(lambda: make_printer(printer_name, pdf_folder, options), "staff-printer")
    lane.probe()
    return lambda: lane.report(first_wait=0.25)


class StationBeat(QObject):
    """Signals:
        registered(int): this station's id, once it is known.
    """

    registered = Signal(int)

    def __init__(
        self,
        services: Services,
        calls: ServiceCalls,
        name: str,
        kind: str,
        every_ms: int,
        printer: Callable[[], tuple[str | None, str]] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._calls = calls
        self._name = name
        self._kind = kind
        self._printer = printer
        self.station_id: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.beat)

    def start(self) -> None:
        self._timer.start()
        self._register()

    def stop(self) -> None:
        self._timer.stop()

    def _register(self) -> None:
        stations = self._services.stations
        self._calls.run(lambda: stations.register(self._name, self._kind), self._on_registered, self._on_error)

    def _on_registered(self, station: object) -> None:
        self.station_id = station.id  # type: ignore[attr-defined]
        self.registered.emit(self.station_id)
        self.beat()

    def beat(self) -> None:
        if self.station_id is None:
            self._register()
            return
        station_id, stations, printer = self.station_id, self._services.stations, self._printer

        def work() -> None:
            state, detail = printer() if printer is not None else (None, "")
            stations.heartbeat(station_id, state, detail)

        self._calls.run(work, None, self._on_error)

    def _on_error(self, error: KioskError) -> None:
        log.warning("heartbeat failed: %s", error)
