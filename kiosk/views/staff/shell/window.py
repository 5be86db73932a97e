"""The staff back office window: sign-in, the workspace, and the bars around them.

The window owns the pieces every page shares: the station link (the
database, opened off the GUI thread, its change feed and the heartbeat), the
queue feed (the emergency banner needs it even while nobody is signed in),
the idle sign-out and the sounds.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from kiosk.config import Config
from kiosk.data.dto import RequestView, StaffView
from kiosk.data.services import Services
from kiosk.data.settings import SiteSettings
from kiosk.views.common.link import StationLink
from kiosk.views.common.sounds import SoundBoard
from kiosk.views.staff import style
from kiosk.views.staff.context import StaffContext, StaffTimings
from kiosk.views.staff.queue.feed import QueueFeed
from kiosk.views.staff.queue.reprint import SlipReprinter
from kiosk.views.staff.reports import install as install_reports
from kiosk.views.staff.shell.banners import ConnectionBanner, NoticeBar
from kiosk.views.staff.shell.emergency_banner import EmergencyBanner, emergency_message
from kiosk.views.staff.shell.idle import IdleGuard
from kiosk.views.staff.shell.notification import EmergencyNotification
from kiosk.views.staff.shell.signin import SignInPage
from kiosk.views.staff.shell.site_switcher import install as install_site_switcher
from kiosk.views.staff.shell.workspace import Workspace

log = logging.getLogger(__name__)

_QUEUE_TOPICS = frozenset({"*", "requests", "stock"})

Opener = Callable[[], Services]


def printer_probe(
    printer_name: str | None, pdf_folder: Path, options: Sequence[str] = ()
) -> Callable[[], tuple[str | None, str]]:
    """A function the heartbeat calls (on the worker) for the printer's state.

    The printer is read on its own lane, starting now; the function returns
    the state last read there and starts the next probe. Only the very first
    call waits, a quarter of a second at most, for the first answer.
    """
    from kiosk.printing.cups import make_printer
    from kiosk.printing.lane import PrinterLane

    lane = PrinterLane(lambda: make_printer(printer_name, pdf_folder, options), "staff-printer")
    lane.probe()
    return lambda: lane.report(first_wait=0.25)


class StaffWindow(QMainWindow):
    """Signals:
        signed_out(str): someone was signed out ("switch", "idle").
    """

    signed_out = Signal(str)

    def __init__(
        self,
        opener: Opener,
        config: Config,
        timings: StaffTimings | None = None,
        lang: str = "en",
        sounds: SoundBoard | None = None,
        printer: Callable[[], tuple[str, str]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``opener`` opens the database (on the link's worker); ``printer`` reads
        this PC's printer state for the heartbeat (default: the configured printer)."""
        super().__init__(parent)
        self.timings = timings or StaffTimings()
        self.link = StationLink(
            opener,
            config.station_name,
            "staff",
            self,
            timings=self.timings,
            printer_probe=printer or printer_probe(config.printer, config.pdf_folder, config.printer_options),
        )
        self.sounds = sounds or SoundBoard(config.data_dir, self)
        if self.sounds.parent() is None:
            self.sounds.setParent(self)  # Qt owns it: never freed from a worker thread
        self.ctx = StaffContext(self.link, config, self.sounds, self.timings, lang, self)
        self.feed = QueueFeed(self.link, self)
        self.reprinter = SlipReprinter(self.link, config, self)
        self.idle = IdleGuard(self)
        self._shut = False

        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.connection_banner = ConnectionBanner()
        self.emergency_banner = EmergencyBanner()
        self.emergency_banner.set_signed_in(False)
        self.emergency_banner.lang = lang
        self.notification = EmergencyNotification(self)
        self.stack = QStackedWidget()
        self.signin = SignInPage(self.ctx)
        self.workspace = Workspace(self.ctx, self.feed, self.reprinter)
        self.reports = install_reports(self)
        self.site_switcher = install_site_switcher(self)
        self.stack.addWidget(self.signin)
        self.stack.addWidget(self.workspace)
        self.notice_bar = NoticeBar(self.timings.notice_ms)
        for widget in (self.connection_banner, self.emergency_banner):
            column.addWidget(widget)
        column.addWidget(self.stack, 1)
        column.addWidget(self.notice_bar)
        self.setCentralWidget(central)
        self.setStyleSheet(style.STYLESHEET)
        self.resize(1280, 800)

        self.alarm = QTimer(self)
        self.alarm.setInterval(self.timings.alarm_repeat_ms)
        self.alarm.timeout.connect(self._on_alarm)

        self.link.changed.connect(self._on_data_changed)
        self.link.online_changed.connect(self._on_online_changed)
        self.link.opened.connect(self._on_opened)
        self.link.notice.connect(lambda text: self.show_notice(text, "warning"))
        self.link.conflict.connect(lambda text: self.show_notice(text, "warning"))
        self.feed.new_requests.connect(self._on_new_requests)
        self.feed.emergencies_changed.connect(self._on_emergencies_changed)
        self.emergency_banner.acknowledge_requested.connect(self._on_acknowledge_requested)
        self.workspace.queue_page.queue_actions.notice.connect(self.show_notice)
        self.workspace.switch_user_requested.connect(lambda: self.sign_out("switch"))
        self.signin.signed_in.connect(self._on_signed_in)
        self.idle.idle.connect(self._on_idle)
        self.ctx.settings_changed.connect(self._on_settings_changed)
        self.link.registered.connect(self._on_registered)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Back office — {station}").format(station=self.ctx.config.station_name))

    def show_notice(self, text: str, kind: str = "info") -> None:
        """Tell the person at the screen something, on the status line (which never moves anything).

        ``kind``: "info", "success" (a change was made), "warning" (it could
        not be, or someone else got there first) or "error".
        """
        self.notice_bar.show_notice(text, kind)

    # -- life -------------------------------------------------------------

    def start(self) -> None:
        """Open the database in the background; everything loads once it answers (call once)."""
        self.link.start()

    def shutdown(self) -> None:
        """Stop every timer, thread and call in flight; safe to call twice."""
        if self._shut:
            return
        self._shut = True
        self.alarm.stop()
        self.idle.disarm()
        self.workspace.queue_page.ticker.stop()
        self.reports.shutdown()
        self.notification.close()
        self.link.stop()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- signing in and out -----------------------------------------------

    @property
    def signed_in(self) -> bool:
        return self.ctx.staff is not None

    def _on_signed_in(self, staff: StaffView) -> None:
        self.ctx.set_staff(staff)
        self.emergency_banner.set_signed_in(True, staff.id)
        self.stack.setCurrentWidget(self.workspace)
        self.workspace.show_page("queue")
        self.idle.set_timeout(self._idle_ms(self.ctx.settings))
        self.idle.arm()
        self.feed.refresh()

    def sign_out(self, reason: str = "switch") -> None:
        if self.ctx.staff is None:
            return
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.idle.disarm()
        self.ctx.set_staff(None)
        self.emergency_banner.set_signed_in(False)
        self.signin.reset()
        self.stack.setCurrentWidget(self.signin)
        if reason == "idle":
            self.show_notice(self.tr("Signed out after a quiet spell. Sign in again to go on."), "info")
        self.signed_out.emit(reason)

    def _on_idle(self) -> None:
        self.sign_out("idle")

    def _idle_ms(self, settings: SiteSettings) -> int:
        if self.timings.idle_ms is not None:
            return self.timings.idle_ms
        return max(1, int(settings.staff_idle_minutes)) * 60_000

    def _on_settings_changed(self, settings: SiteSettings) -> None:
        self.idle.set_timeout(self._idle_ms(settings))

    def _on_registered(self, station_id: int) -> None:
        self.ctx.station_id = station_id

    # -- changes, connection ----------------------------------------------

    def _on_data_changed(self, topics: frozenset[str]) -> None:
        if topics & _QUEUE_TOPICS:
            self.feed.refresh()
        if "*" in topics or "settings" in topics:
            self.ctx.reload_settings()
        if self.signed_in:
            self.workspace.on_data_changed(topics)
        elif "*" in topics or "staff" in topics:
            self.signin.load_names()

    def _on_opened(self, services: Services) -> None:
        for notice in services.db.notices:
            self.show_notice(notice, "warning")

    def _on_online_changed(self, online: bool) -> None:
        self.connection_banner.setVisible(not online)
        if online:
            self.feed.refresh()
            self.ctx.reload_settings()
            if self.signed_in:
                self.workspace.refresh_current()
            else:
                self.signin.load_names()

    # -- the queue's news ---------------------------------------------------

    def _on_new_requests(self, requests: list[RequestView]) -> None:
        if any(not r.is_emergency for r in requests) and self.ctx.settings.queue_chime:
            self.sounds.play("chime")

    def _on_emergencies_changed(self, emergencies: list[RequestView]) -> None:
        known = set(self.emergency_banner.request_ids)
        self.emergency_banner.set_emergencies(emergencies)
        fresh = [r for r in emergencies if r.id not in known]
        for request in fresh:
            self.notification.notify(emergency_message(request, self.ctx.lang))
        if fresh:
            self.sounds.play("alarm")
        # The alarm repeats until someone is going to every open emergency.
        if self.emergency_banner.unanswered_ids:
            if not self.alarm.isActive():
                self.alarm.start()
        else:
            self.alarm.stop()

    def _on_alarm(self) -> None:
        if self.emergency_banner.unanswered_ids:
            self.sounds.play("alarm")
        else:
            self.alarm.stop()

    def _on_acknowledge_requested(self, request_id: int) -> None:
        if not self.signed_in:
            self.stack.setCurrentWidget(self.signin)
            self.show_notice(self.tr("Sign in to respond to the emergency."), "warning")
            self.signin.pin.setFocus()
            return
        self.workspace.queue_page.queue_actions.acknowledge(request_id)
