"""The pieces of the public board: a column of big codes that fills its space."""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BOARD_BG = "#101828"
PREPARING_INK = "#C9D2E3"
READY_INK = "#FFFFFF"
READY_ACCENT = "#2FB365"
FRESH_BG = "#FFD54A"
FRESH_INK = "#101828"
# Largest code height in pixels: beyond this, a few codes would look shouted.
MAX_CODE_PX = 240
# How much of their colour codes keep while they may be out of date.
STALE_OPACITY = 0.35


def best_grid(count: int, width: float, height: float, advance_per_px: float = 2.4) -> tuple[int, int, float]:
    """Columns, rows and the font pixel size that make ``count`` codes biggest.

    ``advance_per_px`` is how wide the widest code is per pixel of font size.
    """
    if count <= 0 or width <= 0 or height <= 0:
        return 1, 1, 0.0
    best = (1, count, 0.0)
    for columns in range(1, count + 1):
        rows = math.ceil(count / columns)
        cell_w, cell_h = width / columns, height / rows
        size = min(cell_h * 0.62, cell_w * 0.84 / advance_per_px, MAX_CODE_PX)
        if size > best[2]:
            best = (columns, rows, size)
    return best


def code_font(pixels: float) -> QFont:
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(12, int(pixels)))
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    return font


class CodeGrid(QWidget):
    """Paints codes as large as the space allows; fresh ones on a yellow tile. No signals."""

    def __init__(self, ink: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ink = QColor(ink)
        self._codes: list[str] = []
        self._fresh: set[str] = set()
        self._stale = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    def set_codes(self, codes: Sequence[str], fresh: set[str] | None = None) -> None:
        self._codes = list(codes)
        self._fresh = set(fresh or ())
        self.setAccessibleDescription(", ".join(self._codes))
        self.update()

    @property
    def codes(self) -> list[str]:
        return list(self._codes)

    @property
    def stale(self) -> bool:
        return self._stale

    def set_stale(self, stale: bool) -> None:
        """Dim the codes (the board lost the database, so they may be out of date)."""
        if stale != self._stale:
            self._stale = stale
            self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, 400)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(BOARD_BG))
        if not self._codes:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._stale:
            painter.setOpacity(STALE_OPACITY)
        width, height = float(self.width()), float(self.height())
        reference = QFontMetricsF(code_font(100))
        advance = max(reference.horizontalAdvance(code) for code in self._codes) / 100
        columns, rows, size = best_grid(len(self._codes), width, height, advance)
        font = code_font(size)
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        cell_w, cell_h = width / columns, height / rows
        for n, code in enumerate(self._codes):
            row, column = divmod(n, columns)
            cell = QRectF(column * cell_w, row * cell_h, cell_w, cell_h)
            if code in self._fresh and not self._stale:
                tile_w = min(cell_w - 12, metrics.horizontalAdvance(code) + size * 0.5)
                tile_h = min(cell_h - 12, size * 1.25)
                tile = QRectF(cell.center().x() - tile_w / 2, cell.center().y() - tile_h / 2, tile_w, tile_h)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(FRESH_BG))
                painter.drawRoundedRect(tile, size * 0.12, size * 0.12)
                painter.setPen(QPen(QColor(FRESH_INK)))
            else:
                painter.setPen(QPen(self._ink))
            painter.drawText(cell, Qt.AlignmentFlag.AlignCenter, code)
        painter.end()
