"""Stations: every kiosk, staff PC and board, whether it is alive, and its printer."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QWidget

from kiosk.data.clock import utc_now
from kiosk.data.dto import StationView
from kiosk.printing.states import READY, STATUSES
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import (
    StaffPage,
    fit_columns,
    make_button,
    make_table,
    select_key,
    selected_item,
    stretch_columns,
)
from kiosk.views.staff.stations.place_dialog import PlaceDialog
from kiosk.views.staff.stations.printer_words import translated_report
from kiosk.views.staff.table_model import Column, ViewTableModel
from kiosk.views.staff.texts import ago_text, printer_state_text, station_kind_text

# Marked on the page: every state in which a slip would not print, and low supplies.
_PRINTER_PROBLEMS = frozenset(STATUSES) - READY | {"supplies_low"}
NAME, PLACE, KIND, STATE, SEEN, PRINTER, VERSION = range(7)


class StationModel(ViewTableModel[StationView]):
    """Stations by kind and name. No signals beyond the model's own."""

    CONTEXT = "StationModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.now = utc_now()
        self.lang = "en"
        self._icons: dict[str, Any] = {}
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("StationModel", "Station"), lambda s: s.name),
            Column(QT_TRANSLATE_NOOP("StationModel", "Place"), lambda s: s.place_in(self.lang)),
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
        return translated_report(station.printer_detail) or None if column == PRINTER else None

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
        stretch_columns(self.table, PLACE)
        self.model.lang = ctx.lang
        bar = self.toolbar()
        self.place_button = make_button("stations", "primary")
        self.naloxone_button = make_button("naloxone-kit")
        self.place_button.clicked.connect(self._on_place_clicked)
        self.naloxone_button.clicked.connect(self._on_naloxone_clicked)
        bar.addWidget(self.place_button)
        bar.addWidget(self.naloxone_button)
        bar.addStretch(1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        # Only this PC can know that its own speakers are silent.
        self.sound_problem = QLabel(self)
        self.sound_problem.setObjectName("SoundProblem")
        self.sound_problem.setWordWrap(True)
        self.sound_problem.setStyleSheet(
            f"background: {style.LOW_STOCK_BG}; color: {style.WARNING_INK}; padding: 10px; border-radius: 6px;"
        )
        self.layout_.addWidget(self.sound_problem)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.layout_.addWidget(self.table, 1)
        # A printer in trouble says what is wrong and what to do, in full, under the list.
        self.printer_help = QLabel(self)
        self.printer_help.setObjectName("PrinterHelp")
        self.printer_help.setWordWrap(True)
        self.printer_help.setTextFormat(Qt.TextFormat.PlainText)
        self.printer_help.setStyleSheet(
            f"background: {style.LOW_STOCK_BG}; color: {style.WARNING_INK}; padding: 10px; border-radius: 6px;"
        )
        self.printer_help.hide()
        self.layout_.addWidget(self.printer_help)
        self._stations: list[StationView] = []
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Stations")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.model.retranslate()
        problem = self.ctx.sounds.problem
        self.sound_problem.setText(self.tr("On this PC: {problem}").format(problem=problem) if problem else "")
        self.sound_problem.setVisible(bool(problem))
        self.place_button.setText(self.tr("Set &place…"))
        self.place_button.setToolTip(self.tr("Where this station stands, for the emergency banner"))
        self.naloxone_button.setText(self.tr("&Naloxone kit location…"))
        self.naloxone_button.setToolTip(self.tr("Where the kit is kept, shown on the kiosks' emergency screen"))
        self._show_printer_help()
        self._update_buttons()

    def refresh(self) -> None:
        self.ctx.link.call(lambda s: s.stations.stations(), self._on_stations)

    def _on_stations(self, stations: list[StationView]) -> None:
        current = selected_item(self.table, StationView)
        self.model.set_stations(stations)
        self._stations = stations
        self._show_printer_help()
        if current is not None:
            select_key(self.table, current.id)
        self._update_buttons()

    def _show_printer_help(self) -> None:
        """One line per station whose printer needs a hand: which one, what is wrong, what to do."""
        line = self.tr("{station}: {report}")
        lines = [
            line.format(station=station.name, report=translated_report(station.printer_detail))
            for station in self._stations
            if station.kind != "display" and station.printer_detail and station.printer_state in _PRINTER_PROBLEMS
        ]
        self.printer_help.setText("\n".join(lines))
        self.printer_help.setVisible(bool(lines))

    def _update_buttons(self, *_args: object) -> None:
        self.place_button.setEnabled(selected_item(self.table, StationView) is not None)

    def _on_place_clicked(self) -> None:
        station = selected_item(self.table, StationView)
        actor = self.ctx.require_actor()
        if station is None or actor is None:
            return
        dialog = PlaceDialog("station", station.name, self.ctx.settings.languages, station.place, self.window())

        def save() -> None:
            texts = dialog.texts()  # read here, on the GUI thread, before the dialog goes
            self.ctx.link.call(
                lambda s: s.stations.set_place(station.id, texts, by=actor), lambda _view: self._saved()
            )

        dialog.accepted.connect(save)
        self._open(dialog)

    def _on_naloxone_clicked(self) -> None:
        actor = self.ctx.actor
        if actor is None or not self.ctx.require_admin("change_settings"):
            return
        current = self.ctx.settings.naloxone_location
        dialog = PlaceDialog("naloxone", "", self.ctx.settings.languages, current, self.window())

        def save() -> None:
            texts = dialog.texts()
            self.ctx.link.call(
                lambda s: s.settings.update(by=actor, naloxone_location=texts),
                lambda _settings: self._saved(settings=True),
            )

        dialog.accepted.connect(save)
        self._open(dialog)

    def _open(self, dialog: PlaceDialog) -> None:
        self.open_page_dialog(dialog)

    def _saved(self, settings: bool = False) -> None:
        self.confirm(self.tr("Saved."))
        if settings:
            self.ctx.reload_settings()
        else:
            self.refresh()
