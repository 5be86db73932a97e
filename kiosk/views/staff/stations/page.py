"""Stations: every kiosk, staff PC and board, whether it is alive, and its printer."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from kiosk.data.clock import utc_now
from kiosk.data.dto import StationView
from kiosk.printing.states import READY, STATUSES
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, fit_columns, make_table, stretch_columns
from kiosk.views.staff.table_model import Column, ViewTableModel
from kiosk.views.staff.texts import ago_text, printer_state_text, station_kind_text

# Marked on the page: every state in which a slip would not print, and low supplies.
_PRINTER_PROBLEMS = frozenset(STATUSES) - READY | {"supplies_low"}
NAME, KIND, STATE, SEEN, PRINTER, DETAIL, VERSION = range(7)


class StationModel(ViewTableModel[StationView]):
    """Stations by kind and name. No signals beyond the model's own."""

    CONTEXT = "StationModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.now = utc_now()
        self._icons: dict[str, Any] = {}
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("StationModel", "Station"), lambda s: s.name),
            Column(QT_TRANSLATE_NOOP("StationModel", "Kind"), lambda s: station_kind_text(s.kind)),
            Column(
                QT_TRANSLATE_NOOP("StationModel", "State"),
                lambda s: self.tr("Online") if s.online else self.tr("Offline"),
                lambda s: int(s.online),
            ),
            Column(
                QT_TRANSLATE_NOOP("StationModel", "Last heard"),
                lambda s: ago_text(s.last_seen_at, self.now),
                lambda s: s.last_seen_at.timestamp() if s.last_seen_at else 0.0,
            ),
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
            return self._icon(
                "check" if station.online else "close", style.OK_GREEN if station.online else style.EMERGENCY
            )
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

    def tooltip(self, station: StationView, column: int) -> str | None:
        return station.printer_detail or None if column in (PRINTER, DETAIL) else None

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
        # Only this PC can know that its own speakers are silent.
        self.sound_problem = QLabel(self)
        self.sound_problem.setObjectName("SoundProblem")
        self.sound_problem.setWordWrap(True)
        self.sound_problem.setStyleSheet(
            f"background: {style.LOW_STOCK_BG}; color: {style.WARNING_INK}; padding: 10px; border-radius: 6px;"
        )
        self.layout_.addWidget(self.sound_problem)
        # A printer's detail says what is wrong and what to do: show all of it.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.table, 1)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Stations")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.model.retranslate()
        problem = self.ctx.sounds.problem
        self.sound_problem.setText(self.tr("On this PC: {problem}").format(problem=problem) if problem else "")
        self.sound_problem.setVisible(bool(problem))

    def refresh(self) -> None:
        self.ctx.link.call(lambda s: s.stations.stations(), self.model.set_stations)
