"""One editor per kind of site setting, each with ``value()``, ``set_value()`` and a change signal."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QWidget,
)

from kiosk.data.setting_rules import SettingSpec
from kiosk.languages import LANGUAGES
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP, language_name
from kiosk.views.staff.flow import FlowRow
from kiosk.views.staff.forms import Stepper
from kiosk.views.staff.settings.meanings import PAPER, UNITS, tr


class SettingEditor(QWidget):
    """Signals:
        edited(): the person changed the value.
    """

    edited = Signal()

    def __init__(self, spec: SettingSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self._row.setSpacing(12)

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def retranslate_ui(self) -> None:
        """Editors with words of their own set them here."""


class NumberEditor(SettingEditor):
    """A number between large − and + buttons (spin-box arrows are too small to tap); typing works too."""

    def __init__(self, spec: SettingSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        # A little past the bounds, so an out-of-range value can be entered and refused with a reason.
        self.stepper = Stepper(spec.low - 1 if spec.low > 0 else spec.low, spec.high + 1)
        self.spin = self.stepper.spin
        self.spin.setMinimumWidth(160)
        self.stepper.valueChanged.connect(lambda _v: self.edited.emit())
        self._row.addWidget(self.stepper)
        self._row.addStretch(1)
        self.retranslate_ui()

    def value(self) -> int:
        return self.spin.value()

    def set_value(self, value: Any) -> None:
        self.stepper.blockSignals(True)
        self.stepper.setValue(int(value))
        self.stepper.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.spin.setSuffix(tr(UNITS[self.spec.unit]) if self.spec.unit in UNITS else "")


class SwitchEditor(SettingEditor):
    def __init__(self, spec: SettingSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.box = QCheckBox()
        self.box.setStyleSheet("QCheckBox::indicator { width: 32px; height: 32px; }")
        self.box.setMinimumHeight(40)
        self.box.toggled.connect(lambda _on: self.edited.emit())
        self._row.addWidget(self.box)
        self._row.addStretch(1)
        self.retranslate_ui()

    def value(self) -> bool:
        return self.box.isChecked()

    def set_value(self, value: Any) -> None:
        self.box.blockSignals(True)
        self.box.setChecked(bool(value))
        self.box.blockSignals(False)

    def retranslate_ui(self) -> None:
        self.box.setText(tr(QT_TRANSLATE_NOOP("SettingMeanings", "On")))


class TextEditor(SettingEditor):
    def __init__(self, spec: SettingSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.line = QLineEdit()
        self.line.setMaxLength(spec.max_length + 1 if spec.max_length else 32767)
        self.line.setMinimumWidth(320)
        self.line.setMaximumWidth(520)
        self.line.textEdited.connect(lambda _t: self.edited.emit())
        self._row.addWidget(self.line, 1)

    def value(self) -> str:
        return self.line.text().strip()

    def set_value(self, value: Any) -> None:
        self.line.setText(str(value or ""))


class ChoiceEditor(SettingEditor):
    """The paper, or a language: one value from a list."""

    def __init__(self, spec: SettingSpec, choices: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.combo = QComboBox()
        self.combo.setMinimumWidth(240)
        for choice in choices:
            self.combo.addItem("", choice)
        self.combo.activated.connect(lambda _i: self.edited.emit())
        self._row.addWidget(self.combo)
        self._row.addStretch(1)
        self.retranslate_ui()

    def value(self) -> Any:
        return self.combo.currentData()

    def set_value(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(0, index))

    def retranslate_ui(self) -> None:
        for row in range(self.combo.count()):
            choice = self.combo.itemData(row)
            text = language_name(choice) if self.spec.kind == "language" else tr(PAPER.get(choice, choice))
            self.combo.setItemText(row, text)


class LanguagesEditor(SettingEditor):
    def __init__(self, spec: SettingSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        self.boxes: dict[str, QCheckBox] = {}
        # Runs on to another line when the column is narrow (many languages, a small screen).
        holder = QWidget()
        flow = FlowRow(holder, spacing=12)
        for code in LANGUAGES:
            box = QCheckBox(language_name(code))
            box.setStyleSheet("QCheckBox::indicator { width: 28px; height: 28px; }")
            box.setMinimumHeight(40)
            box.toggled.connect(lambda _on: self.edited.emit())
            self.boxes[code] = box
            flow.add(box)
        self._row.addWidget(holder, 1)

    def value(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.boxes.items() if box.isChecked())

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for code, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(code in chosen)
            box.blockSignals(False)


class PerLanguageEditor(SettingEditor):
    """A short text in each language (where the naloxone is)."""

    def __init__(self, spec: SettingSpec, parent: QWidget | None = None) -> None:
        super().__init__(spec, parent)
        holder = QWidget()
        form = QFormLayout(holder)
        form.setContentsMargins(0, 0, 0, 0)
        self.lines: dict[str, QLineEdit] = {}
        for code in LANGUAGES:
            line = QLineEdit()
            line.setMaxLength(spec.max_length + 1)
            line.setMinimumWidth(320)
            line.textEdited.connect(lambda _t: self.edited.emit())
            self.lines[code] = line
            form.addRow(language_name(code), line)
        self._row.addWidget(holder, 1)

    def value(self) -> dict[str, str]:
        return {code: line.text().strip() for code, line in self.lines.items() if line.text().strip()}

    def set_value(self, value: Any) -> None:
        texts = dict(value or {})
        for code, line in self.lines.items():
            line.setText(str(texts.get(code, "")))


def make_editor(spec: SettingSpec, parent: QWidget | None = None) -> SettingEditor:
    if spec.kind == "number":
        return NumberEditor(spec, parent)
    if spec.kind == "switch":
        return SwitchEditor(spec, parent)
    if spec.kind == "choice":
        return ChoiceEditor(spec, spec.choices, parent)
    if spec.kind == "language":
        return ChoiceEditor(spec, LANGUAGES, parent)
    if spec.kind == "languages":
        return LanguagesEditor(spec, parent)
    if spec.kind == "per_language":
        return PerLanguageEditor(spec, parent)
    return TextEditor(spec, parent)
