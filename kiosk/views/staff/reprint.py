"""Reprinting a visitor's pickup slip from the queue.

The slip is built and sent on a lane of its own, so a slow printer never
holds up the queue. The slip is in the language the visitor used on the
kiosk (the site's default for requests made before that was kept) and lists the local services
linked to what was asked, with the staff's edits to those services applied.
"""

from __future__ import annotations

import logging
import sys
import threading
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from kiosk.config import Config
from kiosk.content import ContentPack
from kiosk.data.dto import RequestView
from kiosk.data.services import Services
from kiosk.data.setup import site_name
from kiosk.errors import KioskError
from kiosk.printing import FolderPrinter, PickupSlip, SlipResource, build_pickup_slip, make_printer
from kiosk.views.common.worker import Worker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Reprinted:
    code: str
    file_name: str
    to_folder: bool


class SlipBuilder:
    """Plain Python: everything a reprint needs, run on the worker."""

    def __init__(self, services: Services, config: Config) -> None:
        self._services = services
        self._config = config
        self._pack: ContentPack | None = None
        self._lock = threading.Lock()

    def _content(self) -> ContentPack:
        with self._lock:
            if self._pack is None:
                self._pack = ContentPack.load(self._config.content_dir)
            return self._pack

    def slip(self, request: RequestView, lang: str, show_items: bool) -> PickupSlip:
        services = self._services
        supplies = {s.key: s for s in services.inventory.supplies()}
        keys: list[str] = []
        for line in request.lines:
            supply = supplies.get(line.supply_key)
            for key in supply.resource_keys if supply else ():
                if key not in keys:
                    keys.append(key)
        pack = self._content().with_resource_overrides(services.resources.overrides())
        resources = []
        for key in keys:
            resource = pack.resource(key)
            if resource is not None:
                resources.append(
                    SlipResource(
                        key=key,
                        name=resource.name(lang),
                        url=resource.url or "",
                        phone=resource.phone or "",
                        address=resource.address or "",
                        hours=resource.hours_in(lang),
                    )
                )
        return PickupSlip(
            site_name=site_name(services.db, services.site_id),
            pickup_code=request.pickup_code,
            created_at=request.created_at.astimezone(),
            lang=lang,
            resources=tuple(resources),
            items=tuple(line.name(lang) for line in request.lines),
            show_items=show_items,
        )

    def print(self, request: RequestView, lang: str, show_items: bool) -> Reprinted:
        pdf = build_pickup_slip(self.slip(request, request.language or lang, show_items), self._config.paper)
        printer = make_printer(self._config.printer, self._config.pdf_folder)
        name = printer.print_pdf(pdf, f"pickup {request.pickup_code}")
        if isinstance(printer, FolderPrinter):
            from kiosk.printing.sweep import sweep_visit_files

            sweep_visit_files([printer.folder])
        return Reprinted(request.pickup_code, name, isinstance(printer, FolderPrinter))


class SlipReprinter(QObject):
    """Signals:
        printed(object): a ``Reprinted`` once the slip went out.
        failed(str): why it could not be printed, for the notice bar.
    """

    printed = Signal(object)
    failed = Signal(str)

    def __init__(self, services: Services, config: Config, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._builder = SlipBuilder(services, config)
        self._worker = Worker(self)

    def reprint(self, request: RequestView, lang: str, show_items: bool) -> None:
        self._worker.run(
            lambda: self._builder.print(request, lang, show_items), self._on_printed, self._on_failed
        )

    def _on_printed(self, result: Reprinted) -> None:
        self.printed.emit(result)

    def _on_failed(self, error: BaseException) -> None:
        if isinstance(error, KioskError):
            log.warning("reprint failed: %s", error)
            self.failed.emit(str(error))
            return
        sys.excepthook(type(error), error, error.__traceback__)

    def close(self, wait_ms: int = 10_000) -> None:
        self._worker.wait_for_done(wait_ms)
