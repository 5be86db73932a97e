"""Closing an emergency: a short touch form of what was done, every answer optional.

Only taps: no field takes typing, so nothing about who the person was can
be written down. Times are taken by the service (call, first "I'm going",
closing). Closing can also take the used naloxone kits off the shelf.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.dto import RequestView, ResponseRecord
from kiosk.data.emergency import MAX_DOSES, NALOXONE_KITS_OFFERED, NOTE_KEYS, OUTCOMES, ROUTES
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.forms import DialogScroll


class TapChoice(QWidget):
    """A row of big toggle buttons: one answer or none (tap again to clear). No signals."""

    def __init__(self, values: Sequence[object], parent: QWidget | None = None, many: bool = False) -> None:
        super().__init__(parent)
        self._many = many
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self.buttons: dict[object, QPushButton] = {}
        for value in values:
            button = QPushButton()
            button.setCheckable(True)
            button.setMinimumHeight(46)
            button.setMinimumWidth(64)
            button.clicked.connect(lambda checked, v=value: self._on_clicked(v, checked))
            self.buttons[value] = button
            layout.addWidget(button)
        layout.addStretch(1)

    def set_texts(self, texts: Sequence[str]) -> None:
        for button, text in zip(self.buttons.values(), texts, strict=True):
            button.setText(text)
            button.ensurePolished()
            button.setMinimumWidth(max(64, button.sizeHint().width()))  # never cut a word off

    def _on_clicked(self, value: object, checked: bool) -> None:
        if checked and not self._many:
            for other, button in self.buttons.items():
                if other != value:
                    button.setChecked(False)

    def value(self) -> object | None:
        for value, button in self.buttons.items():
            if button.isChecked():
                return value
        return None

    def values(self) -> tuple[object, ...]:
        return tuple(value for value, button in self.buttons.items() if button.isChecked())


class ResponseDialog(QDialog):
    """The response record for one emergency. No signals."""

    def __init__(self, request: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setMinimumWidth(760)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        # The questions scroll when the screen is too short for all of them (a small screen, a long language).
        questions = QWidget()
        grid = QGridLayout(questions)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(8)
        self.doses = TapChoice(range(MAX_DOSES + 1))
        self.route = TapChoice(ROUTES)
        self.breathing = TapChoice((True, False))
        self.oxygen = TapChoice((True, False))
        self.services_called = TapChoice((True, False))
        self.outcome = TapChoice(OUTCOMES)
        # Two notes a row, so each says all its words.
        self.note_rows = [TapChoice(NOTE_KEYS[i : i + 2], many=True) for i in range(0, len(NOTE_KEYS), 2)]
        self.notes = self.note_rows[0]
        self._labels: list[QLabel] = []
        rows = (
            self.doses,
            self.route,
            self.breathing,
            self.oxygen,
            self.services_called,
            self.outcome,
            *self.note_rows,
        )
        for row, choice in enumerate(rows):
            label = QLabel()
            label.setObjectName("hint")
            label.setWordWrap(True)  # a long question takes two lines, leaving its answers their room
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self._labels.append(label)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(choice, row, 1)
        layout.addWidget(DialogScroll(questions), 1)
        self.take_kits = QCheckBox()
        self.take_kits.setMinimumHeight(40)
        layout.addWidget(self.take_kits)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setIcon(icon("check", "#FFFFFF"))
        ok.setProperty("role", "primary")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setIcon(icon("back", style.INK))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        code = self.request.pickup_code
        self.setWindowTitle(self.tr("Close emergency {code}").format(code=code))
        self.intro.setText(
            self.tr(
                "What happened at {code}? Tap what applies; leave out anything you don't know."
                " Nothing here says who the person is."
            ).format(code=code)
        )
        labels = (
            self.tr("Naloxone doses"),
            self.tr("Given by"),
            self.tr("Rescue breathing"),
            self.tr("Oxygen"),
            self.tr("Emergency services called"),
            self.tr("Outcome"),
            self.tr("Notes"),
            *([""] * (len(self.note_rows) - 1)),
        )
        for label, text in zip(self._labels, labels, strict=True):
            label.setText(text)
        yes_no = (self.tr("Yes"), self.tr("No"))
        self.doses.set_texts([str(n) for n in range(MAX_DOSES)] + [self.tr("{n}+").format(n=MAX_DOSES)])
        self.route.set_texts((self.tr("Nose spray"), self.tr("Injection"), self.tr("Both")))
        for choice in (self.breathing, self.oxygen, self.services_called):
            choice.set_texts(yes_no)
        self.outcome.set_texts(
            (self.tr("Responsive"), self.tr("Taken to hospital"), self.tr("Refused transport"), self.tr("Other"))
        )
        note_texts = {
            "more_than_one_dose": self.tr("Needed more than one dose"),
            "xylazine_suspected": self.tr("Xylazine suspected"),
            "stimulants_involved": self.tr("Stimulants involved"),
            "person_was_alone": self.tr("Person was using alone"),
            "left_before_help_arrived": self.tr("Left before help arrived"),
        }
        for row in self.note_rows:
            row.set_texts([note_texts[str(key)] for key in row.buttons])
        self.take_kits.setText(
            self.tr("Take {n} naloxone kits from stock (to replace the ones used)").format(n=NALOXONE_KITS_OFFERED)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Close the emergency"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back"))

    def record(self) -> ResponseRecord:
        doses = self.doses.value()
        return ResponseRecord(
            naloxone_doses=int(doses) if doses is not None else None,  # type: ignore[call-overload]
            naloxone_route=self.route.value(),  # type: ignore[arg-type]
            rescue_breathing=self.breathing.value(),  # type: ignore[arg-type]
            oxygen=self.oxygen.value(),  # type: ignore[arg-type]
            emergency_services_called=self.services_called.value(),  # type: ignore[arg-type]
            outcome=self.outcome.value(),  # type: ignore[arg-type]
            notes=tuple(str(v) for row in self.note_rows for v in row.values()),
            take_naloxone_kits=NALOXONE_KITS_OFFERED if self.take_kits.isChecked() else 0,
        )
