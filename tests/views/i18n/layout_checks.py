"""Looking at a window's layouts: do rows run right to left, and does anything sit on top of something else?"""

from __future__ import annotations

from itertools import combinations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QBoxLayout, QLayout, QStackedLayout, QWidget
from shiboken6 import isValid


def _shown_items(layout: QLayout) -> list[QWidget]:
    widgets = []
    for n in range(layout.count()):
        item = layout.itemAt(n)
        widget = item.widget() if item is not None else None
        if widget is not None and widget.isVisible() and widget.width() > 1 and widget.height() > 1:
            widgets.append(widget)
    return widgets


def _name(widget: QWidget) -> str:
    return widget.objectName() or type(widget).__name__


def _layouts(root: QWidget) -> list[QLayout]:
    """The live layouts under ``root`` (pages being replaced may still list ones already gone)."""
    live = []
    for layout in root.findChildren(QLayout):
        try:
            if isValid(layout) and layout.parentWidget() is not None and layout.parentWidget().isVisible():
                live.append(layout)
        except RuntimeError:  # its C++ side went with a page that was replaced
            continue
    return live


def not_mirrored(root: QWidget, screen: str) -> list[str]:
    """Rows whose first widget is not to the right of their last one (in a right-to-left window)."""
    wrong = []
    for layout in _layouts(root):
        if not isinstance(layout, QBoxLayout):
            continue
        if layout.direction() not in (QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.RightToLeft):
            continue
        shown = _shown_items(layout)
        if len(shown) >= 2 and not shown[0].geometry().center().x() > shown[-1].geometry().center().x():
            wrong.append(f"{screen}: {_name(layout.parentWidget())}: {_name(shown[0])} … {_name(shown[-1])}")
    return wrong


def overlapping(root: QWidget, screen: str) -> list[str]:
    """Widgets laid out side by side in one layout whose rectangles overlap."""
    wrong = []
    for layout in _layouts(root):
        if isinstance(layout, QStackedLayout):
            continue
        for a, b in combinations(_shown_items(layout), 2):
            common: QRect = a.geometry().intersected(b.geometry())
            if common.width() > 1 and common.height() > 1:
                wrong.append(f"{screen}: {_name(layout.parentWidget())}: {_name(a)} over {_name(b)}")
    return wrong
