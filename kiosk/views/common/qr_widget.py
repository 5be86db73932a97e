"""QR codes on screen, from the same matrices the printed slips use.

A visitor without a printer (or with a printer out of paper) scans the code
from the kiosk with their phone, so the on-screen code must be as easy to
read as the printed one: whole-pixel modules, a white quiet zone whatever the
theme, and as large as the space allows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

from kiosk.printing.qr import qr_matrix, qr_runs

#: Side of the code (quiet zone included) the widget asks for, in pixels.
CODE_HINT = 240
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
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._apply_accessibility()

    @property
    def data(self) -> str:
        return self._data

    def set_code(self, data: str, label: str = "", detail: str = "") -> None:
        """Show another code (for example after the visitor changes language)."""
        self._data, self._label, self._detail = data, label, detail
        self._apply_accessibility()
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        width = CODE_HINT
        return QSize(width, CODE_HINT + self._text_height(width))

    def minimumSizeHint(self) -> QSize:
        side = 2 * len(qr_matrix(self._data)) if self._data else 0
        return QSize(side, side + self._text_height(side))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            text_height = self._text_height(self.width())
            side = max(0, min(self.width(), self.height() - text_height))
            code = QRect((self.width() - side) // 2, 0, side, side)
            if self._data:
                paint_qr(painter, self._data, code)
            painter.setPen(self.palette().color(self.foregroundRole()))
            top = side + _TEXT_GAP
            for text, font in self._texts():
                painter.setFont(font)
                box = painter.boundingRect(QRect(0, top, self.width(), 10_000), _TEXT_FLAGS, text)
                painter.drawText(QRect(0, top, self.width(), box.height()), _TEXT_FLAGS, text)
                top += box.height()
        finally:
            painter.end()

    def _texts(self) -> list[tuple[str, QFont]]:
        texts: list[tuple[str, QFont]] = []
        if self._label:
            bold = QFont(self.font())
            bold.setBold(True)
            texts.append((self._label, bold))
        if self._detail:
            texts.append((self._detail, self.font()))
        return texts

    def _text_height(self, width: int) -> int:
        texts = self._texts()
        if not texts:
            return 0
        height = _TEXT_GAP
        for text, font in texts:
            box = QFontMetrics(font).boundingRect(QRect(0, 0, max(width, 1), 10_000), _TEXT_FLAGS, text)
            height += box.height()
        return height

    def _apply_accessibility(self) -> None:
        self.setAccessibleName(self._label)
        self.setAccessibleDescription(self._detail)
