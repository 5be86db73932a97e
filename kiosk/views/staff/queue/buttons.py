"""The queue's action buttons: two fixed rows, each button with its shortcut on it.

The rows never reflow: every button has a cell of its own in a grid, the
emergency answers take the cells of the actions they replace, and a disabled
button keeps its place. So the button under a finger is the same one before
and after a notice, a banner or a new selection.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

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


class ActionButtons(QWidget):
    """The grid of buttons; ``buttons`` by name. No signals: ``on_action`` is called with a name."""

    def __init__(self, on_action: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_action = on_action
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
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
        for column in range(5):
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
            key = self.keys[name].toString(QKeySequence.SequenceFormat.NativeText)
            button.setText(f"{texts[name]}  ·  {key}")
            button.setToolTip(tips[name])
            button.setAccessibleName(texts[name])

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
