"""The live queue: filters, the table, and the buttons that act on a request."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics, QHideEvent, QShowEvent
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.data.dto import RequestView
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, make_button, make_table, selected_item, stretch_columns
from kiosk.views.staff.queue.actions import QueueActions, allowed_actions
from kiosk.views.staff.queue.feed import QueueFeed
from kiosk.views.staff.queue.model import (
    ASKED,
    CLAIMED_BY,
    CODE,
    FILTERS,
    STATUS,
    WAITING,
    QueueFilter,
    QueueModel,
    count_by_filter,
)
from kiosk.views.staff.queue.reprint import SlipReprinter
from kiosk.views.staff.texts import status_text

_BUTTONS = (
    ("respond", "emergency", "danger"),
    ("close_response", "check", "primary"),
    ("false_alarm", "close", None),
    ("claim", "staff", "primary"),
    ("release", "back", None),
    ("ready", "check", None),
    ("fulfil", "supplies", "primary"),
    ("cancel", "close", None),
    ("no_show", "exit", None),
    ("reprint", "print", None),
)
_EMERGENCY_BUTTONS = frozenset({"respond", "close_response", "false_alarm"})


class QueuePage(StaffPage):
    """The queue table and its actions. The window's :class:`QueueFeed` fills it. No signals."""

    ICON = "queue"
    TOPICS = frozenset({"requests", "stock"})

    def __init__(
        self, ctx: StaffContext, feed: QueueFeed, reprinter: SlipReprinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(ctx, parent)
        self.feed = feed
        self.model = QueueModel(ctx.lang, self)
        self.proxy = QueueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.queue_actions = QueueActions(ctx, feed, reprinter, lambda: self.window(), self)

        filters = self.toolbar()
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        for mode in FILTERS:
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("filter", mode)
            self.filter_group.addButton(button)
            self.filter_buttons[mode] = button
            filters.addWidget(button)
            button.clicked.connect(lambda _checked=False, m=mode: self._on_filter_clicked(m))
        filters.addStretch(1)
        self.filter_buttons["open"].setChecked(True)

        self.table = make_table(self.proxy, self)
        # Fixed widths: sizing to contents would read all rows on every tick.
        self.table.horizontalHeader().setMinimumSectionSize(90)
        stretch_columns(self.table, ASKED)
        self.layout_.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.layout_.addWidget(self.detail)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.buttons: dict[str, QPushButton] = {}
        for name, icon_name, role in _BUTTONS:
            button = make_button(icon_name, role)
            button.clicked.connect(lambda _checked=False, n=name: self._on_action_clicked(n))
            self.buttons[name] = button
            row.addWidget(button)
        row.addStretch(1)
        self.layout_.addLayout(row)

        self.ticker = QTimer(self)
        self.ticker.setInterval(ctx.timings.tick_ms)
        self.ticker.timeout.connect(self._on_tick)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._on_double_clicked)
        feed.requests_loaded.connect(self._on_requests_loaded)
        ctx.staff_changed.connect(self._update_buttons)
        self._counts = count_by_filter([])
        self.retranslate_ui()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Queue")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self._update_filter_labels()
        texts = {
            "respond": self.tr("I'm &going"),
            "close_response": self.tr("Close with &record…"),
            "false_alarm": self.tr("&False alarm"),
            "claim": self.tr("&Claim"),
            "release": self.tr("Re&lease"),
            "ready": self.tr("Mark &ready"),
            "fulfil": self.tr("&Hand over…"),
            "cancel": self.tr("Ca&ncel…"),
            "no_show": self.tr("No-sho&w"),
            "reprint": self.tr("Re&print slip"),
        }
        tips = {
            "respond": self.tr("Tell the other staff screens that you are going to this emergency"),
            "close_response": self.tr("The emergency is over: note what was done, without anything about the person"),
            "false_alarm": self.tr("Nobody needed help: close the call in one tap"),
            "claim": self.tr("Take this request so nobody else prepares it"),
            "release": self.tr("Put it back in the queue for someone else"),
            "ready": self.tr("Show the code on the ready board"),
            "fulfil": self.tr("Give the items and take them off the stock"),
            "cancel": self.tr("Close the request without handing anything over"),
            "no_show": self.tr("Nobody came for this code"),
            "reprint": self.tr("Print the visitor's pickup slip again"),
        }
        for name, button in self.buttons.items():
            button.setText(texts[name])
            button.setToolTip(tips[name])
        self.model.retranslate()
        self._size_columns()
        self._update_detail()

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        pad = 44  # icon and margins
        statuses = [status_text(s) for s in ("pending", "in_progress", "ready", "fulfilled", "cancelled", "no_show")]
        bold = self.table.font()
        bold.setBold(True)
        emergency_width = max(QFontMetrics(bold).horizontalAdvance(t) for t in self.model.emergency_status_texts())
        header = self.table.horizontalHeader()
        widths = {
            CODE: metrics.horizontalAdvance("WWWW") * 5 // 4 + pad,
            WAITING: metrics.horizontalAdvance("0:00:00") + pad,
            STATUS: max(max(metrics.horizontalAdvance(t) for t in statuses), emergency_width) + pad,
            CLAIMED_BY: metrics.horizontalAdvance("M" * 12),
        }
        for column, width in widths.items():
            width = max(width, metrics.horizontalAdvance(self.model.headerData(column, Qt.Orientation.Horizontal)) + 30)
            header.resizeSection(column, width)

    def _update_filter_labels(self) -> None:
        labels = {
            "open": self.tr("Open ({n})"),
            "pending": self.tr("Waiting ({n})"),
            "in_progress": self.tr("In progress ({n})"),
            "ready": self.tr("Ready ({n})"),
            "today": self.tr("All of today"),
        }
        for mode, button in self.filter_buttons.items():
            button.setText(labels[mode].format(n=self._counts.get(mode, 0)))

    # -- data -------------------------------------------------------------

    def refresh(self) -> None:
        self.feed.refresh()

    def _on_requests_loaded(self, requests: list[RequestView]) -> None:
        current = selected_item(self.table, RequestView)
        self.model.set_requests(requests)
        if current is not None:
            self.select_request(current.id)
        self._counts = count_by_filter(requests)
        self._update_filter_labels()
        self._update_buttons()

    def _on_tick(self) -> None:
        self.model.tick(self._rows_on_screen())

    def _rows_on_screen(self) -> list[int]:
        """Source rows of the table's visible lines (about twenty)."""
        first = self.table.rowAt(0)
        if first < 0:
            return []
        last = self.table.rowAt(self.table.viewport().height() - 1)
        if last < 0:
            last = self.proxy.rowCount() - 1
        return [self.proxy.mapToSource(self.proxy.index(row, 0)).row() for row in range(first, last + 1)]

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._size_columns()  # the window's style sheet sets the font only once shown
        self.model.tick()
        self.ticker.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self.ticker.stop()
        super().hideEvent(event)

    def _on_filter_clicked(self, mode: str) -> None:
        self.feed.set_today(mode == "today")
        self.proxy.set_mode(mode)
        self._update_buttons()

    # -- acting -----------------------------------------------------------

    def selected(self) -> RequestView | None:
        return selected_item(self.table, RequestView)

    def select_request(self, request_id: int) -> bool:
        row = self.model.row_of_key(request_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        return True

    def _update_buttons(self, *_args: object) -> None:
        request = self.selected()
        allowed = allowed_actions(request, self.ctx.staff_id, self.ctx.is_admin)
        # An emergency has its own three actions; the others make no sense for it.
        emergency = request is not None and request.is_emergency
        wanted = {name: (name in _EMERGENCY_BUTTONS) == emergency for name in self.buttons}
        # Hide before showing, so the row never holds both sets and widens the window.
        for name in sorted(wanted, key=lambda n: wanted[n]):
            self.buttons[name].setVisible(wanted[name])
        for name, button in self.buttons.items():
            button.setEnabled(name in allowed)
        self._update_detail()

    def _update_detail(self) -> None:
        request = self.selected()
        if request is None:
            self.detail.setText(self.tr("Choose a request to act on it."))
            return
        if request.is_emergency:
            text = self.tr("{code}: overdose at {place}.").format(
                code=request.pickup_code, place=request.place(self.ctx.lang) or self.tr("a kiosk")
            )
            if request.responders:
                text += " " + self.tr("Going: {names}.").format(names=", ".join(request.responders))
            elif request.is_open:
                text += " " + self.tr("Nobody has said they are going yet.")
            self.detail.setText(text)
            return
        parts = []
        for line in request.lines:
            if line.kind == "item":
                parts.append(
                    self.tr("{n} × {name} ({stock} on the shelf)").format(
                        n=line.quantity, name=line.name(self.ctx.lang), stock=line.stock
                    )
                )
            else:
                parts.append(f"{line.quantity} × {line.name(self.ctx.lang)}")
        self.detail.setText(f"{request.pickup_code}: " + "; ".join(parts))

    def _on_action_clicked(self, name: str) -> None:
        request = self.selected()
        if request is None or name not in allowed_actions(request, self.ctx.staff_id, self.ctx.is_admin):
            return
        handler = {
            "respond": self.queue_actions.respond,
            "close_response": self.queue_actions.close_response,
            "false_alarm": self.queue_actions.false_alarm,
            "claim": self.queue_actions.claim,
            "release": self.queue_actions.release,
            "ready": self.queue_actions.mark_ready,
            "fulfil": self.queue_actions.fulfil,
            "cancel": self.queue_actions.cancel,
            "no_show": self.queue_actions.no_show,
            "reprint": self.queue_actions.reprint,
        }[name]
        handler(request)

    def _on_double_clicked(self, *_args: object) -> None:
        request = self.selected()
        allowed = allowed_actions(request, self.ctx.staff_id, self.ctx.is_admin)
        for name in ("respond", "claim", "fulfil"):
            if name in allowed:
                self._on_action_clicked(name)
                return
