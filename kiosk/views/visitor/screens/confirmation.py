"""Confirmation: the pickup code, very large, with the wait and QR codes."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.views.common.qr_widget import QrCodeWidget, readable_side_px
from kiosk.views.common.touch import enable_kinetic_scrolling
from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.speech import sentences, spelled
from kiosk.views.visitor.widgets import (
    button,
    card,
    clear_layout,
    heading,
    label,
    reflow_when_narrow,
    restyle,
    set_inert,
    set_role,
)

if TYPE_CHECKING:
    from kiosk.content import ContentPack
    from kiosk.data.dto import SubmitResult
    from kiosk.views.visitor.backend import Snapshot

MAX_CODES = 3
# Room beside each code for its words to wrap in.
QR_TEXT_MARGIN = 40


def spaced(code: str) -> str:
    """The code as a screen reader should spell it out: "K 7 P"."""
    return " ".join(code)


class ConfirmationScreen(QWidget):
    """Signals:
    done_requested(), print_requested(), feedback_requested(): "have your say" (Done skips it).
    """

    done_requested = Signal()
    print_requested = Signal()
    feedback_requested = Signal()

    def __init__(self, appearance: Appearance, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_role(self, "screen")
        self._appearance = appearance
        self._result: SubmitResult | None = None
        self._pack: ContentPack | None = None
        self._lang = "en"
        self._printing = False
        self._stay_s = 0
        self.codes: list[QrCodeWidget] = []

        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 20, 48, 20)
        layout.setSpacing(10)
        self.sent = label("good", self)
        self.code_heading = heading("heading", self, level=1)
        self.code = label("code", self, wrap=False)
        self.code.setObjectName("PickupCode")
        self.place = label("heading", self)
        self.show_at_window = label("", self)
        self.stays = label("subtle", self)
        self.stays.setObjectName("CodeStays")
        for widget in (self.sent, self.code_heading, self.code, self.place, self.show_at_window, self.stays):
            widget.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.qr_heading = label("subtle", self)
        self.qr_heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.qr_row = QGridLayout()
        self.qr_row.setSpacing(16)
        self.print_message = label("message", self)
        self.print_message.hide()
        actions = card("card", self)
        row = QHBoxLayout(actions)
        row.setContentsMargins(16, 12, 16, 12)
        self.print = button("", actions, "PrintSlip")
        appearance.bind_icon(self.print, "print", appearance.icon_px(0.8))
        self.done = button("primary", actions, "Done")
        appearance.bind_icon(self.done, "check", appearance.icon_px(0.8), "accent")
        self.feedback = button("", actions, "HaveYourSay")
        appearance.bind_icon(self.feedback, "talk", appearance.icon_px(0.8))
        row.addWidget(self.print)
        row.addStretch(1)
        row.addWidget(self.feedback)
        row.addWidget(self.done)
        reflow_when_narrow(actions, row)
        # The code, its words and the QR codes scroll together when bigger text
        # or a printer's message leaves them too little height: nothing is
        # squeezed over anything else, and the codes keep their readable size.
        self.body = QScrollArea(self)
        self.body.setObjectName("ConfirmationBody")
        self.body.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body.setWidgetResizable(True)
        self.body.setFrameShape(QFrame.Shape.NoFrame)
        self.body.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        enable_kinetic_scrolling(self.body, mouse_drag=True)
        body_host = QWidget()
        body = QHBoxLayout(body_host)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(40)
        info = QVBoxLayout()
        info.setSpacing(10)
        info.addStretch(1)
        for widget in (self.sent, self.code_heading, self.code, self.place, self.show_at_window, self.stays):
            info.addWidget(widget)
        info.addStretch(1)
        side = QVBoxLayout()
        side.setSpacing(12)
        side.addWidget(self.qr_heading)
        side.addLayout(self.qr_row, 1)
        side.addStretch(0)
        body.addLayout(info, 1)
        body.addLayout(side, 0)
        self.body.setWidget(body_host)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.print_message)
        layout.addWidget(actions)
        self.done.clicked.connect(self.done_requested)
        self.feedback.clicked.connect(self.feedback_requested)
        self.print.clicked.connect(self._on_print)
        self.retranslate_ui()

    @property
    def result(self) -> SubmitResult | None:
        return self._result

    def set_result(self, result: SubmitResult, pack: ContentPack | None, lang: str, can_print: bool) -> None:
        self._result, self._pack, self._lang = result, pack, lang
        self._printing = False
        self.print.setVisible(can_print)
        self.print_message.hide()
        self.code.setText(result.pickup_code)
        self.code.setAccessibleName(spaced(result.pickup_code))
        self._show_codes()
        self.retranslate_ui()

    def set_language(self, lang: str) -> None:
        self._lang = lang
        self._show_codes()
        self.retranslate_ui()

    def set_pack(self, pack: ContentPack | None) -> None:
        self._pack = pack
        self._show_codes()

    def set_stay_seconds(self, seconds: int) -> None:
        """How long the code stays on screen after the last tap (the kiosk then starts over)."""
        self._stay_s = seconds
        self.retranslate_ui()

    def set_printing(self, printing: bool, message: str = "", good: bool = False) -> None:
        self._printing = printing
        # Waiting, not disabled: a disabled button would pass the focus to "Done".
        set_inert(self.print, printing)
        self.print.setText(self.tr("Printing…") if printing else self.tr("Print a slip"))
        self.print.setAccessibleName(self.print.text())
        self.print_message.setText(message)
        self.print_message.setVisible(bool(message))
        self.print_message.setProperty("role", "good" if good else "message")
        restyle(self.print_message)

    def reset(self) -> None:
        if self._result is not None:
            self.clear()

    def apply_snapshot(self, snapshot: Snapshot) -> None:
        """Nothing here comes from the snapshot."""

    def clear(self) -> None:
        self._result = None
        self.code.clear()
        self._show_codes()

    # -- text ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.sent.setText(self.tr("Your request was sent to staff."))
        self.code_heading.setText(self.tr("Your pickup code"))
        self.show_at_window.setText(self.tr("Staff will call this code. Show it at the window."))
        self.qr_heading.setText(self.tr("Scan with your phone for more help"))
        self.qr_heading.setVisible(bool(self.codes))
        result = self._result
        if result is not None:
            place = self.tr("You are number %n in line.", "", result.place_in_queue)
            wait = self.tr("About %n minutes.", "", result.wait_minutes)
            others = ""
            if result.for_others == 1:
                others = self.tr("For you and one other person.")
            elif result.for_others > 1:
                others = self.tr("For you and %n others.", "", result.for_others)
            self.place.setText(" ".join(part for part in (place, wait, others) if part))
        self.print.setText(self.tr("Printing…") if self._printing else self.tr("Print a slip"))
        self.print.setAccessibleName(self.print.text())
        self.feedback.setText(self.tr("Have your say"))
        self.feedback.setAccessibleName(self.tr("Have your say: tell us how it went"))
        seconds = self._stay_s
        if seconds >= 120:
            stays = self.tr("This code stays on screen for %n minutes after your last tap.", "", round(seconds / 60))
        else:
            stays = self.tr("This code stays on screen for %n seconds after your last tap.", "", seconds)
        self.stays.setText(stays)
        self.stays.setVisible(seconds > 0)
        self.done.setText(self.tr("Done"))
        self.done.setAccessibleName(self.tr("Done: back to the start"))

    def spoken_text(self) -> str:
        result = self._result
        if result is None:
            return ""
        parts = [
            self.sent.text(),
            f"{self.code_heading.text()}: {spelled(result.pickup_code)}",
            self.place.text(),
            self.show_at_window.text(),
            self.stays.text() if self._stay_s else "",
        ]
        if self.print_message.isVisibleTo(self):
            parts.append(self.print_message.text())
        return sentences(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _show_codes(self) -> None:
        clear_layout(self.qr_row)
        self.codes = []
        result, pack = self._result, self._pack
        if result is None or pack is None:
            self.qr_heading.hide()
            return
        for key in result.resource_keys:
            resource = pack.resource(key)
            if resource is None or not resource.qr_data:
                continue
            widget = QrCodeWidget(resource.qr_data, resource.name(self._lang), resource.phone or "", self)
            side = readable_side_px(self.screen(), self.window().height())
            widget.fix_code_side(side, side + QR_TEXT_MARGIN)
            top = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter
            self.qr_row.addWidget(widget, len(self.codes) // 2, len(self.codes) % 2, top)
            self.codes.append(widget)
            if len(self.codes) == MAX_CODES:
                break
        self.qr_heading.setVisible(bool(self.codes))

    def _on_print(self) -> None:
        if not self._printing and self._result is not None:
            self.print_requested.emit()
