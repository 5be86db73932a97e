"""The queue's action buttons: a fixed grid, each button with its shortcut under its words.

The grid never reflows with what is selected or shown: every button has a
cell of its own, the emergency answers take the cells of the actions they
replace, and a disabled button keeps its place. So the button under a finger
is the same one before and after a notice, a banner or a new selection.

Only the window's width and the language set how many columns there are:
five when every button's words fit (two rows), fewer when a longer language
needs the room (the cells run on, row by row, in the same order).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QFontMetrics, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QStyle, QStyleOptionButton, QWidget

from kiosk.views.staff.page import make_button

#: name, icon, role, shortcut, (row, column). Emergency answers share the cells of claim/ready/hand over.
BUTTONS: tuple[tuple[str, str, str | None, str, tuple[int, int]], ...] = (
    ("call_next", "queue", "primary", "F2", (0, 0)),
    ("call", "talk", None, "F3", (0, 1)),
    ("claim", "staff", "primary", "F4", (0, 2)),
    ("ready", "check", None, "F6", (0, 3)),
    ("fulfil", "supplies", "primary", "F7", (0, 4)),
    ("respond", "emergency", "danger", "F4", (0, 2)),
    ("close_response", "check", "primary", "F6", (0, 3)),
    ("false_alarm", "close", None, "F7", (0, 4)),
    ("undo", "back", None, "Ctrl+Z", (1, 4)),
    ("release", "back", None, "F8", (1, 0)),
    ("cancel", "close", None, "F9", (1, 1)),
    ("no_show", "exit", None, "F10", (1, 2)),
    ("reprint", "print", None, "F11", (1, 3)),
)
EMERGENCY_BUTTONS = frozenset({"respond", "close_response", "false_alarm"})
#: Shown whatever is selected.
ALWAYS = frozenset({"call_next", "undo"})
COLUMNS = 5
SPACING = 8
#: A button's words take at most this many lines, its shortcut one more under them.
WORD_LINES = 3
CELLS = 2 * COLUMNS


class ActionButtons(QWidget):
    """The grid of buttons; ``buttons`` by name. No signals: ``on_action`` is called with a name."""

    def __init__(self, on_action: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_action = on_action
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(SPACING)
        grid.setVerticalSpacing(SPACING)
        self.columns = COLUMNS
        self._words: dict[str, str] = {}
        self._laid_out_for: int | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.keys: dict[str, QKeySequence] = {}
        self._shortcuts: dict[str, QShortcut] = {}
        for name, icon_name, role, key, (row, column) in BUTTONS:
            button = make_button(icon_name, role)
            # The grid shares the width out evenly; a long translation never widens the window.
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            # Hidden or shown, a button keeps its cell, so nothing beside it moves.
            policy = button.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            button.setSizePolicy(policy)
            button.clicked.connect(lambda _checked=False, n=name: self._on_action(n))
            self.buttons[name] = button
            self.keys[name] = QKeySequence(key)
            grid.addWidget(button, row, column)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)
        # One shortcut per key: F4 claims a request and answers an emergency, as its button does.
        for name, _icon, _role, key, _cell in BUTTONS:
            if key in {s.key().toString() for s in self._shortcuts.values()}:
                continue
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda k=key: self._on_key(k))
            self._shortcuts[name] = shortcut

    def set_texts(self, texts: dict[str, str], tips: dict[str, str]) -> None:
        for name, button in self.buttons.items():
            button.setToolTip(tips[name])
            button.setAccessibleName(texts[name])
        self._words = dict(texts)
        self._laid_out_for = None
        self._arrange(self.width())

    def _key_text(self, name: str) -> str:
        return self.keys[name].toString(QKeySequence.SequenceFormat.NativeText)

    def _lines(self, name: str, cell: int, force: bool = False) -> list[str] | None:
        """The button's words broken into lines that fit a cell ``cell`` px wide, its shortcut last.

        None if they need more than ``WORD_LINES`` lines or a word is wider than
        the cell (unless ``force``: then the lines as they come).
        """
        button = self.buttons[name]
        option = QStyleOptionButton()
        button.initStyleOption(option)
        option.rect = QRect(0, 0, cell, max(1, button.height()))
        room = button.style().subElementRect(QStyle.SubElement.SE_PushButtonContents, option, button).width()
        if not button.icon().isNull():
            room -= button.iconSize().width() + 4
        metrics = QFontMetrics(button.font())
        lines: list[str] = []
        for word in self._words.get(name, "").split():
            if lines and metrics.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        lines.append(self._key_text(name))
        fits = len(lines) <= WORD_LINES + 1 and all(metrics.horizontalAdvance(line) <= room for line in lines)
        return lines if fits or force else None

    def _arrange(self, width: int) -> None:
        """The most columns (five at most) in which every button's words fit, and its lines.

        Worked out again only when the width or the words change, so nothing
        moves while the window keeps its size.
        """
        if not self.isVisible():
            # Hidden, the width is a passing one (a page not yet shown): words and key only, and the
            # grid as it is, so a narrow moment never makes the window taller for good.
            for name, button in self.buttons.items():
                button.setText(f"{self._words.get(name, '')}\n{self._key_text(name)}")
            self._laid_out_for = None
            return
        if width <= 0 or not self._words or self._laid_out_for == width:
            return
        self._laid_out_for = width
        line_height = QFontMetrics(self.buttons["call_next"].font()).lineSpacing()
        best: tuple[int, int, dict[str, list[str] | None]] | None = None
        for columns in range(COLUMNS, 1, -1):
            cell = (width - SPACING * (columns - 1)) // columns
            found = {name: self._lines(name, cell) for name in self.buttons}
            if any(lines is None for lines in found.values()):
                continue
            rows = -(-CELLS // columns)
            tallest = max(len(lines or ()) for lines in found.values())
            height = rows * (tallest * line_height + 16) + (rows - 1) * SPACING
            if best is None or height < best[0]:  # the shortest grid; more columns when it ties
                best = (height, columns, found)
        if best is None:  # words too long for any grid: two columns, cut as little as can be
            cell = (width - SPACING) // 2
            best = (0, 2, {name: self._lines(name, cell, force=True) for name in self.buttons})
        _height, columns, found = best
        for name, lines in found.items():
            self.buttons[name].setText("\n".join(lines or ()))
        if columns != self.columns:
            self._place(columns)
        # The buttons of a row as tall as its tallest, whichever set (ordinary or emergency) shows.
        by_row: dict[int, list[QPushButton]] = {}
        for name, _icon, _role, _key, (row, column) in BUTTONS:
            by_row.setdefault((row * COLUMNS + column) // columns, []).append(self.buttons[name])
        for buttons in by_row.values():
            tallest = max(button.sizeHint().height() for button in buttons)
            for button in buttons:
                button.setFixedHeight(tallest)

    def _place(self, columns: int) -> None:
        self.columns = columns
        for name in self.buttons:
            self._grid.removeWidget(self.buttons[name])
        for name, _icon, _role, _key, (row, column) in BUTTONS:
            cell = row * COLUMNS + column
            self._grid.addWidget(self.buttons[name], cell // columns, cell % columns)
        for column in range(COLUMNS):
            self._grid.setColumnStretch(column, 1 if column < columns else 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._arrange(self.width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._laid_out_for = None
            self._arrange(self.width())

    def show_set(self, emergency: bool) -> None:
        """Show the emergency answers or the ordinary actions (hiding first, so the row never holds both)."""
        wanted = {
            name: name in ALWAYS or (name in EMERGENCY_BUTTONS) == emergency for name in self.buttons
        }
        for name in sorted(wanted, key=lambda n: wanted[n]):
            self.buttons[name].setVisible(wanted[name])

    def _on_key(self, key: str) -> None:
        if not self.isVisible():
            return
        for name, button in self.buttons.items():
            if self.keys[name].toString() == key and button.isVisible() and button.isEnabled():
                self._on_action(name)
                return
