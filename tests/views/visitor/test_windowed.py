"""A windowed kiosk (a demo, a try-out) is an ordinary window that is easy to leave."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox

from kiosk.views.common.application import TerminalSignals
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor.lockdown import StaffCorner

# The offscreen platform says this whenever a top-level window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


def _button(dialog: QMessageBox, text: str):
    (found,) = [b for b in dialog.buttons() if b.text() == text]
    return found


def test_escape_asks_then_closes_a_windowed_kiosk(qtbot, make_kiosk):
    window = make_kiosk(lockdown=False)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    dialog = window.windowed_exit.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.text() == "Close the kiosk?"
    # The default answer keeps it open.
    assert dialog.defaultButton() is _button(dialog, "Keep it open")
    qtbot.mouseClick(_button(dialog, "Keep it open"), Qt.MouseButton.LeftButton)
    assert window.isVisible() and window.windowed_exit.dialog is None

    qtbot.keyClick(window, Qt.Key.Key_Escape)
    dialog = window.windowed_exit.dialog
    with qtbot.waitSignal(window.exit_requested, timeout=2_000):
        qtbot.mouseClick(_button(dialog, "Close the kiosk"), Qt.MouseButton.LeftButton)
    assert not window.isVisible()


def test_a_full_screen_kiosk_asks_nothing_on_escape(qtbot, make_kiosk):
    window = make_kiosk(lockdown=True)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.windowed_exit is None
    assert window.isVisible() and window.current == nav.START


def test_the_staff_corner_answers_at_the_very_corner(qtbot, make_kiosk):
    window = make_kiosk(lockdown=True, staff_hold_ms=60)
    for point in (QPoint(0, 0), QPoint(2, 1), QPoint(0, window.top_bar.height() - 1)):
        assert isinstance(window.childAt(point), StaffCorner), point
    corner = window.top_bar.staff_corner
    qtbot.mousePress(corner, Qt.MouseButton.LeftButton, pos=corner.mapFrom(window, QPoint(0, 0)))
    qtbot.waitUntil(lambda: window.current == nav.PIN, timeout=2_000)
    qtbot.mouseRelease(corner, Qt.MouseButton.LeftButton, pos=corner.mapFrom(window, QPoint(0, 0)))


def test_a_terminal_signal_wakes_the_event_loop_and_quits(qtapp_signals):
    handler, qtbot = qtapp_signals
    os.kill(os.getpid(), signal.SIGINT)
    qtbot.waitUntil(lambda: handler.received == [signal.SIGINT], timeout=2_000)


@pytest.fixture
def qtapp_signals(qapp, qtbot):
    saved = {n: signal.getsignal(n) for n in (signal.SIGINT, signal.SIGTERM)}
    handler = TerminalSignals(qapp)
    handler.install()
    yield handler, qtbot
    handler.uninstall()
    for number, previous in saved.items():
        signal.signal(number, previous)
    handler.deleteLater()


@pytest.mark.slow
@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_in_the_terminal_quits_a_running_kiosk_cleanly(tmp_path: Path, number):
    environment = {**os.environ, "KIOSK_DATA_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    environment.pop("KIOSK_CONFIG", None)
    environment["KIOSK_CONFIG"] = str(tmp_path / "none.toml")
    process = subprocess.Popen(
        [sys.executable, "-c", "import sys; from kiosk.app import visitor_main; sys.exit(visitor_main())",
         "--demo", "--windowed"],
        env=environment, stderr=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    log = tmp_path / "logs" / "kiosk.log"
    try:
        deadline = time.monotonic() + 60
        while "kiosk running (windowed)" not in (log.read_text() if log.exists() else ""):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the kiosk did not start"
            time.sleep(0.05)
        sent = time.monotonic()
        process.send_signal(number)
        _out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, err
    assert time.monotonic() - sent < 5
    assert "Traceback" not in err and "Error calling Python override" not in err
