"""Small building blocks shared by the visitor screens."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetItem,
)

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

#: A number and the unit after it ("0,5 mL", "3 minutes"), which must stay on one line.
_NUMBER_UNIT = re.compile(
    r"(\d)[ \t]+(mL|ml|mg|mcg|µg|kg|g|L|cm|mm|%|min|h"
    r"|minutes?|minutos?|secondes?|segundos?|seconds?|heures?|horas?|hours?)(?!\w)"
)


def keep_units(text: str) -> str:
    """``text`` with a no-break space between each number and its unit, so "0,5 / mL" never happens."""
    return _NUMBER_UNIT.sub("\\1\u00a0\\2", text)


def presses_on_enter(widget: QAbstractButton, event: QKeyEvent) -> bool:
    """Enter and Return press a focused button, as Space does (True: handled)."""
    if event.key() in _ENTER_KEYS and not event.isAutoRepeat() and widget.isEnabled():
        widget.click()
        return True
    return False


class KioskButton(QPushButton):
    """A push button that Enter presses too, not only Space. No signals beyond ``clicked``."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not presses_on_enter(self, event):
            super().keyPressEvent(event)


class BarButton(QToolButton):
    """A top-bar button: an icon with its word under it, pressed by Enter or Space."""

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not presses_on_enter(self, event):
            super().keyPressEvent(event)


