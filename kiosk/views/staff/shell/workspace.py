"""The signed-in part of the staff window: who is signed in, the page list, the pages."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.data import rules
from kiosk.data.dto import StaffView
from kiosk.views.common.icons import icon, icon_pixmap
from kiosk.views.staff import style
from kiosk.views.staff.alerts.page import AlertsPage
from kiosk.views.staff.audit.page import AuditPage
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, make_button
from kiosk.views.staff.people.page import StaffPageWidget
from kiosk.views.staff.queue.feed import QueueFeed
from kiosk.views.staff.queue.page import QueuePage
from kiosk.views.staff.queue.reprint import SlipReprinter
from kiosk.views.staff.resources.page import ResourcesPage
from kiosk.views.staff.settings.page import SettingsPage
from kiosk.views.staff.stations.page import StationsPage
from kiosk.views.staff.stock.notice import StockNoticeLine
from kiosk.views.staff.stock.page import StockPage

PAGE_NAMES = ("queue", "stock", "alerts", "stations", "staff", "resources", "audit", "settings")
# Page → the rule (kiosk.data.rules) that lets someone open it.
ADMIN_PAGES = {"audit": "view_audit", "settings": "change_settings"}


class Workspace(QWidget):
    """Signals:
        switch_user_requested(): the person wants to sign out and let someone else in.
    """

    switch_user_requested = Signal()

    def __init__(
        self, ctx: StaffContext, feed: QueueFeed, reprinter: SlipReprinter, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        self.bar = bar = QFrame()
        bar.setObjectName("userBar")
        self._bar_grid = QGridLayout(bar)
        self._bar_grid.setContentsMargins(16, 8, 16, 8)
        self._bar_grid.setHorizontalSpacing(8)
        self._bar_grid.setVerticalSpacing(6)
        self._person = QLabel()
        self._person.setPixmap(icon_pixmap("staff", 28, style.INK))
        self.user_label = QLabel()
        self.user_label.setObjectName("userName")
        self.stock_notice = StockNoticeLine(ctx)  # takes its room whether it shows a notice or not
        self.stock_notice.open_stock_requested.connect(lambda: self.show_page("stock"))
        self.pin_button = make_button("staff")
        self.switch_button = make_button("logout")
        self.pin_button.clicked.connect(self._on_pin_clicked)
        self.switch_button.clicked.connect(self.switch_user_requested)
        self._notice_below: bool | None = None
        self._arrange_bar(below=False)
        bar.installEventFilter(self)
        outer.addWidget(bar)

        body = QHBoxLayout()
        body.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(230)
        self.navigation.setIconSize(QSize(26, 26))
        self.navigation.currentRowChanged.connect(self._on_nav_changed)
        body.addWidget(self.navigation)
        self.stack = QStackedWidget()
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)

        self.queue_page = QueuePage(ctx, feed, reprinter)
        self.stock_page = StockPage(ctx)
        self.alerts_page = AlertsPage(ctx)
        self.stations_page = StationsPage(ctx)
        self.staff_page = StaffPageWidget(ctx)
        self.resources_page = ResourcesPage(ctx)
        self.audit_page = AuditPage(ctx)
        self.settings_page = SettingsPage(ctx)
        self.pages: dict[str, StaffPage] = dict(
            zip(
                PAGE_NAMES,
                (
                    self.queue_page,
                    self.stock_page,
                    self.alerts_page,
                    self.stations_page,
                    self.staff_page,
                    self.resources_page,
                    self.audit_page,
                    self.settings_page,
                ),
                strict=True,
            )
        )
        for number, (name, page) in enumerate(self.pages.items(), start=1):
            self.stack.addWidget(page)
            item = QListWidgetItem(icon(page.ICON, "#FFFFFF"), "")
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=name: self.show_page(n))
        ctx.staff_changed.connect(self._on_staff_changed)
        self.navigation.setCurrentRow(0)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        for row, page in enumerate(self.pages.values()):
            self.navigation.item(row).setText(page.title())
        self.pin_button.setText(self.tr("Change my PIN"))
        self.switch_button.setText(self.tr("Switch user"))
        self.switch_button.setToolTip(self.tr("Sign out so someone else can sign in"))
        self._on_staff_changed(self.ctx.staff)

    def show_page(self, name: str) -> None:
        row = list(self.pages).index(name)  # pages added later (reports) included
        if not self.navigation.item(row).isHidden():
            self.navigation.setCurrentRow(row)

    def current_page(self) -> StaffPage:
        page = self.stack.currentWidget()
        if not isinstance(page, StaffPage):
            raise TypeError("the workspace shows something other than a page")
        return page

    def on_data_changed(self, topics: frozenset[str]) -> None:
        for name, page in self.pages.items():
            if name != "queue":  # the window's queue feed reloads the queue
                page.on_data_changed(topics)

    def refresh_current(self) -> None:
        page = self.current_page()
        if page is not self.queue_page:
            page.refresh()

    def _on_nav_changed(self, row: int) -> None:
        if row >= 0:
            self.stack.setCurrentIndex(row)

    def _on_staff_changed(self, staff: StaffView | None) -> None:
        if staff is None:
            self.user_label.setText("")
            return
        role = {"admin": self.tr("admin"), "coordinator": self.tr("coordinator")}.get(staff.role, self.tr("staff"))
        self.user_label.setText(self.tr("{name} ({role})").format(name=staff.name, role=role))
        for row, name in enumerate(PAGE_NAMES):
            self.navigation.item(row).setHidden(name in ADMIN_PAGES and not rules.may(staff.actor, ADMIN_PAGES[name]))
        if self.navigation.currentItem() is None or self.navigation.currentItem().isHidden():
            self.navigation.setCurrentRow(0)

    # -- the top bar -------------------------------------------------------

    def _arrange_bar(self, below: bool) -> None:
        """The stock notice beside the name and buttons, or on a line of its own under them.

        Only the bar's width and the language decide (a notice coming or going
        never does), so nothing moves under a finger.
        """
        if below == self._notice_below:
            return
        self._notice_below = below
        grid = self._bar_grid
        for widget in (self._person, self.user_label, self.stock_notice, self.pin_button, self.switch_button):
            grid.removeWidget(widget)
        grid.addWidget(self._person, 0, 0)
        grid.addWidget(self.user_label, 0, 1)
        if below:
            grid.addWidget(self.stock_notice, 1, 0, 1, 5)
        else:
            grid.addWidget(self.stock_notice, 0, 2)
        grid.addWidget(self.pin_button, 0, 3)
        grid.addWidget(self.switch_button, 0, 4)
        grid.setColumnStretch(2, 1)
        grid.setColumnMinimumWidth(2, 0 if below else 16)

    def _notice_fits_beside(self, width: int) -> bool:
        """Whether, beside the name and buttons, the notice keeps room for two lines of words."""
        margins = self._bar_grid.contentsMargins()
        fixed = sum(
            widget.sizeHint().width() for widget in (self._person, self.user_label, self.pin_button, self.switch_button)
        )
        spare = width - margins.left() - margins.right() - fixed - self._bar_grid.horizontalSpacing() * 4
        return spare >= self.stock_notice.room_wanted()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.Resize:
            self._arrange_bar(below=not self._notice_fits_beside(self.bar.width()))
        return super().eventFilter(watched, event)

    def _on_pin_clicked(self) -> None:
        self.show_page("staff")
        self.staff_page.buttons["pin"].click()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
