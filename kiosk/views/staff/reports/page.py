"""Reports: pick a range and a grouping, see the figures and a chart, save CSV or PDF.

Admins see the reports; everyone on staff can record sharps handed back at
the window here. The report is read through the window's service calls and
files are written on the exporter's own lane, so the window never freezes.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QWidget,
)

from kiosk.data import rules
from kiosk.data.dto import StaffView
from kiosk.data.report_model import Report
from kiosk.errors import KioskError
from kiosk.reports.labels import translator
from kiosk.views.common.data_messages import error_text
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, make_button, make_table
from kiosk.views.staff.reports.charts import EncountersChart, HeatMap
from kiosk.views.staff.reports.export import ReportExporter
from kiosk.views.staff.reports.model import ReportTableModel
from kiosk.views.staff.reports.sharps import SharpsDialog

GROUPINGS = ("day", "week", "month")


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class ReportsPage(StaffPage):
    """The Reports page. No signals."""

    ICON = "check"
    TOPICS = frozenset({"requests", "stock", "tallies"})

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None, today: dt.date | None = None) -> None:
        super().__init__(ctx, parent)
        self.report: Report | None = None
        self._sites_loaded = False
        today = today or dt.date.today()

        bar = self.toolbar()
        self.from_label, self.to_label, self.by_label, self.site_label = QLabel(), QLabel(), QLabel(), QLabel()
        self.first = QDateEdit(_qdate(today.replace(day=1)))
        self.last = QDateEdit(_qdate(today))
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.by = QComboBox()
        for grouping in GROUPINGS:
            self.by.addItem("", grouping)
        self.by.setCurrentIndex(1)
        self.site = QComboBox()
        self.site.addItem("", None)
        self.shared = QCheckBox()
        self.show_button = make_button("search", "primary")
        for label, widget in (
            (self.from_label, self.first),
            (self.to_label, self.last),
            (self.by_label, self.by),
            (self.site_label, self.site),
        ):
            label.setBuddy(widget)
            bar.addWidget(label)
            bar.addWidget(widget)
        bar.addWidget(self.show_button)
        bar.addStretch(1)
        # On a row of its own: in French or Spanish it is as wide as the fields above.
        options = self.toolbar()
        options.addWidget(self.shared)
        options.addStretch(1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.addWidget(self.summary)
        self.model = ReportTableModel(self)
        self.table = make_table(self.model, self)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.tabs = QTabWidget()
        self.chart = EncountersChart()
        self.heat = HeatMap()
        self.tabs.addTab(self.chart, "")
        self.tabs.addTab(self.heat, "")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([260, 400])
        self.splitter = splitter
        self.layout_.addWidget(splitter, 1)

        bottom = QHBoxLayout()
        self.csv_button = make_button("print")
        self.pdf_button = make_button("print")
        self.sharps_button = make_button("sharps")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(280)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        for part in (self.csv_button, self.pdf_button, self.progress, self.status):
            bottom.addWidget(part)
        bottom.addStretch(1)
        bottom.addWidget(self.sharps_button)
        self.layout_.addLayout(bottom)

        self.exporter = ReportExporter(self)
        self.exporter.progress.connect(self._on_progress)
        self.exporter.finished.connect(self._on_exported)
        self.exporter.failed.connect(self._on_export_failed)
        self.show_button.clicked.connect(self.refresh)
        self.shared.toggled.connect(self._show)
        self.csv_button.clicked.connect(lambda: self._ask_path("csv"))
        self.pdf_button.clicked.connect(lambda: self._ask_path("pdf"))
        self.sharps_button.clicked.connect(self.record_sharps)
        self.retranslate_ui()
        self.apply_role(ctx.staff)

    # -- the page ---------------------------------------------------------------

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("To"))
        self.by_label.setText(self.tr("By"))
        self.site_label.setText(self.tr("Site"))
        for index, text in enumerate((self.tr("Day"), self.tr("Week"), self.tr("Month"))):
            self.by.setItemText(index, text)
        self.site.setItemText(0, self.tr("All sites"))
        self.shared.setText(self.tr("Hide small counts, as in shared reports"))
        self.show_button.setText(self.tr("Show"))
        self.csv_button.setText(self.tr("Save CSV…"))
        self.pdf_button.setText(self.tr("Save PDF…"))
        self.sharps_button.setText(self.tr("Sharps returned…"))
        self.tabs.setTabText(0, self.tr("Encounters"))
        self.tabs.setTabText(1, self.tr("Busiest hours"))
        self._show()

    def apply_role(self, staff: StaffView | None) -> None:
        admin = staff is not None and rules.may(staff.actor, "view_reports")
        for widget in (
            self.first,
            self.last,
            self.by,
            self.site,
            self.shared,
            self.show_button,
            self.splitter,
            self.csv_button,
            self.pdf_button,
            self.from_label,
            self.to_label,
            self.by_label,
            self.site_label,
            self.summary,
        ):
            widget.setVisible(admin)
        refusal = self.tr("Reports are for admins and coordinators. You can record sharps handed back here.")
        self.status.setText("" if admin else refusal)

    def refresh(self) -> None:
        if not self.ctx.may("view_reports"):
            return
        first, last = _date(self.first.date()), _date(self.last.date())
        if last < first:
            self.status.setText(self.tr("The range ends before it starts. Put the earlier date first."))
            return
        by = str(self.by.currentData())
        site = self.site.currentData()
        actor = self.ctx.actor
        if actor is None:
            return
        if not self._sites_loaded:
            self.ctx.link.call(lambda s: s.reports.sites(), self._on_sites)
        self.status.setText(self.tr("Counting…"))
        self.ctx.link.call(
            lambda s: s.reports.build(first, last, by, site, asked_by=actor), self._on_report, self._on_failed
        )

    # -- showing ------------------------------------------------------------------

    def _on_sites(self, sites: list[tuple[int, str]]) -> None:
        self._sites_loaded = True
        if len(sites) <= 1:
            self.site.setVisible(False)
            self.site_label.setVisible(False)
        for site_id, name in sites:
            if self.site.findData(site_id) < 0:
                self.site.addItem(name, site_id)

    def _on_report(self, report: Report) -> None:
        self.report = report
        self.status.setText("")
        self._show()

    def _on_failed(self, error: Exception) -> None:
        self.status.setText(error_text(error) if isinstance(error, KioskError) else str(error))

    @property
    def raw(self) -> bool:
        return not self.shared.isChecked()

    def _show(self) -> None:
        words = translator(self.ctx.lang)
        report = self.report
        self.model.set_report(report, self.raw, self.ctx.lang, (self.tr("Figure"), self.tr("Detail")))
        self.table.resizeColumnsToContents()
        for column, widest in ((0, 300), (1, 220)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.chart.set_report(report, self.raw, words, self.tr("Encounters per period, by kind"))
        self.heat.set_report(report, self.raw, words)
        has_report = report is not None
        self.csv_button.setEnabled(has_report and not self.exporter.busy)
        self.pdf_button.setEnabled(has_report and not self.exporter.busy)
        if report is None:
            self.summary.setText(self.tr("Choose a range and press Show."))
            return
        note = (
            self.tr("Raw numbers, for use inside the centre.")
            if self.raw
            else self.tr("Counts under {n} are hidden, as in reports you share.").format(n=report.small_count_threshold)
        )
        self.summary.setText(
            self.tr("{site}: {first} to {last}, {n} encounters. {note}").format(
                site=report.site_name,
                first=report.first.isoformat(),
                last=report.last.isoformat(),
                n=report.value("encounters"),
                note=note,
            )
        )

    # -- exporting ----------------------------------------------------------------

    def _ask_path(self, fmt: str) -> None:
        if self.report is None:
            return
        name = f"report-{self.report.first.isoformat()}-{self.report.last.isoformat()}.{fmt}"
        start = str(Path.home() / name)
        pattern = self.tr("CSV files (*.csv)") if fmt == "csv" else self.tr("PDF files (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report"), start, pattern)
        if path:
            self.export_to(Path(path), fmt)

    def export_to(self, path: Path, fmt: str) -> None:
        """Write the report shown to ``path`` as ``fmt`` ("csv" or "pdf"), off the GUI thread."""
        if self.report is None or not self.ctx.require_admin("view_reports"):
            return
        self.progress.setRange(0, 0)
        self.progress.show()
        self.csv_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.status.setText(self.tr("Saving…"))
        self.exporter.export(self.report, path, fmt, self.ctx.lang, self.raw)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _on_exported(self, path: str) -> None:
        self.progress.hide()
        self.status.setText(self.tr("Saved {path}").format(path=path))
        self._show()

    def _on_export_failed(self, message: str) -> None:
        self.progress.hide()
        self.status.setText(message)
        self._show()

    # -- sharps ---------------------------------------------------------------------

    def record_sharps(self) -> SharpsDialog:
        dialog = SharpsDialog(self)
        dialog.accepted.connect(lambda: self._on_sharps(dialog))
        dialog.open()
        return dialog

    def _on_sharps(self, dialog: SharpsDialog) -> None:
        count, weight = dialog.values()
        actor = self.ctx.require_actor()
        if actor is None:
            return

        def done(_: object) -> None:
            text = (
                self.tr("Recorded %n sharps returned.", "", count)
                if count is not None
                else self.tr("Recorded {g} g of sharps returned.").format(g=weight)
            )
            self.status.setText(text)
            self.ctx.link.notice.emit(text)
            if self.report is not None:
                self.refresh()

        self.ctx.link.call(lambda s: s.tallies.sharps_returned(count=count, weight_g=weight, by=actor), done)

    def close_jobs(self) -> None:
        self.exporter.close()
