"""A request's QR codes never wait for the information pack to load."""

from __future__ import annotations

import threading

from kiosk.views.visitor import content_source
from kiosk.views.visitor import navigation as nav
from tests.conftest import SETUP
from tests.printing.pdf_helpers import decoded_qr_codes, page_images
from tests.views.visitor.helpers import tap

NALOXONE_CODES = ["https://example.org/naloxone-training", "https://example.org/naloxone-map"]


def test_a_request_sent_before_the_pack_loads_keeps_its_codes_on_screen_and_slip(
    qtbot, make_kiosk, demo_services, content_pack, tmp_path, monkeypatch
):
    gate = threading.Event()

    def pack_still_loading(directory=None):
        gate.wait(30)
        return content_pack

    monkeypatch.setattr(content_source, "load_pack", pack_still_loading)
    folder = tmp_path / "slips"
    demo_services.settings.update(by=SETUP, pdf_folder=str(folder))
    window = make_kiosk(pack=None)
    try:
        window.open_catalogue()
        tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["naloxone-nasal"].stepper.plus)
        tap(qtbot, window.get_screen(nav.CATALOGUE).review)
        tap(qtbot, window.get_screen(nav.REVIEW).send)
        qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)
        assert window.content.pack is None  # still loading
        confirmation = window.get_screen(nav.CONFIRMATION)
        assert [c.data for c in confirmation.codes] == NALOXONE_CODES
        assert confirmation.qr_heading.isVisible()

        tap(qtbot, confirmation.print)
        qtbot.waitUntil(lambda: confirmation.print_message.isVisible(), timeout=10_000)
        [pdf] = folder.glob("*.pdf")
        [image] = page_images(pdf.read_bytes())
        assert sorted(decoded_qr_codes(image)) == sorted(NALOXONE_CODES)
    finally:
        gate.set()
