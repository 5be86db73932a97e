"""Staff: the accounts (admins add, switch off and unlock), your own PIN and your own language."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QWidget

from kiosk.data import rules
from kiosk.data.dto import Actor, StaffView
from kiosk.data.services import Services
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, fit_columns, make_button, make_table, select_key, selected_item
from kiosk.views.staff.people.dialogs import AddStaffDialog, ChangePinDialog
from kiosk.views.staff.people.language import LanguageDialog
from kiosk.views.staff.table_model import Column, ViewTableModel


class StaffModel(ViewTableModel[StaffView]):
    """Staff accounts by name. No signals beyond the model's own."""

    CONTEXT = "StaffModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._icons: dict[str, Any] = {}
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("StaffModel", "Name"), lambda s: s.name, lambda s: s.name.lower()),
            Column(QT_TRANSLATE_NOOP("StaffModel", "Role"), self._role_text),
            Column(QT_TRANSLATE_NOOP("StaffModel", "Account"), self._state_text),
            Column(
                QT_TRANSLATE_NOOP("StaffModel", "Wrong PINs in a row"),
                lambda s: str(s.failed_attempts),
                lambda s: s.failed_attempts,
                "right",
            ),
        )

    def key_of(self, item: StaffView) -> str:
        return item.name

    def _role_text(self, staff: StaffView) -> str:
        if staff.role == "admin":
            return self.tr("Admin")
        if staff.role == "coordinator":
            return self.tr("Coordinator")
        return self.tr("Staff")

    def _state_text(self, staff: StaffView) -> str:
        if not staff.active:
            return self.tr("Switched off")
        if staff.locked:
            return self.tr("Locked: needs unlocking")
        return self.tr("Active")

    def decoration(self, staff: StaffView, column: int) -> Any:
        if column == 0:
            key = "staff" if staff.active else "staff-off"
            if key not in self._icons:
                self._icons[key] = icon("staff", style.INK if staff.active else style.OFF_GREY, 48)
            return self._icons[key]
        if column == 2 and staff.locked:
            if "locked" not in self._icons:
                self._icons["locked"] = icon("alert", style.EMERGENCY, 48)
            return self._icons["locked"]
        return None

    def foreground(self, staff: StaffView, column: int) -> Any:
        if not staff.active:
            return QBrush(QColor(style.OFF_GREY))
        if staff.locked and column == 2:
            return QBrush(QColor(style.EMERGENCY))
        return None


