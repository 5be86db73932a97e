"""The report's figures as a table: one row per figure, one column per period."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kiosk.data.report_model import Report, ReportRow
from kiosk.reports.labels import detail_text, translator
from kiosk.reports.suppression import cell_texts

_Index = QModelIndex | QPersistentModelIndex
_LEFT = 2  # figure, detail


class ReportTableModel(QAbstractTableModel):
    """Figures by period (the weekday-by-hour grid has its own view). No signals of its own."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.report: Report | None = None
        self._keys: list[tuple[str, str]] = []
        self._cells: dict[tuple[str, str, int], ReportRow] = {}
        self._texts: dict[ReportRow, str] = {}
        self._lang = "en"
        self._headers = ("Figure", "Detail")

    def set_report(self, report: Report | None, raw: bool, lang: str, headers: tuple[str, str]) -> None:
        """A new report (or how it is shown): the whole table changes, so the model resets."""
        self.beginResetModel()
        self.report, self._lang, self._headers = report, lang, headers
        self._keys, self._cells, self._texts = [], {}, {}
        if report is not None:
            self._texts = cell_texts(report, raw)
            index = {period: n for n, period in enumerate(report.periods)}
            seen: set[tuple[str, str]] = set()
            for row in report.rows:
                if row.figure == "busiest_hours":
                    continue
                key = (row.figure, row.key)
                if key not in seen:
                    seen.add(key)
                    self._keys.append(key)
                self._cells[(row.figure, row.key, index[row.period])] = row
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.report is None:
            return 0 if parent.isValid() else _LEFT
        return _LEFT + len(self.report.periods)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.report is None:
            return None
        figure, key = self._keys[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column >= _LEFT:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        words = translator(self._lang)
        if column == 0:
            return words(figure)
        if column == 1:
            return detail_text(figure, key, words, self._lang, self.report.supply_names)
        row = self._cells.get((figure, key, column - _LEFT))
        if row is None:
            return ""
        return self._texts[row]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section < _LEFT:
            return self._headers[section]
        if self.report is None or section - _LEFT >= len(self.report.periods):
            return None
        period = self.report.periods[section - _LEFT]
        if period.first == period.last:
            return period.first.isoformat()
        return f"{period.first.isoformat()} – {period.last.isoformat()}"
