"""Emergency: one tap, one large confirm, then what to do until staff arrive.

Everything shows at once, without scrolling, at any screen size, language
and text size: the status, the emergency number (as large as the title),
where the naloxone kit is, and the numbered steps. The status is honest:
"Staff have been told" until a staff member has said they are going, and
only then "‹name› from staff is coming".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from kiosk.views.visitor import theme
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.screens.emergency_steps import StepCards, fit_font_px, fit_label
from kiosk.views.visitor.speech import sentences
from kiosk.views.visitor.widgets import button, heading, label, restyle, set_role, set_style

if TYPE_CHECKING:
    from kiosk.views.visitor.backend import Snapshot

ASKING, SENDING, WAITING, COMING, FAILED = "asking", "sending", "waiting", "coming", "failed"
STEP_ICONS = ("phone", "naloxone-nasal", "rescue-breath", "recovery-position")


class EmergencyScreen(QWidget):
    """Signals:
    confirmed(), cancelled(), done_requested().
    state_changed(str): the stage now shown (asking, sending, waiting, coming, failed).
    """

    confirmed = Signal()
    cancelled = Signal()
    done_requested = Signal()
    state_changed = Signal(str)

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._appearance = appearance
        self._state = ASKING
        self._number = "911"
        self._naloxone: dict[str, str] = {}
        self._responder = ""
        self._lang = "en"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 16, 32, 16)
        layout.setSpacing(12)

        top = QHBoxLayout()
        top.setSpacing(16)
        self.question = heading("title", self, level=1)
        self.status = label("status", self)
        self.status.setObjectName("EmergencyStatus")
        self.done = button("primary", self, "EmergencyDone")
        self.done.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # never takes the focus from the steps by itself
        top.addWidget(self.question, 1)
        top.addWidget(self.status, 1)
        top.addWidget(self.done, 0, Qt.AlignmentFlag.AlignVCenter)

        self.confirm_row = QWidget(self)
        row = QHBoxLayout(self.confirm_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(24)
        self.confirm = button("emergency", self.confirm_row, "ConfirmEmergency")
        self.confirm.setProperty("big", "true")
        appearance.bind_icon(self.confirm, "emergency", appearance.icon_px(1.4), "emergency")
        self.cancel = button("", self.confirm_row, "CancelEmergency")
        self.cancel.setProperty("big", "true")
        row.addWidget(self.confirm, 1)
        row.addWidget(self.cancel, 0)

        facts = QHBoxLayout()
        facts.setSpacing(20)
        self.number = label("emergency-number", self, wrap=False)
        self.number.setObjectName("EmergencyNumber")
        self.number.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        self.naloxone = label("fact", self)
        self.naloxone.setObjectName("NaloxoneLocation")
        facts.addWidget(self.number, 0, Qt.AlignmentFlag.AlignVCenter)
        facts.addWidget(self.naloxone, 1)

        self.steps = StepCards(appearance, STEP_ICONS, self)
        self.steps.setObjectName("EmergencySteps")
        self.step_labels = self.steps.texts
        layout.addLayout(top)
        layout.addWidget(self.confirm_row)
        layout.addLayout(facts)
        layout.addWidget(self.steps, 1)
        self.confirm.clicked.connect(self._on_confirm)
        self.cancel.clicked.connect(self.cancelled)
        self.done.clicked.connect(self.done_requested)
        appearance.changed.connect(self._on_appearance)
        self._on_appearance()
        self.set_state(ASKING)

    @property
    def state(self) -> str:
        return self._state

    def reset(self) -> None:
        self.set_responder("")
        if self._state != ASKING:
            self.set_state(ASKING)

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        self.set_emergency_number(snapshot.settings.emergency_number)
        self.set_naloxone_location(snapshot.settings.naloxone_location)

    def set_emergency_number(self, number: str) -> None:
        self._number = number
        self.retranslate_ui()

    def set_naloxone_location(self, places: dict[str, str]) -> None:
        """Where the site keeps its naloxone kit, per language (empty: the line is hidden)."""
        self._naloxone = dict(places)
        self.retranslate_ui()

    def set_responder(self, name: str) -> None:
        """The staff member who said they are going (shown once the state is "coming")."""
        self._responder = name
        self.retranslate_ui()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self.retranslate_ui()

    def set_state(self, state: str) -> None:
        changed = state != self._state
        self._state = state
        asking = state == ASKING
        self.question.setVisible(asking)
        self.confirm_row.setVisible(asking)
        self.status.setVisible(not asking)
        self.done.setVisible(state in (COMING, FAILED))
        self.status.setProperty("stage", state)
        restyle(self.status)
        self.retranslate_ui()
        self._focus_steps()
        if changed:
            self.state_changed.emit(state)

    def retranslate_ui(self) -> None:
        number = self._number
        self.question.setText(self.tr("Is someone overdosing?"))
        self.confirm.setText(self.tr("Yes — get staff now"))
        self.confirm.setAccessibleName(self.tr("Yes, someone is overdosing: get staff now"))
        self.cancel.setText(self.tr("No, go back"))
        self.cancel.setAccessibleName(self.tr("No, go back"))
        coming = (
            self.tr("%1 from staff is coming").replace("%1", self._responder)
            if self._responder
            else self.tr("A staff member is coming")
        )
        status = {
            SENDING: self.tr("Telling staff…"),
            WAITING: self.tr("Staff have been told — keep going with the steps"),
            COMING: coming,
            FAILED: self.tr("The kiosk can't reach staff. Shout for help and send someone to the window."),
        }
        self.status.setText(status.get(self._state, ""))
        self.number.setText(self.tr("Call %1").replace("%1", number))
        self.number.setAccessibleName(self.tr("Emergency number: %1").replace("%1", number))
        place = self._naloxone.get(self._lang) or self._naloxone.get("en") or next(iter(self._naloxone.values()), "")
        self.naloxone.setText(self.tr("Naloxone kit: %1").replace("%1", place) if place else "")
        self.naloxone.setVisible(bool(place))
        steps = (
            self.tr("Call %1. Say: someone is not breathing.").replace("%1", number),
            self.tr(
                "Give naloxone: one spray up the nose, or a shot in the thigh."
                " No change after 2 to 3 minutes? Give another."
            ),
            self.tr("Breathe for them: tilt the head back, pinch the nose, one breath every 5 seconds."),
            self.tr("Stay with them. Breathing but sleepy? Roll them onto their side."),
        )
        self.steps.set_texts(steps)
        self.steps.setAccessibleName(self.tr("What to do now"))
        self.done.setText(self.tr("Back to the start"))
        self.done.setAccessibleName(self.tr("Back to the start"))
        self._fit_top()

    def spoken_text(self) -> str:
        """The question (or the news), the number, the kit, then the numbered steps."""
        top = self.question.text() if self._state == ASKING else self.status.text()
        parts = [top]
        if self._state == ASKING:
            parts += [self.confirm.text(), self.cancel.text()]
        parts += [self.number.text(), self.naloxone.text() if self._naloxone else ""]
        parts += [f"{index}. {text.text()}" for index, text in enumerate(self.step_labels, start=1)]
        return sentences(parts)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._fit_top()

    def _fit_top(self) -> None:
        """Long words (French, Spanish, big text) shrink to fit instead of being cut or pushing the steps off."""
        body = theme.TEXT_STEPS[self._appearance.text_step]
        title, heading = round(body * 1.6), round(body * 1.3)
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        inner = self.width() - margins.left() - margins.right()
        if inner <= 0:
            return
        status_width = inner - (self.done.sizeHint().width() + 16 if self.done.isVisibleTo(self) else 0)
        # One line for the usual news, so bigger text goes to the steps rather than the top.
        lines = 3 if self._state == FAILED else 1
        status_px = fit_label(self.status, status_width, title, lines)
        question_px = fit_label(self.question, inner, title, 1)
        # The emergency number is as large as the title above it.
        number_px = question_px if self._state == ASKING else status_px
        set_style(self.number, f"font-size: {max(number_px, round(body * 1.3))}px;")
        cancel_px = fit_font_px(self.cancel, self.cancel.text(), inner // 4 - 48, heading, 1, bold=False)
        set_style(self.cancel, f"font-size: {cancel_px}px;")
        cancel_width = max(self.cancel.sizeHint().width(), inner // 5)
        icon = self._appearance.icon_px(1.4) + 12
        confirm_px = fit_font_px(self.confirm, self.confirm.text(), inner - cancel_width - 24 - icon - 56, heading, 1)
        set_style(self.confirm, f"font-size: {confirm_px}px;")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        self._focus_steps()

    def _focus_steps(self) -> None:
        """The focus ring sits on what to do: the confirm button, then the steps."""
        if not self.isVisible():
            return
        if self._state == ASKING:
            self.confirm.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.steps.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_appearance(self) -> None:
        body = theme.TEXT_STEPS[self._appearance.text_step]
        self.steps.set_largest_px(round(body * 1.3))

    def _on_confirm(self) -> None:
        if self._state == ASKING:
            self.confirmed.emit()
