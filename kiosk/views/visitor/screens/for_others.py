"""The review screen's "for me and others" choice: just me, +1, +2 ... up to the site's maximum."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QButtonGroup, QHBoxLayout, QPushButton, QWidget

from kiosk.data.sharing import DEFAULT_OTHERS_MAX, others_choices
from kiosk.views.visitor.widgets import FlowLayout, button, label


class OthersChoice(QWidget):
    """Who the request is for: the visitor, and how many others (a number, never who).

    Signals:
        others_changed(int): the visitor chose how many others (0: just me).
    """

    others_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._maximum = -1
        self._others = 0
        self.chips: dict[int, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        self.question = label("heading", self, wrap=False)
        self.chip_box = QWidget(self)
        self.chip_row = FlowLayout(self.chip_box, spacing=10)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        row.addWidget(self.question)
        row.addWidget(self.chip_box, 1)
        self.set_maximum(DEFAULT_OTHERS_MAX)

    @property
    def others(self) -> int:
        return self._others

    def set_maximum(self, maximum: int) -> None:
        """One chip per choice; none at all when the site allows requests for the visitor only."""
        if maximum == self._maximum:
            return
        self._maximum = maximum
        for chip in self.chips.values():
            self.group.removeButton(chip)
        self.chip_row.clear()
        self.chips = {}
        for n in others_choices(maximum):
            chip = button("chip", self.chip_box, f"ForOthers_{n}")
            chip.setCheckable(True)
            chip.clicked.connect(lambda _=False, count=n: self._on_chosen(count))
            self.group.addButton(chip)
            self.chip_row.add_widget(chip)
            self.chips[n] = chip
        self.setVisible(maximum > 0)
        if self._others > maximum:
            self._on_chosen(0)
        self._check()
        self.retranslate_ui()

    def choose(self, others: int) -> None:
        """Choose as if the visitor tapped (tests, and a reset)."""
        self._on_chosen(max(0, min(others, max(0, self._maximum))))

    def reset(self) -> None:
        self._others = 0
        self._check()

    def retranslate_ui(self) -> None:
        self.question.setText(self.tr("Who is it for?"))
        for n, chip in self.chips.items():
            if n == 0:
                chip.setText(self.tr("Just me"))
                chip.setAccessibleName(self.tr("Just for me"))
            else:
                chip.setText(f"+{n}")
                chip.setAccessibleName(
                    self.tr("For me and one other person") if n == 1 else self.tr("For me and %n others", "", n)
                )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _check(self) -> None:
        chip = self.chips.get(self._others)
        if chip is not None and not chip.isChecked():
            chip.setChecked(True)

    def _on_chosen(self, others: int) -> None:
        changed = others != self._others
        self._others = others
        self._check()
        if changed:
            self.others_changed.emit(others)
