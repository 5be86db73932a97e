"""Bars across the top and bottom of a staff window.

``NoticeBar``: the status line along the bottom, where calm, non-modal
notices appear (done, someone else got there first, a stock change that
can't be made) without moving anything else. ``ConnectionBanner``:
the database can't be reached and the window is retrying. The emergency
banner has its own file (``emergency_banner.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from kiosk.views.common.icons import icon, icon_pixmap
from kiosk.views.staff import style


def _icon_label(name: str, color: str, size: int = 28) -> QLabel:
    label = QLabel()
    label.setPixmap(icon_pixmap(name, size, color))
    label.setFixedSize(size, size)
    return label


NOTICE_KINDS = tuple(style.NOTICE_COLOURS)


class NoticeBar(QFrame):
    """The window's status line: a notice for a few seconds, then calm again. No signals.

    It always keeps its place and its height, shown or empty, so a notice never
    pushes a button out from under someone's finger. ``kind`` is one of
    :data:`NOTICE_KINDS` (info, success, warning, error): a colour and an icon,
    always with the words.
    """

    HEIGHT = 60

    def __init__(self, timeout_ms: int = 8_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBar")
        self.setFixedHeight(self.HEIGHT)
        self.kind = ""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 4, 12, 4)
        self._icon = QLabel()
        self._icon.setFixedSize(24, 24)
        layout.addWidget(self._icon)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.message, 1)
        self._close = QPushButton()
        self._close.setObjectName("noticeClose")
        self._close.clicked.connect(self.clear)
        policy = self._close.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self._close.setSizePolicy(policy)
        layout.addWidget(self._close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(timeout_ms)
        self._timer.timeout.connect(self.clear)
        self.retranslate_ui()
        self.clear()

    @property
    def showing(self) -> bool:
        """Whether a notice is on the line now."""
        return bool(self.kind)

    def retranslate_ui(self) -> None:
        self._close.setToolTip(self.tr("Hide this message"))
        self._close.setAccessibleName(self.tr("Hide this message"))

    def show_notice(self, text: str, kind: str = "info") -> None:
        """Show ``text`` for a while; a newer notice replaces it."""
        if kind not in style.NOTICE_COLOURS:
            raise ValueError(f"unknown notice kind {kind!r}")
        background, ink, icon_name = style.NOTICE_COLOURS[kind]
        self.kind = kind
        self._paint(background, ink)
        self._icon.setPixmap(icon_pixmap(icon_name, 24, ink))
        self._close.setIcon(icon("close", ink))
        self._close.show()
        self.message.setText(text)
        self.message.setToolTip(text)
        self.setAccessibleDescription(text)
        self._timer.start()

    def show_message(self, text: str) -> None:
        """A plain notice (the station link's and the crash handler's)."""
        self.show_notice(text, "warning")

    def clear(self) -> None:
        self._timer.stop()
        self.kind = ""
        self._paint("#FAFBFD", style.INK)
        self._icon.clear()
        self._close.hide()
        self.message.setText("")
        self.message.setToolTip("")

    def _paint(self, background: str, ink: str) -> None:
        self.setStyleSheet(
            f"QFrame#noticeBar {{ background: {background}; border-top: 1px solid #D5D9E1; }}"
            f"QFrame#noticeBar QLabel {{ color: {ink}; font-size: 16px; }}"
            "QPushButton#noticeClose { min-width: 40px; }"
        )

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
