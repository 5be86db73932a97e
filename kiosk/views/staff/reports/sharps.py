"""Recording used sharps handed back at the window: a count, or a weight."""

from __future__ import annotations

from PySide6.QtWidgets import QButtonGroup, QRadioButton, QSpinBox, QWidget

from kiosk.views.staff.forms import FormDialog


class SharpsDialog(FormDialog):
    """How many sharps came back, or how much they weighed. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, "check")
        self.by_count = QRadioButton()
        self.by_weight = QRadioButton()
        self.by_count.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_weight)
        self.amount = QSpinBox()
        self.amount.setRange(1, 100_000)
        self.amount.setValue(1)
        self.amount.setMinimumWidth(140)
        self.row(self.by_count)
        self.row(self.by_weight)
        self.row(self.amount)
        self.by_count.toggled.connect(self._on_mode)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.set_texts(
            self.tr("Sharps returned"),
            self.tr("Count the used sharps someone brought back, or weigh the container."),
            self.tr("Record"),
        )
        self.by_count.setText(self.tr("Counted, one by one"))
        self.by_weight.setText(self.tr("Weighed, in grams"))
        self.set_label(self.by_count, self.tr("How"))
        self.set_label(self.by_weight, "")
        self._on_mode()

    def _on_mode(self) -> None:
        self.set_label(self.amount, self.tr("How many") if self.by_count.isChecked() else self.tr("Grams"))

    def values(self) -> tuple[int | None, int | None]:
        """(count, weight in grams): one of them is None."""
        if self.by_count.isChecked():
            return self.amount.value(), None
        return None, self.amount.value()
