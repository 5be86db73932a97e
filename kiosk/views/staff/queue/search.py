"""The code search: a visitor reads out their code, staff type it or tap it in.

Typing goes into a short field (letters upper-cased as typed); the keypad
holds only the characters pickup codes are made of, large enough to tap.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLineEdit, QPushButton, QWidget

from kiosk.data.codes import ALPHABET, CODE_LENGTH
from kiosk.views.common.icons import icon
from kiosk.views.staff import style


class CodeKeypad(QFrame):
    """A pop-up of the code characters, erase and close.

    Signals:
        typed(str): one character.
        erased(): remove the last character.
    """

    typed = Signal(str)
    erased = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("codeKeypad")
        self.setStyleSheet(
            "QFrame#codeKeypad { background: white; border: 1px solid #A9B2C3; border-radius: 8px; }"
            "QFrame#codeKeypad QPushButton { font-size: 22px; font-weight: 600; min-width: 56px; min-height: 56px; }"
        )
        grid = QGridLayout(self)
        grid.setSpacing(6)
        self.keys: dict[str, QPushButton] = {}
        for n, character in enumerate(sorted(ALPHABET)):
            button = QPushButton(character)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, c=character: self.typed.emit(c))
            self.keys[character] = button
            grid.addWidget(button, n // 5, n % 5)
        self.erase_button = QPushButton()
        self.erase_button.setIcon(icon("back", style.INK))
        self.erase_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.erase_button.clicked.connect(self.erased)
        grid.addWidget(self.erase_button, len(ALPHABET) // 5, len(ALPHABET) % 5)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.erase_button.setAccessibleName(self.tr("Erase"))
        self.erase_button.setToolTip(self.tr("Erase"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class CodeSearch(QWidget):
    """Field and keypad button.

    Signals:
        code_entered(str): a whole code was typed or tapped in (upper case).
    """

    code_entered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.field = QLineEdit()
        self.field.setMaxLength(CODE_LENGTH)
        self.field.setValidator(QRegularExpressionValidator(f"[{ALPHABET}{ALPHABET.lower()}]*"))
        self.field.setClearButtonEnabled(True)
        self.field.setMinimumWidth(190)
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.field.setFont(font)
        self.field.textEdited.connect(self._on_edited)
        self.field.returnPressed.connect(self._on_return)
        row.addWidget(self.field)
        self.keypad_button = QPushButton()
        self.keypad_button.setIcon(icon("search", style.INK))
        self.keypad_button.clicked.connect(self._on_keypad_clicked)
        row.addWidget(self.keypad_button)
        self.keypad = CodeKeypad(self)
        self.keypad.typed.connect(self._on_typed)
        self.keypad.erased.connect(lambda: self._set(self.field.text()[:-1]))
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.field.setPlaceholderText(self.tr("Find a code"))
        self.field.setAccessibleName(self.tr("Find a pickup code"))
        self.keypad_button.setText(self.tr("Keypad"))
        self.keypad_button.setToolTip(self.tr("Tap the code in"))

    def _set(self, text: str) -> None:
        self.field.setText(text)
        self._on_edited(text)

    def _on_edited(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.field.cursorPosition()
            self.field.setText(upper)
            self.field.setCursorPosition(position)
        if len(upper) == CODE_LENGTH:
            self.code_entered.emit(upper)

    def _on_return(self) -> None:
        if self.field.text():
            self.code_entered.emit(self.field.text().upper())

    def _on_typed(self, character: str) -> None:
        text = self.field.text()
        if len(text) >= CODE_LENGTH:
            text = ""
        self._set(text + character)
        if len(text) + 1 >= CODE_LENGTH:
            self.keypad.hide()

    def _on_keypad_clicked(self) -> None:
        self.keypad.adjustSize()
        below = self.keypad_button.mapToGlobal(QPoint(0, self.keypad_button.height() + 4))
        self.keypad.move(below.x() + self.keypad_button.width() - self.keypad.width(), below.y())
        self.keypad.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
