"""Pickup slips from the confirmation screen, printing trouble, and the heartbeat."""

from __future__ import annotations

from kiosk.data.setup import DEMO_ADMIN_PIN
from kiosk.printing import PrinterState, PrintFailed
from kiosk.views.visitor import messages
from kiosk.views.visitor import navigation as nav
from tests.conftest import SETUP
from tests.views.visitor.helpers import tap


def _request_something(qtbot, window) -> None:
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["naloxone-nasal"].stepper.plus)
    tap(qtbot, window.get_screen(nav.CATALOGUE).review)
    tap(qtbot, window.get_screen(nav.REVIEW).send)
    qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)


def test_confirmation_shows_codes_and_prints_a_slip_to_the_pdf_folder(qtbot, make_kiosk, demo_services, tmp_path):
    folder = tmp_path / "slips"
    demo_services.settings.update(by=SETUP, pdf_folder=str(folder))
    window = make_kiosk()
    _request_something(qtbot, window)
    confirmation = window.get_screen(nav.CONFIRMATION)
    assert [c.data for c in confirmation.codes] == [
        "https://example.org/naloxone-training",
        "https://example.org/naloxone-map",
    ]
    assert confirmation.print.isVisible()
    tap(qtbot, confirmation.print)
    qtbot.waitUntil(lambda: confirmation.print_message.isVisible(), timeout=10_000)
    assert confirmation.print_message.text() == "Your slip is printing. Take it from the printer."
    [pdf] = folder.glob("*.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")

    # Staff can reprint it from their menu.
    window.flows.open_staff()
    pad = window.get_screen(nav.PIN)
    for digit in DEMO_ADMIN_PIN:
        tap(qtbot, pad.keys[digit])
    tap(qtbot, pad.ok)
    qtbot.waitUntil(lambda: window.current == nav.STAFF, timeout=5_000)
    menu = window.get_screen(nav.STAFF)
    tap(qtbot, menu.reprint)
    qtbot.waitUntil(lambda: len(list(folder.glob("*.pdf"))) == 2, timeout=10_000)


def test_printing_trouble_says_to_scan_the_code_instead(qtbot, make_kiosk, demo_services, tmp_path, monkeypatch):
    demo_services.settings.update(by=SETUP, pdf_folder=str(tmp_path))
    window = make_kiosk()
    window.set_language("es")

    class Jammed:
        name = "jammed"

        def state(self):
            return PrinterState("out_of_paper", "Printer 'jammed' is out of paper.")

        def print_pdf(self, pdf, title, checked=None):
            raise PrintFailed(self.state())

    monkeypatch.setattr(window.slips, "_get_printer", lambda: Jammed())
    _request_something(qtbot, window)
    confirmation = window.get_screen(nav.CONFIRMATION)
    tap(qtbot, confirmation.print)
    qtbot.waitUntil(lambda: confirmation.print_message.isVisible(), timeout=10_000)
    # The visitor learns why, in their language, and what to do instead.
    assert confirmation.print_message.text() == "La impresora no tiene papel — escanee el código de la pantalla."
    assert confirmation.code.text()  # the code stays on screen


def test_no_print_button_without_printer_or_folder(qtbot, make_kiosk):
    window = make_kiosk()
    _request_something(qtbot, window)
    assert not window.get_screen(nav.CONFIRMATION).print.isVisible()


def test_registers_and_sends_heartbeats_with_the_printer_state(qtbot, make_kiosk, demo_services, tmp_path):
    demo_services.settings.update(by=SETUP, pdf_folder=str(tmp_path))
    window = make_kiosk(backend_options={"heartbeat_ms": 50})
    window.backend.printer_probe = window.slips.probe
    [station] = demo_services.stations.stations()
    assert (station.name, station.kind) == ("kiosk-test", "kiosk")
    first = station.last_seen_at

    def beat_seen() -> bool:
        [now] = demo_services.stations.stations()
        return now.last_seen_at > first and now.printer_state == "pdf_folder"

    qtbot.waitUntil(beat_seen, timeout=5_000)


def test_an_information_page_prints_its_resources_on_a_card(qtbot, make_kiosk, demo_services, tmp_path):
    import pypdfium2

    folder = tmp_path / "cards"
    window = make_kiosk()
    tap(qtbot, window.start_screen.language_button("fr"))
    tap(qtbot, window.start_screen.information)
    info = window.get_screen(nav.INFORMATION)
    info.open_page("overdose-signs")
    view = info.page_view
    # No printer and no PDF folder: nothing offers paper.
    assert not view.print.isVisible()

    demo_services.settings.update(by=SETUP, pdf_folder=str(folder))
    qtbot.waitUntil(view.print.isVisible, timeout=5_000)
    assert view.print.text() == "Imprimer"
    tap(qtbot, view.print)
    qtbot.waitUntil(view.print_message.isVisible, timeout=10_000)
    [pdf] = folder.glob("*.pdf")
    document = pypdfium2.PdfDocument(str(pdf))
    text = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    pack = window.content.pack
    for key in pack.page("overdose-signs", "fr").related_resources:
        assert pack.resource(key).name("fr") in text.replace("\r\n", " ").replace("\n", " ")


def test_each_printer_fault_has_words_a_visitor_can_pass_on(qapp):
    from kiosk.printing.states import STATUSES

    generic = messages.printing_failed()
    said = {status: messages.printing_failed(PrintFailed(PrinterState(status, "x"))) for status in STATUSES}
    assert said["out_of_paper"].startswith("The printer is out of paper")
    assert said["paper_jam"] == said["cover_open"] == said["offline"] != generic
    assert said["cups_down"] == said["stopped"] == said["rejecting"] == generic
    assert all(text.endswith("scan the code on screen instead.") for text in said.values())
