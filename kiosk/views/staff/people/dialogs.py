"""Dialogs for staff accounts: add someone (admins) and change your own PIN."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QButtonGroup, QLineEdit, QRadioButton, QWidget

from kiosk.data.staff import MAX_PIN_LENGTH, pin_problem
from kiosk.views.common.data_messages import translated_message
from kiosk.views.staff.forms import FormDialog


def pin_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(MAX_PIN_LENGTH)
    field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d*"), field))
    return field


class AddStaffDialog(FormDialog):
    """Name, first PIN and the person's role (staff, coordinator or admin). No signals."""

    def __init__(self, existing_names: set[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, "plus")
        self._existing = {name.casefold() for name in existing_names}
        self.name = QLineEdit()
        self.name.setMaxLength(60)
        self.pin = pin_field()
        self.repeat = pin_field()
        self.roles = {role: QRadioButton() for role in ("staff", "coordinator", "admin")}
        self._role_group = QButtonGroup(self)
        for button in self.roles.values():
            self._role_group.addButton(button)
        self.roles["staff"].setChecked(True)
        for field in (self.name, self.pin, self.repeat):
            self.row(field)
        for button in self.roles.values():
            self.row(button)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_texts(
            self.tr("Add a staff member"),
            self.tr("They sign in with this name and PIN, and can change the PIN themselves."),
            self.tr("Add"),
        )
        self.set_label(self.name, self.tr("Name as shown"))
        self.set_label(self.pin, self.tr("First PIN"))
        self.set_label(self.repeat, self.tr("PIN again"))
        self.roles["staff"].setText(self.tr("Staff (works the queue and the stock)"))
        self.roles["coordinator"].setText(self.tr("Coordinator (staff who also see and export the reports)"))
        self.roles["admin"].setText(self.tr("Admin (can change stock settings and staff)"))

    def role(self) -> str:
        return next(role for role, button in self.roles.items() if button.isChecked())

    def problem(self) -> str | None:
        name = self.name.text().strip()
        if not name:
            return self.tr("Enter a name.")
        if name.casefold() in self._existing:
            return self.tr("There is already a staff member with that name.")
        return _pin_problem(self, self.pin.text(), self.repeat.text())


class ChangePinDialog(FormDialog):
    """Current PIN, then the new one twice. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "check")
        self.current = pin_field()
        self.new = pin_field()
        self.repeat = pin_field()
        for field in (self.current, self.new, self.repeat):
            self.row(field)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_texts(
            self.tr("Change my PIN"),
            self.tr("Choose a PIN of 6 or more digits without patterns."),
            self.tr("Change PIN"),
        )
        self.set_label(self.current, self.tr("Current PIN"))
        self.set_label(self.new, self.tr("New PIN"))
        self.set_label(self.repeat, self.tr("New PIN again"))

    def problem(self) -> str | None:
        if not self.current.text():
            return self.tr("Enter your current PIN.")
        return _pin_problem(self, self.new.text(), self.repeat.text())


def _pin_problem(dialog: FormDialog, pin: str, repeat: str) -> str | None:
    problem = pin_problem(pin)
    if problem:
        return translated_message(problem)
    if pin != repeat:
        return QCoreApplication.translate("PinDialogs", "The two PINs are not the same.")
    return None
