"""The numbered step cards of the emergency screen, sized so every step shows at once.

A panicking person does not scroll. The cards take the room the screen has
left and choose the largest type (up to the visitor's text size, more on a
big screen) at which every step fits whole; nothing scrolls, nothing is cut.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from kiosk.views.visitor.accessibility import Appearance
from kiosk.views.visitor.widgets import card, decorative, keep_units, label, set_style

COLUMNS = 2
SMALLEST_PX = 16
_H_MARGIN, _V_MARGIN, _SPACING, _GAP = 16, 12, 14, 14


def fit_font_px(widget: QWidget, text: str, width: int, largest: int, lines: int, bold: bool = True) -> int:
    """The largest type (down to SMALLEST_PX) at which ``text`` takes at most ``lines`` lines of ``width``."""
    font = QFont(widget.font())
    font.setBold(bold)
    for px in range(largest, SMALLEST_PX - 1, -1):
        font.setPixelSize(px)
        metrics = QFontMetrics(font)
        if lines == 1:
            if metrics.horizontalAdvance(text) <= width:
                return px
            continue
        box = metrics.boundingRect(QRect(0, 0, max(1, width), 1 << 20), int(Qt.TextFlag.TextWordWrap), text)
        if box.width() <= width and box.height() <= metrics.lineSpacing() * lines + 2:
            return px
    return SMALLEST_PX


def fit_label(label: QLabel, width: int, largest: int, lines: int) -> int:
    """Set ``label``'s type to the largest size (down to SMALLEST_PX) that wraps into ``lines`` lines of ``width``.

    Asks the label itself, so its padding and its own way of wrapping count.
    """
    # The same text in the same space and style fits at the same size: skip the search.
    style = label.window().styleSheet()
    key = (label.text(), width, largest, lines, hash(style))
    remembered = label.property("fit_px")
    if (
        remembered is not None
        and label.property("fit_key") == repr(key)
        and label.styleSheet() == f"font-size: {remembered}px;"
    ):
        return int(remembered)
    chosen = SMALLEST_PX
    for px in range(largest, SMALLEST_PX - 1, -1):
        label.setStyleSheet(f"font-size: {px}px;")
        spacing = label.fontMetrics().lineSpacing()
        one_line = label.heightForWidth(1 << 14)
        if label.heightForWidth(width) <= one_line + spacing * (lines - 1) + spacing // 3:
            chosen = px
            break
    set_style(label, f"font-size: {chosen}px;")
    label.setProperty("fit_key", repr(key))
    label.setProperty("fit_px", chosen)
    return chosen


class StepCards(QWidget):
    """Four numbered cards with a picture each. No signals."""

    def __init__(self, appearance: Appearance, icons: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._appearance = appearance
        self._icons = tuple(icons)
        self._largest_px = 28
        self._px = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(_GAP)
        grid.setVerticalSpacing(_GAP)
        self.cards: list[QFrame] = []
        self.numbers: list[QLabel] = []
        self.pictures: list[QLabel] = []
        self.texts: list[QLabel] = []
        for index, _icon in enumerate(self._icons):
            box = card("card", self)
            inner = QHBoxLayout(box)
            inner.setContentsMargins(_H_MARGIN, _V_MARGIN, _H_MARGIN, _V_MARGIN)
            inner.setSpacing(_SPACING)
            number = label("step-number", box, wrap=False)
            number.setAlignment(Qt.AlignmentFlag.AlignCenter)
            number.setText(str(index + 1))
            picture = label("", box, wrap=False)
            decorative(picture)
            picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
            text = label("step-text", box)
            text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            # The number above its picture, so the words get the card's width.
            side = QVBoxLayout()
            side.setContentsMargins(0, 0, 0, 0)
            side.setSpacing(_SPACING // 2)
            side.addWidget(number, 0, Qt.AlignmentFlag.AlignHCenter)
            side.addWidget(picture, 0, Qt.AlignmentFlag.AlignHCenter)
            side.addStretch(1)
            inner.addLayout(side)
            inner.addWidget(text, 1)
            box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            grid.addWidget(box, index // COLUMNS, index % COLUMNS)
            self.cards.append(box)
            self.numbers.append(number)
            self.pictures.append(picture)
            self.texts.append(text)
        for row in range(self._rows()):
            grid.setRowStretch(row, 1)
        for column in range(COLUMNS):
            grid.setColumnStretch(column, 1)

    # -- content ------------------------------------------------------------

    @property
    def text_px(self) -> int:
        """The type size the steps are drawn at now."""
        return self._px

    def set_texts(self, texts: Sequence[str]) -> None:
        for widget, text in zip(self.texts, texts, strict=True):
            widget.setText(keep_units(text))
        self.fit()

    def set_largest_px(self, px: int) -> None:
        """The visitor's chosen size for the steps; smaller only if they would not fit."""
        self._largest_px = px
        self.fit()

    # -- sizing -------------------------------------------------------------

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(640, 320)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt override)
        return QSize(0, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0:
            return
        # A big screen gets bigger type than the chosen size, up to half again.
        scale = max(1.0, min(1.5, min(width / 1180, height / 420)))
        largest = max(SMALLEST_PX, round(self._largest_px * scale))
        chosen = SMALLEST_PX
        for px in range(largest, SMALLEST_PX - 1, -1):
            if self._needed_height(px, width) <= height:
                chosen = px
                break
        if chosen != self._px:
            self._apply(chosen)

    def _rows(self) -> int:
        return (len(self._icons) + COLUMNS - 1) // COLUMNS

    def _sizes(self, px: int) -> tuple[int, int]:
        """(number badge, picture) sizes for type of ``px`` pixels."""
        return round(px * 1.9), round(px * 2.4)

    def _frame_px(self) -> int:
        return 3 if self._appearance.high_contrast else 2

    def _needed_height(self, px: int, width: int) -> int:
        badge, picture = self._sizes(px)
        card_width = (width - _GAP * (COLUMNS - 1)) // COLUMNS
        frame = self._frame_px()
        text_width = card_width - 2 * (_H_MARGIN + frame) - max(badge, picture) - _SPACING
        if text_width < 4 * px:
            return 1 << 30
        text_width = int(text_width * 0.96) - 4  # a label wraps a little earlier than the metrics say
        font = QFont(self.texts[0].font())
        font.setPixelSize(px)
        metrics = QFontMetrics(font)
        tallest = 0
        for widget in self.texts:
            box = metrics.boundingRect(QRect(0, 0, text_width, 1 << 20), int(Qt.TextFlag.TextWordWrap), widget.text())
            tallest = max(tallest, box.height() + metrics.descent())
        # The rows share the height equally, so each needs room for the tallest card.
        card_height = max(tallest, badge + _SPACING // 2 + picture) + 2 * (_V_MARGIN + frame)
        return card_height * self._rows() + _GAP * (self._rows() - 1)

    def _apply(self, px: int) -> None:
        self._px = px
        badge, picture = self._sizes(px)
        for number, image, text, name in zip(self.numbers, self.pictures, self.texts, self._icons, strict=True):
            set_style(text, f"font-size: {px}px;")
            set_style(number, f"font-size: {round(px * 1.2)}px;")
            number.setFixedSize(badge, badge)
            image.setFixedSize(picture, picture)
            self._appearance.bind_icon(image, name, picture)
