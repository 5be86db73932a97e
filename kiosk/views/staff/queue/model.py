"""The live queue as a table model, and the filters staff switch between.

Rows come from ``QueueService`` as ``RequestView``s. The waiting time ticks:
:meth:`QueueModel.tick` moves the model's clock and emits ``dataChanged`` for
the waiting column only, once a second, with no database call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kiosk.data.clock import utc_now
from kiosk.data.dto import RequestView
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.table_model import Column, ViewTableModel, begin_filter_change, end_filter_change
from kiosk.views.staff.texts import duration_text, status_text

StatusRole = Qt.ItemDataRole.UserRole + 10
EmergencyRole = Qt.ItemDataRole.UserRole + 11
WaitingSecondsRole = Qt.ItemDataRole.UserRole + 12

CODE, ASKED, WAITING, STATUS, CLAIMED_BY = range(5)
FILTERS = ("open", "pending", "in_progress", "ready", "today")

_STATUS_ICONS = {
    "pending": "queue",
    "in_progress": "staff",
    "ready": "check",
    "fulfilled": "check",
    "cancelled": "close",
    "no_show": "exit",
}


def is_open_emergency(request: RequestView) -> bool:
    """An emergency not yet closed with a response record: first in every queue, in red."""
    return request.is_emergency and request.is_open


def queue_order(requests: Sequence[RequestView]) -> list[RequestView]:
    """Open emergencies first, then open before closed, oldest first."""
    return sorted(requests, key=lambda r: (not is_open_emergency(r), not r.is_open, r.created_at, r.id))


class QueueModel(ViewTableModel[RequestView]):
    """Requests in queue order. No signals beyond the model's own."""

    CONTEXT = "QueueModel"

    def __init__(self, lang: str = "en", parent: Any = None, clock: Callable[[], dt.datetime] = utc_now) -> None:
        super().__init__(parent)
        self._lang = lang
        self._clock = clock
        self._now = clock()
        self._icons: dict[str, Any] = {}
        self._bold = QFont()
        self._bold.setBold(True)
        self._code_font = QFont()
        self._code_font.setBold(True)
        self._code_font.setPointSizeF(self._code_font.pointSizeF() * 1.25)
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("QueueModel", "Code"), lambda r: r.pickup_code, lambda r: r.pickup_code),
            Column(QT_TRANSLATE_NOOP("QueueModel", "Asked for"), self._asked_text),
            Column(
                QT_TRANSLATE_NOOP("QueueModel", "Waiting"),
                lambda r: duration_text(self.waiting_seconds(r)),
                self.waiting_seconds,
                "right",
            ),
            Column(QT_TRANSLATE_NOOP("QueueModel", "Status"), self._status_text, lambda r: r.status),
            Column(QT_TRANSLATE_NOOP("QueueModel", "Claimed by"), self._claimed_text),
        )

    def set_requests(self, requests: Sequence[RequestView], now: dt.datetime | None = None) -> None:
        self._now = now or self._clock()
        self.set_rows(requests)

    def set_language(self, lang: str) -> None:
        self._lang = lang
        if self._rows:
            self.dataChanged.emit(self.index(0, ASKED), self.index(len(self._rows) - 1, ASKED))

    def tick(self, rows: Sequence[int] | None = None, now: dt.datetime | None = None) -> None:
        """Move the clock; only the waiting column changes.

        With ``rows`` (the rows on screen), each of those cells is announced
        on its own, so a view repaints just them rather than all it shows.
        """
        self._now = now or self._clock()
        if not self._rows:
            return
        roles = [Qt.ItemDataRole.DisplayRole]
        if rows is None:
            last = len(self._rows) - 1
            self.dataChanged.emit(self.index(0, WAITING), self.index(last, WAITING), roles)
            return
        for row in rows:
            if 0 <= row < len(self._rows):
                cell = self.index(row, WAITING)
                self.dataChanged.emit(cell, cell, roles)

    def waiting_seconds(self, request: RequestView) -> int:
        end = request.closed_at if not request.is_open and request.closed_at else self._now
        return max(0, int((end - request.created_at).total_seconds()))

    def _asked_text(self, request: RequestView) -> str:
        if request.is_emergency:
            place = request.place(self._lang) or self.tr("a kiosk")
            return self.tr("OVERDOSE at {place}").format(place=place)
        if request.for_others > 0:
            others = self.tr("+1 other") if request.for_others == 1 else self.tr("+%n others", "", request.for_others)
            return f"{request.summary(self._lang)} · {others}"
        return request.summary(self._lang)

    def _status_text(self, request: RequestView) -> str:
        if is_open_emergency(request):
            return self.emergency_status_texts()[bool(request.responders or request.acknowledged_at)]
        return status_text(request.status)

    def emergency_status_texts(self) -> tuple[str, str]:
        """Short on purpose, so the column never cuts them: (nobody going, someone going)."""
        return self.tr("Nobody yet"), self.tr("Staff going")

    def _claimed_text(self, request: RequestView) -> str:
        if request.is_emergency and request.responders:
            return ", ".join(request.responders)
        return request.claimed_by or ""

    # -- roles ------------------------------------------------------------

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in (StatusRole, EmergencyRole, WaitingSecondsRole):
            if not index.isValid() or index.row() >= len(self._rows):
                return None
            request = self._rows[index.row()]
            if role == StatusRole:
                return request.status
            if role == EmergencyRole:
                return is_open_emergency(request)
            return self.waiting_seconds(request)
        return super().data(index, role)

    def decoration(self, request: RequestView, column: int) -> Any:
        if column == CODE and request.is_emergency:
            return self._icon("emergency", style.EMERGENCY_TEXT if is_open_emergency(request) else style.EMERGENCY)
        if column == STATUS:
            color = style.EMERGENCY_TEXT if is_open_emergency(request) else style.INK
            return self._icon(_STATUS_ICONS.get(request.status, "queue"), color)
        return None

    def background(self, request: RequestView, column: int) -> Any:
        if is_open_emergency(request):
            return QBrush(QColor(style.EMERGENCY))
        if request.status == "ready":
            return QBrush(QColor(style.READY_BG))
        if request.status == "in_progress":
            return QBrush(QColor(style.PROGRESS_BG))
        return None

    def foreground(self, request: RequestView, column: int) -> Any:
        if is_open_emergency(request):
            return QBrush(QColor(style.EMERGENCY_TEXT))
        if request.is_emergency and column in (CODE, ASKED):
            return QBrush(QColor(style.EMERGENCY))
        if not request.is_open:
            return QBrush(QColor(style.MUTED))
        return None

    def font(self, request: RequestView, column: int) -> Any:
        if column == CODE:
            return self._code_font
        if request.is_emergency:
            return self._bold
        return None

    def tooltip(self, request: RequestView, column: int) -> str | None:
        if column == ASKED and not request.is_emergency:
            return "\n".join(f"{line.quantity} × {line.name(self._lang)}" for line in request.lines)
        return None

    def _icon(self, name: str, color: str) -> Any:
        key = f"{name}:{color}"
        if key not in self._icons:
            self._icons[key] = icon(name, color, 48)
        return self._icons[key]


class QueueFilter(QSortFilterProxyModel):
    """Shows one of ``FILTERS``; open emergencies show in every one."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mode = "open"
        # The source is already in queue order and the waiting column ticks:
        # no re-sorting or re-filtering on every tick.
        self.setDynamicSortFilter(False)

    @property
    def mode(self) -> str:
        return self._mode

    def set_mode(self, mode: str) -> None:
        if mode not in FILTERS:
            raise ValueError(f"unknown queue filter {mode!r}")
        begin_filter_change(self)
        self._mode = mode
        end_filter_change(self)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._mode == "today":
            return True
        source = self.sourceModel()
        if not isinstance(source, QueueModel):
            raise TypeError("a QueueFilter filters a QueueModel")
        request = source.item(source_row)
        if is_open_emergency(request):
            return True
        if self._mode == "open":
            return request.is_open
        return request.status == self._mode


def count_by_filter(requests: Sequence[RequestView]) -> dict[str, int]:
    counts = dict.fromkeys(FILTERS, 0)
    counts["today"] = len(requests)
    for request in requests:
        if request.is_open:
            counts["open"] += 1
        if request.status in counts:
            counts[request.status] += 1
    return counts
