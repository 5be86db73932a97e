"""Alerts: the drug alerts and notices kiosks show, posted and ended here."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QWidget

from kiosk.data.clock import utc_now
from kiosk.data.dto import AlertView
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.alerts.dialog import AlertDialog
from kiosk.views.staff.context import StaffContext
from kiosk.views.staff.page import StaffPage, fit_columns, make_button, make_table, selected_item, stretch_columns
from kiosk.views.staff.table_model import Column, ViewTableModel
from kiosk.views.staff.texts import level_text, local_time_text

_LEVEL_COLORS = {"danger": style.EMERGENCY, "warning": "#9A6700", "info": style.ACCENT}


def alert_state(alert: AlertView, now: dt.datetime) -> str:
    if alert.ends_at is not None and alert.ends_at <= now:
        return "ended"
    if alert.starts_at > now:
        return "scheduled"
    return "in_force"


class AlertModel(ViewTableModel[AlertView]):
    """Alerts, newest first. No signals beyond the model's own."""

    CONTEXT = "AlertModel"

    def __init__(self, lang: str = "en", parent: Any = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.now = utc_now()
        self._icons: dict[str, Any] = {}
        self.COLUMNS = (
            Column(QT_TRANSLATE_NOOP("AlertModel", "Level"), lambda a: level_text(a.level), lambda a: a.level),
            Column(QT_TRANSLATE_NOOP("AlertModel", "Title"), lambda a: a.title(self._lang)),
            Column(QT_TRANSLATE_NOOP("AlertModel", "Shown"), self._state_text),
            Column(
                QT_TRANSLATE_NOOP("AlertModel", "Starts"),
                lambda a: local_time_text(a.starts_at, True),
                lambda a: a.starts_at.timestamp(),
            ),
            Column(
                QT_TRANSLATE_NOOP("AlertModel", "Ends"),
                lambda a: local_time_text(a.ends_at, True) or self.tr("when ended"),
                lambda a: a.ends_at.timestamp() if a.ends_at else 1e12,
            ),
        )

    def set_alerts(self, alerts: list[AlertView], now: dt.datetime | None = None) -> None:
        self.now = now or utc_now()
        self.set_rows(alerts)

    def _state_text(self, alert: AlertView) -> str:
        state = alert_state(alert, self.now)
        return {"ended": self.tr("Ended"), "scheduled": self.tr("Scheduled"), "in_force": self.tr("On the kiosks now")}[
            state
        ]

    def decoration(self, alert: AlertView, column: int) -> Any:
        if column == 0:
            color = _LEVEL_COLORS.get(alert.level, style.INK)
            if color not in self._icons:
                self._icons[color] = icon("alert", color, 48)
            return self._icons[color]
        return None

    def foreground(self, alert: AlertView, column: int) -> Any:
        if alert_state(alert, self.now) == "ended":
            return QBrush(QColor(style.MUTED))
        return None


class AlertsPage(StaffPage):
    """Signals:
        alert_posted(object): the ``AlertView`` just posted.
    """

    alert_posted = Signal(object)
    ICON = "alert"
    TOPICS = frozenset({"alerts"})

    def __init__(self, ctx: StaffContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = AlertModel(ctx.lang, self)
        bar = self.toolbar()
        self.post_button = make_button("plus", "primary")
        self.end_button = make_button("close")
        self.post_button.clicked.connect(self._on_post_clicked)
        self.end_button.clicked.connect(self._on_end_clicked)
        bar.addWidget(self.post_button)
        bar.addWidget(self.end_button)
        bar.addStretch(1)
        self.table = make_table(self.model, self)
        fit_columns(self.table, 0, 2, 3, 4)
        stretch_columns(self.table, 1)
        self.layout_.addWidget(self.table, 1)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Alerts")

    def retranslate_ui(self) -> None:
        super().retranslate_ui()
        self.post_button.setText(self.tr("Post an alert…"))
        self.end_button.setText(self.tr("End this alert"))
        self.model.retranslate()
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        alert = selected_item(self.table, AlertView)
        self.end_button.setEnabled(alert is not None and alert_state(alert, utc_now()) != "ended")

    def refresh(self) -> None:
        self.ctx.link.call(lambda s: s.alerts.all(), self._on_loaded)

    def _on_loaded(self, alerts: list[AlertView]) -> None:
        self.model.set_alerts(alerts)
        self._update_buttons()

    def _on_post_clicked(self) -> None:
        if self.ctx.require_staff() is None:
            return
        dialog = AlertDialog(self.ctx.settings.languages, self.window())
        dialog.accepted.connect(lambda: self._post(dialog))
        self.open_page_dialog(dialog)


    def _post(self, dialog: AlertDialog) -> None:
        actor = self.ctx.require_actor()
        if actor is None:
            return
        texts, level = dialog.texts(), dialog.level.currentData()
        starts, ends = dialog.starts_at(), dialog.ends_at()

        def posted(alert: AlertView) -> None:
            self.alert_posted.emit(alert)
            self.confirm(self.tr("The alert is posted: kiosks show it from its start time."))
            self.refresh()

        self.ctx.link.call(
            lambda s: s.alerts.post(texts, level=level, starts_at=starts, ends_at=ends, by=actor), posted
        )

    def _on_end_clicked(self) -> None:
        alert = selected_item(self.table, AlertView)
        actor = self.ctx.require_actor()
        if alert is None or actor is None:
            return
        def ended(_result: object) -> None:
            self.confirm(self.tr("The alert is ended: kiosks no longer show it."))
            self.refresh()

        self.ctx.link.call(lambda s: s.alerts.end(alert.id, actor), ended)
