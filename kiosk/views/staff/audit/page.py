"""Audit: what staff did, newest first, with a search box."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.data import rules
from kiosk.data.audit import recent_events
from kiosk.data.dto import AuditView
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, fit_columns, make_table, stretch_columns
from kiosk.views.staff.table_model import Column, TextFilterProxy, ViewTableModel
from kiosk.views.staff.texts import local_time_text


def detail_text(detail: dict[str, object]) -> str:
    if not detail:
        return ""
    return ", ".join(
        f"{key}: {json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else value}"
        for key, value in detail.items()
    )


class AuditModel(ViewTableModel[AuditView]):
    """Audit events. No signals beyond the model's own."""

    CONTEXT = "AuditModel"

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.COLUMNS = (
            Column(
                QT_TRANSLATE_NOOP("AuditModel", "When"),
                lambda e: local_time_text(e.at, True),
                lambda e: e.at.timestamp(),
            ),
            Column(QT_TRANSLATE_NOOP("AuditModel", "Who"), lambda e: e.staff_name or self.tr("(system)")),
            Column(QT_TRANSLATE_NOOP("AuditModel", "Did"), lambda e: e.action.replace("_", " ")),
            Column(QT_TRANSLATE_NOOP("AuditModel", "To"), lambda e: e.subject),
            Column(QT_TRANSLATE_NOOP("AuditModel", "Detail"), lambda e: detail_text(e.detail)),
        )


class AuditPage(StaffPage):
    """The latest audit events. No signals."""

    ICON = "audit"
    TOPICS = frozenset({"requests", "stock", "staff", "alerts", "resources"})

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = AuditModel(self)
        self.proxy = TextFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        bar = self.toolbar()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(360)
        self.search.textChanged.connect(self.proxy.set_text)
        bar.addWidget(self.search)
        bar.addStretch(1)
        self.table = make_table(self.proxy, self)
        fit_columns(self.table, 0, 1, 2, 3)
        stretch_columns(self.table, 4)
        self.layout_.addWidget(self.table, 1)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Audit")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.search.setPlaceholderText(self.tr("Search: a name, a code, an action"))
        self.model.retranslate()

    def refresh(self) -> None:
        actor = self.ctx.actor
        if actor is None or not rules.may(actor, "view_audit"):
            return
        self.ctx.link.call(lambda s: recent_events(s.db, s.site_id, by=actor), self._on_loaded)

    def _on_loaded(self, events: list[AuditView]) -> None:
        self.model.set_rows(events)
