"""Noticing that the visitor has walked away.

Any touch, click, key or wheel anywhere in the application counts as
activity and starts the quiet time again. While a finger (or a mouse
button) is down nothing can time out. When the quiet time passes the
monitor says so; the window shows a warning and calls :meth:`begin_warning`,
which counts down to ``timed_out``.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

_T = QEvent.Type
TOUCH_DOWN = frozenset({_T.TouchBegin})
TOUCH_UP = frozenset({_T.TouchEnd, _T.TouchCancel})
PRESS = frozenset({_T.MouseButtonPress, _T.MouseButtonDblClick})
RELEASE = frozenset({_T.MouseButtonRelease})
ACTIVITY = frozenset(
    {_T.TouchUpdate, _T.MouseMove, _T.KeyPress, _T.KeyRelease, _T.Wheel, _T.TabletPress, _T.TabletMove}
) | TOUCH_DOWN | TOUCH_UP | PRESS | RELEASE


class IdleMonitor(QObject):
    """Quiet time, then a warning countdown, then time out.

    Signals:
        went_idle(): the quiet time passed with no activity.
        countdown(int): seconds left while the warning shows.
        warning_cancelled(): the visitor did something during the warning.
        timed_out(): the warning ran out.
    """

    went_idle = Signal()
    countdown = Signal(int)
    warning_cancelled = Signal()
    timed_out = Signal()

    def __init__(self, parent: QObject | None = None, quiet_ms: int = 60_000, warning_ms: int = 15_000) -> None:
        super().__init__(parent)
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.timeout.connect(self._on_quiet)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._on_tick)
        self._clock = QElapsedTimer()
        self._last_input = QElapsedTimer()
        self._warning_ms = warning_ms
        self._quiet.setInterval(quiet_ms)
        self._held = 0
        self._warning = False
        self._running = False

    # -- settings ------------------------------------------------------------

    @property
    def quiet_ms(self) -> int:
        return self._quiet.interval()

    @property
    def warning_ms(self) -> int:
        return self._warning_ms

    def set_times(self, quiet_ms: int, warning_ms: int) -> None:
        """New times; the quiet time starts again only if they changed."""
        quiet_ms, warning_ms = max(1, quiet_ms), max(1, warning_ms)
        if (quiet_ms, warning_ms) == (self._quiet.interval(), self._warning_ms):
            return
        self._quiet.setInterval(quiet_ms)
        self._warning_ms = warning_ms
        if self._running and not self._warning:
            self.restart()

    # -- state ---------------------------------------------------------------

    @property
    def warning(self) -> bool:
        return self._warning

    @property
    def finger_down(self) -> bool:
        return self._held > 0

    def start(self) -> None:
        if not self._running:
            self._running = True
            app = QApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._last_input.start()
        self.restart()

    def stop(self) -> None:
        app = QApplication.instance()
        if self._running and app is not None:
            app.removeEventFilter(self)
        self._running = False
        self._warning = False
        self._held = 0
        self._quiet.stop()
        self._tick.stop()

    def restart(self) -> None:
        """Activity: the quiet time starts again (or waits while a finger is down)."""
        self._tick.stop()
        if self._warning:
            self._warning = False
            self.warning_cancelled.emit()
        if self._running and self._held == 0:
            self._quiet.start()
        else:
            self._quiet.stop()

    def begin_warning(self) -> None:
        """Count down ``warning_ms``, then ``timed_out`` unless there is activity."""
        if not self._running:
            return
        self._warning = True
        self._clock.start()
        self._tick.setInterval(min(1000, max(10, self._warning_ms // 4)))
        self._tick.start()
        self.countdown.emit(self.seconds_left())

    def quiet_for_ms(self) -> int:
        """How long since the last touch, click or key (0 while a finger is down or when not running)."""
        if not self._running or self._held or not self._last_input.isValid():
            return 0
        return self._last_input.elapsed()

    def seconds_left(self) -> int:
        if not self._warning:
            return math.ceil(self._warning_ms / 1000)
        return max(0, math.ceil((self._warning_ms - self._clock.elapsed()) / 1000))

    # -- events ----------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in ACTIVITY:
            return False
        if kind in TOUCH_DOWN or kind in PRESS:
            # A touch reaches the window, then again as a synthesised press:
            # count holds per kind of input, not per event.
            self._held = 1
        elif kind in TOUCH_UP or kind in RELEASE:
            self._held = 0
        self._last_input.start()
        self.restart()
        return False

    def _on_quiet(self) -> None:
        if self._held == 0:
            self.went_idle.emit()

    def _on_tick(self) -> None:
        if self._held:
            return
        left = self._warning_ms - self._clock.elapsed()
        if left <= 0:
            self._tick.stop()
            self._warning = False
            self.timed_out.emit()
        else:
            self.countdown.emit(math.ceil(left / 1000))
