"""Staff only: the on-screen PIN keypad and the small staff menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QVBoxLayout, QWidget

from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.widgets import button, card, label, set_role

if TYPE_CHECKING:
    from kiosk.views.visitor.backend import Snapshot

MAX_PIN = 12


class PinPad(QWidget):
    """Digits, clear, OK and cancel; the PIN shows as dots.

    Signals:
        pin_entered(str), cancelled().
    """

    pin_entered = Signal(str)
    cancelled = Signal()

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._pin = ""
        self._busy = False
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        outer.setContentsMargins(48, 24, 48, 24)
        outer.setSpacing(14)
        self.title = label("title", self)
        self.dots = label("title", self, wrap=False)
        self.dots.setObjectName("PinDots")
        self.message = label("message", self)
        self.message.hide()
        for widget in (self.title, self.dots):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        pad = QWidget(self)
        grid = QGridLayout(pad)
        grid.setSpacing(12)
        size = round(appearance.touch_px * 1.3)
        self.keys: dict[str, QWidget] = {}
        for index, digit in enumerate("123456789"):
            key = button("key", pad, f"Key{digit}")
            key.setText(digit)
            key.setAccessibleName(digit)
            key.setFixedSize(size * 2, size)
            key.clicked.connect(lambda _=False, d=digit: self._on_digit(d))
            grid.addWidget(key, index // 3, index % 3)
            self.keys[digit] = key
        self.clear_key = button("key", pad, "KeyClear")
        self.clear_key.setText("⌫")
        self.clear_key.setFixedSize(size * 2, size)
        zero = button("key", pad, "Key0")
        zero.setText("0")
        zero.setAccessibleName("0")
        zero.setFixedSize(size * 2, size)
        zero.clicked.connect(lambda: self._on_digit("0"))
        self.keys["0"] = zero
        self.ok = button("primary", pad, "KeyOk")
        self.ok.setFixedSize(size * 2, size)
        grid.addWidget(self.clear_key, 3, 0)
        grid.addWidget(zero, 3, 1)
        grid.addWidget(self.ok, 3, 2)
        self.cancel = button("", self, "PinCancel")
        outer.addWidget(self.title)
        outer.addWidget(self.dots)
        outer.addWidget(self.message)
        outer.addWidget(pad, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addWidget(self.cancel, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(1)
        self.clear_key.clicked.connect(self._on_clear)
        self.ok.clicked.connect(self._on_ok)
        self.cancel.clicked.connect(self._on_cancel)
        self.retranslate_ui()

    def reset(self) -> None:
        self._pin = ""
        self._busy = False
        self.show_message("")
        self._refresh()

    def set_language(self, lang: str) -> None:
        """Strings follow the translator (``retranslate_ui``)."""

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """Nothing here comes from the snapshot."""

    def set_busy(self, busy: bool) -> None:
        self._busy = busy
        self._refresh()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Staff PIN"))
        self.clear_key.setAccessibleName(self.tr("Delete the last digit"))
        self.ok.setText(self.tr("OK"))
        self.ok.setAccessibleName(self.tr("Check the PIN"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel and go back"))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _refresh(self) -> None:
        self.dots.setText("●" * len(self._pin) if self._pin else "–")
        self.dots.setAccessibleName(self.tr("%n digits typed", "", len(self._pin)))
        self.ok.setEnabled(bool(self._pin) and not self._busy)

    def _on_digit(self, digit: str) -> None:
        if len(self._pin) < MAX_PIN and not self._busy:
            self._pin += digit
            self._refresh()

    def _on_clear(self) -> None:
        self._pin = self._pin[:-1]
        self._refresh()

    def _on_ok(self) -> None:
        if self._pin and not self._busy:
            pin, self._pin = self._pin, ""
            self._busy = True
            self._refresh()
            self.pin_entered.emit(pin)

    def _on_cancel(self) -> None:
        self._pin = ""
        self.cancelled.emit()


class StaffMenu(QWidget):
    """What staff can do at the kiosk.

    Signals:
        exit_requested(), reprint_requested(), closed().
    """

    exit_requested = Signal()
    reprint_requested = Signal()
    closed = Signal()

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 32)
        outer.setSpacing(20)
        self.title = label("title", self)
        self.who = label("subtle", self)
        self.message = label("message", self)
        self.message.hide()
        box = card("card", self)
        column = QVBoxLayout(box)
        column.setContentsMargins(24, 24, 24, 24)
        column.setSpacing(16)
        self.reprint = button("", box, "Reprint")
        appearance.bind_icon(self.reprint, "print", appearance.icon_px(0.8))
        self.exit = button("exit", box, "ExitKiosk")
        appearance.bind_icon(self.exit, "logout", appearance.icon_px(0.8), "exit")
        self.back = button("primary", box, "StaffBack")
        for widget in (self.reprint, self.exit, self.back):
            column.addWidget(widget)
        row = QHBoxLayout()
        row.addWidget(box)
        row.addStretch(1)
        outer.addWidget(self.title)
        outer.addWidget(self.who)
        outer.addWidget(self.message)
        outer.addLayout(row)
        outer.addStretch(1)
        self._name = ""
        self.exit.clicked.connect(self.exit_requested)
        self.reprint.clicked.connect(self.reprint_requested)
        self.back.clicked.connect(self.closed)
        self.retranslate_ui()

    def set_language(self, lang: str) -> None:
        """Strings follow the translator (``retranslate_ui``)."""

    def reset(self) -> None:
        self.show_message("")

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """Nothing here comes from the snapshot."""

    def set_staff(self, name: str, can_reprint: bool) -> None:
        self._name = name
        self.reprint.setEnabled(can_reprint)
        self.show_message("")
        self.retranslate_ui()

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Staff menu"))
        self.who.setText(self.tr("Signed in as %1").replace("%1", self._name))
        self.reprint.setText(self.tr("Reprint the last slip"))
        self.reprint.setAccessibleName(self.reprint.text())
        self.exit.setText(self.tr("Exit the kiosk"))
        self.exit.setAccessibleName(self.exit.text())
        self.back.setText(self.tr("Back to the kiosk"))
        self.back.setAccessibleName(self.back.text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