class ChoiceChip(QRadioButton):
    """One of several exclusive options (a language, a category), drawn as a rounded chip.

    A screen reader hears a radio button and whether it is chosen. Unlike
    Qt's own radio groups, every chip is a Tab stop, arrows move nothing and
    choose nothing, and Enter or Space chooses; the owner unchecks the others.
    Tapping the chosen chip again keeps it chosen. No signals beyond ``clicked``.
    """

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        set_role(self, "chip")
        self.setProperty("a11y", "choice")  # still a radio button to a screen reader (see a11y.py)
        if name:
            self.setObjectName(name)
        self.setAutoExclusive(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def nextCheckState(self) -> None:  # noqa: N802 (Qt override)
        self.setChecked(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not presses_on_enter(self, event):
            super().keyPressEvent(event)


def choose(chips: dict[str, ChoiceChip], key: str) -> None:
    """Check the chip for ``key`` and uncheck the others."""
    for chip_key, chip in chips.items():
        if chip.isChecked() != (chip_key == key):
            chip.setChecked(chip_key == key)


def tab_chain(widgets: list[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (reading order, not the order they were made in)."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def discard(widget: QWidget) -> None:
    """Take ``widget`` off the screen now and delete it at the next turn of the event loop."""
    widget.hide()
    widget.setParent(None)
    widget.deleteLater()


def clear_layout(layout: QLayout, keep: QWidget | None = None) -> None:
    """Empty ``layout``, discarding its widgets except ``keep`` (which stays alive)."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None and widget is not keep:
            discard(widget)


def set_role(widget: QWidget, role: str, **extra: str) -> QWidget:
    """Tag ``widget`` for the stylesheet (see theme.py)."""
    widget.setProperty("role", role)
    for key, value in extra.items():
        widget.setProperty(key, value)
    return widget


def set_inert(widget: QWidget, inert: bool, why: str = "") -> None:
    """Draw ``widget`` as unavailable while it stays enabled and keeps the focus.

    The owner ignores presses meanwhile. A button that disabled itself would
    hand the focus to the next control, where the next Space would land.
    """
    value = "true" if inert else "false"
    widget.setAccessibleDescription(why if inert else "")
    if widget.property("inert") != value:
        widget.setProperty("inert", value)
        restyle(widget)


def restyle(widget: QWidget) -> None:
    """Apply the stylesheet again after a dynamic property changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()


def set_style(widget: QWidget, css: str) -> None:
    """``widget.setStyleSheet(css)``, skipped when it is already that.

    Setting a style sheet re-polishes the widget and its children even when
    nothing changed; screens that fit their type on every show call this.
    """
    if widget.styleSheet() != css:
        widget.setStyleSheet(css)


def set_state(widget: QWidget, name: str, value: str) -> None:
    """Set a dynamic property the style sheet matches on; restyle only when it changed."""
    if widget.property(name) != value:
        widget.setProperty(name, value)
        restyle(widget)


def button(role: str = "", parent: QWidget | None = None, name: str = "") -> QPushButton:
    """A push button that takes focus by Tab, is pressed by Enter or Space, and has a stylesheet role."""
    result = KioskButton(parent)
    if role:
        set_role(result, role)
    if name:
        result.setObjectName(name)
    result.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    result.setAutoDefault(False)
    return result


def label(role: str = "", parent: QWidget | None = None, wrap: bool = True) -> QLabel:
    result = QLabel(parent)
    if role:
        set_role(result, role)
    result.setWordWrap(wrap)
    result.setTextFormat(Qt.TextFormat.PlainText)
    result.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return result


def heading(role: str = "heading", parent: QWidget | None = None, level: int = 2) -> QLabel:
    """A label that assistive technology announces as a heading of ``level``."""
    result = label(role, parent)
    result.setProperty("a11y", "heading")
    result.setProperty("a11y_level", level)
    return result


def decorative(widget: QWidget) -> QWidget:
    """Hide a picture that only repeats the words beside it from assistive technology."""
    widget.setProperty("a11y", "hidden")
    return widget


def card(role: str = "card", parent: QWidget | None = None) -> QFrame:
    frame = QFrame(parent)
    set_role(frame, role)
    return frame


class FlowLayout(QLayout):
    """Lays widgets out in reading order (left to right, or right to left) and wraps them, like words in a line."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 12) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self._heights: dict[int, int] = {}  # height for a width, until the items change
        self.setContentsMargins(0, 0, 0, 0)

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 (Qt override)
        self._items.append(item)

    def add_widget(self, widget: QWidget) -> None:
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def clear(self) -> None:
        while self._items:
            item = self._items.pop()
            widget = item.widget()
            if widget is not None:
                discard(widget)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 (Qt override)
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 (Qt override)
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        # Qt asks this many times per layout pass; the answer only changes with the items.
        height = self._heights.get(width)
        if height is None:
            height = self._heights[width] = self._arrange(QRect(0, 0, width, 0), move=False)
        return height

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 (Qt override)
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802 (Qt override)
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins: QMargins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _direction(self) -> Qt.LayoutDirection:
        parent = self.parentWidget()
        return parent.layoutDirection() if parent is not None else Qt.LayoutDirection.LeftToRight

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.marginsRemoved(margins)
        x, y, line_height = area.x(), area.y(), 0
        for item in self._items:
            hint = item.sizeHint()
            if x + hint.width() > area.right() + 1 and line_height > 0:
                x = area.x()
                y += line_height + self._gap
                line_height = 0
            if move:
                # Right to left, the first item sits at the right (as in a QBoxLayout).
                place = QStyle.visualRect(self._direction(), area, QRect(QPoint(x, y), hint))
                item.setGeometry(place)
            x += hint.width() + self._gap
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


def expanding(widget: QWidget) -> QWidget:
    widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    return widget


class TileButton(QPushButton):
    """A large button whose words wrap: an icon, a title and an optional line under it.

    The title is also the accessible name. No signals beyond ``clicked``.
    """

    def __init__(self, role: str = "entry", parent: QWidget | None = None, vertical: bool = False) -> None:
        super().__init__(parent)
        set_role(self, role)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAutoDefault(False)
        layout: QBoxLayout = QVBoxLayout(self) if vertical else QHBoxLayout(self)
        self._box = layout
        layout.setContentsMargins(24, 16, 24, 16)
        layout.setSpacing(20 if not vertical else 8)
        self.icon_label = QLabel(self)
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        texts = QWidget(self)
        text_layout = QVBoxLayout(texts)
        text_layout.setContentsMargins(0, 0, 0, 0)
        text_layout.setSpacing(4)
        self.title_label = label("tile-title", texts)
        self.subtitle_label = label("subtle", texts)
        self.subtitle_label.hide()
        if vertical:
            self.title_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.subtitle_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        text_layout.addWidget(self.title_label)
        text_layout.addWidget(self.subtitle_label)
        if vertical:
            text_layout.addStretch(1)
        layout.addWidget(self.icon_label, 0)
        layout.addWidget(texts, 1)
        for child in (self.icon_label, texts, self.title_label, self.subtitle_label):
            child.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # The button's own name and description say it all; its pieces stay silent.
        for child in (self.icon_label, texts):
            decorative(child)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        if not presses_on_enter(self, event):
            super().keyPressEvent(event)

    def set_texts(self, title: str, subtitle: str = "") -> None:
        self.title_label.setText(title)
        self.subtitle_label.setText(subtitle)
        self.subtitle_label.setVisible(bool(subtitle))
        self.setAccessibleName(title)
        self.setAccessibleDescription(subtitle)

    def title(self) -> str:
        return self.title_label.text()

    def sizeHint(self) -> QSize:
        hint = self._box.sizeHint()
        return QSize(max(hint.width(), 200), max(hint.height(), self.minimumHeight()))

    def minimumSizeHint(self) -> QSize:
        return QSize(self.minimumWidth() or 100, self.minimumHeight())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self.minimumHeight(), self._box.totalHeightForWidth(width))



class RowReflow(QObject):
    """Stacks a row of buttons one above the other while its width can't hold them side by side.

    Every button keeps its words whole and its type size; a row that fits
    goes back to side by side. Install with :func:`reflow_when_narrow`.
    """

    def __init__(self, host: QWidget, row: QBoxLayout, needed: Callable[[], int] | None = None) -> None:
        super().__init__(host)
        self._host = host
        self._row = row
        self._needed = needed
        # The row takes the width it is offered, not the width its buttons ask for side by side.
        host.setSizePolicy(QSizePolicy.Policy.Ignored, host.sizePolicy().verticalPolicy())
        host.installEventFilter(self)

    def needed_width(self) -> int:
        """The width the row's widgets ask for side by side."""
        widths = []
        for n in range(self._row.count()):
            item = self._row.itemAt(n)
            widget = item.widget() if item is not None else None
            if widget is not None and not widget.isHidden():
                widths.append(widget.sizeHint().width())
        margins = self._row.contentsMargins()
        return sum(widths) + self._row.spacing() * max(0, len(widths) - 1) + margins.left() + margins.right()

    def fit(self, width: int) -> None:
        needed = self._needed() if self._needed is not None else self.needed_width()
        wanted = (
            QBoxLayout.Direction.LeftToRight
            if needed <= width
            else QBoxLayout.Direction.TopToBottom
        )
        if self._row.direction() != wanted:
            self._row.setDirection(wanted)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is self._host and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit(self._host.width())
        return False


def reflow_when_narrow(host: QWidget, row: QBoxLayout, needed: Callable[[], int] | None = None) -> RowReflow:
    """Let ``row`` (the layout of ``host``) stack its buttons when ``host`` is too narrow for them.

    ``needed`` says how wide the row must be to stay side by side (by default
    the width its widgets ask for).
    """
    return RowReflow(host, row, needed)
