"""Words per language for where something is: a station's place, the naloxone kit's spot."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtWidgets import QLineEdit, QWidget

from kiosk.views.common.i18n import language_name
from kiosk.views.staff.forms import FormDialog


class PlaceDialog(FormDialog):
    """One short line per language; ``texts()`` gives them back. No signals.

    ``kind`` is "station" (where a kiosk stands, for the emergency banner)
    or "naloxone" (where the kit is kept, for the kiosk's emergency screen).
    """

    def __init__(
        self,
        kind: str,
        subject: str,
        languages: Sequence[str],
        current: Mapping[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.subject = subject
        self.fields: dict[str, QLineEdit] = {}
        for code in languages:
            field = QLineEdit(current.get(code, ""))
            field.setMaxLength(120)
            self.fields[code] = field
            self.form.addRow(language_name(code), field)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self.kind == "station":
            self.set_texts(
                self.tr("Where is {station}?").format(station=self.subject),
                self.tr(
                    "Staff read this when someone taps the overdose button here: "
                    "\u201cOverdose at the hallway kiosk, call 7JH. Go now.\u201d "
                    "Write where it stands, e.g. \u201cthe hallway kiosk\u201d"
                    " or \u201cthe front room, by the door\u201d."
                ),
                self.tr("Save the place"),
            )
            placeholder = self.tr("the hallway kiosk")
        else:
            self.set_texts(
                self.tr("Where is the naloxone kit kept?"),
                self.tr(
                    "The kiosk's emergency screen shows this, so a visitor can fetch the kit,"
                    " e.g. \u201cred box by the door\u201d."
                ),
                self.tr("Save"),
            )
            placeholder = self.tr("red box by the door")
        for field in self.fields.values():
            field.setPlaceholderText(placeholder)

    def texts(self) -> dict[str, str]:
        return {code: field.text().strip() for code, field in self.fields.items() if field.text().strip()}