class StaffPageWidget(StaffPage):
    """Signals:
        pin_changed(): the signed-in person changed their PIN.
    """

    pin_changed = Signal()
    ICON = "staff"
    TOPICS = frozenset({"staff"})
    # Button → the rule (kiosk.data.rules) that lets someone use it.
    ADMIN_ONLY = {"add": "add_staff", "toggle": "switch_staff", "unlock": "reset_staff"}

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = StaffModel(self)
        bar = self.toolbar()
        self.buttons = {
            "pin": make_button("staff", "primary"),
            "language": make_button("language"),
            "add": make_button("plus"),
            "toggle": make_button("close"),
            "unlock": make_button("check"),
        }
        # Your own settings on the first row, the admins' tools on the second: one row is too
        # wide for a 1280 px screen in the longer languages.
        admin_bar = self.toolbar()
        for name, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, n=name: self._on_button(n))
            (admin_bar if name in self.ADMIN_ONLY else bar).addWidget(button)
        bar.addStretch(1)
        admin_bar.addStretch(1)
        self.table = make_table(self.model, self)
        fit_columns(self.table, 1, 2)
        self.table.setColumnWidth(0, 320)
        self.layout_.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate_ui()
        self.apply_role(ctx.staff)

    def title(self) -> str:
        return self.tr("Staff")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        texts = {
            "pin": self.tr("Change my PIN…"),
            "language": self.tr("My language…"),
            "add": self.tr("Add staff…"),
            "toggle": self.tr("Switch off"),
            "unlock": self.tr("Unlock"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.model.retranslate()
        self._update_buttons()

    def apply_role(self, staff: StaffView | None) -> None:
        actor = staff.actor if staff is not None else None
        for name, action in self.ADMIN_ONLY.items():
            self.buttons[name].setVisible(rules.may(actor, action))
        self._update_buttons()

    def selected(self) -> StaffView | None:
        return selected_item(self.table, StaffView)

    def select_name(self, name: str) -> bool:
        return select_key(self.table, name)

    def _update_buttons(self, *_args: object) -> None:
        person = self.selected()
        me = self.ctx.staff
        self.buttons["toggle"].setEnabled(
            person is not None and (me is None or rules.may(me.actor, "switch_staff", target_staff_id=person.id))
        )
        self.buttons["unlock"].setEnabled(person is not None and (person.locked or person.failed_attempts > 0))
        if person is not None:
            self.buttons["toggle"].setText(self.tr("Switch off") if person.active else self.tr("Switch on"))

    def refresh(self) -> None:
        self.ctx.link.call(lambda s: s.staff.list(), self._on_loaded)

    def _on_loaded(self, people: list[StaffView]) -> None:
        current = self.selected()
        self.model.set_rows(people)
        if current is not None:
            self.select_name(current.name)
        self._update_buttons()

    def _on_button(self, name: str) -> None:
        actor = self.ctx.require_actor()
        if actor is None:
            return
        if name == "pin":
            dialog = ChangePinDialog(self.window())
            dialog.accepted.connect(lambda: self._change_pin(actor, dialog.current.text(), dialog.new.text()))
            self._open(dialog)
            return
        if name == "language":
            me = self.ctx.staff
            choosing = LanguageDialog(me.language if me else None, self.ctx.station_language, self.window())
            choosing.accepted.connect(lambda: self._set_language(actor, choosing.chosen))
            self._open(choosing)
            return
        if not self.ctx.require_admin(self.ADMIN_ONLY[name]):
            return
        if name == "add":
            adding = AddStaffDialog({p.name for p in self.model.rows()}, self.window())
            adding.accepted.connect(
                lambda: self._add(adding.name.text().strip(), adding.pin.text(), adding.role())
            )
            self._open(adding)
            return
        person = self.selected()
        if person is None:
            return
        if name == "toggle" and self.ctx.may("switch_staff", person.id):
            done = self.tr("{name} can sign in again.") if not person.active else self.tr("{name} is switched off.")
            self._admin_save(
                "switch_staff",
                lambda s: s.staff.set_active(person.name, not person.active, by=actor),
                done.format(name=person.name),
            )
        elif name == "unlock":
            self._admin_save(
                "reset_staff",
                lambda s: s.staff.reset(person.name, actor),
                self.tr("{name} is unlocked.").format(name=person.name),
            )

    # Values are read from the dialog on the GUI thread; the worker gets plain values.

    def _change_pin(self, actor: Actor, current: str, new: str) -> None:
        self._save(lambda s: s.staff.change_pin(actor, current, new), self._on_pin_changed)

    def _set_language(self, actor: Actor, language: str | None) -> None:
        self._save(lambda s: s.staff.set_language(actor, language), self._on_language_set)

    def _on_language_set(self, staff: StaffView) -> None:
        self.ctx.set_staff(staff)  # the window switches to it at once
        self.ctx.link.notice.emit(self.tr("The back office now speaks your language."))

    def _add(self, name: str, pin: str, role: str) -> None:
        by = self.ctx.actor
        if by is not None:
            self._admin_save(
                "add_admin" if role == "admin" else "add_staff",
                lambda s: s.staff.add(name, pin, role=role, by=by),
                self.tr("{name} can sign in now.").format(name=name),
            )

    def _admin_save(self, action: str, call: Callable[[Services], Any], done: str = "") -> None:
        if self.ctx.require_admin(action):
            self._save(call, done=done)

    def _save(
        self, call: Callable[[Services], Any], then: Callable[[Any], None] | None = None, done: str = ""
    ) -> None:
        def saved(result: Any) -> None:
            if then is not None:
                then(result)
            if done:
                self.confirm(done)
            self.refresh()

        self.ctx.link.call(call, saved)

    def _on_pin_changed(self, _result: Any) -> None:
        self.confirm(self.tr("Your PIN is changed."))
        self.pin_changed.emit()

    def _open(self, dialog: QDialog) -> None:
        self.open_page_dialog(dialog)

