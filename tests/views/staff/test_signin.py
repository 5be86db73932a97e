"""Signing in with the keypad or the keyboard, throttling, locks, idle sign-out."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt

from kiosk.data.staff import LOCK_AFTER
from tests.conftest import SETUP
from tests.views.staff.conftest import ADMIN_NAME, ADMIN_PIN, FAST, PEER_NAME, PEER_PIN, choose_name, sign_in, type_pin


def _try(qtbot, window, pin: str) -> str:
    type_pin(qtbot, window, pin)
    with qtbot.waitSignal(window.signin.attempt_finished, timeout=5_000) as blocker:
        qtbot.mouseClick(window.signin.keypad.enter_button, Qt.MouseButton.LeftButton)
    return blocker.args[0]


def test_names_list_only_active_staff_and_keypad_signs_in(qtbot, services, make_window):
    services.staff.add("former staff", "408317", by=SETUP)
    services.staff.set_active("former staff", False, SETUP)
    window = make_window(services)
    choose_name(qtbot, window, PEER_NAME)
    names = [window.signin.names.item(row).text() for row in range(window.signin.names.count())]
    assert names == [ADMIN_NAME, PEER_NAME]
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    assert window.workspace.isVisible()
    assert PEER_NAME in window.workspace.user_label.text()
    # Not an admin: the audit page and admin buttons are hidden.
    assert window.workspace.navigation.item(6).isHidden()
    assert not window.workspace.stock_page.buttons["add"].isVisible()


def test_keyboard_sign_in(qtbot, services, make_window):
    window = make_window(services)
    choose_name(qtbot, window, ADMIN_NAME)
    qtbot.keyClicks(window.signin.pin, ADMIN_PIN)
    with qtbot.waitSignal(window.signin.signed_in, timeout=5_000):
        qtbot.keyClick(window.signin.pin, Qt.Key.Key_Return)
    assert window.signed_in and window.ctx.is_admin


def test_wrong_pin_then_wait_message(qtbot, services, make_window):
    window = make_window(services)
    choose_name(qtbot, window, PEER_NAME)
    assert _try(qtbot, window, "111111") == "wrong_pin"
    assert "don't match" in window.signin.message.text()
    assert not window.signed_in
    _try(qtbot, window, "222222")
    reason = _try(qtbot, window, "333333")
    assert reason == "wrong_pin"
    # The third failure starts a wait: the screen counts it down and refuses tries.
    assert window.signin.waiting
    assert "wait" in window.signin.message.text().lower()
    assert "seconds" in window.signin.message.text()


def test_locked_account_says_an_admin_must_unlock(qtbot, services, make_window):
    # Nine failures an hour apart (no wait left), through the real service and a clock in the past.
    from kiosk.data.services import Services
    from tests.conftest import fast_hasher

    moments = iter(dt.datetime.now(dt.UTC) - dt.timedelta(hours=10 - n) for n in range(100))
    old = Services.build(services.db, services.site_id, clock=lambda: next(moments), hasher=fast_hasher())
    for _ in range(LOCK_AFTER - 1):
        try:
            old.staff.sign_in(PEER_NAME, "000000")
        except Exception:  # noqa: BLE001 - each one is a SignInFailed
            pass
    window = make_window(services)
    choose_name(qtbot, window, PEER_NAME)
    assert _try(qtbot, window, "999999") == "locked"
    assert "admin must unlock" in window.signin.message.text()
    # Even the right PIN is refused now.
    assert _try(qtbot, window, PEER_PIN) == "locked"
    assert not window.signed_in


def test_idle_sign_out_and_switch_user(qtbot, services, make_window):
    window = make_window(services, timings=replace(FAST, idle_ms=300))
    sign_in(qtbot, window)
    with qtbot.waitSignal(window.signed_out, timeout=5_000) as blocker:
        pass
    assert blocker.args == ["idle"]
    assert window.signin.isVisible() and not window.signed_in
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    with qtbot.waitSignal(window.signed_out, timeout=2_000) as blocker:
        qtbot.mouseClick(window.workspace.switch_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["switch"]
    assert window.isVisible()
    sign_in(qtbot, window)
    assert window.ctx.staff.name == ADMIN_NAME
