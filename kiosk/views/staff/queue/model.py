"""The live queue as a table model, and the filters staff switch between.

Rows come from ``QueueService`` as ``RequestView``s, in the order of what to do
next (:func:`queue_order`). A new load is applied as the rows it changes
(inserted, removed, moved, changed), never as a reset, so the selection and the
scroll position stay put. The time shown ticks: :meth:`QueueModel.tick` moves
the model's clock and announces only the cells whose words changed (a waiting
time reads in minutes, so most seconds change nothing), with no database call.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kiosk.data.clock import utc_now
from kiosk.data.dto import RequestView
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.table_model import Column, ViewTableModel, begin_filter_change, end_filter_change
from kiosk.views.staff.texts import status_text

StatusRole = Qt.ItemDataRole.UserRole + 10
EmergencyRole = Qt.ItemDataRole.UserRole + 11
WaitingSecondsRole = Qt.ItemDataRole.UserRole + 12
MarkRole = Qt.ItemDataRole.UserRole + 13

CODE, ASKED, WAITING, STATUS, CLAIMED_BY = range(5)
FILTERS = ("open", "pending", "in_progress", "ready", "today")

#: What a row is marked with besides its status ("" for nothing).
OVER_TARGET, NOT_PICKED_UP, CALLED = "over_target", "not_picked_up", "called"

_STATUS_ICONS = {
    "pending": "queue",
    "in_progress": "staff",
    "ready": "check",
    "fulfilled": "check",
    "cancelled": "close",
    "no_show": "exit",
}
# What to do next: open emergencies, then waiting, in progress, ready; closed ones last.
_GROUPS = {"pending": 1, "in_progress": 2, "ready": 3}


def is_open_emergency(request: RequestView) -> bool:
    """An emergency not yet closed with a response record: first in every queue, in red."""
    return request.is_emergency and request.is_open


def _order_key(request: RequestView) -> tuple[Any, ...]:
    if is_open_emergency(request):
        return (0, request.created_at, request.id)
    group = _GROUPS.get(request.status)
    if group is None:  # closed: the latest first, under everything still open
        closed = request.closed_at or request.created_at
        return (4, -closed.timestamp(), -request.id)
    since = request.ready_at if group == 3 and request.ready_at else request.created_at
    return (group, since, request.id)


def queue_order(requests: Sequence[RequestView]) -> list[RequestView]:
    """What to do next first: open emergencies, then waiting (oldest first),
    in progress (oldest first), ready (longest at the window first), then closed."""
    return sorted(requests, key=_order_key)


def minutes_text(seconds: float) -> str:
    """A waiting time in words staff read at a glance: "under 1 min", "12 min", "1 h 05 min"."""
    minutes = max(0, int(seconds)) // 60
    if minutes < 1:
        return QCoreApplication.translate("QueueModel", "under 1 min")
    if minutes < 60:
        return QCoreApplication.translate("QueueModel", "{n} min").format(n=minutes)
    return QCoreApplication.translate("QueueModel", "{h} h {m:02d} min").format(h=minutes // 60, m=minutes % 60)


class QueueModel(ViewTableModel[RequestView]):
    """Requests in queue order. No signals beyond the model's own."""

    CONTEXT = "QueueModel"

    def __init__(self, lang: str = "en", parent: Any = None, clock: Callable[[], dt.datetime] = utc_now) -> None:
        super().__init__(parent)
        self._lang = lang
        self.clock = clock
        self._now = clock()
        #: Waiting longer than this is marked; so is a ready code left this long.
        self.wait_target_s = 15 * 60
        self.ready_reminder_s = 10 * 60
        self._icons: dict[str, Any] = {}
        self._by_key: dict[int, int] | None = None
        self._by_code: dict[str, int] | None = None
        self._shown: dict[int, tuple[str, str]] = {}
        # What a painted cell asks for (a dozen roles), kept per request until it or the clock
        # changes: a new request repaints the rows on screen without working them out again.
        # Each entry holds the request it was worked out for, so a changed row never reads an old one.
        self._cache: dict[tuple[int, int, int], tuple[RequestView, Any]] = {}
        self._marks: dict[int, tuple[RequestView, str]] = {}
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
                lambda r: minutes_text(self.waiting_seconds(r)),
                self.waiting_seconds,
                "right",
            ),
            Column(QT_TRANSLATE_NOOP("QueueModel", "Status"), self._status_text, lambda r: r.status),
            Column(QT_TRANSLATE_NOOP("QueueModel", "Claimed by"), self._claimed_text),
        )

    # -- filling ----------------------------------------------------------

    def set_requests(self, requests: Sequence[RequestView], now: dt.datetime | None = None) -> None:
        """Apply a load: only the rows that changed are announced (see ``update_rows``)."""
        self._now = now or self.clock()
        self.update_rows(requests)

    def reset_requests(self, requests: Sequence[RequestView], now: dt.datetime | None = None) -> None:
        """Replace every row at once (after a reconnect, when anything may have changed)."""
        self._now = now or self.clock()
        self.set_rows(requests)

    def rows_updated(self) -> None:
        self._by_key = None
        self._by_code = None
        if len(self._cache) > 40 * max(1, len(self._rows)):
            self._forget()  # entries of requests long gone

    def set_rows(self, rows: Sequence[RequestView]) -> None:
        self._forget()
        super().set_rows(rows)

    def _forget(self) -> None:
        self._cache.clear()
        self._marks.clear()

    def set_targets(self, wait_target_minutes: int, ready_reminder_minutes: int) -> None:
        self.wait_target_s = max(1, int(wait_target_minutes)) * 60
        self.ready_reminder_s = max(1, int(ready_reminder_minutes)) * 60
        self.tick()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._forget()
        if self._rows:
            self.dataChanged.emit(self.index(0, ASKED), self.index(len(self._rows) - 1, ASKED))

    def row_of_key(self, key: Any) -> int:
        if self._by_key is None:
            self._by_key = {request.id: row for row, request in enumerate(self._rows)}
        return self._by_key.get(key, -1)

    def row_of_code(self, code: str) -> int:
        """The row of the request with this pickup code (open ones before closed), or -1."""
        if self._by_code is None:
            self._by_code = {}
            for row in range(len(self._rows) - 1, -1, -1):  # the first in order wins
                self._by_code[self._rows[row].pickup_code] = row
        return self._by_code.get(code.strip().upper(), -1)

    # -- time -------------------------------------------------------------

    def tick(self, rows: Sequence[int] | None = None, now: dt.datetime | None = None) -> None:
        """Move the clock; announce the waiting and status cells whose words changed.

        With ``rows`` (the rows on screen) only those are looked at.
        """
        self._now = now or self.clock()
        self._forget()
        if not self._rows:
            return
        roles = [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole, MarkRole]
        for row in range(len(self._rows)) if rows is None else rows:
            if not 0 <= row < len(self._rows):
                continue
            request = self._rows[row]
            shown = (minutes_text(self.waiting_seconds(request)), self._status_text(request))
            if self._shown.get(request.id) != shown:
                self._shown[request.id] = shown
                self.dataChanged.emit(self.index(row, WAITING), self.index(row, STATUS), roles)

    def next_change_s(self, rows: Sequence[int] | None = None) -> float | None:
        """Seconds from the model's clock until the words of a row's time or status next change.

        Looks at ``rows`` (the rows on screen) or every row; None when nothing
        shown will ever change by itself (closed requests only).
        """
        soonest: float | None = None
        for row in range(len(self._rows)) if rows is None else rows:
            if not 0 <= row < len(self._rows):
                continue
            found = self._next_change(self._rows[row])
            if found is not None and (soonest is None or found < soonest):
                soonest = found
        return soonest

    def _next_change(self, request: RequestView) -> float | None:
        if not request.is_open:
            return None
        now = self._now
        # Each time shown in minutes moves on at its next whole minute; a mark appears at its threshold.
        times = [request.created_at, request.ready_at, request.called_at]
        waits = [60 - (now - since).total_seconds() % 60 for since in times if since is not None]
        waited = (now - request.created_at).total_seconds()
        if request.status == "pending" and waited <= self.wait_target_s:
            waits.append(self.wait_target_s + 1 - waited)
        if request.status == "ready" and request.ready_at is not None:
            ready_for = (now - request.ready_at).total_seconds()
            if ready_for < self.ready_reminder_s:
                waits.append(self.ready_reminder_s - ready_for)
        return max(0.0, min(waits)) if waits else None

    def waiting_seconds(self, request: RequestView) -> int:
        end = request.closed_at if not request.is_open and request.closed_at else self._now
        return max(0, int((end - request.created_at).total_seconds()))

    def mark(self, request: RequestView) -> str:
        """``OVER_TARGET``, ``NOT_PICKED_UP``, ``CALLED`` or "" (see the module's words)."""
        known = self._marks.get(request.id)
        if known is not None and known[0] is request:
            return known[1]
        mark = self._mark(request)
        self._marks[request.id] = (request, mark)
        return mark

    def _mark(self, request: RequestView) -> str:
        if request.is_emergency or not request.is_open:
            return ""
        if request.status == "pending" and self.waiting_seconds(request) > self.wait_target_s:
            return OVER_TARGET
        if request.status == "ready" and request.ready_at is not None:
            if (self._now - request.ready_at).total_seconds() >= self.ready_reminder_s:
                return NOT_PICKED_UP
        if request.called_at is not None:
            return CALLED
        return ""

    # -- texts ------------------------------------------------------------

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
        status = status_text(request.status)
        mark = self.mark(request)
        if mark == OVER_TARGET:
            target = self.wait_target_s // 60
            return status + "\n" + self.tr("Over the {n} min target").format(n=target)
        if mark == NOT_PICKED_UP and request.ready_at is not None:
            waited = minutes_text((self._now - request.ready_at).total_seconds())
            return status + "\n" + self.tr("Not picked up for {time}").format(time=waited)
        if mark == CALLED and request.called_at is not None:
            ago = minutes_text((self._now - request.called_at).total_seconds())
            return status + "\n" + self.tr("Called {time} ago").format(time=ago)
        return status

    def emergency_status_texts(self) -> tuple[str, str]:
        """Short on purpose, so the column never cuts them: (nobody going, someone going)."""
        return self.tr("Nobody yet"), self.tr("Staff going")

    def _claimed_text(self, request: RequestView) -> str:
        if request.is_emergency and request.responders:
            return ", ".join(request.responders)
        return request.claimed_by or ""

    # -- roles ------------------------------------------------------------

    def retranslate(self) -> None:
        self._forget()
        super().retranslate()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        request = self._rows[index.row()]
        key = (request.id, index.column(), role)
        hit = self._cache.get(key)
        if hit is not None and hit[0] is request:
            return hit[1]
        value = self._data(index, role)
        self._cache[key] = (request, value)
        return value

    def _data(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        if role in (StatusRole, EmergencyRole, WaitingSecondsRole, MarkRole):
            if not index.isValid() or index.row() >= len(self._rows):
                return None
            request = self._rows[index.row()]
            if role == StatusRole:
                return request.status
            if role == EmergencyRole:
                return is_open_emergency(request)
            if role == MarkRole:
                return self.mark(request)
            return self.waiting_seconds(request)
        return super().data(index, role)

    def decoration(self, request: RequestView, column: int) -> Any:
        if column == CODE and request.is_emergency:
            return self._icon("emergency", style.EMERGENCY_TEXT if is_open_emergency(request) else style.EMERGENCY)
        if column == CODE and self.mark(request) == CALLED:
            return self._icon("sound", style.ACCENT)
        if column == STATUS:
            color = style.EMERGENCY_TEXT if is_open_emergency(request) else style.INK
            return self._icon(_STATUS_ICONS.get(request.status, "queue"), color)
        return None

    def background(self, request: RequestView, column: int) -> Any:
        if is_open_emergency(request):
            return QBrush(QColor(style.EMERGENCY))
        mark = self.mark(request)
        if mark == OVER_TARGET:
            return QBrush(QColor(style.OVER_TARGET_BG))
        if mark == NOT_PICKED_UP:
            return QBrush(QColor(style.NOT_PICKED_UP_BG))
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
        if request.is_emergency or (column == STATUS and self.mark(request) in (OVER_TARGET, NOT_PICKED_UP)):
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
    """Shows one of ``FILTERS``; open emergencies show in every one.

    It re-checks a row when its data changes (a request that closes leaves
    "Open" at once) but never sorts: the source is already in queue order.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._mode = "open"
        self.setDynamicSortFilter(True)

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
