"""Icons from ``resources/icons``, recoloured for the theme in use."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from kiosk.paths import resources_dir

ICON_INK = "#1F2A44"  # the one colour every shipped icon is drawn in


@lru_cache(maxsize=256)
def _svg(name: str) -> str | None:
    path = resources_dir() / "icons" / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def icon_pixmap(name: str, size: int, color: str = ICON_INK, device_pixel_ratio: float = 1.0) -> QPixmap:
    """The icon ``name`` drawn at ``size`` pixels in ``color`` (empty if missing)."""
    pixels = max(1, round(size * device_pixel_ratio))
    pixmap = QPixmap(pixels, pixels)
    pixmap.fill(Qt.GlobalColor.transparent)
    svg = _svg(name)
    if svg is not None:
        renderer = QSvgRenderer(QByteArray(svg.replace(ICON_INK, color).encode("utf-8")))
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    return pixmap


def icon(name: str, color: str = ICON_INK, size: int = 96) -> QIcon:
    result = QIcon()
    result.addPixmap(icon_pixmap(name, size, color))
    return result


def icon_size(size: int) -> QSize:
    return QSize(size, size)
