"""Printed pickup slips, resource sheets and their QR codes; printers.

Plain Python without Qt: the views call it from a worker thread.
"""

from kiosk.printing.cups import (
    CupsPrinter,
    FolderPrinter,
    Printer,
    PrinterState,
    PrintFailed,
    make_printer,
    parse_lpstat,
)
from kiosk.printing.model import PickupSlip, SlipResource
from kiosk.printing.qr import qr_matrix, qr_runs
from kiosk.printing.slip import build_pickup_slip, build_resource_sheet

__all__ = [
    "CupsPrinter",
    "FolderPrinter",
    "PickupSlip",
    "PrintFailed",
    "Printer",
    "PrinterState",
    "SlipResource",
    "build_pickup_slip",
    "build_resource_sheet",
    "make_printer",
    "parse_lpstat",
    "qr_matrix",
    "qr_runs",
]
