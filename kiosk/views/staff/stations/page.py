"""Stations: every kiosk, staff PC and board, whether it is alive, and its printer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from kiosk.data.clock import utc_now
from kiosk.data.dto import StationView
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, fit_columns, make_table, stretch_columns
from kiosk.views.staff.table_model import Column, ViewTableModel
from kiosk.views.staff.texts import ago_text, printer_state_text, station_kind_text

_PRINTER_PROBLEMS = frozenset({"absent", "stopped", "out_of_paper", "error"})
NAME, KIND, STATE, SEEN, PRINTER, DETAIL, VERSION = range(7)


class StationModel(ViewTableModel):
    """Stations by kind and name. No signals beyond the model's own."""

    CONTEXT = "StationModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.now = utc_now()
        self._icons: dict[str, Any] = {}
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("StationModel", "Station"), lambda s: s.name),
            Column(QT_TRANSLATE_NOOP("StationModel", "Kind"), lambda s: station_kind_text(s.kind)),
            Column(QT_TRANSLATE_NOOP("StationModel", "State"), lambda s: self.tr("Online") if s.online else self.tr("Offline"), lambda s: int(s.online)),
            Column(QT_TRANSLATE_NOOP("StationModel", "Last heard"), lambda s: ago_text(s.last_seen_at, self.now), lambda s: s.last_seen_at.timestamp() if s.last_seen_at else 0.0),
            Column(QT_TRANSLATE_NOOP("StationModel", "Printer"), self._printer_text),
            Column(QT_TRANSLATE_NOOP("StationModel", "Printer detail"), lambda s: s.printer_detail or ""),
            Column(QT_TRANSLATE_NOOP("StationModel", "Version"), lambda s: s.version or ""),
        )

    def set_stations(self, stations: list[StationView]) -> None:
        self.now = utc_now()
        self.set_rows(stations)

    def _printer_text(self, station: StationView) -> str:
        if station.kind == "display":
            return "—"
        return printer_state_text(station.printer_state)

    def decoration(self, station: StationView, column: int) -> Any:
        if column == STATE:
            return self._icon("check" if station.online else "close", style.OK_GREEN if station.online else style.EMERGENCY)
        if column == PRINTER and station.printer_state in _PRINTER_PROBLEMS:
            return self._icon("alert", style.WARNING_INK)
        if column == NAME:
            return self._icon("stations", style.INK)
        return None

    def background(self, station: StationView, column: int) -> Any:
        if column == STATE and not station.online:
            return QBrush(QColor("#FBE3E6"))
        if column == PRINTER and station.printer_state in _PRINTER_PROBLEMS:
            return QBrush(QColor(style.LOW_STOCK_BG))
        return None

    def _icon(self, name: str, color: str) -> Any:
        key = f"{name}:{color}"
        if key not in self._icons:
            self._icons[key] = icon(name, color, 48)
        return self._icons[key]


class StationsPage(StaffPage):
    """Read-only list of stations. No signals."""

    ICON = "stations"
    TOPICS = frozenset({"stations"})

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = StationModel(self)
        self.table = make_table(self.model, self)
        fit_columns(self.table, NAME, KIND, STATE, SEEN, PRINTER, VERSION)
        stretch_columns(self.table, DETAIL)
        self.layout_.addWidget(self.table, 1)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Stations")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.model.retranslate()

    def refresh(self) -> None:
        self.ctx.link.call(lambda s: s.stations.stations(), self.model.set_stations)
