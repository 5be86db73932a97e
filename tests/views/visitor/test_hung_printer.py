"""A hung CUPS server never holds up a visitor's request."""

from __future__ import annotations

import time

from kiosk.views.visitor import messages
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor.slips import SlipPrinting
from tests.printing.real_cups import hung_server, need_cups_client
from tests.views.visitor.helpers import tap


def test_a_request_is_stored_at_once_while_the_printer_probe_hangs(qtbot, make_kiosk, monkeypatch):
    need_cups_client()
    with hung_server() as server:
        monkeypatch.setenv("CUPS_SERVER", server)
        slips = SlipPrinting(None, "receipt")
        window = make_kiosk(slips=slips, backend_options={"heartbeat_ms": 50})
        window.backend.printer_probe = slips.probe
        # The heartbeat has started a printer probe, which hangs on the silent server.
        qtbot.waitUntil(lambda: slips._lane is not None and slips.lane.probing, timeout=5_000)

        window.open_catalogue()
        tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["naloxone-nasal"].stepper.plus)
        tap(qtbot, window.get_screen(nav.CATALOGUE).review)
        started = time.monotonic()
        tap(qtbot, window.get_screen(nav.REVIEW).send)
        qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)
        submit_took = time.monotonic() - started
        assert slips.lane.probing, "the probe should still be hanging"
        assert submit_took < 1.0, f"the request took {submit_took:.2f} s"

        # The slip cannot print; the visitor is told within one bounded probe.
        confirmation = window.get_screen(nav.CONFIRMATION)
        started = time.monotonic()
        tap(qtbot, confirmation.print)
        qtbot.waitUntil(confirmation.print_message.isVisible, timeout=10_000)
        assert time.monotonic() - started < 4.5  # the hung probe gives up after 3 s; the job uses its answer
        assert confirmation.print_message.text() == messages.printing_failed()


def _send_and_print(qtbot, window):
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["naloxone-nasal"].stepper.plus)
    tap(qtbot, window.get_screen(nav.CATALOGUE).review)
    tap(qtbot, window.get_screen(nav.REVIEW).send)
    qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)
    confirmation = window.get_screen(nav.CONFIRMATION)
    tap(qtbot, confirmation.print)
    qtbot.waitUntil(confirmation.print_message.isVisible, timeout=10_000)
    return confirmation


def test_a_slip_from_the_kiosk_comes_out_of_cups_at_its_own_size(qtbot, make_kiosk):
    from tests.printing.pdf_helpers import MM, decoded_qr_codes, page_images, pdf_pages
    from tests.printing.real_cups import RealCups

    cups = RealCups.from_environment()
    before = set(cups.pdf_folder.glob("*.pdf"))
    window = make_kiosk(slips=SlipPrinting(None, cups.pdf_queue))
    confirmation = _send_and_print(qtbot, window)
    assert confirmation.print_message.text() == "Your slip is printing. Take it from the printer."
    qtbot.waitUntil(lambda: bool(set(cups.pdf_folder.glob("*.pdf")) - before), timeout=30_000)
    [path] = set(cups.pdf_folder.glob("*.pdf")) - before
    printed = cups.pdf_output(f"{cups.pdf_queue}-{path.stem.rsplit('_', 1)[1]}")  # waits for the job to end
    [page] = list(pdf_pages(printed))
    width, height = page.get_size()
    assert abs(width / MM - 80) < 0.5 and height > width and page.get_rotation() == 0
    assert sorted(decoded_qr_codes(page_images(printed)[0])) == sorted(
        ["https://example.org/naloxone-training", "https://example.org/naloxone-map"]
    )


def test_a_stopped_queue_gets_the_visitor_the_fallback(qtbot, make_kiosk):
    from tests.printing.real_cups import RealCups, run

    cups = RealCups.from_environment()
    with cups.fault_queue() as queue:
        assert run("cupsdisable", queue.name).returncode == 0
        window = make_kiosk(slips=SlipPrinting(None, queue.name))
        confirmation = _send_and_print(qtbot, window)
        assert confirmation.print_message.text() == messages.printing_failed()
        assert queue.pending() == 0 and queue.jobs() == []
