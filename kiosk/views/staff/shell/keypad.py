"""An on-screen keypad for PINs, for touch screens (the keyboard works too)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QWidget

from kiosk.views.common.icons import icon
from kiosk.views.staff import style

_STYLE = (
    "QPushButton { font-size: 26px; font-weight: 600; min-height: 64px; min-width: 84px; }"
    "QPushButton[role=\"primary\"] { font-size: 20px; }"
)


class PinKeypad(QWidget):
    """Digits 0-9, erase and OK.

    Signals:
        digit_pressed(str): one digit.
        erase_pressed(): remove the last digit.
        enter_pressed(): sign in with what was typed.
    """

    digit_pressed = Signal(str)
    erase_pressed = Signal()
    enter_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        grid = QGridLayout(self)
        grid.setSpacing(10)
        self.digit_buttons: dict[str, QPushButton] = {}
        for n, digit in enumerate("123456789"):
            self._add_digit(grid, digit, n // 3, n % 3)
        self.erase_button = QPushButton()
        self.erase_button.setIcon(icon("back", style.INK))
        self.erase_button.clicked.connect(self.erase_pressed)
        grid.addWidget(self.erase_button, 3, 0)
        self._add_digit(grid, "0", 3, 1)
        self.enter_button = QPushButton()
        self.enter_button.setProperty("role", "primary")
        self.enter_button.setIcon(icon("check", "#FFFFFF"))
        self.enter_button.clicked.connect(self.enter_pressed)
        grid.addWidget(self.enter_button, 3, 2)
        for button in (*self.digit_buttons.values(), self.erase_button, self.enter_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the PIN field keeps the keyboard
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setIconSize(QSize(30, 30))
        self.retranslate_ui()

    def _add_digit(self, grid: QGridLayout, digit: str, row: int, column: int) -> None:
        button = QPushButton(digit)
        button.clicked.connect(lambda _checked=False, d=digit: self.digit_pressed.emit(d))
        self.digit_buttons[digit] = button
        grid.addWidget(button, row, column)

    def retranslate_ui(self) -> None:
        self.erase_button.setAccessibleName(self.tr("Erase"))
        self.erase_button.setToolTip(self.tr("Erase the last digit"))
        self.enter_button.setText(self.tr("OK"))
        self.enter_button.setAccessibleName(self.tr("Sign in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
