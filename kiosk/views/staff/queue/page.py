"""The live queue: filters, code search, the table, and the buttons that act on a request."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QFontMetrics, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QButtonGroup, QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.data.dto import RequestView
from kiosk.data.settings import SiteSettings
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.flow import FlowRow
from kiosk.views.staff.page import StaffPage, make_table, selected_item, stretch_columns
from kiosk.views.staff.queue.actions import QueueActions, allowed_actions
from kiosk.views.staff.queue.buttons import ALWAYS, ActionButtons
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
from kiosk.views.staff.queue.search import CodeSearch
from kiosk.views.staff.texts import status_text

ROW_HEIGHT = 56  # two lines of "Asked for" and of the status, and a 10 mm touch target


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
        self._reset_next = False

        # The filters run on to a second line rather than widen the window (a longer language).
        filters = FlowRow()
        self.layout_.addLayout(filters)
        self.filter_group = QButtonGroup(self)
        self.filter_group.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        for mode in FILTERS:
            button = QPushButton()
            button.setCheckable(True)
            button.setProperty("filter", mode)
            self.filter_group.addButton(button)
            self.filter_buttons[mode] = button
            if mode == "today":
                # Set apart, with its own look: a different list, not one more status.
                rule = QFrame()
                rule.setFrameShape(QFrame.Shape.VLine)
                rule.setStyleSheet("color: #A9B2C3;")
                rule.setContentsMargins(8, 0, 8, 0)
                rule.setFixedSize(17, 40)
                filters.add(rule)
                button.setIcon(icon("audit", style.INK))
                button.setObjectName("todayFilter")
            filters.add(button)
            button.clicked.connect(lambda _checked=False, m=mode: self._on_filter_clicked(m))
        # The search sits on the title's line, which has room to spare.
        self.search = CodeSearch()
        self.search.code_entered.connect(self.find_code)
        title_row = QHBoxLayout()
        self.layout_.removeWidget(self.heading)
        title_row.addWidget(self.heading)
        title_row.addStretch(1)
        title_row.addWidget(self.search)
        self.layout_.insertLayout(0, title_row)
        self.filter_buttons["open"].setChecked(True)
        find = QShortcut(QKeySequence("Ctrl+F"), self)
        find.activated.connect(lambda: self.search.field.setFocus())

        self.table = make_table(self.proxy, self)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        # Fixed widths: sizing to contents would read all rows on every tick.
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.horizontalHeader().setStretchLastSection(False)
        stretch_columns(self.table, ASKED)
        self.layout_.addWidget(self.table, 1)
        self.detail = QLabel()
        self.detail.setObjectName("hint")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        # Two lines, always: a longer or shorter text never moves the buttons below.
        self.detail.setFixedHeight(QFontMetrics(self.detail.font()).lineSpacing() * 2 + 16)
        self.layout_.addWidget(self.detail)

        self.action_row = ActionButtons(self._on_action_clicked)
        self.buttons = self.action_row.buttons
        self.layout_.addWidget(self.action_row)

        # Wakes when a time on screen is due to read differently ("12 min" to "13 min"), at most
        # every tick_ms: an idle queue repaints a cell once a minute, not the table every second.
        self.ticker = QTimer(self)
        self.ticker.setSingleShot(True)
        self.ticker.setInterval(ctx.timings.tick_ms)
        self.ticker.timeout.connect(self._on_tick)
        self.table.verticalScrollBar().valueChanged.connect(self._on_tick)  # other rows on screen
        self.undo_timer = QTimer(self)
        self.undo_timer.setSingleShot(True)
        self.undo_timer.timeout.connect(self._update_buttons)

        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._on_double_clicked)
        self.model.dataChanged.connect(self._on_model_changed)
        feed.requests_loaded.connect(self._on_requests_loaded)
        ctx.staff_changed.connect(self._update_buttons)
        ctx.settings_changed.connect(self._on_settings_changed)
        ctx.link.online_changed.connect(self._on_online_changed)
        self.queue_actions.finished.connect(self._on_action_finished)
        self._counts = count_by_filter([])
        self._on_settings_changed(ctx.settings)
        self.retranslate_ui()
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Queue")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self._update_filter_labels(sized=False)
        texts = {
            "call_next": self.tr("Call next"),
            "call": self.tr("Call"),
            "respond": self.tr("I'm going"),
            "close_response": self.tr("Close with record…"),
            "false_alarm": self.tr("False alarm"),
            "claim": self.tr("Claim"),
            "release": self.tr("Release"),
            "ready": self.tr("Mark ready"),
            "fulfil": self.tr("Hand over…"),
            "cancel": self.tr("Cancel…"),
            "no_show": self.tr("No-show"),
            "reprint": self.tr("Reprint slip"),
            "undo": self.tr("Undo"),
        }
        tips = {
            "call_next": self.tr("Take the request that has waited longest and show its code on the board"),
            "call": self.tr("Show this code on the board with a chime, so the visitor comes to the window"),
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
            "undo": self.tr("Take back your last change, for a few seconds after it"),
        }
        self.action_row.set_texts(texts, tips)
        self.search.retranslate_ui()
        self.model.retranslate()
        self._size_columns()
        self._update_detail()

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        pad = 44  # icon and margins
        statuses = [status_text(s) for s in ("pending", "in_progress", "ready", "fulfilled", "cancelled", "no_show")]
        marks = [self.tr("Not picked up for {time}").format(time="88 min"), self.tr("Over the {n} min target")]
        bold = self.table.font()
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        emergency_width = max(bold_metrics.horizontalAdvance(t) for t in self.model.emergency_status_texts())
        mark_width = max(bold_metrics.horizontalAdvance(t.format(n=88)) for t in marks)
        header = self.table.horizontalHeader()
        widths = {
            CODE: metrics.horizontalAdvance("WWWW") * 5 // 4 + pad,
            WAITING: metrics.horizontalAdvance("8 h 88 min") + 24,
            STATUS: max(max(metrics.horizontalAdvance(t) for t in statuses), emergency_width, mark_width) + pad,
            CLAIMED_BY: metrics.horizontalAdvance("M" * 10),
        }
        for column, width in widths.items():
            width = max(width, metrics.horizontalAdvance(self.model.headerData(column, Qt.Orientation.Horizontal)) + 30)
            header.resizeSection(column, width)

    def _update_filter_labels(self, sized: bool = True) -> None:
        labels = {
            "open": self.tr("Open now ({n})"),
            "pending": self.tr("Waiting ({n})"),
            "in_progress": self.tr("In progress ({n})"),
            "ready": self.tr("Ready ({n})"),
            "today": self.tr("All of today ({n})"),
        }
        for mode, button in self.filter_buttons.items():
            if button.minimumWidth() == 0 or not sized:
                # As wide as its widest count, so a new request never shifts the row; a fixed size
                # also spares the page a layout pass each time a count changes.
                button.setText(labels[mode].format(n=888))
                button.setFixedSize(button.sizeHint())
            button.setText(labels[mode].format(n=self._counts.get(mode, 0)))

    # -- data -------------------------------------------------------------

    def refresh(self) -> None:
        self.feed.refresh()

    def _on_requests_loaded(self, requests: list[RequestView]) -> None:
        if self._reset_next:
            self._reset_next = False
            current = self.selected()
            self.model.reset_requests(requests)
            if current is not None:
                self.select_request(current.id)
        else:
            self.model.set_requests(requests)  # the selection follows its row
        counts = count_by_filter(requests)
        if counts != self._counts:
            self._counts = counts
            self._update_filter_labels()
        self._update_buttons()
        self._schedule_tick()  # new rows may be due to change sooner than the ones before

    def _on_online_changed(self, online: bool) -> None:
        if online:
            self._reset_next = True  # anything may have changed while away: load it all afresh

    def _on_settings_changed(self, settings: SiteSettings) -> None:
        self.model.set_targets(settings.queue_target_minutes, settings.ready_reminder_minutes)

    def _on_model_changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        request = self.selected()
        if request is not None and top.row() <= self.model.row_of_key(request.id) <= bottom.row():
            self._update_buttons()

    def _on_tick(self, *_args: object) -> None:
        """Bring the times on screen up to date, then sleep until the next one is due to change."""
        rows = self._rows_on_screen()
        self.model.tick(rows)
        self._schedule_tick(rows)

    def _schedule_tick(self, rows: list[int] | None = None) -> None:
        if not self.isVisible():
            return
        due = self.model.next_change_s(self._rows_on_screen() if rows is None else rows)
        longest = self.ctx.timings.tick_ms
        # A little after the change is due, so the clock has passed it when the tick reads it.
        wait = longest if due is None else min(longest, int(due * 1000) + 50)
        self.ticker.start(max(50, wait))

    def _rows_on_screen(self) -> list[int]:
        """Source rows of the table's visible lines (about a dozen)."""
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
        self._update_filter_labels(sized=False)
        self.model.tick()
        self._on_tick()

    def hideEvent(self, event: QHideEvent) -> None:
        self.ticker.stop()
        super().hideEvent(event)

    def _on_filter_clicked(self, mode: str) -> None:
        self.feed.set_today(mode == "today")
        self.proxy.set_mode(mode)
        self._update_buttons()
        self._schedule_tick()

    # -- finding ----------------------------------------------------------

    def find_code(self, code: str) -> bool:
        """Select the request with this pickup code, switching to a list that shows it."""
        row = self.model.row_of_code(code)
        if row < 0:
            self.detail.setText(self.tr("No request with the code {code} in this list.").format(code=code.upper()))
            return False
        request = self.model.item(row)
        if not self.select_request(request.id):
            mode = "open" if request.is_open else "today"
            self.filter_buttons[mode].setChecked(True)
            self._on_filter_clicked(mode)
            self.select_request(request.id)
        return True

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
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    def _update_buttons(self, *_args: object) -> None:
        request = self.selected()
        allowed = allowed_actions(request, self.ctx.staff_id, self.ctx.is_admin)
        self.action_row.show_set(request is not None and request.is_emergency)
        for name, button in self.buttons.items():
            if name in ALWAYS:
                continue
            button.setEnabled(name in allowed)
        self.buttons["call_next"].setEnabled(self.ctx.staff_id is not None)
        self.buttons["undo"].setEnabled(self.queue_actions.can_undo())
        self._update_detail()

    def _update_detail(self) -> None:
        request = self.selected()
        if request is None:
            self.detail.setText(self.tr("Choose a request to act on it, or find its code."))
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
        if name == "call_next":
            self.queue_actions.call_next()
            return
        if name == "undo":
            self.queue_actions.undo()
            return
        request = self.selected()
        if request is None or name not in allowed_actions(request, self.ctx.staff_id, self.ctx.is_admin):
            return
        handler = {
            "respond": self.queue_actions.respond,
            "close_response": self.queue_actions.close_response,
            "false_alarm": self.queue_actions.false_alarm,
            "call": self.queue_actions.call,
            "claim": self.queue_actions.claim,
            "release": self.queue_actions.release,
            "ready": self.queue_actions.mark_ready,
            "fulfil": self.queue_actions.fulfil,
            "cancel": self.queue_actions.cancel,
            "no_show": self.queue_actions.no_show,
            "reprint": self.queue_actions.reprint,
        }[name]
        handler(request)

    def _on_action_finished(self, name: str, ok: bool) -> None:
        if ok and name == "call_next" and self.queue_actions.last_called is not None:
            self._select_when_loaded(self.queue_actions.last_called)
        if self.queue_actions.can_undo():
            self.undo_timer.start(self.queue_actions.undo_left_ms())
        self._update_buttons()

    def _select_when_loaded(self, request_id: int) -> None:
        if self.select_request(request_id):
            return

        def once(*_args: object) -> None:
            self.feed.requests_loaded.disconnect(once)
            self.select_request(request_id)

        self.feed.requests_loaded.connect(once)

    def _on_double_clicked(self, *_args: object) -> None:
        request = self.selected()
        allowed = allowed_actions(request, self.ctx.staff_id, self.ctx.is_admin)
        for name in ("respond", "claim", "fulfil"):
            if name in allowed:
                self._on_action_clicked(name)
                return

