"""Printing pickup slips from the kiosk, off the GUI thread.

A slip is printed when the machine names a printer, or when the site sets a
folder for PDF slips. The printing package (and its PDF library) is only
imported by the worker, the first time a slip is printed or the printer is
checked for the heartbeat. Probes and jobs talk to the printer on its own
lane (``kiosk.printing.lane``), never on the database's worker.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from kiosk.views.common.worker import Worker

if TYPE_CHECKING:
    from kiosk.printing.lane import PrinterLane

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SlipContent:
    """What goes on one slip, already in the visitor's language."""

    site_name: str
    pickup_code: str
    lang: str
    place_in_queue: int
    resources: Sequence[dict[str, str]]
    items: Sequence[str]
    show_items: bool
    created_at: dt.datetime
    for_others: int = 0


class SlipPrinting(QObject):
    """The configured printer (or PDF folder) for this kiosk; no signals."""

    def __init__(
        self,
        parent: QObject | None = None,
        printer_name: str | None = None,
        paper: str = "receipt",
        printer_options: Sequence[str] = (),
    ) -> None:
        super().__init__(parent)
        self._printer_options = tuple(printer_options)
        self._lane: PrinterLane | None = None
        self._printer_name = (printer_name or "").strip() or None
        self._pdf_folder: Path | None = None
        self._paper = paper
        self._printer: Any = None
        self._key: tuple[str | None, Path | None] | None = None
        self._lock = threading.Lock()
        self.worker = Worker(self)
        self.last_slip: SlipContent | None = None

    @property
    def enabled(self) -> bool:
        return self._printer_name is not None or self._pdf_folder is not None

    def set_pdf_folder(self, folder: str | Path | None) -> None:
        """The site's PDF folder setting (empty: none)."""
        text = str(folder or "").strip()
        self._pdf_folder = Path(text).expanduser() if text else None
        if self.enabled and self._lane is None:
            self.lane.probe()  # the first heartbeat then has a state to report

    def print_slip(
        self, slip: SlipContent, on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None]
    ) -> None:
        self.last_slip = slip
        self.worker.run(lambda: self._print(slip), on_done, on_failed)

    def print_resource_card(
        self,
        title: str,
        resources: Sequence[dict[str, str]],
        lang: str,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        """An information page's local resources, with their codes, on one sheet."""
        self.worker.run(lambda: self._print_card(title, resources, lang), on_done, on_failed)

    def probe(self) -> tuple[str | None, str]:
        """The printer's last known state for the heartbeat, without waiting; None without one.

        Each call starts the next probe on the printer's lane.
        """
        if not self.enabled:
            return None, ""
        return self.lane.report()

    @property
    def lane(self) -> PrinterLane:
        """The printer's own thread (a ``PrinterLane``), started on first use."""
        with self._lock:
            if self._lane is None:
                from kiosk.printing.lane import PrinterLane

                self._lane = PrinterLane(lambda: self._get_printer(), "kiosk-printer")
            return self._lane

    def stop(self) -> None:
        self.worker.wait_for_done(15_000)
        if self._lane is not None:
            self._lane.close()

    # -- worker side -------------------------------------------------------------------

    def _get_printer(self) -> Any:
        from kiosk.printing import make_printer

        key = (self._printer_name, self._pdf_folder)
        with self._lock:
            if self._printer is None or self._key != key:
                folder = self._pdf_folder or Path(".")
                self._printer = make_printer(self._printer_name, folder, self._printer_options)
                self._key = key
            return self._printer

    def _print_card(self, title: str, resources: Sequence[dict[str, str]], lang: str) -> str:
        from kiosk.printing import SlipResource, build_resource_sheet

        pdf = build_resource_sheet(title, [SlipResource(**r) for r in resources], lang, self._paper)
        name = str(self.lane.print_pdf(pdf, "Resources").result())
        _sweep(self._get_printer())
        return name

    def _print(self, slip: SlipContent) -> str:
        from kiosk.printing import PickupSlip, SlipResource, build_pickup_slip

        pdf = build_pickup_slip(
            PickupSlip(
                site_name=slip.site_name,
                pickup_code=slip.pickup_code,
                created_at=slip.created_at,
                lang=slip.lang,
                resources=[SlipResource(**resource) for resource in slip.resources],
                items=list(slip.items) if slip.show_items else [],
                show_items=slip.show_items,
                place_in_queue=slip.place_in_queue,
                for_others=slip.for_others,
            ),
            self._paper,
        )
        name = str(self.lane.print_pdf(pdf, f"Pickup {slip.pickup_code}").result())
        _sweep(self._get_printer())
        return name


def _sweep(printer: Any) -> None:
    """A printer sends slips without a file; a PDF folder keeps none older than an hour."""
    folder = getattr(printer, "folder", None)
    if folder is not None:
        from kiosk.printing.sweep import sweep_visit_files

        sweep_visit_files([Path(folder)])
