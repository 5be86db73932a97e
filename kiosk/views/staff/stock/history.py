"""One supply's movement history: every delivery, hand-over and correction, with the running figure."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from kiosk.data.dto import SupplyView
from kiosk.data.lots import LotView, Outlook
from kiosk.data.stock_history import HistoryEntry
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.staff.page import fit_columns, make_table, stretch_columns
from kiosk.views.staff.stock.words import lot_text, movement_reason_text, outlook_text, source_text
from kiosk.views.staff.table_model import Column, ViewTableModel
from kiosk.views.staff.texts import local_time_text


def _where_from(entry: HistoryEntry) -> str:
    parts = [source_text(entry.source), entry.donor]
    if entry.lot or entry.expires_on is not None:
        parts.append(lot_text(entry.lot, entry.expires_on))
    return " · ".join(part for part in parts if part)


class HistoryModel(ViewTableModel[HistoryEntry]):
    """Movements, newest first. No signals beyond the model's own."""

    CONTEXT = "HistoryModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("HistoryModel", "When"), lambda e: local_time_text(e.at, True)),
            Column(QT_TRANSLATE_NOOP("HistoryModel", "What"), lambda e: movement_reason_text(e.reason)),
            Column(QT_TRANSLATE_NOOP("HistoryModel", "Change"), lambda e: f"{e.delta:+d}", align="right"),
            Column(QT_TRANSLATE_NOOP("HistoryModel", "On the shelf after"), lambda e: str(e.balance), align="right"),
            Column(QT_TRANSLATE_NOOP("HistoryModel", "Who"), lambda e: e.staff_name or ""),
            Column(QT_TRANSLATE_NOOP("HistoryModel", "From, lot"), _where_from),
            Column(QT_TRANSLATE_NOOP("HistoryModel", "Note"), lambda e: e.note),
        )


class HistoryDialog(QDialog):
    """The history of one supply, its lots and how long it lasts. No signals."""

    def __init__(
        self,
        supply: SupplyView,
        entries: Sequence[HistoryEntry],
        lots: Sequence[LotView],
        outlook: Outlook | None,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.supply, self._lang = supply, lang
        self._lots, self._outlook = list(lots), outlook
        self.setMinimumSize(960, 560)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.lots_label = QLabel()
        self.lots_label.setWordWrap(True)
        layout.addWidget(self.lots_label)
        self.model = HistoryModel(self)
        self.model.set_rows(list(reversed(entries)))
        self.table = make_table(self.model, self)
        fit_columns(self.table, 0, 1, 2, 3, 4)
        stretch_columns(self.table, 5)
        self.table.setColumnWidth(6, 220)
        layout.addWidget(self.table, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        name = self.supply.name(self._lang)
        self.setWindowTitle(self.tr("History of {name}").format(name=name))
        self.summary.setText(
            self.tr("{n} of {name} on the shelf; {outlook}. Newest first.").format(
                n=self.supply.stock, name=name, outlook=outlook_text(self._outlook)
            )
            if self._outlook is not None and self._outlook.days_left is not None
            else self.tr("{n} of {name} on the shelf. Newest first.").format(n=self.supply.stock, name=name)
        )
        tracked = [lot for lot in self._lots if lot.on_hand > 0]
        if tracked:
            parts = [
                self.tr("{lot}: {n}").format(lot=lot_text(lot.lot, lot.expires_on), n=lot.on_hand) for lot in tracked
            ]
            text = self.tr("On the shelf by lot, earliest first: {lots}")
            self.lots_label.setText(text.format(lots="; ".join(parts)))
        self.lots_label.setVisible(bool(tracked))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
