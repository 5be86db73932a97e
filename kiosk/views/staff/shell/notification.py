"""The words that go with the emergency alarm: a desktop notification.

A worker in the next room hears the alarm; the notification says where to
run ("Overdose at the hallway kiosk, call 7JH. Go now.") even while the back
office is behind another window. Where the desktop has no notification area
the window asks for attention instead.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from kiosk.views.common.icons import icon
from kiosk.views.staff import style


class EmergencyNotification(QObject):
    """Shows one notification per new emergency; ``shown`` keeps their texts. No signals."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._tray: QSystemTrayIcon | None = None
        self.shown: list[str] = []

    def notify(self, text: str) -> None:
        self.shown.append(text)
        if QSystemTrayIcon.isSystemTrayAvailable():
            if self._tray is None:
                self._tray = QSystemTrayIcon(icon("emergency", style.EMERGENCY), self)
            self._tray.show()
            self._tray.showMessage(self.tr("Emergency"), text, QSystemTrayIcon.MessageIcon.Critical, 15_000)
        QApplication.alert(self._window, 0)

    def close(self) -> None:
        if self._tray is not None:
            self._tray.hide()
