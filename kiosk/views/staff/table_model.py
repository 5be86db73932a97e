"""A small base for the back office's read-only table models.

Each model holds a list of plain dataclasses from the data core and describes
its columns once. Custom roles give views and proxies the item itself, a
stable key (to keep the selection across refreshes) and a value to sort by.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)

T = TypeVar("T")

ItemRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
SortRole = Qt.ItemDataRole.UserRole + 3

_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[T]):
    """One column: its (untranslated) title, its text and what it sorts by."""

    title: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    align: str = "left"

    @property
    def alignment(self) -> int:
        return {"right": _RIGHT, "center": _CENTER}.get(self.align, _LEFT)


class ViewTableModel(QAbstractTableModel, Generic[T]):
    """Rows of dataclasses of type ``T``; subclasses set ``COLUMNS`` and may colour rows."""

    CONTEXT = "StaffTable"
    COLUMNS: Sequence[Column[T]] = ()

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[T] = []

    # -- filling ----------------------------------------------------------

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()
        self.rows_updated()

    def update_rows(self, rows: Sequence[T]) -> None:
        """Become ``rows`` by announcing only what differs: rows removed, moved,
        inserted (``beginRemoveRows``, ``beginMoveRows``, ``beginInsertRows``)
        and changed (``dataChanged`` on those rows). Rows are matched by ``key_of``.

        An empty model is filled with one reset, which is cheaper for a view than
        hundreds of inserts and loses nothing (there is no selection to keep).
        """
        new = list(rows)
        if not self._rows or not new:
            if self._rows or new:
                self.set_rows(new)
            return
        root = QModelIndex()
        keys = [self.key_of(item) for item in new]
        wanted = set(keys)
        # 1. Rows that went away, bottom up, a run at a time.
        end = len(self._rows) - 1
        while end >= 0:
            if self.key_of(self._rows[end]) in wanted:
                end -= 1
                continue
            start = end
            while start > 0 and self.key_of(self._rows[start - 1]) not in wanted:
                start -= 1
            self.beginRemoveRows(root, start, end)
            del self._rows[start : end + 1]
            self.endRemoveRows()
            end = start - 1
        # 2. Walk the new order: keep, move up, or insert (a run at a time).
        present = {self.key_of(item) for item in self._rows}
        last_column = max(0, self.columnCount() - 1)
        target = 0
        while target < len(new):
            key = keys[target]
            if key not in present:
                stop = target + 1
                while stop < len(new) and keys[stop] not in present:
                    stop += 1
                self.beginInsertRows(root, target, stop - 1)
                self._rows[target:target] = new[target:stop]
                self.endInsertRows()
                target = stop
                continue
            if self.key_of(self._rows[target]) != key:
                source = next(n for n in range(target + 1, len(self._rows)) if self.key_of(self._rows[n]) == key)
                self.beginMoveRows(root, source, source, root, target)
                self._rows.insert(target, self._rows.pop(source))
                self.endMoveRows()
            if self._rows[target] != new[target]:
                self._rows[target] = new[target]
                self.dataChanged.emit(self.index(target, 0), self.index(target, last_column))
            target += 1
        self.rows_updated()

    def rows_updated(self) -> None:
        """Called after :meth:`update_rows` changed the rows (subclasses drop their indexes)."""

    def rows(self) -> list[T]:
        return list(self._rows)

    def item(self, row: int) -> T:
        return self._rows[row]

    def key_of(self, item: T) -> Any:
        return getattr(item, "id", None)

    def row_of_key(self, key: Any) -> int:
        for row, item in enumerate(self._rows):
            if self.key_of(item) == key:
                return row
        return -1

    # -- hooks ------------------------------------------------------------

    def decoration(self, item: T, column: int) -> Any:
        return None

    def background(self, item: T, column: int) -> Any:
        return None

    def foreground(self, item: T, column: int) -> Any:
        return None

    def font(self, item: T, column: int) -> Any:
        return None

    def tooltip(self, item: T, column: int) -> str | None:
        return None

    # -- Qt ---------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self.COLUMNS):
            return None
        item = self._rows[index.row()]
        column = index.column()
        spec = self.COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(item)
        if role == ItemRole:
            return item
        if role == KeyRole:
            return self.key_of(item)
        if role == SortRole:
            return spec.sort(item) if spec.sort is not None else spec.text(item)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return spec.alignment
        if role == Qt.ItemDataRole.DecorationRole:
            return self.decoration(item, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.background(item, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.foreground(item, column)
        if role == Qt.ItemDataRole.FontRole:
            return self.font(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spec.text(item)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].title)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.COLUMNS[section].alignment
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        if self.COLUMNS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.COLUMNS) - 1)


class TextFilterProxy(QSortFilterProxyModel):
    """Filters rows on any column's text (case and accents as typed), sorts by ``SortRole``."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        self.setFilterRegularExpression(
            QRegularExpression(
                QRegularExpression.escape(text.strip()), QRegularExpression.PatternOption.CaseInsensitiveOption
            )
        )


def begin_filter_change(proxy: QSortFilterProxyModel) -> None:
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()


def end_filter_change(proxy: QSortFilterProxyModel) -> None:
    if hasattr(proxy, "endFilterChange"):
        proxy.endFilterChange()
    else:  # Qt before 6.10
        proxy.invalidateRowsFilter()
