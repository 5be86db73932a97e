"""Dialogs for closing a request: fulfil (what is handed over) and cancel (why)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.data.dto import RequestView
from kiosk.data.queue import CANCEL_REASONS
from kiosk.views.common.icons import icon
from kiosk.views.staff import style
from kiosk.views.staff.forms import Stepper
from kiosk.views.staff.texts import cancel_reason_text

#: The reason chosen when the cancel dialog opens: the one staff pick most.
COMMON_CANCEL_REASON = "visitor_left"


def _title(layout: QVBoxLayout) -> QLabel:
    label = QLabel()
    label.setObjectName("dialogTitle")
    label.setWordWrap(True)
    layout.addWidget(label)
    return label


def _buttons(dialog: QDialog, ok_icon: str, danger: bool = False) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    ok = box.button(QDialogButtonBox.StandardButton.Ok)
    ok.setIcon(icon(ok_icon, "#FFFFFF"))
    ok.setProperty("role", "danger" if danger else "primary")
    box.button(QDialogButtonBox.StandardButton.Cancel).setIcon(icon("back", style.INK))
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class FulfilDialog(QDialog):
    """What to hand over: one stepper per line, defaulting to what was asked,
    capped by the stock on the shelf (shown beside it). No signals."""

    def __init__(self, request: RequestView, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.spins: dict[str, Stepper] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        self.title_label = _title(layout)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(8)
        self._header = [QLabel(), QLabel(), QLabel(), QLabel()]
        for column, label in enumerate(self._header):
            label.setObjectName("hint")
            grid.addWidget(label, 0, column)
        self._stock_labels: list[tuple[QLabel, int, bool]] = []
        for row, line in enumerate(request.lines, start=1):
            grid.addWidget(QLabel(line.name(lang)), row, 0)
            grid.addWidget(QLabel(str(line.quantity)), row, 1)
            stock = QLabel()
            self._stock_labels.append((stock, line.stock, line.kind == "item"))
            grid.addWidget(stock, row, 2)
            spin = Stepper()
            if line.kind == "item":
                spin.setRange(0, max(0, line.stock))
                spin.setValue(min(line.quantity, max(0, line.stock)))
                if line.stock < line.quantity:
                    stock.setStyleSheet(f"color: {style.EMERGENCY}; font-weight: 600;")
            else:
                spin.setRange(0, line.quantity)
                spin.setValue(line.quantity)
            spin.setAccessibleName(line.name(lang))
            self.spins[line.supply_key] = spin
            grid.addWidget(spin, row, 3)
        layout.addLayout(grid)
        self.buttons = _buttons(self, "check")
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Hand over {code}").format(code=self.request.pickup_code))
        self.title_label.setText(self.windowTitle())
        self.intro.setText(
            self.tr("Check what you hand over for {code}. Stock goes down by these numbers.").format(
                code=self.request.pickup_code
            )
        )
        for label, text in zip(
            self._header,
            (self.tr("Item"), self.tr("Asked"), self.tr("On the shelf"), self.tr("Handing over")),
            strict=True,
        ):
            label.setText(text)
        for label, stock, is_item in self._stock_labels:
            label.setText(str(stock) if is_item else self.tr("service"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Hand over"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back"))

    def quantities(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items()}


class CancelDialog(QDialog):
    """Why a request is cancelled, from ``CANCEL_REASONS``. No signals."""

    def __init__(self, request: RequestView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(8)
        self.title_label = _title(layout)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        for reason in CANCEL_REASONS:
            button = QRadioButton()
            button.setMinimumHeight(48)
            self.group.addButton(button)
            self.choices[reason] = button
            layout.addWidget(button)
        self.buttons = _buttons(self, "close", danger=True)
        self.choices[COMMON_CANCEL_REASON].setChecked(True)
        self.group.buttonClicked.connect(self._on_choice)
        layout.addWidget(self.buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Cancel {code}").format(code=self.request.pickup_code))
        self.title_label.setText(self.windowTitle())
        self.intro.setText(self.tr("Why is {code} cancelled?").format(code=self.request.pickup_code))
        for reason, button in self.choices.items():
            button.setText(cancel_reason_text(reason))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel the request"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Back"))

    def _on_choice(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)

    def reason(self) -> str | None:
        for reason, button in self.choices.items():
            if button.isChecked():
                return reason
        return None
