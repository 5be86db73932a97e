"""The report's pictures: encounters per period (QtCharts) and the weekday-by-hour grid."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.data.report_model import Report
from kiosk.reports.labels import Translate
from kiosk.reports.suppression import cell_texts, heat_cells
from kiosk.views.staff import style

KINDS = (("supplies", "#1565C0"), ("services", "#2E7D32"), ("emergency", "#C62828"))


def _number(text: str) -> int:
    return int(text) if text.lstrip("-").isdigit() else 0


class EncountersChart(QChartView):
    """Encounters per period, stacked by kind; hidden small counts are drawn as nothing. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(160)  # the page fits 800 px high with the top bar on two lines
        self.chart_ = QChart()
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart_.setBackgroundRoundness(0)
        self.setChart(self.chart_)
        self.values: dict[str, list[int]] = {}

    def set_report(self, report: Report | None, raw: bool, words: Translate, title: str) -> None:
        chart = self.chart_
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        self.values = {}
        if report is None:
            return
        texts = cell_texts(report, raw)
        lookup = {(row.period, row.key): texts[row] for row in report.rows if row.figure == "encounters_by_kind"}
        series = QStackedBarSeries()
        for kind, color in KINDS:
            bar = QBarSet(words(f"kind.{kind}"))
            bar.setColor(QColor(color))
            values = [_number(lookup.get((p, kind), "0")) for p in report.periods]
            self.values[kind] = values
            bar.append([float(v) for v in values])
            series.append(bar)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(
            [p.first.isoformat()[5:] if len(report.periods) > 8 else p.first.isoformat() for p in report.periods]
        )
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        axis = QValueAxis()
        totals = [sum(v[i] for v in self.values.values()) for i in range(len(report.periods))]
        axis.setRange(0, max(totals + [1]) * 1.1)
        axis.setLabelFormat("%d")
        chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)


class HeatMap(QWidget):
    """Requests by weekday (rows) and hour (columns), shaded by count; drawn with QPainter. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cells: dict[str, str] = {}
        self.days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)  # the page fits 800 px high with the top bar on two lines

    def set_report(self, report: Report | None, raw: bool, words: Translate) -> None:
        self.cells = heat_cells(report, raw) if report is not None else {}
        self.days = words("days").split(",")
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(820, 280)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        left, top = 56.0, 24.0
        width = max(1.0, (self.width() - left - 8) / 24)
        height = max(1.0, (self.height() - top - 8) / 7)
        peak = max((_number(t) for t in self.cells.values()), default=0)
        font = painter.font()
        font.setPointSizeF(max(7.0, min(10.0, height / 3)))
        painter.setFont(font)
        painter.setPen(QColor(style.INK))
        for hour in range(24):
            painter.drawText(QRectF(left + hour * width, 0, width, top), Qt.AlignmentFlag.AlignCenter, f"{hour:02d}")
        for day in range(7):
            y = top + day * height
            painter.setPen(QColor(style.INK))
            painter.drawText(
                QRectF(0, y, left - 6, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                self.days[day],
            )
            for hour in range(24):
                text = self.cells.get(f"{day}-{hour}", "0")
                value = _number(text)
                share = value / peak if peak else 0.0
                if value:
                    color = QColor.fromRgbF(1 - 0.85 * share, 1 - 0.55 * share, 1 - 0.1 * share)
                elif text != "0":
                    color = QColor("#D9E6F5")  # a hidden small count: shaded, never scaled
                else:
                    color = QColor("#EEF1F4")
                cell = QRectF(left + hour * width + 1, y + 1, width - 2, height - 2)
                painter.fillRect(cell, color)
                if text != "0":
                    painter.setPen(QColor("#FFFFFF") if share > 0.6 else QColor(style.INK))
                    painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
