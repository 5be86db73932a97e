"""A bug raised inside the running event loop reaches the crash handler, and the kiosk starts over."""

from __future__ import annotations

import logging
import sys

import pytest
from PySide6.QtCore import QTimer

from kiosk.views.common.application import CrashHandler
from kiosk.views.visitor import navigation as nav
from tests.views.visitor.helpers import tap


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_slot_is_logged_and_the_visitor_sees_the_start_screen(qtbot, make_kiosk, caplog):
    window = make_kiosk(lockdown=True)
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)
    assert not window.basket.empty
    handler = CrashHandler(on_bug=window.recover_from_bug).install()
    try:
        assert sys.excepthook is handler

        def broken_slot() -> None:
            raise RuntimeError("a bug in a slot")

        with caplog.at_level(logging.CRITICAL):
            QTimer.singleShot(0, broken_slot)
            qtbot.waitUntil(lambda: handler.bugs == 1, timeout=5_000)
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler
    assert window.current == nav.START and window.basket.empty and window.isVisible()
    assert "a bug reached the crash handler" in caplog.text and "RuntimeError: a bug in a slot" in caplog.text
