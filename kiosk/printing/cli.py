"""``kiosk-admin print-test``: print a test slip, or write it to a PDF file."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from pathlib import Path

from kiosk.config import load_config
from kiosk.printing.cups import FolderPrinter, PrintFailed, make_printer
from kiosk.printing.demo import demo_resources
from kiosk.printing.layout import PAPERS
from kiosk.printing.model import PickupSlip
from kiosk.printing.slip import build_pickup_slip
from kiosk.printing.strings import LANGUAGES, slip_text

TEST_CODE = "TST"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pdf", metavar="FILE", default=None,
                        help="write the test slip to FILE instead of printing it")
    parser.add_argument("--printer", metavar="QUEUE", default=None,
                        help="CUPS queue to print on (default: the configured printer, else the slips folder)")
    parser.add_argument("--paper", choices=sorted(PAPERS), default=None,
                        help="paper to lay the slip out for (default: the configured paper)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="language of the slip (default: en)")


def run(args: argparse.Namespace) -> int:
    """Build a test slip with demo resources and print or save it. 0 on success.

    Without ``--printer`` and ``--paper`` the machine's settings decide, as
    they do for visitors' slips: a configured CUPS queue, else the slips folder.
    """
    config = load_config()
    lang = getattr(args, "lang", None) or "en"
    paper = getattr(args, "paper", None) or config.paper
    slip = PickupSlip(
        site_name=slip_text(lang, "test_site"),
        pickup_code=TEST_CODE,
        created_at=datetime.now(),
        lang=lang,
        resources=demo_resources(lang)[:3],
        place_in_queue=1,
    )
    pdf = build_pickup_slip(slip, paper)
    target = getattr(args, "pdf", None)
    if target:
        try:
            Path(target).write_bytes(pdf)
        except OSError as exc:
            print(f"Could not write {target}: {exc.strerror}", file=sys.stderr)
            return 1
        print(f"Test slip ({paper}) written to {target}")
        return 0
    printer = make_printer(getattr(args, "printer", None) or config.printer, config.pdf_folder,
                           config.printer_options)
    state = printer.state()  # asked once: a hung CUPS costs one timeout, not two
    print(f"Printer {printer.name}: {state.status} ({state.report})")
    try:
        job = printer.print_pdf(pdf, "Kiosk test slip", checked=state)
    except PrintFailed as exc:
        print(f"Test slip not printed: {exc}", file=sys.stderr)
        return 1
    if isinstance(printer, FolderPrinter):
        print(f"Test slip ({paper}) saved as {printer.folder / job}")
    else:
        print(f"Test slip ({paper}) sent to {printer.name} as job {job}")
    return 0
