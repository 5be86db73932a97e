"""How the top bar fits its words in its width: which words take two lines, how big the alarms' type is.

Nothing is ever cut or shortened. Each try below is wider than the next;
the bar takes the first one that fits its width:

1. every word on one line, the alarm buttons (quick exit, overdose) at
   their full size;
2. the small buttons' words on two lines (a word under its icon);
3. the alarms' words on two lines, then three, at each size from their
   full size down to the smallest the kiosk allows.

The site's name always keeps the room it needs on two lines.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QPushButton, QStyle, QStyleOptionToolButton, QToolButton

#: The bar's push buttons as the stylesheet draws them: padding either side, border, icon gap.
ALARM_PADDING_PX = 20
ALARM_BORDER_PX = 3
ICON_GAP_PX = 4


def broken(words: str, lines: int, metrics: QFontMetrics) -> str:
    """``words`` on at most ``lines`` lines, broken at spaces so the widest line is as narrow as it can be."""
    parts = words.split()
    if lines <= 1 or len(parts) <= 1:
        return words
    lines = min(lines, len(parts))
    best, best_width = words, metrics.horizontalAdvance(words)
    for cuts in combinations(range(1, len(parts)), lines - 1):
        edges = (0, *cuts, len(parts))
        rows = [" ".join(parts[a:b]) for a, b in zip(edges, edges[1:], strict=False)]
        width = max(metrics.horizontalAdvance(row) for row in rows)
        if width < best_width:
            best, best_width = "\n".join(rows), width
    return best


def widest_line(text: str, metrics: QFontMetrics) -> int:
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


def tool_button_width(button: QToolButton, text: str) -> int:
    """The width ``button`` asks for with ``text`` under its icon (as QToolButton.sizeHint works it out)."""
    option = QStyleOptionToolButton()
    button.initStyleOption(option)
    metrics = button.fontMetrics()
    text_size = metrics.size(int(Qt.TextFlag.TextShowMnemonic), text)
    width = max(option.iconSize.width(), text_size.width() + 2 * metrics.horizontalAdvance(" "))
    height = option.iconSize.height() + 4 + text_size.height()
    hint = button.style().sizeFromContents(QStyle.ContentsType.CT_ToolButton, option, QSize(width, height), button)
    return max(hint.width(), button.minimumWidth())


def alarm_font(button: QPushButton, px: int) -> QFont:
    font = QFont(button.font())
    font.setPixelSize(px)
    font.setBold(True)
    return font


def alarm_width(button: QPushButton, text: str, px: int) -> int:
    """The width a bar alarm button needs to show ``text`` whole at ``px`` pixels."""
    return (
        widest_line(text, QFontMetrics(alarm_font(button, px)))
        + button.iconSize().width()
        + ICON_GAP_PX
        + 2 * (ALARM_PADDING_PX + ALARM_BORDER_PX)
        + 2
    )


@dataclass(frozen=True)
class BarFit:
    """The chosen try: small buttons' words on two lines or not, the alarms' type size and lines."""

    word_lines: int
    alarm_px: int
    alarm_lines: int


def tries(largest_px: int, smallest_px: int, text_step: int) -> list[BarFit]:
    """Every way to set the bar, the roomiest first.

    At the normal text size the alarms stay on one line while any size fits
    (a smaller bold word reads better than a broken one); bigger text takes
    two lines rather than shrink.
    """
    sizes = range(largest_px, smallest_px - 1, -1)
    found = [BarFit(1, largest_px, 1), BarFit(2, largest_px, 1)]
    if text_step == 0:
        alarm = [(px, lines) for lines in (1, 2, 3) for px in sizes]
    else:
        alarm = [(px, lines) for px in sizes for lines in (1, 2)] + [(px, 3) for px in sizes]
    found += [BarFit(2, px, lines) for px, lines in alarm if (px, lines) != (largest_px, 1)]
    return found


def two_line_width(words: str, metrics: QFontMetrics) -> int:
    """The narrowest width that holds ``words`` on two lines."""
    return widest_line(broken(words, 2, metrics), metrics) if words else 0
