"""Editing one local service's phone, address, hours and web address."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.content import Resource
from kiosk.views.common.i18n import language_name
from kiosk.views.staff.forms import FormDialog


class ResourceDialog(FormDialog):
    """Only what changed is saved, so later edits of the pack still show. No signals."""

    def __init__(self, resource: Resource, languages: Sequence[str], lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "check")
        self.setMinimumWidth(620)
        self.resource, self._lang = resource, lang
        self.phone = QLineEdit(resource.phone or "")
        self.address = QLineEdit(resource.address or "")
        self.url = QLineEdit(resource.url or "")
        for field in (self.phone, self.address, self.url):
            field.setMaxLength(200)
            self.row(field)
        self.hours: dict[str, QLineEdit] = {}
        for code in languages:
            field = QLineEdit(resource.hours.get(code, ""))
            field.setMaxLength(200)
            self.hours[code] = field
            self.row(field)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_texts(
            self.tr("Details of {name}").format(name=self.resource.name(self._lang)),
            self.tr(
                "Kiosks and printed slips show these. "
                "A QR code links to the web address, or dials the phone when there is none."
            ),
            self.tr("Save"),
        )
        self.set_label(self.phone, self.tr("Phone"))
        self.set_label(self.address, self.tr("Address"))
        self.set_label(self.url, self.tr("Web address"))
        for code, field in self.hours.items():
            self.set_label(field, self.tr("Hours ({language})").format(language=language_name(code)))

    def changes(self) -> dict[str, Any]:
        changes: dict[str, Any] = {}
        for name, field, old in (
            ("phone", self.phone, self.resource.phone),
            ("address", self.address, self.resource.address),
            ("url", self.url, self.resource.url),
        ):
            if field.text().strip() != (old or ""):
                changes[name] = field.text().strip()
        hours = {code: field.text().strip() for code, field in self.hours.items()}
        if any(hours[code] != self.resource.hours.get(code, "") for code in hours):
            changes["hours"] = {code: text for code, text in hours.items() if text}
        return changes

    def problem(self) -> str | None:
        if not self.phone.text().strip() and not self.url.text().strip():
            return self.tr("Give a phone number or a web address, so the QR code leads somewhere.")
        url = self.url.text().strip()
        if url and not url.startswith(("https://", "http://")):
            return self.tr("A web address starts with https://")
        return None
