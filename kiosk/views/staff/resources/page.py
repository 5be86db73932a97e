"""Local services: the phone numbers, addresses, hours and links the kiosks show.

The content pack's ``resources.toml`` holds them; staff edits are kept in the
database (``services.resources``) and win over the file on every station.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Any

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget

from kiosk.content import ContentPack, Resource
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import (
    StaffPage,
    fit_columns,
    make_button,
    make_table,
    select_key,
    selected_item,
    stretch_columns,
)
from kiosk.views.staff.resources.dialog import ResourceDialog
from kiosk.views.staff.table_model import Column, ViewTableModel


@dataclass(frozen=True)
class ResourceRow:
    key: str
    resource: Resource
    edited: bool


class ResourceLoader:
    """Plain Python, run on the worker: the pack (read once) with today's edits."""

    def __init__(self, content_dir: Any) -> None:
        self._content_dir = content_dir
        self._pack: ContentPack | None = None
        self._lock = threading.Lock()

    def rows(self, overrides: dict[str, dict[str, Any]]) -> list[ResourceRow]:
        with self._lock:
            if self._pack is None:
                self._pack = ContentPack.load(self._content_dir)
        pack = self._pack.with_resource_overrides(overrides)
        return [ResourceRow(key, pack.resources[key], key in overrides) for key in sorted(pack.resources)]


class ResourceModel(ViewTableModel[ResourceRow]):
    """Local services by key. No signals beyond the model's own."""

    CONTEXT = "ResourceModel"

    def __init__(self, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self._italic = QFont()
        self._italic.setItalic(True)
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("ResourceModel", "Service"), lambda r: r.resource.name(self._lang)),
            Column(QT_TRANSLATE_NOOP("ResourceModel", "Phone"), lambda r: r.resource.phone or ""),
            Column(QT_TRANSLATE_NOOP("ResourceModel", "Address"), lambda r: r.resource.address or ""),
            Column(QT_TRANSLATE_NOOP("ResourceModel", "Hours"), lambda r: r.resource.hours_in(self._lang)),
            Column(QT_TRANSLATE_NOOP("ResourceModel", "Web address"), lambda r: r.resource.url or ""),
            Column(QT_TRANSLATE_NOOP("ResourceModel", "Changed here"), lambda r: self.tr("yes") if r.edited else ""),
        )

    def key_of(self, item: ResourceRow) -> str:
        return item.key

    def tooltip(self, row: ResourceRow, column: int) -> str | None:
        return row.resource.description(self._lang) or None

    def font(self, row: ResourceRow, column: int) -> Any:
        return self._italic if row.resource.demo and column == 0 else None


class ResourcesPage(StaffPage):
    """Edit a service's details; the kiosks pick them up. No signals."""

    ICON = "phone"
    TOPICS = frozenset({"resources"})

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loader = ResourceLoader(ctx.config.content_dir)
        self.model = ResourceModel(ctx.lang, self)
        bar = self.toolbar()
        self.edit_button = make_button("phone", "primary")
        self.reset_button = make_button("back")
        self.edit_button.clicked.connect(self._on_edit_clicked)
        self.reset_button.clicked.connect(self._on_reset_clicked)
        bar.addWidget(self.edit_button)
        bar.addWidget(self.reset_button)
        bar.addStretch(1)
        self.table = make_table(self.model, self)
        fit_columns(self.table, 1, 5)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, 240)
        self.table.setColumnWidth(2, 200)
        self.table.setColumnWidth(4, 200)
        stretch_columns(self.table, 3)
        self.layout_.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._on_edit_clicked)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Local services")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.edit_button.setText(self.tr("Edit details…"))
        self.reset_button.setText(self.tr("Use the pack's details"))
        self.model.retranslate()
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = selected_item(self.table, ResourceRow)
        self.edit_button.setEnabled(row is not None)
        self.reset_button.setEnabled(row is not None and row.edited)

    def refresh(self) -> None:
        loader = self.loader
        self.ctx.link.call(lambda s: loader.rows(s.resources.overrides()), self._on_loaded)

    def _on_loaded(self, rows: list[ResourceRow]) -> None:
        current = selected_item(self.table, ResourceRow)
        self.model.set_rows(rows)
        if current is not None:
            select_key(self.table, current.key)
        self._update_buttons()

    def _on_edit_clicked(self, *_args: object) -> None:
        row = selected_item(self.table, ResourceRow)
        if row is None or self.ctx.require_staff() is None:
            return
        dialog = ResourceDialog(row.resource, self.ctx.settings.languages, self.ctx.lang, self.window())
        dialog.accepted.connect(lambda: self._save(row.key, dialog.changes()))
        self.open_page_dialog(dialog)


    def _save(self, key: str, changes: dict[str, Any]) -> None:
        actor = self.ctx.require_actor()
        if actor is None or not changes:
            return
        self.ctx.link.call(lambda s: s.resources.set(key, changes, actor), lambda _r: self._saved())

    def _on_reset_clicked(self) -> None:
        row = selected_item(self.table, ResourceRow)
        actor = self.ctx.require_actor()
        if row is None or actor is None:
            return
        self.ctx.link.call(lambda s: s.resources.clear(row.key, actor), lambda _r: self._saved())

    def _saved(self) -> None:
        self.confirm(self.tr("Saved."))
        self.refresh()
