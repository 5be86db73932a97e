"""Emergency: one tap, one large confirm, then what to do until staff arrive."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.views.common.touch import enable_kinetic_scrolling
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.widgets import button, card, label, restyle, set_role

if TYPE_CHECKING:
    from kiosk.views.visitor.backend import Snapshot

ASKING, SENDING, WAITING, COMING, FAILED = "asking", "sending", "waiting", "coming", "failed"
STEP_ICONS = ("phone", "naloxone-nasal", "heart", "health")


class EmergencyScreen(QWidget):
    """Signals:
    confirmed(), cancelled(), done_requested().
    """

    confirmed = Signal()
    cancelled = Signal()
    done_requested = Signal()

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._state = ASKING
        self._number = "911"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 24)
        layout.setSpacing(18)

        self.question = label("title", self)
        self.status = label("message", self)
        self.status.setObjectName("EmergencyStatus")
        self.confirm_row = QWidget(self)
        row = QHBoxLayout(self.confirm_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self.confirm = button("emergency", self.confirm_row, "ConfirmEmergency")
        self.confirm.setProperty("big", "true")
        appearance.bind_icon(self.confirm, "emergency", appearance.icon_px(1.4), "emergency")
        self.cancel = button("", self.confirm_row, "CancelEmergency")
        self.cancel.setProperty("big", "true")
        row.addWidget(self.confirm, 3)
        row.addWidget(self.cancel, 1)

        self.steps_title = label("heading", self)
        self.steps = QWidget()
        grid = QGridLayout(self.steps)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(20)
        grid.setVerticalSpacing(14)
        self.step_labels = []
        for index, icon in enumerate(STEP_ICONS):
            box = card("card", self.steps)
            inner = QHBoxLayout(box)
            inner.setContentsMargins(18, 14, 18, 14)
            inner.setSpacing(16)
            picture = label("", box, wrap=False)
            appearance.bind_icon(picture, icon, appearance.icon_px(1.3))
            text = label("step-text", box)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            inner.addWidget(picture, 0, Qt.AlignmentFlag.AlignTop)
            inner.addWidget(text, 1)
            grid.addWidget(box, index // 2, index % 2)
            self.step_labels.append(text)
        # The cards keep the height of their words; spare room stays below them.
        grid.setRowStretch(len(STEP_ICONS) // 2 + 1, 1)
        self.done = button("primary", self, "EmergencyDone")
        layout.addWidget(self.question)
        layout.addWidget(self.status)
        layout.addWidget(self.confirm_row)
        layout.addWidget(self.steps_title)
        area = QScrollArea(self)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(self.steps)
        enable_kinetic_scrolling(area)
        layout.addWidget(area, 1)
        layout.addWidget(self.done, 0, Qt.AlignmentFlag.AlignRight)
        self.confirm.clicked.connect(self._on_confirm)
        self.cancel.clicked.connect(self.cancelled)
        self.done.clicked.connect(self.done_requested)
        self.set_state(ASKING)

    @property
    def state(self) -> str:
        return self._state

    def set_language(self, lang: str) -> None:
        """Strings follow the translator (``retranslate_ui``); nothing else depends on the language."""

    def reset(self) -> None:
        if self._state != ASKING:
            self.set_state(ASKING)

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        self.set_emergency_number(snapshot.settings.emergency_number)

    def set_emergency_number(self, number: str) -> None:
        self._number = number
        self.retranslate_ui()

    def set_state(self, state: str) -> None:
        self._state = state
        asking = state == ASKING
        self.confirm_row.setVisible(asking)
        self.status.setVisible(not asking)
        self.done.setVisible(state in (COMING, FAILED))
        self.status.setProperty("role", "good" if state == COMING else "message")
        restyle(self.status)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        number = self._number
        self.question.setText(
            self.tr("Is someone overdosing?") if self._state == ASKING else self.tr("Help is on the way to you")
        )
        self.confirm.setText(self.tr("Yes — get staff now"))
        self.confirm.setAccessibleName(self.tr("Yes, someone is overdosing: get staff now"))
        self.cancel.setText(self.tr("No, go back"))
        self.cancel.setAccessibleName(self.tr("No, go back"))
        status = {
            SENDING: self.tr("Telling staff…"),
            WAITING: self.tr("Staff have been told. Stay with the person."),
            COMING: self.tr("A staff member is coming now."),
            FAILED: self.tr("The kiosk can't reach staff. Shout for help and send someone to the window."),
        }
        self.status.setText(status.get(self._state, ""))
        self.steps_title.setText(self.tr("What to do now"))
        steps = (
            self.tr("Call %1 now. Say someone is not breathing or won't wake up.").replace("%1", number),
            self.tr("Give naloxone: one spray up the nose, or a shot into the thigh or upper arm. No change after 2 to 3 minutes? Give another dose."),  # noqa: E501
            self.tr("Breathe for them: tilt the head back, pinch the nose, give one breath every 5 seconds."),
            self.tr("Breathing but still sleepy? Roll them onto their side so they can't choke. Stay with them."),
        )
        for number_in_order, (text, widget) in enumerate(zip(steps, self.step_labels, strict=True), start=1):
            widget.setText(f"{number_in_order}. {text}")
        self.steps.setAccessibleName(self.steps_title.text())
        self.done.setText(self.tr("Back to the start"))
        self.done.setAccessibleName(self.tr("Back to the start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _on_confirm(self) -> None:
        if self._state == ASKING:
            self.confirmed.emit()
