"""Your own language for the back office: chosen once, used whenever you sign in."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QVBoxLayout, QWidget

from kiosk.languages import LANGUAGES
from kiosk.views.common.i18n import language_name
from kiosk.views.staff.forms import FormDialog

STATION = ""  # the choice "whatever this station speaks"


class LanguageDialog(FormDialog):
    """One choice per language the station has, each named in itself, and "this station's language".

    No signals: read ``chosen`` after ``accepted``.
    """

    def __init__(self, current: str | None, station_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, "language")
        self._station_language = station_language
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        column = QWidget()
        rows = QVBoxLayout(column)
        rows.setContentsMargins(0, 0, 0, 0)
        for code in (STATION, *LANGUAGES):
            button = QRadioButton()
            button.setMinimumHeight(48)  # a 10 mm touch target
            self.group.addButton(button)
            self.choices[code] = button
            rows.addWidget(button)
        self.form.addRow(column)
        self.choices[current or STATION].setChecked(True)
        self.retranslate_ui()

    @property
    def chosen(self) -> str | None:
        """The language code chosen, or None for the station's own."""
        for code, button in self.choices.items():
            if button.isChecked():
                return code or None
        return None

    def retranslate_ui(self) -> None:
        self.set_texts(
            self.tr("My language"),
            self.tr("The back office speaks this language whenever you sign in, on every staff PC."),
            self.tr("Use this language"),
        )
        self.choices[STATION].setText(
            self.tr("This station's language ({language})").format(language=language_name(self._station_language))
        )
        for code, button in self.choices.items():
            if code:
                button.setText(language_name(code))
