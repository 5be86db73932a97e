"""``--screenshot DIR``: render the back office and the board to PNG files, then exit.

A demo database in a temporary folder gets a realistic queue through the real
services (see :mod:`demo_queue`); every screen is rendered at 1920x1080 and
1280x800, in English and French.
"""

from __future__ import annotations

import logging
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEventLoop, QPoint, Qt
from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from kiosk.config import Config
from kiosk.data.db import open_database
from kiosk.data.services import Services
from kiosk.views.staff.context import StaffTimings
from kiosk.views.staff.demo_queue import build_demo_site, demo_admin
from kiosk.views.staff.sounds import SoundBoard

log = logging.getLogger(__name__)
SIZES = ((1920, 1080), (1280, 800))
LANGS = ("en", "fr")
QUIET = StaffTimings(heartbeat_ms=3_600_000, retry_ms=60_000, notice_ms=3_600_000, alarm_repeat_ms=3_600_000)


def settle(done: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    """Let the event loop run until ``done()`` (the worker's answers arrive)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if done():
            app.processEvents()
            return True
        time.sleep(0.02)
    log.warning("a screen did not finish loading in time")
    return False


def with_dialog(window: QWidget, dialog: QDialog) -> QPixmap:
    """The window, dimmed, with ``dialog`` centred on it, as a person sees it."""
    shot = window.grab()
    dialog.adjustSize()
    settle(lambda: True, 0.1)
    pane = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(16, 24, 40, 110))
    at = QPoint((shot.width() - pane.width()) // 2, (shot.height() - pane.height()) // 2)
    painter.drawPixmap(at, pane)
    painter.end()
    return shot


def _save(pixmap: QPixmap, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    pixmap.toImage().convertToFormat(pixmap.toImage().Format.Format_RGB888).save(str(path), "PNG", 0)
    return path


def _demo(folder: Path) -> tuple[Services, Config]:
    db = open_database(f"sqlite:///{folder / 'demo.db'}")
    services = build_demo_site(db)
    config = Config(data_dir=folder, database_url=db.url, station_name="staff-office")
    return services, config


def _demo_printer() -> tuple[str, str]:
    return "idle", "Printer 'receipt' is ready."


def render_staff(out_dir: Path, config: Config | None = None) -> int:
    from kiosk.views.staff.main_window import StaffWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
        services, demo_config = _demo(Path(tmp))
        if config is not None:
            demo_config = replace(demo_config, printer=None, paper=config.paper, content_dir=config.content_dir)
        name, pin = demo_admin()
        admin = services.staff.sign_in(name, pin)
        for lang in LANGS:
            for width, height in SIZES:
                window = StaffWindow(services, demo_config, QUIET, lang, SoundBoard(None, silent=True), _demo_printer)
                window.resize(width, height)
                window.show()
                window.start()
                tag = f"{lang}-{width}x{height}"
                settle(lambda: window.signin.names.count() > 0 and bool(window.feed.requests) and not window.calls.worker.busy)
                window.signin.choose(name)
                written.append(_save(window.grab(), out_dir, f"staff-signin-{tag}"))
                window._on_signed_in(admin)
                written += _staff_pages(window, out_dir, tag)
                window.shutdown()
                window.close()
                window.deleteLater()
                settle(lambda: True, 0.1)
        services.db.dispose()
    for path in written:
        print(path)
    return 0


def _staff_pages(window, out_dir: Path, tag: str) -> list[Path]:  # type: ignore[no-untyped-def]
    written = []
    workspace = window.workspace
    idle = lambda: not window.calls.worker.busy  # noqa: E731
    settle(lambda: workspace.queue_page.model.rowCount() > 0 and idle())
    queue = workspace.queue_page
    queue.table.selectRow(2)
    written.append(_save(window.grab(), out_dir, f"staff-queue-{tag}"))
    # The window with the emergency answered: no banner, a claimed row.
    for mode in ("ready", "today"):
        queue.filter_buttons[mode].click()
        settle(lambda: idle() and queue.proxy.rowCount() > 0)
        written.append(_save(window.grab(), out_dir, f"staff-queue-{mode}-{tag}"))
    queue.filter_buttons["in_progress"].click()
    settle(idle)
    queue.table.selectRow(1)
    request = queue.selected()
    if request is not None and not request.is_emergency:
        queue.actions.fulfil(request)
        settle(lambda: queue.actions.dialog is not None)
        written.append(_save(with_dialog(window, queue.actions.dialog), out_dir, f"staff-fulfil-{tag}"))
        queue.actions.dialog.reject()
        queue.actions.cancel(request)
        written.append(_save(with_dialog(window, queue.actions.dialog), out_dir, f"staff-cancel-{tag}"))
        queue.actions.dialog.reject()
    queue.filter_buttons["open"].click()
    for name, page in workspace.pages.items():
        if name == "queue":
            continue
        workspace.show_page(name)
        settle(lambda: idle() and page.isVisible())
        written.append(_save(window.grab(), out_dir, f"staff-{name}-{tag}"))
    stock = workspace.stock_page
    workspace.show_page("stock")
    settle(idle)
    stock.table.selectRow(0)
    stock.buttons["adjust"].click()
    if stock.dialog is not None:
        written.append(_save(with_dialog(window, stock.dialog), out_dir, f"staff-adjust-{tag}"))
        stock.dialog.reject()
    stock.buttons["add"].click()
    if stock.dialog is not None:
        written.append(_save(with_dialog(window, stock.dialog), out_dir, f"staff-add-supply-{tag}"))
        stock.dialog.reject()
    workspace.show_page("alerts")
    settle(idle)
    workspace.alerts_page.post_button.click()
    if workspace.alerts_page.dialog is not None:
        written.append(_save(with_dialog(window, workspace.alerts_page.dialog), out_dir, f"staff-post-alert-{tag}"))
        workspace.alerts_page.dialog.reject()
    workspace.show_page("resources")
    settle(lambda: idle() and workspace.resources_page.model.rowCount() > 0)
    workspace.resources_page.table.selectRow(1)
    workspace.resources_page.edit_button.click()
    if workspace.resources_page.dialog is not None:
        written.append(_save(with_dialog(window, workspace.resources_page.dialog), out_dir, f"staff-edit-service-{tag}"))
        workspace.resources_page.dialog.reject()
    settle(lambda: True, 0.1)
    return written


def render_board(out_dir: Path, config: Config | None = None) -> int:
    from kiosk.views.staff.board import BoardWindow

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    with tempfile.TemporaryDirectory(prefix="kiosk-shots-") as tmp:
        services, demo_config = _demo(Path(tmp))
        for lang in LANGS:
            for width, height in SIZES:
                board = BoardWindow(replace(demo_config, station_name="board-lobby"), QUIET, SoundBoard(None, silent=True))
                board.setWindowFlag(Qt.WindowType.FramelessWindowHint)
                board.resize(width, height)
                board.show()
                board.attach(services)
                settle(lambda: bool(board.ready.codes) and not board.calls.worker.busy)
                written.append(_save(board.grab(), out_dir, f"board-{lang}-{width}x{height}"))
                board.show_reconnecting()
                written.append(_save(board.grab(), out_dir, f"board-reconnecting-{lang}-{width}x{height}"))
                board.shutdown()
                board.close()
                board.deleteLater()
                settle(lambda: True, 0.1)
        services.db.dispose()
    for path in written:
        print(path)
    return 0
