"""Text size, high contrast and touch-target size for the whole kiosk.

``Appearance`` holds the visitor's choices (reset with everything else when
they leave), builds the stylesheet and recolours icons when the theme
changes. Screens bind their icons once with :meth:`Appearance.bind_icon`.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from shiboken6 import Shiboken

from kiosk.views.common.icons import icon_pixmap
from kiosk.views.common.touch import touch_target_px
from kiosk.views.visitor import theme

TEXT_STEPS = len(theme.TEXT_STEPS)


class Appearance(QObject):
    """The visitor's text size and contrast.

    Signals:
        changed(): the text size or the contrast changed; the stylesheet is applied.
    """

    changed = Signal()

    def __init__(self, root: QWidget, touch_px: int | None = None) -> None:
        super().__init__(root)
        self._root = root
        self._text_step = 0
        self._high_contrast = False
        self._keyboard = False
        self.touch_px = touch_px or touch_target_px(root.screen() if root.screen() else None)
        self._icons: list[tuple[QWidget, str, int, str]] = []

    # -- state ---------------------------------------------------------------

    @property
    def text_step(self) -> int:
        return self._text_step

    @property
    def high_contrast(self) -> bool:
        return self._high_contrast

    @property
    def palette(self) -> theme.Palette:
        return theme.palette_for(self._high_contrast)

    @property
    def keyboard(self) -> bool:
        """The last input came from a keyboard: focus rings show."""
        return self._keyboard

    def set_keyboard(self, keyboard: bool) -> None:
        """Rings for keyboard users, none after a tap (see a11y.InputMode)."""
        self._keyboard = keyboard

    @property
    def is_default(self) -> bool:
        return self._text_step == 0 and not self._high_contrast

    def next_text_size(self) -> None:
        """Bigger, biggest, then back to normal: one button for three steps."""
        self.set(text_step=(self._text_step + 1) % TEXT_STEPS)

    def toggle_contrast(self) -> None:
        self.set(high_contrast=not self._high_contrast)

    def reset(self) -> None:
        self.set(text_step=0, high_contrast=False)

    def set(self, text_step: int | None = None, high_contrast: bool | None = None, force: bool = False) -> None:
        step = self._text_step if text_step is None else max(0, min(TEXT_STEPS - 1, text_step))
        contrast = self._high_contrast if high_contrast is None else high_contrast
        if not force and (step, contrast) == (self._text_step, self._high_contrast):
            return
        self._text_step, self._high_contrast = step, contrast
        self.apply()
        self.changed.emit()

    def apply(self) -> None:
        self._root.setStyleSheet(theme.stylesheet(self.palette, self._text_step, self.touch_px))
        self._recolour()

    # -- sizes ---------------------------------------------------------------

    def text_px(self) -> int:
        return theme.TEXT_STEPS[self._text_step]

    def icon_px(self, scale: float = 1.0) -> int:
        return round(self.touch_px * 0.6 * scale)

    # -- icons ---------------------------------------------------------------

    def bind_icon(self, widget: QWidget, name: str, size: int, tone: str = "ink") -> None:
        """Draw icon ``name`` on ``widget`` (a button or a label) now and after each theme change."""
        # Forget widgets deleted since (review lines are rebuilt for every
        # visit): a kiosk binds icons all day and the theme rarely changes.
        self._icons = [entry for entry in self._icons if entry[0] is not widget and Shiboken.isValid(entry[0])]
        self._icons.append((widget, name, size, tone))
        self._paint_icon(widget, name, size, tone)

    def _recolour(self) -> None:
        alive = [entry for entry in self._icons if Shiboken.isValid(entry[0])]
        self._icons = alive
        for widget, name, size, tone in alive:
            self._paint_icon(widget, name, size, tone)

    def _paint_icon(self, widget: QWidget, name: str, size: int, tone: str) -> None:
        color = theme.icon_color(self.palette, tone)
        ratio = widget.devicePixelRatioF() or 1.0
        pixmap = icon_pixmap(name, size, color, ratio)
        if isinstance(widget, QAbstractButton):
            icon = QIcon()
            icon.addPixmap(pixmap, QIcon.Mode.Normal)
            icon.addPixmap(pixmap, QIcon.Mode.Disabled)
            widget.setIcon(icon)
            widget.setIconSize(QSize(size, size))
        elif isinstance(widget, QLabel):
            widget.setPixmap(pixmap)
