"""Touch screens: target sizes from the screen's real density, kinetic scrolling."""

from __future__ import annotations

import math

from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QAbstractScrollArea, QScroller, QScrollerProperties

#: A fingertip needs about this much, whatever the screen.
TARGET_MM = 10.0
#: Never smaller than this, in device-independent pixels.
MIN_TARGET_PX = 64


def touch_target_px(screen: QScreen | None = None) -> int:
    """The side of the smallest touch target: 10 mm on ``screen``, at least 64 px."""
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return MIN_TARGET_PX
    dpi = screen.physicalDotsPerInch()
    ratio = screen.devicePixelRatio() or 1.0
    if not dpi or math.isnan(dpi) or dpi <= 0:
        return MIN_TARGET_PX
    pixels = TARGET_MM / 25.4 * dpi / ratio
    return max(MIN_TARGET_PX, math.ceil(pixels))


def enable_kinetic_scrolling(area: QAbstractScrollArea, mouse_drag: bool = False) -> QScroller:
    """Flick to scroll ``area`` with a finger; it glides and stops at the ends.

    ``mouse_drag``: a press-and-drag with the left button scrolls too, for
    the many single-touch panels that report themselves as a mouse (real
    touches reach it as well, through the mouse events Qt makes of them).
    """
    viewport = area.viewport()
    gesture = QScroller.ScrollerGestureType.LeftMouseButtonGesture if mouse_drag else (
        QScroller.ScrollerGestureType.TouchGesture
    )
    QScroller.grabGesture(viewport, gesture)
    scroller = QScroller.scroller(viewport)
    properties = scroller.scrollerProperties()
    overshoot = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.VerticalOvershootPolicy, overshoot)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.HorizontalOvershootPolicy, overshoot)
    properties.setScrollMetric(QScrollerProperties.ScrollMetric.DecelerationFactor, 0.35)
    if mouse_drag:
        # The press reaches the button under it at once: a tap stays a tap.
        properties.setScrollMetric(QScrollerProperties.ScrollMetric.MousePressEventDelay, 0.0)
    scroller.setScrollerProperties(properties)
    return scroller
