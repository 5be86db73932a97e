"""QR codes on screen, from the same matrices the printed slips use.

A visitor without a printer (or with a printer out of paper) scans the code
from the kiosk with their phone, so the on-screen code must be as easy to
read as the printed one: whole-pixel modules, a white quiet zone whatever the
theme, and as large as the space allows.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPixmap, QScreen
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.printing.qr import qr_matrix, qr_runs

#: Side of the code (quiet zone included) the widget asks for, in pixels.
CODE_HINT = 240
#: A phone reads a code from arm's length when it is at least this wide...
READABLE_MM = 35.0
#: ...and never smaller than this many pixels, whatever the screen says.
READABLE_MIN_PX = 160


def readable_side_px(screen: QScreen | None, room_px: int = 0) -> int:
    """The side for the codes on ``screen``: a fifth of ``room_px`` (the window's height), where that is
    more than the smallest a phone reads, 35 mm at the screen's real density and never under 160 px."""
    if room_px // 5 > READABLE_MIN_PX:
        return max(room_px // 5, readable_side_px(screen))
    if screen is None:
        return READABLE_MIN_PX
    dpi = screen.physicalDotsPerInch()
    ratio = screen.devicePixelRatio() or 1.0
    if not dpi or math.isnan(dpi) or dpi <= 0:
        return READABLE_MIN_PX
    return max(READABLE_MIN_PX, math.ceil(READABLE_MM / 25.4 * dpi / ratio))
_TEXT_GAP = 8
_TEXT_FLAGS = Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap


def paint_qr(painter: QPainter, data: str, area: QRect) -> QRect:
    """Paint the code for ``data`` centred in ``area``; return where it went.

    The whole of ``area`` is painted white (the quiet zone is part of the
    matrix). Modules are whole pixels so every edge is sharp.
    """
    painter.fillRect(area, QColor(Qt.GlobalColor.white))
    modules = len(qr_matrix(data))
    module = max(1, min(area.width(), area.height()) // modules)
    side = module * modules
    left = area.x() + (area.width() - side) // 2
    top = area.y() + (area.height() - side) // 2
    black = QColor(Qt.GlobalColor.black)
    for column, row, width, height in qr_runs(data):
        painter.fillRect(
            QRect(left + column * module, top + row * module, width * module, height * module), black
        )
    return QRect(left, top, side, side)


def _fit_words(font: QFont, text: str, width: int, smallest_px: int = 14) -> None:
    """Shrink ``font`` until the longest word of ``text`` fits ``width`` (words wrap, they never break)."""
    words = text.split() or [text]
    px = font.pixelSize() if font.pixelSize() > 0 else round(font.pointSizeF() * 96 / 72)
    while px > smallest_px and max(QFontMetrics(font).horizontalAdvance(w) for w in words) > width:
        px -= 1
        font.setPixelSize(px)


def qr_pixmap(data: str, size: int) -> QPixmap:
    """A ``size`` x ``size`` picture of the code for ``data``, on white."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(Qt.GlobalColor.white))
    painter = QPainter(pixmap)
    try:
        paint_qr(painter, data, QRect(0, 0, size, size))
    finally:
        painter.end()
    return pixmap


class QrCodeWidget(QWidget):
    """A QR code with a short label and a detail line (phone or address) under it.

    The code grows and shrinks with the widget. Its accessible name is the
    label, so a screen reader announces what the code is for. No signals.
    """

    def __init__(self, data: str, label: str = "", detail: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._data = data
        self._label = label
        self._detail = detail
        self._side = 0
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._apply_accessibility()

    @property
    def data(self) -> str:
        return self._data

    def set_code(self, data: str, label: str = "", detail: str = "") -> None:
        """Show another code (for example after the visitor changes language)."""
        self._data, self._label, self._detail = data, label, detail
        self._apply_accessibility()
        self._refit()
        self.updateGeometry()
        self.update()

    @property
    def code_side(self) -> int:
        """The side the code is drawn at now, in pixels."""
        if self._side:
            return self._side
        return max(0, min(self.width(), self.height() - self._text_height(self.width())))

    def fix_code_side(self, side: int, width: int = 0) -> None:
        """Draw the code exactly ``side`` pixels wide, its words wrapping in ``width`` (at least ``side``)."""
        self._side = side
        width = max(side, width)
        self.setFixedSize(width, side + self._text_height(width))
        self.update()

    def _refit(self) -> None:
        if self._side:
            self.fix_code_side(self._side, self.width())

    def sizeHint(self) -> QSize:
        if self._side:
            return QSize(max(self._side, self.width()), self._side + self._text_height(self.width()))
        width = CODE_HINT
        return QSize(width, CODE_HINT + self._text_height(width))

    def minimumSizeHint(self) -> QSize:
        side = 2 * len(qr_matrix(self._data)) if self._data else 0
        return QSize(side, side + self._text_height(side))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._refit()
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            side = self.code_side
            code = QRect((self.width() - side) // 2, 0, side, side)
            if self._data:
                paint_qr(painter, self._data, code)
            painter.setPen(self.palette().color(self.foregroundRole()))
            top = side + _TEXT_GAP
            for text, font in self._texts(self.width()):
                painter.setFont(font)
                box = painter.boundingRect(QRect(0, top, self.width(), 10_000), _TEXT_FLAGS, text)
                painter.drawText(QRect(0, top, self.width(), box.height()), _TEXT_FLAGS, text)
                top += box.height()
        finally:
            painter.end()

    def _texts(self, width: int = 0) -> list[tuple[str, QFont]]:
        texts: list[tuple[str, QFont]] = []
        if self._label:
            bold = QFont(self.font())
            bold.setBold(True)
            texts.append((self._label, bold))
        if self._detail:
            texts.append((self._detail, QFont(self.font())))
        if self._side and width > 0:
            for text, font in texts:
                _fit_words(font, text, width)
        return texts

    def _text_height(self, width: int) -> int:
        if not self._label and not self._detail:
            return 0
        height = _TEXT_GAP
        for text, font in self._texts(width):
            box = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 1), 10_000), _TEXT_FLAGS, text)
            height += box.height()
        return height

    def _apply_accessibility(self) -> None:
        self.setAccessibleName(self._label)
        self.setAccessibleDescription(self._detail)
