"""Lockdown: the ways out are ignored; staff leave with a valid PIN only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kiosk.data.setup import DEMO_ADMIN_PIN
from kiosk.views.visitor import navigation as nav
from tests.conftest import SETUP
from tests.views.visitor.helpers import tap


def _type_pin(qtbot, pad, pin: str) -> None:
    for digit in pin:
        tap(qtbot, pad.keys[digit])
    tap(qtbot, pad.ok)


def test_lockdown_ignores_close_and_escape_keys(qtbot, make_kiosk):
    window = make_kiosk(lockdown=True)
    window.open_catalogue()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert window.close() is False
    assert window.isVisible() and window.current == nav.CATALOGUE


def test_staff_exit_needs_a_valid_pin(qtbot, make_kiosk):
    window = make_kiosk(lockdown=True, staff_hold_ms=60)
    corner = window.top_bar.staff_corner
    # A short tap does nothing.
    with qtbot.assertNotEmitted(corner.held, wait=100):
        tap(qtbot, corner)
    assert window.current == nav.START
    # Holding the corner opens the keypad.
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=corner.rect().center())
    qtbot.waitUntil(lambda: window.current == nav.PIN, timeout=2_000)
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=corner.rect().center())
    pad = window.get_screen(nav.PIN)

    _type_pin(qtbot, pad, "111111")
    qtbot.waitUntil(pad.message.isVisible, timeout=5_000)
    assert pad.message.text() in ("That PIN didn't work. Try again.",) or "Wait" in pad.message.text()
    assert window.current == nav.PIN

    qtbot.waitUntil(pad.ok.isEnabled, timeout=100) if pad.ok.isEnabled() else None
    window.backend.run(lambda services: services.staff.reset_station(window.backend.station_id, SETUP))
    qtbot.waitUntil(lambda: not window.backend.link.busy)
    _type_pin(qtbot, pad, DEMO_ADMIN_PIN)
    qtbot.waitUntil(lambda: window.current == nav.STAFF, timeout=5_000)
    menu = window.get_screen(nav.STAFF)
    assert "admin" in menu.who.text()
    with qtbot.waitSignal(window.exit_requested):
        tap(qtbot, menu.exit)
    assert not window.isVisible()
