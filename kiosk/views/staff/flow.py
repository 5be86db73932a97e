"""A row of buttons that runs on to a second line when the window is too narrow for it.

Used where a longer language would otherwise make the window wider than the
screen (the queue's filters, the languages a site offers). Items keep their order
and their size; only the width of the row decides where a line breaks, so
nothing moves while the window keeps its size.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowRow(QLayout):
    """Lays its items left to right, breaking to a new line where the next one does not fit."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 8) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._heights: dict[int, int] = {}  # height for a width, until something in the row changes
        self.setSpacing(spacing)
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- filling ------------------------------------------------------------

    def add(self, widget: QWidget) -> None:
        self.addWidget(widget)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if not 0 <= index < len(self._items):
            return None
        return self._items.pop(index)

    # -- sizing -------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        if width not in self._heights:
            self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self.spacing() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """The widest single item: narrower than that, the row cannot go."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    # -- placing ------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not _hidden(item)]

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (or only measure); returns the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap = self.spacing()
        lines: list[list[tuple[int, QLayoutItem, QSize]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if _hidden(item):
                continue
            size = item.sizeHint().boundedTo(item.maximumSize()).expandedTo(item.minimumSize())
            size.setWidth(min(size.width(), area.width()))
            needed = size.width() if not lines[-1] else used + gap + size.width()
            if lines[-1] and needed > area.width():
                lines.append([])
                needed = size.width()
            lines[-1].append((index, item, size))
            used = needed
        y = area.y()
        for line in lines:
            height = max((size.height() for _index, _item, size in line), default=0)
            if move:
                self._move_line(line, area, y, height)
            y += height + gap
        return max(0, y - gap - area.y()) + margins.top() + margins.bottom()

    def _move_line(self, line: list[tuple[int, QLayoutItem, QSize]], area: QRect, y: int, height: int) -> None:
        x = area.x()
        for _index, item, size in line:
            item.setGeometry(QRect(QPoint(x, y + (height - size.height()) // 2), size))
            x += size.width() + self.spacing()

def _hidden(item: QLayoutItem) -> bool:
    widget = item.widget()
    if widget is None:
        return item.isEmpty()
    if isinstance(item, QWidgetItem) and widget.isHidden():
        return not widget.sizePolicy().retainSizeWhenHidden()
    return False

