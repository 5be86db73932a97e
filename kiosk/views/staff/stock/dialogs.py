"""Stock dialogs: receive a delivery, adjust with a reason, edit limits, add a supply."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLineEdit, QWidget

from kiosk.data.dto import SupplyView
from kiosk.data.inventory import ADJUST_REASONS, RECEIPT_SOURCES, Receipt
from kiosk.views.common.i18n import language_name
from kiosk.views.staff.forms import FormDialog, Stepper
from kiosk.views.staff.stock.words import source_text
from kiosk.views.staff.texts import adjust_reason_text, supply_kind_text

MAX_STOCK = 1_000_000


def _spin(low: int, high: int, value: int) -> Stepper:
    return Stepper(low, high, value)


def _python_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class RestockDialog(FormDialog):
    """A delivery: how many arrived, where from, and its lot and expiry date. No signals."""

    def __init__(self, supply: SupplyView, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "plus")
        self.supply, self._lang = supply, lang
        self.quantity = _spin(1, MAX_STOCK, 10)
        self.source = QComboBox()
        self.source.addItem("", None)
        for source in RECEIPT_SOURCES:
            self.source.addItem("", source)
        self.donor = QLineEdit()
        self.donor.setMaxLength(120)
        self.lot = QLineEdit()
        self.lot.setMaxLength(40)
        self.expires = QCheckBox()
        self.expires.setStyleSheet("QCheckBox::indicator { width: 28px; height: 28px; }")
        self.expires.setMinimumHeight(40)
        self.expiry = QDateEdit()
        self.expiry.setCalendarPopup(True)
        self.expiry.setDisplayFormat("yyyy-MM-dd")
        today = QDate.currentDate()
        self.expiry.setMinimumDate(today)
        self.expiry.setDate(today.addYears(1))
        self.expiry.setEnabled(False)
        self.expires.toggled.connect(self.expiry.setEnabled)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        for field in (self.quantity, self.source, self.donor, self.lot, self.expires, self.expiry, self.note):
            self.row(field)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = self.supply.name(self._lang)
        self.set_texts(
            self.tr("Receive {name}").format(name=name),
            self.tr("{n} of {name} on the shelf now. How many arrived, and from where?").format(
                n=self.supply.stock, name=name
            ),
            self.tr("Add to stock"),
        )
        self.source.setItemText(0, self.tr("Not recorded"))
        for row, source in enumerate(RECEIPT_SOURCES, start=1):
            self.source.setItemText(row, source_text(source))
        self.donor.setPlaceholderText(self.tr("Who gave or sold it (optional)"))
        self.lot.setPlaceholderText(self.tr("As printed on the box (optional)"))
        self.expires.setText(self.tr("It has an expiry date"))
        self.set_label(self.quantity, self.tr("Arrived"))
        self.set_label(self.source, self.tr("Came from"))
        self.set_label(self.donor, self.tr("Donor or supplier"))
        self.set_label(self.lot, self.tr("Lot"))
        self.set_label(self.expires, "")
        self.set_label(self.expiry, self.tr("Use by"))
        self.set_label(self.note, self.tr("Note (optional)"))

    def receipt(self) -> Receipt:
        source = self.source.currentData()
        return Receipt(
            source=source if isinstance(source, str) else None,
            donor=self.donor.text().strip(),
            lot=self.lot.text().strip(),
            expires_on=_python_date(self.expiry.date()) if self.expires.isChecked() else None,
        )


class AdjustDialog(FormDialog):
    """A correction up or down, with a reason. No signals."""

    def __init__(self, supply: SupplyView, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "check")
        self.supply, self._lang = supply, lang
        self.delta = _spin(-supply.stock, MAX_STOCK, 0)
        self.reason = QComboBox()
        for reason in ADJUST_REASONS:
            self.reason.addItem("", reason)
        # The usual one, a recount, is chosen already; the others are one tap away.
        self.reason.setCurrentIndex(self.reason.findData("count_correction"))
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        for field in (self.delta, self.reason, self.note):
            self.row(field)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = self.supply.name(self._lang)
        self.set_texts(
            self.tr("Adjust {name}").format(name=name),
            self.tr("{n} on the shelf now. Enter the change: below zero takes away, above zero adds.").format(
                n=self.supply.stock
            ),
            self.tr("Adjust stock"),
        )
        for row, reason in enumerate(ADJUST_REASONS):
            self.reason.setItemText(row, adjust_reason_text(reason))
        self.reason.setPlaceholderText(self.tr("Choose a reason"))
        self.set_label(self.delta, self.tr("Change"))
        self.set_label(self.reason, self.tr("Reason"))
        self.set_label(self.note, self.tr("Note (optional)"))

    def chosen_reason(self) -> str | None:
        reason = self.reason.currentData()
        return reason if isinstance(reason, str) else None

    def problem(self) -> str | None:
        if self.delta.value() == 0:
            return self.tr("Enter a change other than zero.")
        if self.chosen_reason() is None:
            return self.tr("Choose a reason.")
        return None


class EditSupplyDialog(FormDialog):
    """Admins: names, limit per visit, its cap for several people and the low-stock threshold. No signals."""

    def __init__(self, supply: SupplyView, languages: Sequence[str], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "check")
        self.supply, self._lang = supply, lang
        self.names: dict[str, QLineEdit] = {}
        for code in languages:
            field = QLineEdit(supply.names.get(code, ""))
            field.setMaxLength(80)
            self.names[code] = field
            self.form.addRow(language_name(code), field)
        self.limit = _spin(1, 1000, supply.per_request_limit)
        # A request for the visitor and others may carry more, up to this (0: it simply grows).
        self.others_cap = _spin(0, MAX_STOCK, supply.others_cap or 0)
        self.low_at = _spin(0, MAX_STOCK, supply.low_stock_at)
        self.row(self.limit)
        self.row(self.others_cap)
        self.row(self.low_at)
        self.low_at.setEnabled(supply.is_item)
        self.others_cap.setEnabled(supply.is_item)  # a service is for the one who asks
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_texts(
            self.tr("Edit {name}").format(name=self.supply.name(self._lang)),
            self.tr("Names as visitors read them, how many one visitor can ask for, and when stock counts as low."),
            self.tr("Save"),
        )
        self.set_label(self.limit, self.tr("Limit per visit"))
        self.set_label(self.others_cap, self.tr("Most for a visitor and others"))
        self.others_cap.spin.setSpecialValueText(self.tr("No cap: the limit grows with each person"))
        self.set_label(self.low_at, self.tr("Low at"))

    def changes(self) -> dict[str, object]:
        names = {code: field.text().strip() for code, field in self.names.items() if field.text().strip()}
        changes: dict[str, object] = {}
        if names != self.supply.names:
            changes["names"] = names
        if self.limit.value() != self.supply.per_request_limit:
            changes["per_request_limit"] = self.limit.value()
        cap = self.others_cap.value() or None
        if self.supply.is_item and cap != self.supply.others_cap:
            changes["others_cap"] = cap
        if self.low_at.value() != self.supply.low_stock_at:
            changes["low_stock_at"] = self.low_at.value()
        return changes

    def problem(self) -> str | None:
        if not self.names.get("en") or not self.names["en"].text().strip():
            return self.tr("An English name is needed.")
        return None


def key_from_name(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:40]


class AddSupplyDialog(FormDialog):
    """Admins: a new item or service with a name in each language. No signals."""

    def __init__(
        self,
        languages: Sequence[str],
        icons: Sequence[str],
        existing_keys: set[str],
        parent: QWidget | None = None,
        categories: Sequence[str] = (),
    ) -> None:
        super().__init__(parent, "plus")
        self._existing = existing_keys
        self.names: dict[str, QLineEdit] = {}
        for code in languages:
            field = QLineEdit()
            field.setMaxLength(80)
            self.names[code] = field
            self.form.addRow(language_name(code), field)
        self.key = QLineEdit()
        self.key.setMaxLength(40)
        self._key_touched = False
        self.key.textEdited.connect(self._on_key_edited)
        if "en" in self.names:
            self.names["en"].textChanged.connect(self._on_english_changed)
        self.kind = QComboBox()
        for kind in ("item", "service"):
            self.kind.addItem(supply_kind_text(kind), kind)
        # A category groups it on the kiosk ("Naloxone", "Safer injecting"): one already in use, or a new one.
        self.category = QComboBox()
        self.category.setEditable(True)
        for category in categories:
            self.category.addItem(category)
        self.category.setCurrentIndex(-1)
        self.icon_name = QComboBox()
        self.icon_name.addItem("—", "")
        for name in icons:
            self.icon_name.addItem(name, name)
        self.limit = _spin(1, 1000, 1)
        self.stock = _spin(0, MAX_STOCK, 0)
        self.low_at = _spin(0, MAX_STOCK, 0)
        for widget in (self.kind, self.category, self.key, self.icon_name, self.limit, self.stock, self.low_at):
            self.row(widget)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_texts(
            self.tr("Add a supply"),
            self.tr("Give it a name in each language visitors can choose, and the category it shows under."),
            self.tr("Add supply"),
        )
        labels = (
            (self.key, self.tr("Name in reports and files")),
            (self.kind, self.tr("Item or service")),
            (self.category, self.tr("Category")),
            (self.icon_name, self.tr("Icon")),
            (self.limit, self.tr("Limit per visit")),
            (self.stock, self.tr("On the shelf now")),
            (self.low_at, self.tr("Low at")),
        )
        for field, text in labels:
            self.set_label(field, text)

    def _on_key_edited(self) -> None:
        self._key_touched = True

    def _on_english_changed(self, text: str) -> None:
        if not self._key_touched:
            self.key.setText(key_from_name(text))

    def values(self) -> dict[str, object]:
        return {
            "key": self.key.text().strip(),
            "names": {code: field.text().strip() for code, field in self.names.items() if field.text().strip()},
            "kind": self.kind.currentData(),
            "category": self.category.currentText().strip(),
            "icon": self.icon_name.currentData(),
            "per_request_limit": self.limit.value(),
            "stock": self.stock.value() if self.kind.currentData() == "item" else 0,
            "low_stock_at": self.low_at.value(),
        }

    def problem(self) -> str | None:
        if "en" not in self.names or not self.names["en"].text().strip():
            return self.tr("An English name is needed.")
        key = self.key.text().strip()
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key):
            return self.tr("The key is lower-case letters, digits and dashes.")
        if key in self._existing:
            return self.tr("There is already a supply with that key.")
        missing = [code for code, field in self.names.items() if not field.text().strip()]
        if missing:
            return self.tr("Give a name in every language: {languages}.").format(
                languages=", ".join(language_name(code) for code in missing)
            )
        return None
