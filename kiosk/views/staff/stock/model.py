"""Every supply with its stock, as a table model with a low-stock highlight."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kiosk.data.dto import SupplyView
from kiosk.data.lots import LotView, Outlook
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.stock.words import lot_text, outlook_text
from kiosk.views.staff.table_model import (
    Column,
    TextFilterProxy,
    ViewTableModel,
    begin_filter_change,
    end_filter_change,
)
from kiosk.views.staff.texts import supply_kind_text

LowRole = Qt.ItemDataRole.UserRole + 20
NAME, KIND, STOCK, LOW_AT, LIMIT, STATE, LASTS = range(7)


class StockModel(ViewTableModel[SupplyView]):
    """Supplies in catalogue order. No signals beyond the model's own."""

    CONTEXT = "StockModel"

    def __init__(self, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._icons: dict[str, Any] = {}
        self._outlooks: dict[str, Outlook] = {}
        self._lots: dict[str, tuple[LotView, ...]] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("StockModel", "Supply"),
                lambda s: s.name(self._lang),
                lambda s: s.name(self._lang).lower(),
            ),
            Column(QT_TRANSLATE_NOOP("StockModel", "Kind"), lambda s: supply_kind_text(s.kind)),
            Column(
                QT_TRANSLATE_NOOP("StockModel", "On the shelf"),
                self._stock_text,
                lambda s: s.stock if s.is_item else -1,
                "right",
            ),
            Column(
                QT_TRANSLATE_NOOP("StockModel", "Low at"),
                lambda s: str(s.low_stock_at) if s.is_item else "—",
                lambda s: s.low_stock_at,
                "right",
            ),
            Column(
                QT_TRANSLATE_NOOP("StockModel", "Limit per visit"),
                lambda s: str(s.per_request_limit),
                lambda s: s.per_request_limit,
                "right",
            ),
            Column(QT_TRANSLATE_NOOP("StockModel", "Offered"), self._state_text, lambda s: int(s.active)),
            Column(
                QT_TRANSLATE_NOOP("StockModel", "At this rate"),
                lambda s: outlook_text(self._outlooks.get(s.key), short=True) if s.is_item else "—",
                self._days_left,
            ),
        )

    def set_outlook(self, outlooks: dict[str, Outlook], lots: dict[str, tuple[LotView, ...]]) -> None:
        """How long each item lasts and its lots; call before ``set_rows``."""
        self._outlooks = dict(outlooks)
        self._lots = dict(lots)

    def outlook(self, key: str) -> Outlook | None:
        return self._outlooks.get(key)

    def lots(self, key: str) -> tuple[LotView, ...]:
        return self._lots.get(key, ())

    def _days_left(self, supply: SupplyView) -> int:
        outlook = self._outlooks.get(supply.key)
        days = outlook.days_left if outlook is not None else None
        return days if days is not None else 1_000_000

    def tooltip(self, supply: SupplyView, column: int) -> str | None:
        lots = [lot for lot in self._lots.get(supply.key, ()) if lot.on_hand > 0]
        if column != STOCK or not lots:
            return None
        return "\n".join(f"{lot_text(lot.lot, lot.expires_on)}: {lot.on_hand}" for lot in lots)

    def key_of(self, item: SupplyView) -> str:
        return item.key

    def _stock_text(self, supply: SupplyView) -> str:
        if not supply.is_item:
            return "—"
        if supply.stock == 0:
            return self.tr("{n} (out)").format(n=supply.stock)
        if supply.is_low:
            return self.tr("{n} (low)").format(n=supply.stock)
        return str(supply.stock)

    def _state_text(self, supply: SupplyView) -> str:
        return self.tr("Offered") if supply.active else self.tr("Turned off")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == LowRole:
            if not index.isValid() or index.row() >= len(self._rows):
                return None
            supply = self._rows[index.row()]
            return supply.active and supply.is_low
        return super().data(index, role)

    def decoration(self, supply: SupplyView, column: int) -> Any:
        if column == NAME and supply.icon:
            return self._icon(supply.icon, style.INK if supply.active else style.OFF_GREY)
        if column == STOCK and supply.active and supply.is_low:
            return self._icon("alert", style.WARNING_INK)
        return None

    def background(self, supply: SupplyView, column: int) -> Any:
        if supply.active and supply.is_low:
            return QBrush(QColor(style.LOW_STOCK_BG))
        return None

    def foreground(self, supply: SupplyView, column: int) -> Any:
        if not supply.active:
            return QBrush(QColor(style.OFF_GREY))
        return None

    def font(self, supply: SupplyView, column: int) -> Any:
        if column == STOCK and supply.active and supply.is_low:
            return self._bold
        return None

    def _icon(self, name: str, color: str) -> Any:
        key = f"{name}:{color}"
        if key not in self._icons:
            self._icons[key] = icon(name, color, 48)
        return self._icons[key]


class StockFilter(TextFilterProxy):
    """Text search, optionally only supplies running low."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._low_only = False

    def set_low_only(self, low_only: bool) -> None:
        begin_filter_change(self)
        self._low_only = low_only
        end_filter_change(self)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._low_only:
            index = self.sourceModel().index(source_row, 0, source_parent)
            if not index.data(LowRole):
                return False
        return super().filterAcceptsRow(source_row, source_parent)
