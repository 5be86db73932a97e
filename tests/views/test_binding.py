"""The Qt binding keeps Python's reference counts right.

PySide6 6.12.0 dropped a reference to None or True on every void call and
signal emit from Python; a kiosk left running for hours then aborted with
"deallocating None". This guards against a binding with that fault.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget


class _Emitter(QObject):
    fired = Signal(object)


def test_void_calls_and_emits_keep_none_and_true_alive(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    emitter = _Emitter()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(2000):
        widget.setEnabled(True)
        emitter.fired.emit(1)
    assert sys.getrefcount(None) >= none_before - 50
    assert sys.getrefcount(True) >= true_before - 50
