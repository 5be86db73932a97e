"""Reprinting a visitor's pickup slip from the staff queue (plain Python, no Qt).

The slip is in the language the visitor used on the kiosk (the site's
default for requests made before that was kept) and lists the local services
linked to what was asked, with the staff's edits to those services applied.
Everything here runs on a worker thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from kiosk.config import Config
from kiosk.content import ContentPack
from kiosk.data.dto import RequestView
from kiosk.data.services import Services
from kiosk.data.setup import site_name
from kiosk.printing.cups import FolderPrinter, make_printer
from kiosk.printing.model import PickupSlip, SlipResource
from kiosk.printing.slip import build_pickup_slip


@dataclass(frozen=True)
class Reprinted:
    code: str
    file_name: str
    to_folder: bool


class SlipBuilder:
    """Plain Python: everything a reprint needs, run on the worker.

    The content pack is read once, the first time a slip is built.
    """

    def __init__(self, config: Config) -> None:
        self._config = config
        self._pack: ContentPack | None = None
        self._lock = threading.Lock()

    def _content(self) -> ContentPack:
        with self._lock:
            if self._pack is None:
                self._pack = ContentPack.load(self._config.content_dir)
            return self._pack

    def slip(self, services: Services, request: RequestView, lang: str, show_items: bool) -> PickupSlip:
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
            for_others=request.for_others,
        )

    def print(self, services: Services, request: RequestView, lang: str, show_items: bool) -> Reprinted:
        pdf = build_pickup_slip(self.slip(services, request, request.language or lang, show_items), self._config.paper)
        printer = make_printer(self._config.printer, self._config.pdf_folder, self._config.printer_options)
        name = printer.print_pdf(pdf, f"pickup {request.pickup_code}")
        if isinstance(printer, FolderPrinter):
            from kiosk.printing.sweep import sweep_visit_files

            sweep_visit_files([printer.folder])
        return Reprinted(request.pickup_code, name, isinstance(printer, FolderPrinter))
