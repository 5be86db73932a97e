"""What assistive technology and keyboard users meet: headings, silent pictures, focus rings.

Qt names most things itself. Two things it cannot be told through a
widget's properties are supplied here by an accessibility factory: a label
marked ``a11y="heading"`` is announced as a heading, one marked
``a11y="quiet-when-empty"`` is left out while it shows nothing, one marked
``a11y="choice"`` is a radio button that says whether it is chosen, and a widget marked
``a11y="hidden"`` (a picture that repeats the words beside it, the staff
corner) is reported invisible, so a screen reader passes it by.

:class:`InputMode` watches the input: after a key press focus rings show,
after a tap or a click they go, so a ring never looks like a choice made for
the next visitor.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface, QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAccessibleWidget, QApplication, QLabel, QWidget
from shiboken6 import Shiboken

from kiosk.views.visitor.accessibility import Appearance

_installed: list[bool] = []
#: The interfaces made here, kept alive from Python until their widget goes.
_made: dict[int, QAccessibleInterface] = {}


class _Heading(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Heading)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.accessibleName() or widget.text()
        return super().text(kind)


class _Hidden(QAccessibleWidget):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.Graphic)

    def state(self) -> QAccessible.State:
        state = super().state()
        state.invisible = True
        return state


class _Choice(QAccessibleWidget):
    """One of several exclusive options: a radio button that says whether it is chosen.

    Qt calls a checkable button that is not auto-exclusive a check box; the
    kiosk's chips manage their exclusivity themselves (so Tab reaches each one).
    """

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.RadioButton)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QAbstractButton):
            return widget.accessibleName() or widget.text()
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        widget = self.widget()
        state.checkable = True
        state.checked = isinstance(widget, QAbstractButton) and widget.isChecked()
        return state

    def actionNames(self) -> list[str]:  # noqa: N802 (Qt override)
        return [QAccessibleActionInterface.pressAction(), *super().actionNames()]

    def doAction(self, name: str) -> None:  # noqa: N802 (Qt override)
        widget = self.widget()
        if name == QAccessibleActionInterface.pressAction() and isinstance(widget, QAbstractButton):
            widget.click()
        else:
            super().doAction(name)


class _QuietWhenEmpty(QAccessibleWidget):
    """A label that is left out while it shows nothing."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget, QAccessible.Role.StaticText)

    def text(self, kind: QAccessible.Text) -> str:
        widget = self.widget()
        if kind == QAccessible.Text.Name and isinstance(widget, QLabel):
            return widget.text()
        return super().text(kind)

    def state(self) -> QAccessible.State:
        state = super().state()
        widget = self.widget()
        if isinstance(widget, QLabel) and not widget.text():
            state.invisible = True
        return state

    def childCount(self) -> int:  # noqa: N802 (Qt override)
        return 0


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    if not isinstance(obj, QWidget):
        return None
    kind = obj.property("a11y")
    made: QAccessibleInterface
    if kind == "heading":
        made = _Heading(obj)
    elif kind == "hidden":
        made = _Hidden(obj)
    elif kind == "choice":
        made = _Choice(obj)
    elif kind == "quiet-when-empty":
        made = _QuietWhenEmpty(obj)
    else:
        return None
    ident = id(obj)
    _made[ident] = made
    obj.destroyed.connect(lambda _=None, ident=ident: _made.pop(ident, None))
    return made


def install_factory() -> None:
    """Once per process, before anything asks for an accessible interface."""
    if not _installed:
        QAccessible.installFactory(_factory)
        _installed.append(True)


_KEYBOARD_KEYS = frozenset(
    {
        Qt.Key.Key_Tab,
        Qt.Key.Key_Backtab,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Space,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
    }
)
_POINTER_EVENTS = frozenset(
    {QEvent.Type.MouseButtonPress, QEvent.Type.TouchBegin, QEvent.Type.TabletPress}
)


class InputMode(QObject):
    """An application event filter: a focus ring on the focused control for keyboard users only.

    Only the control that has the focus is restyled, never the whole window,
    so switching between keys and taps costs nothing noticeable. No signals.
    """

    def __init__(self, appearance: Appearance, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._appearance = appearance
        self._ringed: QWidget | None = None
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._ring(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in _KEYBOARD_KEYS:
                self._appearance.set_keyboard(True)
                self._ring(QApplication.focusWidget())
        elif kind in _POINTER_EVENTS:
            if self._appearance.keyboard:
                self._appearance.set_keyboard(False)
                self._ring(None)
        elif kind == QEvent.Type.FocusIn and isinstance(watched, QWidget) and self._appearance.keyboard:
            self._ring(watched)
        return False

    def _ring(self, widget: QWidget | None) -> None:
        if widget is not None and not isinstance(widget, QAbstractButton):
            widget = None  # only controls draw a ring; restyling anything else costs for nothing
        if widget is self._ringed:
            return
        old, self._ringed = self._ringed, widget
        for target, value in ((old, "false"), (widget, "true")):
            if target is not None and Shiboken.isValid(target):
                target.setProperty("ring", value)
                target.style().unpolish(target)
                target.style().polish(target)
                target.update()
