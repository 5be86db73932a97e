"""Stock: every supply, its notices and history, deliveries and corrections; admins edit and add."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QLineEdit, QWidget

from kiosk.data import rules
from kiosk.data.dto import StaffView, SupplyView
from kiosk.data.inventory import Receipt, StockOutlook
from kiosk.data.services import Services
from kiosk.data.stock_history import HistoryEntry, StockNotice
from kiosk.paths import resources_dir
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, fit_columns, make_button, make_table, select_key, selected_item
from kiosk.views.staff.stock.dialogs import AddSupplyDialog, AdjustDialog, EditSupplyDialog, RestockDialog
from kiosk.views.staff.stock.history import HistoryDialog
from kiosk.views.staff.stock.model import NAME, StockFilter, StockModel
from kiosk.views.staff.stock.words import notice_text


def supply_icons() -> list[str]:
    folder = resources_dir() / "icons"
    return sorted(p.stem for p in folder.glob("*.svg")) if folder.is_dir() else []


class StockPage(StaffPage):
    """Signals:
        stock_changed(str): a change to the supply with this key was saved.
    """

    stock_changed = Signal(str)
    ICON = "stock"
    TOPICS = frozenset({"stock", "settings"})
    # Button → the rule (kiosk.data.rules) that lets someone use it.
    ADMIN_ONLY = {"edit": "edit_supply", "toggle": "switch_supply", "add": "add_supply"}

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = StockModel(ctx.lang, self)
        self.proxy = StockFilter(self)
        self.proxy.setSourceModel(self.model)

        bar = self.toolbar()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.search.setMaximumWidth(320)
        self.search.textChanged.connect(self.proxy.set_text)
        bar.addWidget(self.search)
        self.low_only = QCheckBox()
        self.low_only.toggled.connect(self.proxy.set_low_only)
        bar.addWidget(self.low_only)
        bar.addStretch(1)
        self.buttons = {
            "restock": make_button("plus", "primary"),
            "adjust": make_button("minus"),
            "history": make_button("audit"),
            "edit": make_button("stock"),
            "toggle": make_button("close"),
            "add": make_button("plus"),
        }
        # Two rows, so every button fits at 1280 wide: finding and the catalogue's
        # own changes above, what happens to stock below.
        bar.addWidget(self.buttons["add"])
        actions = self.toolbar()
        for name in ("restock", "adjust", "history"):
            actions.addWidget(self.buttons[name])
        actions.addStretch(1)
        for name in ("edit", "toggle"):
            actions.addWidget(self.buttons[name])
        for name, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, n=name: self._on_button(n))

        self.notices: list[StockNotice] = []
        self.expiry_warning_days = ctx.settings.expiry_warning_days
        self.notice_panel = QLabel()
        self.notice_panel.setObjectName("stockNotices")
        self.notice_panel.setWordWrap(True)
        self.layout_.addWidget(self.notice_panel)
        self.table = make_table(self.proxy, self, sortable=True)
        fit_columns(self.table, 1, 2, 3, 4, 5)
        self.table.setColumnWidth(NAME, 270)
        self.layout_.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda *_: self._on_button("restock"))
        self.retranslate_ui()
        self.apply_role(ctx.staff)

    def title(self) -> str:
        return self.tr("Stock")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.search.setPlaceholderText(self.tr("Find a supply"))
        self.low_only.setText(self.tr("Only running low"))
        texts = {
            "restock": self.tr("Receive…"),
            "adjust": self.tr("Adjust…"),
            "history": self.tr("History…"),
            "edit": self.tr("Edit…"),
            "toggle": self.tr("Turn off"),
            "add": self.tr("Add supply…"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self._update_buttons()
        self.model.retranslate()
        self._show_notices()

    def apply_role(self, staff: StaffView | None) -> None:
        actor = staff.actor if staff is not None else None
        for name, action in self.ADMIN_ONLY.items():
            self.buttons[name].setVisible(rules.may(actor, action))
        self._update_buttons()

    def selected(self) -> SupplyView | None:
        return selected_item(self.table, SupplyView)

    def select_supply(self, key: str) -> bool:
        return select_key(self.table, key)

    def _update_buttons(self, *_args: object) -> None:
        supply = self.selected()
        item = supply is not None and supply.is_item
        self.buttons["restock"].setEnabled(item)
        self.buttons["adjust"].setEnabled(item)
        self.buttons["history"].setEnabled(item)
        self.buttons["edit"].setEnabled(supply is not None)
        self.buttons["toggle"].setEnabled(supply is not None)
        if supply is not None:
            self.buttons["toggle"].setText(self.tr("Turn off") if supply.active else self.tr("Offer again"))

    # -- data -------------------------------------------------------------

    def refresh(self) -> None:
        self.ctx.link.call(lambda s: s.inventory.outlook(), self._on_loaded)

    def _on_loaded(self, outlook: StockOutlook) -> None:
        current = self.selected()
        self.model.set_outlook(outlook.outlooks, outlook.lots)
        self.model.set_rows(list(outlook.supplies))
        if current is not None:
            self.select_supply(current.key)
        self.notices = list(outlook.notices)
        self.expiry_warning_days = outlook.expiry_warning_days
        self._show_notices()
        self._update_buttons()

    def _show_notices(self) -> None:
        today = dt.datetime.now(dt.UTC).date()
        if self.notices:
            lines = [notice_text(n, self.ctx.lang, today) for n in self.notices]
            self.notice_panel.setText(self.tr("Needs attention:") + "\n" + "\n".join(f"• {line}" for line in lines))
            self.notice_panel.setStyleSheet(
                f"QLabel#stockNotices {{ background: {style.WARNING_BG}; color: {style.WARNING_INK};"
                " border: 1px solid #E0C36A; border-radius: 6px; padding: 8px 12px; font-weight: 600; }"
            )
        else:
            self.notice_panel.setText(
                self.tr("Nothing is running low or expiring within {n} days.").format(n=self.expiry_warning_days)
            )
            self.notice_panel.setStyleSheet(
                f"QLabel#stockNotices {{ color: {style.MUTED}; padding: 8px 12px; }}"
            )

    # -- actions ----------------------------------------------------------

    def _on_button(self, name: str) -> None:
        actor = self.ctx.require_actor()
        if actor is None:
            return
        if name in self.ADMIN_ONLY and not self.ctx.require_admin(self.ADMIN_ONLY[name]):
            return
        if name == "add":
            existing = {s.key for s in self.model.rows()}
            categories = sorted({s.category for s in self.model.rows() if s.category})
            adding = AddSupplyDialog(
                self.ctx.settings.languages, supply_icons(), existing, self.window(), categories=categories
            )
            adding.accepted.connect(lambda: self._add(adding.values()))
            self._open(adding)
            return
        supply = self.selected()
        if supply is None:
            return
        lang = self.ctx.lang
        if name == "restock" and supply.is_item:
            restock = RestockDialog(supply, lang, self.window())
            restock.accepted.connect(
                lambda: self._restock(
                    supply.key, restock.quantity.value(), restock.note.text().strip(), restock.receipt()
                )
            )
            self._open(restock)
        elif name == "history" and supply.is_item:
            self.show_history(supply)
        elif name == "adjust" and supply.is_item:
            adjust = AdjustDialog(supply, lang, self.window())
            adjust.accepted.connect(
                lambda: self._adjust(
                    supply.key, adjust.delta.value(), adjust.chosen_reason(), adjust.note.text().strip()
                )
            )
            self._open(adjust)
        elif name == "edit":
            editing = EditSupplyDialog(supply, self.ctx.settings.languages, lang, self.window())
            editing.accepted.connect(lambda: self._edit(supply.key, editing.changes()))
            self._open(editing)
        elif name == "toggle":
            self._save(supply.key, lambda s: s.inventory.set_active(supply.key, not supply.active, actor))

    # Values are read from the dialog here, on the GUI thread; the worker only
    # gets plain values.

    def show_history(self, supply: SupplyView) -> None:
        """Load the supply's history off the GUI thread, then show it."""
        key = supply.key

        def opened(entries: list[HistoryEntry]) -> None:
            dialog = HistoryDialog(
                supply, entries, self.model.lots(key), self.model.outlook(key), self.ctx.lang, self.window()
            )
            self._open(dialog)

        self.ctx.link.call(lambda s: s.inventory.history(key), opened)

    def _restock(self, key: str, quantity: int, note: str, receipt: Receipt) -> None:
        actor = self.ctx.actor
        if actor is None:
            return
        self._save(
            key,
            lambda s: s.inventory.restock(key, quantity, actor, note, receipt),
            lambda name, stock: self.tr("{name}: {n} added. {stock} on the shelf now.").format(
                name=name, n=quantity, stock=stock
            ),
        )

    def _adjust(self, key: str, delta: int, reason: str | None, note: str) -> None:
        actor = self.ctx.actor
        if reason is None or actor is None:
            return
        self._save(
            key,
            lambda s: s.inventory.adjust(key, delta, reason, actor, note),
            lambda name, stock: self.tr("{name} corrected by {delta:+d}. {stock} on the shelf now.").format(
                name=name, delta=delta, stock=stock
            ),
        )

    def _edit(self, key: str, changes: dict[str, Any]) -> None:
        actor = self.ctx.actor
        if not changes or actor is None or not self.ctx.require_admin("edit_supply"):
            return
        self._save(
            key,
            lambda s: s.inventory.update_supply(key, actor, **changes),
            lambda name, _stock: self.tr("{name} saved.").format(name=name),
        )

    def _add(self, values: dict[str, Any]) -> None:
        actor = self.ctx.actor
        if actor is None or not self.ctx.require_admin("add_supply"):
            return
        key = values.pop("key")
        names = values.pop("names")
        self._save(
            key,
            lambda s: s.inventory.add_supply(key, names, by=actor, **values),
            lambda name, _stock: self.tr("{name} is in the catalogue.").format(name=name),
        )

    def _save(
        self, key: str, call: Callable[[Services], Any], confirm: Callable[[str, int], str] | None = None
    ) -> None:
        def saved(supply: Any) -> None:
            if confirm is not None and isinstance(supply, SupplyView):
                self.confirm(confirm(supply.name(self.ctx.lang), supply.stock))
            self.stock_changed.emit(key)
            self.refresh()

        self.ctx.link.call(call, saved)

    def _open(self, dialog: QDialog) -> None:
        self.open_page_dialog(dialog)

