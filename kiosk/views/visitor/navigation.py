"""Which screens exist, how each is built, and noticing the first paint.

Screens other than the start screen are built on first use (or in quiet
moments after the first paint), so their modules, and what they import,
cost nothing at start-up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

START: Final = "start"
INFORMATION: Final = "information"
CATALOGUE: Final = "catalogue"
REVIEW: Final = "review"
CONFIRMATION: Final = "confirmation"
EMERGENCY: Final = "emergency"
PIN: Final = "pin"
STAFF: Final = "staff"
REVERSAL: Final = "reversal"
FEEDBACK: Final = "feedback"


@dataclass(frozen=True)
class ScreenSpec:
    module: str
    cls: str
    needs_basket: bool = False


SCREENS = {
    START: ScreenSpec("kiosk.views.visitor.screens.start", "StartScreen"),
    INFORMATION: ScreenSpec("kiosk.views.visitor.screens.information", "InformationScreen"),
    CATALOGUE: ScreenSpec("kiosk.views.visitor.screens.catalogue", "CatalogueScreen", needs_basket=True),
    REVIEW: ScreenSpec("kiosk.views.visitor.screens.review", "ReviewScreen", needs_basket=True),
    CONFIRMATION: ScreenSpec("kiosk.views.visitor.screens.confirmation", "ConfirmationScreen"),
    EMERGENCY: ScreenSpec("kiosk.views.visitor.screens.emergency", "EmergencyScreen"),
    PIN: ScreenSpec("kiosk.views.visitor.screens.staff", "PinPad"),
    STAFF: ScreenSpec("kiosk.views.visitor.screens.staff", "StaffMenu"),
    REVERSAL: ScreenSpec("kiosk.views.visitor.screens.reversal", "ReversalScreen"),
    FEEDBACK: ScreenSpec("kiosk.views.visitor.screens.feedback", "FeedbackScreen"),
}

#: Built first once the pack is shown (or soon after the database answered): frequent first taps.
WARM_EARLY = (CATALOGUE, REVIEW, EMERGENCY)
#: Built next: they need the content pack (and the QR code modules).
WARM_LATE = (INFORMATION, CONFIRMATION)


def screen_class(name: str) -> Callable[..., QWidget]:
    """The class of screen ``name``; what it is built with depends on ``SCREENS[name]``."""
    spec = SCREENS[name]
    cls = getattr(importlib.import_module(spec.module), spec.cls)
    if not (isinstance(cls, type) and issubclass(cls, QWidget)):
        raise TypeError(f"{spec.module}.{spec.cls} is not a widget")
    return cls


class FirstPaint(QObject):
    """Emits ``painted`` once, just after ``widget`` is first painted.

    Signals:
        painted(): the first paint is on screen.
    """

    painted = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self._widget = widget
        self._done = False
        widget.installEventFilter(self)

    @property
    def done(self) -> bool:
        return self._done

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._done and event.type() == QEvent.Type.Paint:
            self._done = True
            self._widget.removeEventFilter(self)
            QTimer.singleShot(0, self.painted.emit)
        return False
