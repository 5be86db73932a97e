"""Bars across the top and bottom of a staff window.

``NoticeBar``: a calm, non-modal message (someone else got there first, a
stock change that can't be made) that hides itself. ``ConnectionBanner``:
the database can't be reached and the window is retrying. The emergency
banner has its own file (``emergency_banner.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.views.common.icons import icon, icon_pixmap
from kiosk.views.staff import style


def _icon_label(name: str, color: str, size: int = 28) -> QLabel:
    label = QLabel()
    label.setPixmap(icon_pixmap(name, size, color))
    label.setFixedSize(size, size)
    return label


class NoticeBar(QFrame):
    """A message for a few seconds; click the cross to hide it sooner. No signals."""

    def __init__(self, timeout_ms: int = 8_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setStyleSheet(
            f"QFrame#noticeBar {{ background: {style.WARNING_BG}; border-top: 1px solid #E0C36A; }}"
            f"QFrame#noticeBar QLabel {{ color: {style.WARNING_INK}; font-size: 16px; }}"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 12, 8)
        layout.addWidget(_icon_label("information", style.WARNING_INK, 24))
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.message, 1)
        self._close = QPushButton()
        self._close.setIcon(icon("close", style.WARNING_INK))
        self._close.clicked.connect(self.hide)
        layout.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.hide)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self._close.setToolTip(self.tr("Hide this message"))
        self._close.setAccessibleName(self.tr("Hide this message"))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.show()
        self._timer.start()

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class ConnectionBanner(QFrame):
    """Shown while the database is out of reach. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setStyleSheet(
            "QFrame#connectionBanner { background: #FBE3D6; border-bottom: 1px solid #E3A37F; }"
            "QFrame#connectionBanner QLabel { color: #6B2A00; font-size: 17px; font-weight: 600; }"
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(_icon_label("stations", "#6B2A00"))
        self.message = QLabel()
        layout.addWidget(self.message, 1)
        self.retranslate_ui()
        self.hide()

    def retranslate_ui(self) -> None:
        self.message.setText(self.tr("Can't reach the database — retrying"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)
