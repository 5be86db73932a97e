"""Keeping a full-screen kiosk full screen, and the way staff get out.

In lockdown the window ignores close requests and the keys that would
leave or close it (Escape, Alt+F4, Ctrl+W, Ctrl+Q, F11...). Staff open
their menu by holding a finger on the top-left corner for a few seconds,
then typing a staff PIN on the on-screen keypad.

Run ``--windowed`` (a demo, a try-out) the window is an ordinary one:
closing it quits, and Escape asks first.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget

log = logging.getLogger(__name__)

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


class WindowGuard(QObject):
    """Keeps a locked-down kiosk window in front when a window manager is around.

    Under a desktop session (openbox, a full desktop) a window manager can
    minimise the kiosk, hide it, or raise another window over it. While
    ``lockdown`` holds, the guard undoes each of these at once: the window
    stays on top, comes back full screen when minimised or hidden, and takes
    the focus back when another application's window takes it. If the window
    cannot be brought back (it keeps disappearing), the process exits with
    :data:`LOST_WINDOW_EXIT` so the service manager starts a fresh kiosk.

    Signals:
        restored(str): the window was brought back; the reason ("minimised",
            "hidden", "covered").
        lost(): the window could not be brought back; the process is exiting.
    """

    restored = Signal(str)
    lost = Signal()

    #: Exit status when the window is gone for good (the service restarts on failure).
    LOST_WINDOW_EXIT = 3
    #: This many restores within :attr:`BURST_MS` means the window is being taken away for good.
    BURST = 20
    BURST_MS = 2_000
    REFOCUS_MS = 150

    def __init__(self, window: QWidget, lockdown: Lockdown) -> None:
        super().__init__(window)
        self._window = window
        self._lockdown = lockdown
        self._recent: list[int] = []
        self._clock = QElapsedTimer()
        self._clock.start()
        self._refocus = QTimer(self)
        self._refocus.setSingleShot(True)
        self._refocus.setInterval(self.REFOCUS_MS)
        self._refocus.timeout.connect(self._take_focus_back)
        window.installEventFilter(self)
        if lockdown.enabled:
            window.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)

    @property
    def active(self) -> bool:
        return self._lockdown.enabled and not self._lockdown.allows_close()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if watched is not self._window or not self.active:
            return False
        kind = event.type()
        if kind == QEvent.Type.WindowStateChange and self._window.windowState() & Qt.WindowState.WindowMinimized:
            QTimer.singleShot(0, lambda: self._bring_back("minimised"))
        elif kind == QEvent.Type.Hide:
            QTimer.singleShot(0, lambda: self._bring_back("hidden"))
        elif kind == QEvent.Type.WindowDeactivate:
            self._refocus.start()
        elif kind == QEvent.Type.WindowActivate:
            self._refocus.stop()
        return False

    def _bring_back(self, reason: str) -> None:
        if not self.active:
            return
        now = self._clock.elapsed()
        self._recent = [t for t in self._recent if now - t < self.BURST_MS] + [now]
        if len(self._recent) > self.BURST:
            self._give_up()
            return
        log.info("the kiosk window was %s; bringing it back full screen", reason)
        window = self._window
        window.setWindowState(Qt.WindowState.WindowFullScreen)
        window.showFullScreen()
        window.raise_()
        window.activateWindow()
        self.restored.emit(reason)

    def _take_focus_back(self) -> None:
        if not self.active or not self._window.isVisible():
            return
        focus = QApplication.activeWindow()
        if focus is not None and (focus is self._window or self._window.isAncestorOf(focus)):
            return  # one of the kiosk's own windows has it
        log.info("another window took the focus; the kiosk takes it back")
        self._window.raise_()
        self._window.activateWindow()
        self.restored.emit("covered")

    def _give_up(self) -> None:
        log.error(
            "the kiosk window keeps being taken away; exiting so the service starts a fresh one"
        )
        self.lost.emit()
        QApplication.exit(self.LOST_WINDOW_EXIT)
