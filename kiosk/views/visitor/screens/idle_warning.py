"""The "are you still there?" warning, laid over whatever screen is showing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.widgets import button, card, label, set_role


class IdleWarning(QFrame):
    """A dimmed overlay with a countdown and "I'm still here".

    Signals:
        still_here(): the visitor tapped the button.
    """

    still_here = Signal()

    def __init__(self, appearance: Appearance, parent: QWidget) -> None:
        super().__init__(parent)
        set_role(self, "overlay")
        self.setObjectName("IdleWarning")
        self._seconds = 0
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.box = card("dialog", self)
        self.box.setMaximumWidth(900)
        inner = QVBoxLayout(self.box)
        inner.setContentsMargins(48, 36, 48, 36)
        inner.setSpacing(20)
        self.title = label("title", self.box)
        self.countdown = label("heading", self.box)
        self.countdown.setObjectName("IdleCountdown")
        self.explain = label("", self.box)
        self.stay = button("primary", self.box, "StillHere")
        self.stay.setProperty("big", "true")
        for widget in (self.title, self.countdown, self.explain):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            inner.addWidget(widget)
        inner.addWidget(self.stay)
        outer.addWidget(self.box)
        self.stay.clicked.connect(self.still_here)
        self.hide()
        self.retranslate_ui()

    def show_countdown(self, seconds: int) -> None:
        self._seconds = seconds
        self._cover_parent()
        self.retranslate_ui()
        if not self.isVisible():
            self.show()
            self.raise_()
            self.stay.setFocus()

    def _cover_parent(self) -> None:
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())

    def retranslate_ui(self) -> None:
        self.title.setText(self.tr("Are you still there?"))
        self.countdown.setText(self.tr("Starting over in %n seconds", "", self._seconds))
        self.explain.setText(self.tr("To keep your choices private, the kiosk clears them when no one is using it."))
        self.stay.setText(self.tr("I'm still here"))
        self.stay.setAccessibleName(self.tr("I'm still here"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
