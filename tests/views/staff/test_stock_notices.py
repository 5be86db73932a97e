"""Stock notices on every staff screen, the Stock page's history and deliveries, and lots at hand-over."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from kiosk.data.inventory import Receipt
from kiosk.views.staff.stock.fefo import LotSuggestion
from tests.conftest import SETUP
from tests.views.staff.conftest import PEER_NAME, PEER_PIN, sign_in

LEFT = Qt.MouseButton.LeftButton


def _make_low(services, key: str) -> None:
    supply = services.inventory.supply(key)
    services.inventory.adjust(key, supply.low_stock_at - supply.stock, "count_correction", SETUP)


def _keys(line) -> set[str]:
    return {n.key for n in line.showing()}


def test_a_notice_reaches_another_station_through_the_feed_and_appears_once(qtbot, services, make_window):
    here = make_window(services)
    there = make_window(services, "staff-pc-2", own_database=True)
    sign_in(qtbot, here)
    sign_in(qtbot, there, PEER_NAME, PEER_PIN)
    line = there.workspace.stock_notice
    assert line.isVisible()
    appeared: list[str] = []
    line.notices_appeared.connect(lambda notices: appeared.extend(n.key for n in notices))
    geometry = line.geometry()
    buttons = [there.workspace.switch_button.geometry(), there.workspace.pin_button.geometry()]

    _make_low(services, "socks")  # on the other station's database connection
    qtbot.waitUntil(lambda: "low:socks" in _keys(line), timeout=5_000)
    assert "Socks" in line.text.text() and line.dismiss_button.isVisible()
    # Nothing moved to make room for it.
    assert line.geometry() == geometry
    assert [there.workspace.switch_button.geometry(), there.workspace.pin_button.geometry()] == buttons

    # More stock news: the notices are read again, and the same one is not announced again.
    for key in ("condoms", "lube"):
        with qtbot.waitSignal(line.loaded, timeout=5_000):
            services.inventory.restock(key, 5, SETUP)
    assert "low:socks" in _keys(line)
    assert appeared.count("low:socks") == 1

    # Dismissed: gone for the shift, until something new comes up.
    qtbot.mouseClick(line.dismiss_button, LEFT)
    assert line.showing() == [] and not line.dismiss_button.isVisible()
    assert line.geometry() == geometry
    soon = Receipt(lot="FT-9", expires_on=dt.date.today() + dt.timedelta(days=20))
    services.inventory.restock("fentanyl-test-strips", 10, SETUP, receipt=soon)
    qtbot.waitUntil(lambda: any(k.startswith("expiring:fentanyl-test-strips:FT-9") for k in _keys(line)), timeout=5_000)
    assert "low:socks" not in _keys(line)
    assert appeared.count("low:socks") == 1

    # A new shift (sign out, sign in) shows every notice once more.
    there.sign_out("switch")
    sign_in(qtbot, there, PEER_NAME, PEER_PIN)
    qtbot.waitUntil(lambda: "low:socks" in _keys(line), timeout=5_000)
    assert appeared.count("low:socks") == 2

    # The Stock page names it too, and "See stock" goes there.
    qtbot.mouseClick(line.open_button, LEFT)
    page = there.workspace.stock_page
    assert there.workspace.current_page() is page
    qtbot.waitUntil(lambda: "Socks" in page.notice_panel.text(), timeout=5_000)
    assert "FT-9" in page.notice_panel.text()


def test_receive_with_source_lot_and_expiry_then_read_the_history(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    window.workspace.show_page("stock")
    page = window.workspace.stock_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5_000)
    before = services.inventory.supply("naloxone-nasal").stock
    assert page.select_supply("naloxone-nasal")
    qtbot.mouseClick(page.buttons["restock"], LEFT)
    dialog = page.dialog
    assert "Nasal naloxone" in dialog.windowTitle() or "naloxone" in dialog.windowTitle().lower()
    dialog.quantity.setValue(12)
    dialog.source.setCurrentIndex(dialog.source.findData("partner_transfer"))
    qtbot.keyClicks(dialog.donor, "Harbour clinic")
    qtbot.keyClicks(dialog.lot, "NX-77")
    dialog.expires.setChecked(True)
    expiry = dialog.expiry.date().addDays(10)
    dialog.expiry.setDate(expiry)
    with qtbot.waitSignal(page.stock_changed, timeout=5_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    entry = services.inventory.history("naloxone-nasal")[-1]
    assert (entry.delta, entry.source, entry.donor, entry.lot) == (12, "partner_transfer", "Harbour clinic", "NX-77")
    assert entry.expires_on == dt.date(expiry.year(), expiry.month(), expiry.day())
    assert services.inventory.supply("naloxone-nasal").stock == before + 12

    qtbot.waitUntil(lambda: page.select_supply("naloxone-nasal") and page.buttons["history"].isEnabled(), timeout=5_000)
    qtbot.mouseClick(page.buttons["history"], LEFT)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=5_000)
    history = page.dialog
    newest = [history.model.index(0, c).data() for c in range(history.model.columnCount())]
    assert newest[2] == "+12" and newest[3] == str(before + 12)
    assert "Harbour clinic" in newest[5] and "NX-77" in newest[5]
    assert "NX-77" in history.lots_label.text()
    # The running figure, read bottom to top, adds up to the shelf.
    deltas = [int(history.model.index(r, 2).data()) for r in range(history.model.rowCount())]
    assert sum(deltas) == before + 12


def test_hand_over_suggests_the_lot_that_expires_first(qtbot, services, make_window):
    today = dt.date.today()
    late = Receipt(lot="LATE", expires_on=today + dt.timedelta(days=700))
    services.inventory.restock("naloxone-nasal", 3, SETUP, receipt=late)
    soon = Receipt(lot="SOON", expires_on=today + dt.timedelta(days=90))
    services.inventory.restock("naloxone-nasal", 1, SETUP, receipt=soon)
    done = services.queue.submit([("naloxone-nasal", 2), ("socks", 1)])
    window = make_window(services)
    sign_in(qtbot, window)
    request = services.queue.status_of(done.request_id)
    window.workspace.queue_page.queue_actions.fulfil(request)
    qtbot.waitUntil(lambda: _suggestion(window) is not None and _suggestion(window).isVisible(), timeout=5_000)
    suggestion = _suggestion(window)
    text = suggestion.text()
    assert text.index("SOON") < text.index("LATE")
    assert [(p.lot, p.quantity) for p in suggestion.picks["naloxone-nasal"]][:1] == [("SOON", 1)]
    assert "socks" not in suggestion.picks  # not lot-tracked


def _suggestion(window):
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        found = widget.findChild(LotSuggestion)
        if found is not None:
            return found
    return window.findChild(LotSuggestion)


def test_every_page_fits_a_1280_wide_screen(qtbot, services, make_window):
    """The pages share one stack: a toolbar too wide on any of them widens the whole window."""
    window = make_window(services)
    sign_in(qtbot, window)
    for name in window.workspace.pages:
        window.workspace.show_page(name)
        assert window.minimumSizeHint().width() <= 1280, name


def test_notices_that_do_not_fit_are_counted_never_cut_off(qtbot, services, make_window):
    window = make_window(services)
    window.resize(1280, 800)
    sign_in(qtbot, window)
    line = window.workspace.stock_notice
    items = [s.key for s in services.inventory.catalogue() if s.is_item][:6]
    for key in items:
        _make_low(services, key)
    qtbot.waitUntil(lambda: len(line.showing()) >= len(items), timeout=5_000)
    text = line.text
    two_lines = text.fontMetrics().lineSpacing() * 2 + 2
    qtbot.waitUntil(lambda: 0 < text.heightForWidth(text.width()) <= two_lines)
    assert "more" in text.text()  # six notices never fit beside the name and buttons
    shown = [n for n in line.showing() if n.name("en") in text.text()]
    assert shown and f"+{len(line.showing()) - len(shown)} more" in text.text()
    assert all(n.name("en") in line.toolTip() for n in line.showing())  # every one in the tooltip
    # Wider, more of them fit; the buttons beside the line stay where they are.
    pin = window.workspace.pin_button.mapTo(window, window.workspace.pin_button.rect().topLeft())
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: len([n for n in line.showing() if n.name("en") in text.text()]) > len(shown))
    assert window.workspace.pin_button.mapTo(window, window.workspace.pin_button.rect().topLeft()).y() == pin.y()
