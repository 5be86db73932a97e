"""``kiosk-staff --screenshot DIR``: render the back office to PNG files, then exit.

A demo database in a temporary folder gets a realistic queue through the real
services (see :mod:`kiosk.data.demo_queue`); every screen is rendered at 1920x1080 and
1280x800, in English and French.
"""

from __future__ import annotations

import tempfile
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kiosk.config import Config
from kiosk.data.demo_queue import demo_admin
from kiosk.views.common.desktop import install_translation
from kiosk.views.common.i18n import LanguageSwitcher
from kiosk.views.common.screenshots import LANGS, SIZES, demo_site, save_png, settle
from kiosk.views.common.sounds import SoundBoard
from kiosk.views.staff.context import StaffTimings

if TYPE_CHECKING:
    from kiosk.views.staff.shell.window import StaffWindow

QUIET = StaffTimings(heartbeat_ms=3_600_000, retry_ms=60_000, notice_ms=3_600_000, alarm_repeat_ms=3_600_000)


def with_dialog(window: QWidget, dialog: QDialog) -> QPixmap:
    """The window, dimmed, with ``dialog`` centred on it, as a person sees it."""
    shot = window.grab()
    if not dialog.isVisible():  # a dialog on show already has the size open_dialog gave it
        dialog.adjustSize()
    settle(lambda: True, 0.1)
    pane = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(16, 24, 40, 110))
    at = QPoint((shot.width() - pane.width()) // 2, (shot.height() - pane.height()) // 2)
    painter.drawPixmap(at, pane)
    painter.end()
    return shot


def _demo_printer() -> tuple[str, str]:
    return "idle", "Printer 'receipt' is ready."


def render_staff(out_dir: Path, config: Config | None = None) -> int:
    from kiosk.views.staff.shell.window import StaffWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
        services, demo_config = demo_site(Path(tmp))
        if config is not None:
            demo_config = replace(demo_config, printer=None, paper=config.paper, content_dir=config.content_dir)
        name, pin = demo_admin()
        admin = services.staff.sign_in(name, pin)
        app = QApplication.instance()
        spoken = LanguageSwitcher.of(app).language if isinstance(app, QApplication) else "en"
        for lang in LANGS:
            if isinstance(app, QApplication):
                install_translation(app, lang)  # the window speaks it, as on a station set to it
            for width, height in SIZES:
                window = StaffWindow(
                    lambda: services, demo_config, QUIET, lang, SoundBoard(None, silent=True), _demo_printer
                )
                window.resize(width, height)
                window.show()
                window.start()
                tag = f"{lang}-{width}x{height}"

                def loaded(window: StaffWindow = window) -> bool:
                    return window.signin.names.count() > 0 and bool(window.feed.requests) and not window.link.busy

                settle(loaded)
                window.signin.choose(name)
                written.append(save_png(window.grab(), out_dir, f"staff-signin-{tag}"))
                window._on_signed_in(admin)
                written += _staff_pages(window, out_dir, tag)
                window.shutdown()
                window.close()
                window.deleteLater()
                settle(lambda: True, 0.1)
        services.db.dispose()
        if isinstance(app, QApplication):
            install_translation(app, spoken)
    for path in written:
        print(path)
    return 0


def _staff_pages(window: StaffWindow, out_dir: Path, tag: str) -> list[Path]:
    written = []
    workspace = window.workspace

    def idle() -> bool:
        return not window.link.busy
    settle(lambda: workspace.queue_page.model.rowCount() > 0 and idle())
    queue = workspace.queue_page
    queue.table.selectRow(2)
    written.append(save_png(window.grab(), out_dir, f"staff-queue-{tag}"))
    # The window with the emergency answered: no banner, a claimed row.
    for mode in ("ready", "today"):
        queue.filter_buttons[mode].click()
        settle(lambda: idle() and queue.proxy.rowCount() > 0)
        written.append(save_png(window.grab(), out_dir, f"staff-queue-{mode}-{tag}"))
    queue.filter_buttons["in_progress"].click()
    settle(idle)
    queue.table.selectRow(1)
    request = queue.selected()
    if request is not None and not request.is_emergency:
        queue.queue_actions.fulfil(request)
        settle(lambda: queue.queue_actions.dialog is not None)
        fulfil = queue.queue_actions.dialog
        if fulfil is not None:
            written.append(save_png(with_dialog(window, fulfil), out_dir, f"staff-fulfil-{tag}"))
            fulfil.reject()
        queue.queue_actions.cancel(request)
        cancel = queue.queue_actions.dialog
        if cancel is not None:
            written.append(save_png(with_dialog(window, cancel), out_dir, f"staff-cancel-{tag}"))
            cancel.reject()
    queue.filter_buttons["open"].click()
    for name, page in workspace.pages.items():
        if name == "queue":
            continue
        workspace.show_page(name)

        def shown(page: QWidget = page) -> bool:
            return idle() and page.isVisible()

        settle(shown)
        written.append(save_png(window.grab(), out_dir, f"staff-{name}-{tag}"))
    stock = workspace.stock_page
    workspace.show_page("stock")
    settle(idle)
    stock.table.selectRow(0)
    stock.buttons["adjust"].click()
    if stock.dialog is not None:
        written.append(save_png(with_dialog(window, stock.dialog), out_dir, f"staff-adjust-{tag}"))
        stock.dialog.reject()
    stock.buttons["add"].click()
    if stock.dialog is not None:
        written.append(save_png(with_dialog(window, stock.dialog), out_dir, f"staff-add-supply-{tag}"))
        stock.dialog.reject()
    workspace.show_page("alerts")
    settle(idle)
    workspace.alerts_page.post_button.click()
    if workspace.alerts_page.dialog is not None:
        written.append(save_png(with_dialog(window, workspace.alerts_page.dialog), out_dir, f"staff-post-alert-{tag}"))
        workspace.alerts_page.dialog.reject()
    written += _emergency_answered(window, out_dir, tag)
    workspace.show_page("resources")
    settle(lambda: idle() and workspace.resources_page.model.rowCount() > 0)
    workspace.resources_page.table.selectRow(1)
    workspace.resources_page.edit_button.click()
    editing = workspace.resources_page.dialog
    if editing is not None:
        written.append(save_png(with_dialog(window, editing), out_dir, f"staff-edit-service-{tag}"))
        editing.reject()
    settle(lambda: True, 0.1)
    return written


def _emergency_answered(window: StaffWindow, out_dir: Path, tag: str) -> list[Path]:
    """A second call from the front room, answered by two staff, and the closing form; then closed again."""
    services = window.ctx.services
    assert services is not None, "the demo database is open"
    queue = window.workspace.queue_page

    def idle() -> bool:
        return not window.link.busy and window.feed.idle

    front = next((s for s in services.stations.stations() if s.name == "kiosk-front"), None)
    call = services.queue.submit(emergency=True, station_id=front.id if front else None)
    people = {s.name: s.actor for s in services.staff.list()}
    for name in ("peer worker", "nurse"):
        if name in people:
            services.emergency.respond(call.request_id, people[name])
    window.workspace.show_page("queue")
    window.feed.refresh()
    settle(lambda: idle() and any(r.id == call.request_id and r.responders for r in queue.model.rows()))
    queue.select_request(call.request_id)
    queue.table.scrollToTop()
    settle(lambda: True, 0.1)
    written = [save_png(window.grab(), out_dir, f"staff-emergency-going-{tag}")]
    request = queue.selected()
    if request is not None:
        queue.queue_actions.close_response(request)
        settle(lambda: queue.queue_actions.dialog is not None)
        closing = queue.queue_actions.dialog
        if closing is not None:
            written.append(save_png(with_dialog(window, closing), out_dir, f"staff-close-emergency-{tag}"))
            closing.reject()
    admin = window.ctx.actor
    if admin is not None:
        services.emergency.false_alarm(call.request_id, admin)
    window.feed.refresh()
    settle(lambda: idle() and all(r.id != call.request_id for r in queue.model.rows()))
    return written
