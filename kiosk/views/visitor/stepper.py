"""The stepper: minus, the count, plus; choosing a number without a keyboard."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractSpinBox, QHBoxLayout, QSpinBox, QWidget

from kiosk.views.visitor.widgets import button, set_inert, set_role


class CountBox(QSpinBox):
    """A read-only number without arrows: the stepper's count, which a screen reader hears as a value.

    Styled spin boxes leave their text field one pixel wide (the style keeps
    room for arrows that are not there), so the field takes the whole box.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.lineEdit().setGeometry(self.rect())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self.lineEdit().setGeometry(self.rect())


class Stepper(QWidget):
    """Minus, the quantity, plus: choosing a number without a keyboard.

    The quantity is a read-only spin box, so a screen reader hears the number
    as the control's value. At the ends the buttons stay where they are and
    enabled (a button that disables itself would hand the focus to the next
    item's "+"), drawn dashed, and a press there does nothing.

    Signals:
        value_changed(int): the quantity the visitor set.
    """

    value_changed = Signal(int)

    def __init__(self, touch_px: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value = 0
        self._maximum = 0
        self._subject = ""
        self._can_increase = True
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.minus = button("step", self, "StepperMinus")
        self.plus = button("step", self, "StepperPlus")
        self.minus.setText("−")
        self.plus.setText("+")
        for widget in (self.minus, self.plus):
            widget.setFixedSize(touch_px, touch_px)
        self.value_box = CountBox(self)
        self.value_box.setObjectName("StepperValue")
        set_role(self.value_box, "count")
        self.value_box.setReadOnly(True)
        self.value_box.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
        self.value_box.setFrame(False)
        self.value_box.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.value_box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.value_box.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.value_box.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.value_box.lineEdit().setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.value_box.setMinimumWidth(round(touch_px * 0.9))
        self.value_box.setRange(0, 0)
        layout.addWidget(self.minus)
        layout.addWidget(self.value_box)
        layout.addWidget(self.plus)
        self.minus.clicked.connect(self._on_minus)
        self.plus.clicked.connect(self._on_plus)
        self.retranslate_ui()
        self._refresh()

    @property
    def value(self) -> int:
        return self._value

    @property
    def can_add(self) -> bool:
        """Whether "+" would add one now."""
        return self._value < self._maximum and (self._can_increase or self._value > 0)

    @property
    def at_limit(self) -> bool:
        """The most one visit may ask for is chosen."""
        return self._maximum > 0 and self._value >= self._maximum

    def set_subject(self, subject: str) -> None:
        """What is being counted, for the buttons' accessible names."""
        self._subject = subject
        self.retranslate_ui()

    def set_maximum(self, maximum: int) -> None:
        self._maximum = maximum
        self._refresh()

    def set_can_increase(self, allowed: bool) -> None:
        """False when the basket is full of other things."""
        self._can_increase = allowed
        self._refresh()

    def set_value(self, value: int) -> None:
        self._value = max(0, min(value, self._maximum))
        self._refresh()

    def retranslate_ui(self) -> None:
        self.minus.setAccessibleName(self.tr("One fewer: %1").replace("%1", self._subject))
        self.plus.setAccessibleName(self.tr("One more: %1").replace("%1", self._subject))
        self.value_box.setAccessibleName(self.tr("How many: %1").replace("%1", self._subject))
        self._refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _refresh(self) -> None:
        self.value_box.setRange(0, max(self._maximum, self._value))
        self.value_box.setValue(self._value)
        full = self.tr("That's the most for one visit") if self.at_limit else self.tr("Your list is full")
        set_inert(self.minus, self._value <= 0)
        set_inert(self.plus, not self.can_add, full)

    def _on_minus(self) -> None:
        self._change(self._value - 1)

    def _on_plus(self) -> None:
        if self.can_add:
            self._change(self._value + 1)

    def _change(self, value: int) -> None:
        value = max(0, min(value, self._maximum))
        if value != self._value:
            self._value = value
            self._refresh()
            self.value_changed.emit(value)
