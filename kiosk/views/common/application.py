"""The QApplication every window starts from, and the crash handler.

Known failures (database unreachable, printer out of paper) are handled where
they happen, with a calm message. Anything else is a bug: the crash handler
installed here logs it with its traceback and lets the window recover (the
visitor kiosk goes back to its start screen) instead of showing a trace.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, Qt
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def build_application(argv: Sequence[str], name: str) -> QApplication:
    """The one QApplication of the process (created if needed)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setApplicationName(name)
    QCoreApplication.setOrganizationName("dropin-kiosk")
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(list(argv))
    # Touch screens: a tap that no widget takes as touch arrives as a click.
    app.setAttribute(Qt.ApplicationAttribute.AA_SynthesizeMouseForUnhandledTouchEvents, True)
    TerminalSignals(app).install()
    from kiosk.views.common.pseudo import apply_test_locales

    apply_test_locales(app)
    return app


class TerminalSignals(QObject):
    """Ctrl+C in a terminal (SIGINT) and a service manager's SIGTERM quit the event loop at once.

    Python runs a signal handler only when Python code runs, and an idle Qt
    event loop runs none. The signal's wake-up byte lands on a socket that a
    ``QSocketNotifier`` watches, so the loop wakes, Python runs the handler,
    and the window closes the ordinary way. No polling timer is needed.
    """

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self._app = app
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_wake)
        self.received: list[int] = []

    def install(self) -> None:
        signal.set_wakeup_fd(self._write.fileno(), warn_on_full_buffer=False)
        for number in (signal.SIGINT, signal.SIGTERM):
            signal.signal(number, self._on_signal)

    def uninstall(self) -> None:
        """Give the signals back to Python's defaults and close the sockets."""
        signal.set_wakeup_fd(-1)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()

    def _on_wake(self) -> None:
        try:
            while self._read.recv(64):
                pass
        except BlockingIOError:
            pass

    def _on_signal(self, number: int, _frame: object) -> None:
        log.info("stopping on signal %s", signal.Signals(number).name)
        self.received.append(number)
        # exit(), not quit(): Qt 6's quit() first asks every window to close,
        # and a locked-down kiosk refuses, which would leave a service's stop
        # hanging until it is killed.
        self._app.exit(0)


class CrashHandler:
    """``sys.excepthook`` for bugs: log with the traceback, then recover.

    ``on_bug`` runs after the log line (for the kiosk: back to the start
    screen). A bug inside ``on_bug`` itself is logged and goes no further.
    """

    def __init__(self, on_bug: Callable[[], None] | None = None, logger: logging.Logger = log) -> None:
        self._on_bug = on_bug
        self._log = logger
        self._previous: ExceptHook | None = None
        self._handling = False
        self.bugs = 0

    def install(self) -> CrashHandler:
        if self._previous is None:
            self._previous = sys.excepthook
            sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook is self:
            sys.excepthook = self._previous
        self._previous = None

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        self.bugs += 1
        self._log.critical("a bug reached the crash handler", exc_info=(kind, error, trace))
        if self._on_bug is None or self._handling:
            return
        self._handling = True
        try:
            self._on_bug()
        except Exception:  # noqa: BLE001 - the handler must never raise
            self._log.exception("recovering from a bug failed too")
        finally:
            self._handling = False
