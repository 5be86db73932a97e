"""Keeping a full-screen kiosk full screen, and the way staff get out.

In lockdown the window ignores close requests and the keys that would
leave or close it (Escape, Alt+F4, Ctrl+W, Ctrl+Q, F11...). Staff open
their menu by holding a finger on the top-left corner for a few seconds,
then typing a staff PIN on the on-screen keypad.

Run ``--windowed`` (a demo, a try-out) the window is an ordinary one:
closing it quits, and Escape asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

_M = Qt.KeyboardModifier
_K = Qt.Key
#: Keys eaten with any modifiers.
_ALWAYS = frozenset({_K.Key_Escape, _K.Key_F11, _K.Key_Close, _K.Key_Exit, _K.Key_Back, _K.Key_Menu})
#: Keys eaten when Alt, Ctrl or Meta is down (Alt+F4, Ctrl+W, Ctrl+Q, Alt+Tab...).
_WITH_MODIFIER = frozenset({_K.Key_F4, _K.Key_W, _K.Key_Q, _K.Key_Tab, _K.Key_Backtab, _K.Key_H, _K.Key_M})
_MODIFIERS = _M.AltModifier | _M.ControlModifier | _M.MetaModifier


def is_escape_key(event: QKeyEvent) -> bool:
    if event.key() in _ALWAYS:
        return True
    return event.key() in _WITH_MODIFIER and bool(event.modifiers() & _MODIFIERS)


class Lockdown(QObject):
    """An application event filter that swallows the ways out of the kiosk.

    No signals. ``enabled`` turns it on and off; the window asks
    :meth:`allows_close` in its ``closeEvent``.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._enabled = False
        self._exit_granted = False

    @property
    def enabled(self) -> bool:
        return self._enabled

    def set_enabled(self, enabled: bool) -> None:
        if enabled == self._enabled:
            return
        self._enabled = enabled
        app = QApplication.instance()
        if app is None:
            return
        if enabled:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)

    def grant_exit(self) -> None:
        """A staff member chose "exit kiosk": the next close goes through."""
        self._exit_granted = True

    def allows_close(self) -> bool:
        return not self._enabled or self._exit_granted

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride):
            return isinstance(event, QKeyEvent) and is_escape_key(event)
        return False


class StaffCorner(QPushButton):
    """An invisible corner button: hold it for ``hold_ms`` to call staff's keypad.

    Signals:
        held(): the press lasted long enough.
    """

    held = Signal()

    def __init__(self, size: int, hold_ms: int = 3_000, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StaffCorner")
        self.setFixedWidth(size)
        self.setMinimumHeight(size)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFlat(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(hold_ms)
        self._timer.timeout.connect(self.held)
        self.pressed.connect(self._timer.start)
        self.released.connect(self._timer.stop)
        self.retranslate_ui()

    def set_hold_ms(self, hold_ms: int) -> None:
        self._timer.setInterval(hold_ms)

    def retranslate_ui(self) -> None:
        self.setAccessibleName(self.tr("Staff menu (hold for three seconds)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)


class WindowedExit(QObject):
    """Escape in a windowed kiosk: "Close the kiosk?", then quit or carry on.

    Signals:
        confirmed(): the person chose to close.
    """

    confirmed = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.dialog: QMessageBox | None = None
        self._shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._shortcut.activated.connect(self.ask)

    def ask(self) -> None:
        if self.dialog is not None:
            return
        dialog = QMessageBox(self._window)
        dialog.setIcon(QMessageBox.Icon.Question)
        dialog.setWindowTitle(self.tr("Close the kiosk"))
        dialog.setText(self.tr("Close the kiosk?"))
        dialog.setInformativeText(self.tr("Anything not sent yet is cleared. Requests already sent stay in the queue."))
        close = dialog.addButton(self.tr("Close the kiosk"), QMessageBox.ButtonRole.AcceptRole)
        keep = dialog.addButton(self.tr("Keep it open"), QMessageBox.ButtonRole.RejectRole)
        dialog.setDefaultButton(keep)
        dialog.setEscapeButton(keep)
        dialog.finished.connect(lambda _result: self._on_finished(dialog.clickedButton() is close))
        self.dialog = dialog
        dialog.open()

    def _on_finished(self, close: bool) -> None:
        self.dialog = None
        if close:
            self.confirmed.emit()
