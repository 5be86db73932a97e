"""What every page of the staff workspace has in common."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QSize, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.dto import StaffView
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.forms import open_dialog
from kiosk.views.staff.table_model import ItemRole, KeyRole

T = TypeVar("T")


def make_button(icon_name: str, role: str | None = None, parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(parent)
    color = "#FFFFFF" if role in ("primary", "danger") else style.INK
    if icon_name:
        button.setIcon(icon(icon_name, color))
    if role:
        button.setProperty("role", role)
    return button


def make_table(model: Any, parent: QWidget | None = None, sortable: bool = False) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(44)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.setIconSize(QSize(22, 22))
    view.setSortingEnabled(sortable)
    if sortable:  # source order (the catalogue's) until someone clicks a header
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    return view


def selected_item(view: QTableView, kind: type[T]) -> T | None:
    """The selected row's item, if it is a ``kind``; None when no row is selected."""
    index = view.currentIndex()
    selection = view.selectionModel()
    if not index.isValid() or selection is None or not selection.isRowSelected(index.row(), index.parent()):
        return None
    item = index.siblingAtColumn(0).data(ItemRole)
    return item if isinstance(item, kind) else None


def select_key(view: QTableView, key: Any) -> bool:
    """Select the row whose ``KeyRole`` is ``key``; False if it is not shown."""
    model = view.model()
    if key is None or model is None:
        return False
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(KeyRole) == key:
            view.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
            return True
    return False


def source_model(view: QTableView) -> Any:
    model = view.model()
    return model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model


class StaffPage(QWidget):
    """A page of the workspace: reloads when shown, and on changes while shown.

    Subclasses set ``TOPICS`` and ``ICON``, build their widgets, and implement
    ``refresh()``, ``retranslate_ui()`` and ``title()``. No signals.
    """

    TOPICS: frozenset[str] = frozenset()
    ICON = "information"

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: The dialog this page has open, if any (one at a time; it never blocks the window).
        self.dialog: QDialog | None = None
        self.ctx = ctx
        self._stale = True
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(20, 16, 20, 16)
        self.layout_.setSpacing(12)
        self.heading = QLabel()
        self.heading.setObjectName("pageTitle")
        self.layout_.addWidget(self.heading)
        ctx.staff_changed.connect(self._on_staff_changed)

    # -- for subclasses ---------------------------------------------------

    def open_page_dialog(self, dialog: QDialog) -> None:
        """Show ``dialog`` without blocking the window; it is deleted once closed."""
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        open_dialog(dialog)

    def _dialog_closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def confirm(self, text: str, kind: str = "success") -> None:
        """Say on the window's status line that a change was made (or anything else, by ``kind``)."""
        window = self.window()
        show = getattr(window, "show_notice", None)
        if callable(show):
            show(text, kind)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())

    def apply_role(self, staff: StaffView | None) -> None:
        """Show or hide admin-only controls."""

    def toolbar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.layout_.addLayout(row)
        return row

    # -- plumbing ---------------------------------------------------------

    def on_data_changed(self, topics: frozenset[str]) -> None:
        if "*" not in topics and not (topics & self.TOPICS):
            return
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_staff_changed(self, staff: StaffView | None) -> None:
        self.apply_role(staff)
        if staff is not None:
            self._stale = True

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


def stretch_columns(view: QTableView, *columns: int) -> None:
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def fit_columns(view: QTableView, *columns: int) -> None:
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


ALIGN_TOP = Qt.AlignmentFlag.AlignTop
