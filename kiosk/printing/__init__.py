"""Printed pickup slips, resource sheets and their QR codes; printers.

Plain Python without Qt: the views reach printers through a
:class:`PrinterLane`, a thread of its own.
"""

from importlib import import_module
from typing import Any

# Where each public name lives. Importing this package loads none of them:
# the kiosk draws QR codes on screen (kiosk.printing.qr) without paying for
# reportlab until a slip is actually printed.
_EXPORTS = {
    "CupsPrinter": "cups",
    "FolderPrinter": "cups",
    "Printer": "cups",
    "PrinterState": "states",
    "PrintFailed": "cups",
    "make_printer": "cups",
    "parse_lpstat": "lpstat",
    "PrinterLane": "lane",
    "ResourceBook": "resource_book",
    "PickupSlip": "model",
    "SlipResource": "model",
    "qr_matrix": "qr",
    "qr_runs": "qr",
    "build_pickup_slip": "slip",
    "build_resource_sheet": "slip",
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = [
    "CupsPrinter",
    "FolderPrinter",
    "PickupSlip",
    "PrintFailed",
    "Printer",
    "PrinterLane",
    "PrinterState",
    "ResourceBook",
    "SlipResource",
    "build_pickup_slip",
    "build_resource_sheet",
    "make_printer",
    "parse_lpstat",
    "qr_matrix",
    "qr_runs",
]
