"""The stock notice line: supplies running low and lots about to expire, on every staff screen.

It sits in the workspace's top bar and takes the same room whether it shows
something or not, so nothing moves when a notice comes or goes. Its words
take up to two lines; notices that don't fit are counted ("+2 more"), never
cut off, and all of them are in its tooltip and on the Stock page. Each notice
(a supply low, one lot expiring) appears once per shift - from sign-in to
sign-out - and "Dismiss" hides what it shows until the next shift; a notice
that was not there before shows again. It reloads when the change feed says
stock or settings changed, on this station or any other.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.data.dto import StaffView
from kiosk.data.stock_history import StockNotice
from kiosk.views.common.icons import icon, icon_pixmap
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.stock.words import notice_text

_TOPICS = frozenset({"*", "stock", "settings"})
LINES = 2


class StockNoticeLine(QFrame):
    """Signals:
        open_stock_requested(): the person wants to see the Stock page.
        notices_appeared(object): the list of ``StockNotice`` shown for the first time this shift.
        loaded(): the notices were read again (whether or not anything changed).
    """

    open_stock_requested = Signal()
    notices_appeared = Signal(object)
    loaded = Signal()

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("stockNotice")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(54)
        self._notices: list[StockNotice] = []
        self._announced: set[str] = set()
        self._dismissed: set[str] = set()
        self._row = row = QHBoxLayout(self)
        row.setContentsMargins(10, 3, 4, 3)
        row.setSpacing(8)
        self.mark = QLabel()
        self.mark.setPixmap(icon_pixmap("alert", 24, style.WARNING_INK))
        self.mark.setFixedSize(24, 24)
        row.addWidget(self.mark)
        self.text = QLabel()
        self.text.setObjectName("stockNoticeText")
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        self.text.installEventFilter(self)
        self._parts: list[str] = []
        row.addWidget(self.text, 1)
        # Icons with their words as tooltips and names: the room on the bar goes to the notices' words.
        self.open_button = QPushButton()
        self.open_button.setIcon(icon("stock", style.INK))
        self.open_button.clicked.connect(self.open_stock_requested)
        row.addWidget(self.open_button)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setIcon(icon("close", style.INK))
        self.dismiss_button.clicked.connect(self.dismiss)
        row.addWidget(self.dismiss_button)
        for button in (self.open_button, self.dismiss_button):
            button.setFixedSize(48, 44)
            button.setIconSize(QSize(24, 24))
        for widget in (self.mark, self.text, self.open_button, self.dismiss_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        ctx.staff_changed.connect(self._on_staff_changed)
        ctx.link.changed.connect(self._on_data_changed)
        ctx.link.online_changed.connect(self._on_online_changed)
        self.retranslate_ui()
        self._show()

    # -- what it shows ------------------------------------------------------

    def showing(self) -> list[StockNotice]:
        """The notices on the line now (none once dismissed)."""
        return [n for n in self._notices if n.key not in self._dismissed]

    def dismiss(self) -> None:
        """Hide what is shown until the next shift."""
        self._dismissed.update(n.key for n in self._notices)
        self._show()

    def refresh(self) -> None:
        if self.ctx.staff is None:
            return
        self.ctx.link.call(lambda s: s.inventory.notices(), self._on_loaded)

    def _on_loaded(self, notices: list[StockNotice]) -> None:
        if self.ctx.staff is None:
            return
        self._notices = list(notices)
        fresh = [n for n in self._notices if n.key not in self._announced and n.key not in self._dismissed]
        self._announced.update(n.key for n in fresh)
        self._show()
        if fresh:
            self.notices_appeared.emit(fresh)
        self.loaded.emit()

    def _show(self) -> None:
        shown = self.showing()
        today = dt.datetime.now(dt.UTC).date()
        self._parts = [notice_text(n, self.ctx.lang, today) for n in shown]
        if shown:
            self._fit_text()
            self.setToolTip("\n".join(self._parts))
            self.setStyleSheet(
                f"QFrame#stockNotice {{ background: {style.WARNING_BG}; border: 1px solid #E0C36A;"
                f" border-radius: 6px; }} QLabel#stockNoticeText {{ color: {style.WARNING_INK}; font-weight: 600; }}"
            )
        else:
            self.text.setText("")
            self.setToolTip("")
            self.setStyleSheet("QFrame#stockNotice { background: transparent; border: none; }")
        for widget in (self.mark, self.text, self.open_button, self.dismiss_button):
            widget.setVisible(bool(shown))

    def room_wanted(self) -> int:
        """The width this line needs to be worth showing: its mark, its buttons and two short lines of words."""
        margins = self._row.contentsMargins()
        buttons = self.open_button.sizeHint().width() + self.dismiss_button.sizeHint().width()
        words = QFontMetrics(self.text.font()).averageCharWidth() * 40
        return margins.left() + margins.right() + self.mark.width() + buttons + words + 3 * self._row.spacing()

    def _fit_text(self) -> None:
        """As many notices as two lines hold, in order, and how many more there are.

        When room is short the "Stock:" in front goes first (the mark and the
        "See stock" button say it too), then notices from the end.
        """
        width = self.text.width()
        room = QFontMetrics(self.text.font()).lineSpacing() * LINES + 2
        parts = self._parts
        for prefixed in (True, False):
            for count in range(len(parts), 0, -1):
                words = "; ".join(parts[:count])
                if count < len(parts):
                    words += "; " + self.tr("+%n more", "", len(parts) - count)
                self.text.setText(self.tr("Stock: {notices}").format(notices=words) if prefixed else words)
                if width <= 0 or self.text.heightForWidth(width) <= room:
                    return
        self.text.setText(self.tr("Stock: {notices}").format(notices=self.tr("+%n more", "", len(parts))))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text and event.type() == QEvent.Type.Resize and self.showing():
            self._fit_text()  # the words get a new width: maybe more of them fit, or fewer
        return super().eventFilter(watched, event)

    # -- plumbing ----------------------------------------------------------

    def _on_staff_changed(self, staff: StaffView | None) -> None:
        if staff is None:  # the shift ends: the next one sees every notice once more
            self._notices = []
            self._announced.clear()
            self._dismissed.clear()
            self._show()
        else:
            self.refresh()

    def _on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & _TOPICS:
            self.refresh()

    def _on_online_changed(self, online: bool) -> None:
        if online:
            self.refresh()

    def retranslate_ui(self) -> None:
        self.open_button.setToolTip(self.tr("See stock"))
        self.open_button.setAccessibleName(self.tr("See stock"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Hide these notices until the next shift"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
