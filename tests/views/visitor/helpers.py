"""Real input for the visitor tests: clicks, finger taps, key presses."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def tap(qtbot, widget: QWidget) -> None:
    """A real mouse click in the middle of ``widget``."""
    assert widget.isVisible() and widget.isEnabled(), f"{widget.objectName() or widget} can't be tapped"
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def touch_tap(widget: QWidget, device=None) -> None:
    """A finger tap on ``widget``: TouchBegin and TouchEnd on its window."""
    device = device or touch_device()
    window = widget.window().windowHandle()
    point = widget.mapTo(widget.window(), widget.rect().center())
    QTest.touchEvent(window, device).press(0, point, window)
    QTest.touchEvent(window, device).release(0, point, window)
    QApplication.processEvents()


_DEVICE = []


def touch_device():
    if not _DEVICE:
        _DEVICE.append(QTest.createTouchDevice())
    return _DEVICE[0]


def center_of(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), widget.rect().center())


def touch_press(widget: QWidget, device=None) -> None:
    device = device or touch_device()
    window = widget.window().windowHandle()
    QTest.touchEvent(window, device).press(0, center_of(widget), window)
    QApplication.processEvents()


def touch_release(widget: QWidget, device=None) -> None:
    device = device or touch_device()
    window = widget.window().windowHandle()
    QTest.touchEvent(window, device).release(0, center_of(widget), window)
    QApplication.processEvents()


def visible_buttons(root: QWidget) -> list:
    from PySide6.QtWidgets import QAbstractButton

    return [b for b in root.findChildren(QAbstractButton) if b.isVisibleTo(root.window()) and b.isVisible()]
