"""The emergency banner across the top of every staff screen, and the words it shares.

The banner stays while any emergency is open: red with "Go now" until
someone answers, then naming who is going so the others know, with "I'm
going too" for anyone else who runs. Dialogs in the back office are not
modal, so the banner's button works over any of them.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from kiosk.data.dto import RequestView
from kiosk.views.common.icons import icon, icon_pixmap
from kiosk.views.staff import style


def place_text(request: RequestView, lang: str = "en") -> str:
    """Where to run: the kiosk's place label, else its name, else "a kiosk"."""
    return request.place(lang) or QCoreApplication.translate("EmergencyBanner", "a kiosk")


def emergency_message(request: RequestView, lang: str = "en") -> str:
    """One sentence for the banner and the desktop notification."""
    if not request.responders:
        return QCoreApplication.translate("EmergencyBanner", "Overdose at {place}, call {code}. Go now.").format(
            place=place_text(request, lang), code=request.pickup_code
        )
    return QCoreApplication.translate("EmergencyBanner", "Overdose at {place}, call {code}: {names} going.").format(
        place=place_text(request, lang), code=request.pickup_code, names=", ".join(request.responders)
    )


def banner_target(requests: Sequence[RequestView], staff_id: int | None) -> RequestView | None:
    """The emergency the banner is about: nobody going first, then one this person isn't going to."""
    for request in requests:
        if not request.responders:
            return request
    for request in requests:
        if staff_id not in request.responder_ids:
            return request
    return requests[0] if requests else None


class EmergencyBanner(QFrame):
    """Stays while an emergency is open.

    Signals:
        acknowledge_requested(int): the id of the emergency this person is going to.
    """

    acknowledge_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emergencyBanner")
        self.setStyleSheet(
            f"QFrame#emergencyBanner {{ background: {style.EMERGENCY}; }}"
            "QFrame#emergencyBanner QLabel { color: white; font-size: 20px; font-weight: 700; }"
            "QFrame#emergencyBanner QPushButton { background: white; color: #B00020; font-size: 18px;"
            " font-weight: 700; border: none; min-height: 48px; padding: 4px 22px; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.setSpacing(14)
        picture = QLabel()
        picture.setPixmap(icon_pixmap("emergency", 40, "#FFFFFF"))
        picture.setFixedSize(40, 40)
        layout.addWidget(picture)
        self.message = QLabel()
        self.message.setObjectName("EmergencyMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message, 1)
        self.acknowledge_button = QPushButton()
        self.acknowledge_button.setObjectName("ImGoing")
        self.acknowledge_button.setIcon(icon("check", style.EMERGENCY))
        self.acknowledge_button.clicked.connect(self._on_acknowledge_clicked)
        layout.addWidget(self.acknowledge_button)
        self._requests: list[RequestView] = []
        self._signed_in = True
        self._staff_id: int | None = None
        self.lang = "en"
        self.retranslate_ui()
        self.hide()

    @property
    def request_ids(self) -> list[int]:
        return [r.id for r in self._requests]

    @property
    def unanswered_ids(self) -> list[int]:
        return [r.id for r in self._requests if not r.responders]

    @property
    def target(self) -> RequestView | None:
        return banner_target(self._requests, self._staff_id)

    def set_emergencies(self, requests: Sequence[RequestView]) -> None:
        self._requests = list(requests)
        self.retranslate_ui()
        self.setVisible(bool(self._requests))

    def set_signed_in(self, signed_in: bool, staff_id: int | None = None) -> None:
        self._signed_in = signed_in
        self._staff_id = staff_id if signed_in else None
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        target = self.target
        if target is not None:
            text = emergency_message(target, self.lang)
            others = len(self._requests) - 1
            if others == 1:
                text += " " + self.tr("1 more emergency open.")
            elif others:
                text += " " + self.tr("{n} more emergencies open.").format(n=others)
            self.message.setText(text)
        going = target is not None and self._staff_id is not None and self._staff_id in target.responder_ids
        self.acknowledge_button.setVisible(not going)
        if not self._signed_in:
            self.acknowledge_button.setText(self.tr("Sign in to respond"))
            self.acknowledge_button.setToolTip("")
        elif target is not None and target.responders:
            self.acknowledge_button.setText(self.tr("I'm going too"))
            self.acknowledge_button.setToolTip(self.tr("Tell the other staff screens that you are going as well"))
        else:
            self.acknowledge_button.setText(self.tr("I'm going"))
            self.acknowledge_button.setToolTip(self.tr("Tell the other staff screens that you are responding"))

    def _on_acknowledge_clicked(self) -> None:
        target = self.target
        if target is not None:
            self.acknowledge_requested.emit(target.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
