"""Quick exit and idle reset clear everything; a finger down holds the timer."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from kiosk.views.visitor import navigation as nav
from tests.views.visitor.helpers import tap, touch_press, touch_release


def _busy_visit(qtbot, window) -> None:
    tap(qtbot, window.start_screen.language_button("es"))
    tap(qtbot, window.top_bar.text_size)
    tap(qtbot, window.top_bar.contrast)
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)


def _assert_fresh(window) -> None:
    assert window.current == nav.START
    assert window.basket.empty
    assert window.language == "en"
    assert window.appearance.text_step == 0 and not window.appearance.high_contrast
    assert window.start_screen.supplies.title() == "Get supplies"
    assert window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.value == 0


def test_quick_exit_wipes_everything_at_once(qtbot, make_kiosk):
    window = make_kiosk()
    _busy_visit(qtbot, window)
    assert window.language == "es" and window.top_bar.quick_exit.text().replace("\n", " ") == "Salida rápida"
    tap(qtbot, window.top_bar.quick_exit)
    _assert_fresh(window)


def test_idle_warning_then_im_still_here(qtbot, make_kiosk):
    window = make_kiosk(idle_quiet_ms=150, idle_warning_ms=10_000)
    _busy_visit(qtbot, window)
    qtbot.waitUntil(window.warning.isVisible, timeout=3_000)
    assert "Empezamos" in window.warning.countdown.text() or "segundos" in window.warning.countdown.text()
    tap(qtbot, window.warning.stay)
    assert not window.warning.isVisible()
    assert window.current == nav.CATALOGUE and window.basket.as_request() == [("condoms", 1)]


def test_idle_reset_clears_the_visit(qtbot, make_kiosk):
    window = make_kiosk(idle_quiet_ms=100, idle_warning_ms=200)
    _busy_visit(qtbot, window)
    with qtbot.waitSignal(window.visit_reset, timeout=3_000):
        pass
    _assert_fresh(window)


def _wheel(widget) -> None:
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, -120),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )
    QApplication.sendEvent(widget, event)


def test_keys_and_wheel_count_as_activity(qtbot, make_kiosk):
    window = make_kiosk(idle_warning_ms=60_000)
    window.open_catalogue()
    # Each input while the countdown runs takes it back, there and then: no
    # race with a short quiet time on a busy machine.
    for send in (
        lambda: qtbot.keyClick(window, Qt.Key.Key_Tab),
        lambda: _wheel(window.get_screen(nav.CATALOGUE).scroll_area.viewport()),
    ):
        window.idle.begin_warning()
        assert window.idle.warning
        with qtbot.waitSignal(window.idle.warning_cancelled, timeout=1_000):
            send()
        assert not window.idle.warning
    assert not window.warning.isVisible()


def test_the_timer_never_fires_while_a_finger_is_down(qtbot, make_kiosk):
    window = make_kiosk(idle_quiet_ms=100, idle_warning_ms=100)
    window.open_catalogue()
    target = window.get_screen(nav.CATALOGUE).title
    touch_press(target)
    assert window.idle.finger_down
    with qtbot.assertNotEmitted(window.idle.went_idle, wait=400):
        pass
    assert window.current == nav.CATALOGUE and not window.warning.isVisible()
    touch_release(target)
    qtbot.waitUntil(window.warning.isVisible, timeout=3_000)
