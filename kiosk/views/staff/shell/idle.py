"""Sign a staff member out after a quiet spell, so a walked-away PC is not left open."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_ACTIVITY = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class IdleGuard(QObject):
    """Watches the application's input while armed.

    Signals:
        idle(): nobody touched the mouse, keyboard or screen for ``timeout_ms``.
    """

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._on_timeout)
        self._armed = False

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(max(100, timeout_ms))
        if self._armed:
            self._timer.start()

    @property
    def timeout_ms(self) -> int:
        return self._timer.interval()

    def arm(self) -> None:
        if not self._armed:
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._armed = True
        self._timer.start()

    def disarm(self) -> None:
        if self._armed:
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._armed = False
        self._timer.stop()

    @property
    def armed(self) -> bool:
        return self._armed

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY:
            self._timer.start()
        return False

    def _on_timeout(self) -> None:
        if self._armed:
            self.disarm()
            self.idle.emit()
