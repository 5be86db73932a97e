"""Signing in: choose your name from the active staff, then your PIN.

The data core counts wrong PINs on every station: after a few, each try waits
longer, and ten in a row lock the account until an admin unlocks it. This
screen says which of those is happening and, while a wait runs, counts it down.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRegularExpression, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from kiosk.data.dto import StaffView
from kiosk.data.signin import SignInFailed
from kiosk.data.staff import MAX_PIN_LENGTH
from kiosk.errors import KioskError
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.shell.keypad import PinKeypad


class SignInPage(QWidget):
    """Signals:
        signed_in(object): the ``StaffView`` of the person who signed in.
        attempt_finished(str): "ok" or the reason a try failed (wrong_pin, wait, locked, inactive).
    """

    signed_in = Signal(object)
    attempt_finished = Signal(str)

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._busy = False
        self._wait_left = 0
        self._reason: str | None = None
        self._failure: SignInFailed | None = None
        outer = QHBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        outer.setSpacing(48)

        left = QVBoxLayout()
        left.setSpacing(10)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        left.addWidget(self.heading)
        self.names_hint = QLabel()
        self.names_hint.setObjectName("hint")
        left.addWidget(self.names_hint)
        self.names = QListWidget()
        self.names.setIconSize(QSize(28, 28))
        self.names.setStyleSheet("QListWidget { font-size: 19px; } QListWidget::item { padding: 12px; }")
        self.names.currentItemChanged.connect(self._on_name_chosen)
        left.addWidget(self.names, 1)
        outer.addLayout(left, 1)

        right = QVBoxLayout()
        right.setSpacing(14)
        self.pin_label = QLabel()
        self.pin_label.setStyleSheet("font-size: 18px; font-weight: 600;")
        right.addWidget(self.pin_label)
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setMaxLength(MAX_PIN_LENGTH)
        self.pin.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), self.pin))
        self.pin.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pin.setStyleSheet("font-size: 30px; letter-spacing: 6px; min-height: 56px;")
        self.pin.returnPressed.connect(self._on_submit)
        right.addWidget(self.pin)
        self.keypad = PinKeypad()
        self.keypad.digit_pressed.connect(self._on_digit)
        self.keypad.erase_pressed.connect(self.pin.backspace)
        self.keypad.enter_pressed.connect(self._on_submit)
        right.addWidget(self.keypad, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setMinimumHeight(56)
        self.message.setStyleSheet(f"color: {style.EMERGENCY}; font-size: 17px; font-weight: 600;")
        right.addWidget(self.message)
        outer.addLayout(right, 1)

        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._on_countdown)
        self.retranslate_ui()

    # -- names ------------------------------------------------------------

    def load_names(self) -> None:
        self.ctx.link.call(lambda s: s.staff.list(), self._on_names_loaded)

    def _on_names_loaded(self, people: list[StaffView]) -> None:
        chosen = self.chosen_name()
        self.names.blockSignals(True)
        self.names.clear()
        for person in people:
            if not person.active:
                continue
            item = QListWidgetItem(icon("staff", style.INK), person.name)
            item.setData(Qt.ItemDataRole.UserRole, person.name)
            self.names.addItem(item)
            if person.name == chosen:
                self.names.setCurrentItem(item)
        self.names.blockSignals(False)
        if self.names.count() == 1 and self.names.currentItem() is None:
            self.names.setCurrentRow(0)

    def chosen_name(self) -> str | None:
        item = self.names.currentItem()
        name = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return name if isinstance(name, str) else None

    def choose(self, name: str) -> bool:
        for row in range(self.names.count()):
            if self.names.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.names.setCurrentRow(row)
                return True
        return False

    def _on_name_chosen(self, *_args: object) -> None:
        self._wait_left = 0
        self._countdown.stop()
        self.pin.clear()
        self._set_message(None)
        self.pin.setFocus()

    # -- PIN --------------------------------------------------------------

    def _on_digit(self, digit: str) -> None:
        if len(self.pin.text()) < MAX_PIN_LENGTH:
            self.pin.insert(digit)
        self.pin.setFocus()

    def _on_submit(self) -> None:
        name, pin = self.chosen_name(), self.pin.text()
        if self._busy or self._wait_left > 0:
            return
        if name is None:
            self._show(self.tr("Choose your name first."))
            return
        if not pin:
            self._show(self.tr("Enter your PIN."))
            return
        self._busy = True
        self.pin.clear()
        self.ctx.link.call(lambda s: s.staff.sign_in(name, pin), self._on_signed_in, self._on_failed)

    def _on_signed_in(self, person: StaffView) -> None:
        self._busy = False
        self._set_message(None)
        self.attempt_finished.emit("ok")
        self.signed_in.emit(person)

    def _on_failed(self, error: KioskError) -> None:
        self._busy = False
        if isinstance(error, SignInFailed):
            if error.wait_s > 0 and error.reason in ("wait", "wrong_pin"):
                self._wait_left = error.wait_s
                self._countdown.start()
            self._set_message(error)
            self.attempt_finished.emit(error.reason)
        else:
            self._show(error.message)
            self.attempt_finished.emit("error")

    def _on_countdown(self) -> None:
        self._wait_left = max(0, self._wait_left - 1)
        if self._wait_left == 0:
            self._countdown.stop()
        self.retranslate_ui()

    def reset(self) -> None:
        """Back to a clean screen (after signing out)."""
        self.pin.clear()
        self._set_message(None)
        self.names.clearSelection()
        self.names.setCurrentRow(-1)
        self.load_names()

    # -- messages ---------------------------------------------------------

    def _set_message(self, failure: SignInFailed | None) -> None:
        self._failure = failure
        self._reason = None
        self.retranslate_ui()

    def _show(self, text: str) -> None:
        self._failure = None
        self._reason = text
        self.message.setText(text)

    def failure_text(self) -> str:
        failure = self._failure
        if failure is None:
            return self._reason or ""
        if failure.reason == "locked":
            return self.tr("Too many wrong PINs. An admin must unlock this account.")
        if failure.reason == "inactive":
            return self.tr("This account is switched off. Ask an admin.")
        parts = []
        if failure.reason == "wrong_pin":
            parts.append(self.tr("That name and PIN don't match."))
            if failure.attempts_left is not None and failure.attempts_left <= 5:
                parts.append(self.tr("{n} more wrong PINs lock the account.").format(n=failure.attempts_left))
        if self._wait_left > 0:
            parts.append(self.tr("Please wait {n} seconds before trying again.").format(n=self._wait_left))
        elif failure.reason == "wait":
            parts.append(self.tr("You can try again now."))
        return " ".join(parts)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Sign in"))
        self.names_hint.setText(self.tr("Choose your name, then enter your PIN."))
        self.pin_label.setText(self.tr("PIN"))
        self.pin.setAccessibleName(self.tr("PIN"))
        self.pin.setPlaceholderText(self.tr("Your PIN"))
        self.message.setText(self.failure_text())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    @property
    def waiting(self) -> bool:
        return self._wait_left > 0
