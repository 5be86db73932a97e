"""The Reports page and the daily retention check of a staff window.

:func:`install` adds both to a window in one call, so the window only has
to know this package's name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem

from kiosk.data.dto import StaffView
from kiosk.views.common.icons import icon
from kiosk.views.staff.reports.page import ReportsPage
from kiosk.views.staff.reports.retention_runner import RetentionRunner

if TYPE_CHECKING:
    from kiosk.views.staff.shell.window import StaffWindow

PAGE_NAME = "reports"

__all__ = ["PAGE_NAME", "ReportsInstalled", "ReportsPage", "RetentionRunner", "install"]


class ReportsInstalled:
    """What :func:`install` added: the page and the retention runner."""

    def __init__(self, page: ReportsPage, runner: RetentionRunner) -> None:
        self.page = page
        self.runner = runner

    def show(self) -> None:
        from kiosk.views.staff.shell.workspace import Workspace

        widget = self.page.parentWidget()
        while widget is not None and not isinstance(widget, Workspace):
            widget = widget.parentWidget()
        if widget is not None:
            widget.navigation.setCurrentRow(list(widget.pages).index(PAGE_NAME))

    def shutdown(self) -> None:
        self.runner.stop()
        self.page.close_jobs()


def install(window: StaffWindow, start_retention: bool = True) -> ReportsInstalled:
    """Add the Reports page to ``window``'s workspace and start its retention check."""
    workspace, ctx = window.workspace, window.ctx
    page = ReportsPage(ctx)
    workspace.pages[PAGE_NAME] = page
    workspace.stack.addWidget(page)
    item = QListWidgetItem(icon(page.ICON, "#FFFFFF"), page.title())
    item.setData(Qt.ItemDataRole.UserRole, PAGE_NAME)
    workspace.navigation.addItem(item)
    row = workspace.navigation.count() - 1
    shortcut = QShortcut(QKeySequence(f"Ctrl+{row + 1}"), workspace)
    shortcut.activated.connect(lambda: workspace.navigation.setCurrentRow(row) if not item.isHidden() else None)

    def on_staff(staff: StaffView | None) -> None:
        item.setHidden(staff is None)

    ctx.staff_changed.connect(on_staff)
    on_staff(ctx.staff)
    config = ctx.config
    folders = [config.pdf_folder]
    runner = RetentionRunner(lambda: ctx.services, config.station_name, folders, window)
    if start_retention:
        runner.start()
    return ReportsInstalled(page, runner)
