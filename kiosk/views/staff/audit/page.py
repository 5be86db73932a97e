"""Audit: what staff did, in plain sentences, filtered by dates, person and kind, exported to CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QFileDialog, QLabel, QLineEdit, QWidget

from kiosk.data import rules
from kiosk.data.audit import AUDIT_ACTIONS, AUDIT_KINDS, find_events
from kiosk.data.dto import AuditView, StaffView, SupplyView
from kiosk.data.services import Services
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.staff.audit.export import write_audit_csv
from kiosk.views.staff.audit.sentences import SentenceWriter, kind_text, who_text
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, fit_columns, make_button, make_table, stretch_columns
from kiosk.views.staff.table_model import Column, TextFilterProxy, ViewTableModel
from kiosk.views.staff.texts import local_time_text

#: How many days back the page starts.
DEFAULT_DAYS = 7


class AuditModel(ViewTableModel[AuditView]):
    """Audit events with their sentences. No signals beyond the model's own."""

    CONTEXT = "AuditModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.writer = SentenceWriter()
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("AuditModel", "When"),
                lambda e: local_time_text(e.at, True),
                lambda e: e.at.timestamp(),
            ),
            Column(QT_TRANSLATE_NOOP("AuditModel", "Who"), who_text),
            Column(QT_TRANSLATE_NOOP("AuditModel", "Kind"), lambda e: kind_text(AUDIT_ACTIONS.get(e.action, ""))),
            Column(QT_TRANSLATE_NOOP("AuditModel", "What happened"), lambda e: self.writer.sentence(e)),
        )

    def set_supply_names(self, names: dict[str, str]) -> None:
        self.writer = SentenceWriter(names)


def _day_start(day: QDate) -> dt.datetime:
    """Local midnight at the start of ``day``, in UTC."""
    local = dt.datetime(day.year(), day.month(), day.day()).astimezone()
    return local.astimezone(dt.UTC)


class AuditPage(StaffPage):
    """The audit log for a date range. No signals."""

    ICON = "audit"
    TOPICS = frozenset({"requests", "stock", "staff", "alerts", "resources", "settings", "tallies"})

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = AuditModel(self)
        self.proxy = TextFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._staff_ids: list[int] = []

        bar = self.toolbar()
        self.from_label, self.to_label = QLabel(), QLabel()
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-DEFAULT_DAYS))
        self.date_to = QDateEdit(today)
        for label, edit in ((self.from_label, self.date_from), (self.to_label, self.date_to)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumWidth(150)
            edit.dateChanged.connect(lambda _d: self.refresh())
            label.setBuddy(edit)
            bar.addWidget(label)
            bar.addWidget(edit)
        self.person = QComboBox()
        self.person.setMinimumWidth(180)
        self.person.activated.connect(lambda _i: self.refresh())
        bar.addWidget(self.person)
        self.kind = QComboBox()
        self.kind.setMinimumWidth(180)
        self.kind.addItem("", None)
        for kind in AUDIT_KINDS:
            self.kind.addItem("", kind)
        self.kind.activated.connect(lambda _i: self.refresh())
        bar.addWidget(self.kind)
        bar.addStretch(1)
        second = self.toolbar()  # two rows, so the page fits at 1280 wide
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(260)
        self.search.setMaximumWidth(420)
        self.search.textChanged.connect(self.proxy.set_text)
        second.addWidget(self.search, 1)
        second.addStretch(1)
        self.count_label = QLabel()
        self.count_label.setObjectName("hint")
        second.addWidget(self.count_label)
        self.export_button = make_button("print")
        self.export_button.clicked.connect(self._on_export_clicked)
        second.addWidget(self.export_button)

        self.table = make_table(self.proxy, self)
        fit_columns(self.table, 0, 1, 2)
        stretch_columns(self.table, 3)
        self.layout_.addWidget(self.table, 1)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Audit")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.search.setPlaceholderText(self.tr("Search the sentences"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.kind.setItemText(0, self.tr("Every kind"))
        for row, kind in enumerate(AUDIT_KINDS, start=1):
            self.kind.setItemText(row, kind_text(kind))
        if self.person.count() == 0:
            self.person.addItem("", None)
        self.person.setItemText(0, self.tr("Everyone"))
        self.model.retranslate()
        self._update_count()

    # -- data -------------------------------------------------------------

    def filters(self) -> dict[str, Any]:
        """What the controls ask for, as the audit service takes it."""
        start, end = self.date_from.date(), self.date_to.date()
        if end < start:
            start, end = end, start
        staff_id = self.person.currentData()
        kind = self.kind.currentData()
        return {
            "since": _day_start(start),
            "until": _day_start(end.addDays(1)),
            "staff_id": staff_id if isinstance(staff_id, int) else None,
            "kinds": [kind] if isinstance(kind, str) else [],
        }

    def refresh(self) -> None:
        actor = self.ctx.actor
        if actor is None or not rules.may(actor, "view_audit"):
            return
        filters = self.filters()
        lang = self.ctx.lang

        def load(s: Services) -> tuple[list[AuditView], dict[str, str], list[StaffView]]:
            events = find_events(s.db, s.site_id, by=actor, **filters)
            supplies: list[SupplyView] = s.inventory.supplies()
            return events, {supply.key: supply.name(lang) for supply in supplies}, s.staff.list()

        self.ctx.link.call(load, self._on_loaded)

    def _on_loaded(self, loaded: tuple[list[AuditView], dict[str, str], list[StaffView]]) -> None:
        events, names, staff = loaded
        self.model.set_supply_names(names)
        self.model.set_rows(events)
        self._fill_people(staff)
        self._update_count()

    def _fill_people(self, staff: list[StaffView]) -> None:
        ids = [person.id for person in sorted(staff, key=lambda p: p.name.lower())]
        if ids == self._staff_ids:
            return
        chosen = self.person.currentData()
        self._staff_ids = ids
        by_id = {person.id: person for person in staff}
        while self.person.count() > 1:
            self.person.removeItem(1)
        for staff_id in ids:
            self.person.addItem(by_id[staff_id].name, staff_id)
        self.person.setCurrentIndex(max(0, self.person.findData(chosen)))

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("Events shown: %n", "", self.proxy.rowCount()))

    # -- export -----------------------------------------------------------

    def shown_events(self) -> list[AuditView]:
        """The events as the table shows them (filters and search applied), top to bottom."""
        rows = (self.proxy.mapToSource(self.proxy.index(r, 0)).row() for r in range(self.proxy.rowCount()))
        return [self.model.item(row) for row in rows]

    def export_to(self, path: Path) -> int:
        """Write the shown events to ``path``; the number written, or -1 when the file can't be written."""
        try:
            count = write_audit_csv(path, self.shown_events(), self.model.writer)
        except OSError as error:
            self.ctx.link.notice.emit(
                self.tr("The file could not be written ({reason}). Choose another folder.").format(
                    reason=error.strerror or error
                )
            )
            return -1
        self.ctx.link.notice.emit(self.tr("Events saved to the file: %n", "", count))
        return count

    def _on_export_clicked(self) -> None:
        start, end = self.date_from.date().toString("yyyy-MM-dd"), self.date_to.date().toString("yyyy-MM-dd")
        dialog = QFileDialog(self.window(), self.tr("Export the audit log"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("CSV files (*.csv)"))
        dialog.setDefaultSuffix("csv")
        dialog.selectFile(f"audit-{start}-{end}.csv")
        dialog.fileSelected.connect(lambda chosen: self.export_to(Path(chosen)))
        self.open_page_dialog(dialog)
