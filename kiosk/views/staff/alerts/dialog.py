"""Posting a drug alert: level, title and text in each language, start and end."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import cast

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.alerts import LEVELS
from kiosk.views.common.i18n import language_name
from kiosk.views.staff.forms import FormDialog
from kiosk.views.staff.texts import level_text


def to_utc(value: QDateTime) -> dt.datetime:
    # Qt's stub types toPython() as ``object``; for a QDateTime it is a naive local datetime.
    local = cast(dt.datetime, value.toPython())
    return local.astimezone().astimezone(dt.UTC)


class AlertDialog(FormDialog):
    """The alert's texts per language and when it shows. No signals."""

    def __init__(self, languages: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent, "alert")
        self.setMinimumWidth(640)
        self.level = QComboBox()
        for level in LEVELS:
            self.level.addItem("", level)
        self.level.setCurrentIndex(LEVELS.index("warning"))
        self.row(self.level)
        self.tabs = QTabWidget()
        self.titles: dict[str, QLineEdit] = {}
        self.bodies: dict[str, QPlainTextEdit] = {}
        for code in languages:
            page = QWidget()
            column = QVBoxLayout(page)
            title = QLineEdit()
            title.setMaxLength(120)
            body = QPlainTextEdit()
            body.setMinimumHeight(110)
            column.addWidget(title)
            column.addWidget(body)
            self.titles[code], self.bodies[code] = title, body
            self.tabs.addTab(page, language_name(code))
        self.form.addRow(self.tabs)
        now = QDateTime.currentDateTime()
        self.starts = QDateTimeEdit(now)
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.has_end = QCheckBox()
        self.has_end.setChecked(True)
        self.ends = QDateTimeEdit(now.addDays(2))
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.has_end.toggled.connect(self.ends.setEnabled)
        self.row(self.starts)
        self.form.addRow(self.has_end, self.ends)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_texts(
            self.tr("Post an alert"),
            self.tr("Kiosks show it on their start screen while it is in force. Write short, plain sentences."),
            self.tr("Post alert"),
        )
        for row, level in enumerate(LEVELS):
            self.level.setItemText(row, level_text(level))
        self.set_label(self.level, self.tr("Level"))
        self.set_label(self.starts, self.tr("Starts"))
        self.has_end.setText(self.tr("Ends"))
        for title in self.titles.values():
            title.setPlaceholderText(self.tr("Title, for example: Strong opioids in the local supply"))
        for body in self.bodies.values():
            body.setPlaceholderText(self.tr("What people should know and do"))

    def texts(self) -> dict[str, dict[str, str]]:
        return {
            code: {"title": self.titles[code].text().strip(), "body": self.bodies[code].toPlainText().strip()}
            for code in self.titles
            if self.titles[code].text().strip()
        }

    def starts_at(self) -> dt.datetime:
        return to_utc(self.starts.dateTime())

    def ends_at(self) -> dt.datetime | None:
        return to_utc(self.ends.dateTime()) if self.has_end.isChecked() else None

    def problem(self) -> str | None:
        if "en" not in self.titles or not self.titles["en"].text().strip():
            return self.tr("An alert needs a title in English at least.")
        ends = self.ends_at()
        if ends is not None and ends <= self.starts_at():
            return self.tr("The end must come after the start.")
        return None
