"""Touch target sizes, accessible names, text size, contrast and Tab order."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kiosk.views.common.touch import MIN_TARGET_PX, touch_target_px
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor import theme
from tests.views.visitor.helpers import tap, visible_buttons

SCREENS = (nav.START, nav.INFORMATION, nav.CATALOGUE, nav.REVIEW, nav.EMERGENCY, nav.PIN)


def test_touch_target_follows_the_screen_density(qapp):
    screen = QApplication.primaryScreen()
    expected = max(MIN_TARGET_PX, round(10 / 25.4 * screen.physicalDotsPerInch() / screen.devicePixelRatio()))
    assert abs(touch_target_px(screen) - expected) <= 1
    assert touch_target_px(screen) >= 64


def test_every_button_is_named_and_big_enough(qtbot, make_kiosk):
    window = make_kiosk(touch_px=None)
    touch = window.appearance.touch_px
    assert touch >= 64
    window.open_catalogue()
    window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus.click()
    for step in range(3):
        window.appearance.set(text_step=step)
        for name in SCREENS:
            window.show_screen(name)
            QApplication.processEvents()
            for button in visible_buttons(window):
                where = f"{name}/{button.objectName()}"
                assert button.accessibleName().strip(), f"{where} has no accessible name"
                assert button.width() >= touch and button.height() >= touch, (
                    f"{where} is {button.width()}x{button.height()}, smaller than {touch}"
                )


def test_text_size_has_three_steps_and_contrast_toggles(qtbot, make_kiosk):
    window = make_kiosk()
    body = window.start_screen.welcome
    sizes = []
    for _ in range(3):
        sizes.append(body.fontInfo().pixelSize())
        tap(qtbot, window.top_bar.text_size)
    assert sizes == list(theme.TEXT_STEPS)
    assert window.appearance.text_step == 0
    tap(qtbot, window.top_bar.contrast)
    assert window.appearance.high_contrast
    assert theme.HIGH_CONTRAST.background in window.styleSheet()
    assert body.palette().color(body.foregroundRole()).name().upper() == theme.HIGH_CONTRAST.ink
    window.show_screen(nav.CATALOGUE)
    assert window.top_bar.contrast.isVisible() and window.top_bar.text_size.isVisible()


def test_tab_moves_through_the_start_screen_in_reading_order(qtbot, make_kiosk):
    window = make_kiosk()
    start = window.start_screen
    order = []
    window.setFocus()
    for _ in range(9):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    expected = [
        window.top_bar.read_aloud,
        window.top_bar.text_size,
        window.top_bar.contrast,
        window.top_bar.quick_exit,
        window.top_bar.emergency,
        start.language_button("en"),
        start.language_button("fr"),
        start.language_button("es"),
        start.supplies,
    ]
    assert order == expected
    qtbot.keyClick(start.supplies, Qt.Key.Key_Space)
    assert window.current == nav.CATALOGUE
