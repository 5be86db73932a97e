"""A locked-down kiosk under a window manager: minimised, hidden or covered, it comes back."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from kiosk.views.visitor.lockdown import WindowGuard

# The offscreen platform has no stacking order to raise a window in; a real one is tried in test_under_x11.py.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|propagateSizeHints)")


def test_a_kiosk_window_asks_to_stay_on_top_and_a_windowed_one_does_not(make_kiosk):
    kiosk = make_kiosk(lockdown=True)
    assert kiosk.windowFlags() & Qt.WindowType.WindowStaysOnTopHint
    windowed = make_kiosk(lockdown=False)
    assert not windowed.windowFlags() & Qt.WindowType.WindowStaysOnTopHint


def test_a_minimised_kiosk_restores_itself_full_screen(qtbot, make_kiosk):
    window = make_kiosk(lockdown=True)
    with qtbot.waitSignal(window.guard.restored, timeout=2_000) as restored:
        window.showMinimized()
    assert restored.args == ["minimised"]
    qtbot.waitUntil(lambda: window.isVisible() and window.isFullScreen() and not window.isMinimized())


def test_a_hidden_kiosk_shows_itself_again(qtbot, make_kiosk):
    window = make_kiosk(lockdown=True)
    with qtbot.waitSignal(window.guard.restored, timeout=2_000) as restored:
        window.hide()
    assert restored.args == ["hidden"]
    qtbot.waitUntil(window.isVisible)


def test_losing_the_focus_to_another_window_takes_it_back(qtbot, make_kiosk, monkeypatch):
    window = make_kiosk(lockdown=True)
    asked: list[str] = []
    monkeypatch.setattr(window, "activateWindow", lambda: asked.append("activate"))
    monkeypatch.setattr(window, "raise_", lambda: asked.append("raise"))
    monkeypatch.setattr(QApplication, "activeWindow", staticmethod(lambda: None))
    with qtbot.waitSignal(window.guard.restored, timeout=2_000) as restored:
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
    assert restored.args == ["covered"] and asked == ["raise", "activate"]


def test_focus_back_in_time_needs_nothing(qtbot, make_kiosk):
    window = make_kiosk(lockdown=True)
    with qtbot.assertNotEmitted(window.guard.restored, wait=WindowGuard.REFOCUS_MS * 3):
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowDeactivate))
        QCoreApplication.sendEvent(window, QEvent(QEvent.Type.WindowActivate))


def test_a_windowed_kiosk_may_be_minimised(qtbot, make_kiosk):
    window = make_kiosk(lockdown=False)
    with qtbot.assertNotEmitted(window.guard.restored, wait=200):
        window.showMinimized()
    assert window.isMinimized()


def test_a_window_taken_away_again_and_again_exits_for_the_service_to_restart(qtbot, make_kiosk, monkeypatch):
    window = make_kiosk(lockdown=True)
    codes: list[int] = []
    monkeypatch.setattr(QApplication, "exit", staticmethod(codes.append))
    monkeypatch.setattr(window, "showFullScreen", lambda: None)  # coming back never works
    with qtbot.waitSignal(window.guard.lost, timeout=5_000):
        for _ in range(WindowGuard.BURST + 1):
            window.guard._bring_back("hidden")
    assert codes == [WindowGuard.LOST_WINDOW_EXIT]
