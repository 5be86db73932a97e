"""Text for the built-in PDF fonts: cleaned, wrapped, and sized to fit.

Names of services in French and Spanish run long. Text wraps first, at
spaces and after the hyphen of a compound word; it shrinks only down to a
readable minimum; and a word too wide even then is broken, so no line ever
runs past the space it was given.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import stringWidth


@dataclass(frozen=True)
class Style:
    """A font at a preferred size, and the smallest size it may shrink to."""

    font: str
    size: float
    min_size: float
    leading: float = 1.22


# Latin letters whose accent Unicode does not split off.
_NO_DECOMPOSITION = {"Ł": "L", "ł": "l", "Đ": "D", "đ": "d", "Ħ": "H", "ħ": "h", "ı": "i"}


def pdf_safe(text: str) -> str:
    """``text`` limited to what the built-in PDF fonts can show.

    The built-in Helvetica covers the Latin letters of English, French and
    Spanish. Other accented letters lose their accent; symbols such as emoji
    are dropped instead of printing as black boxes.
    """
    text = unicodedata.normalize("NFC", text)
    out: list[str] = []
    for ch in text:
        if ch.isspace() and ch != "\n":
            out.append(" ")
            continue
        if _winansi(ch):
            out.append(ch)
            continue
        if unicodedata.category(ch).startswith(("S", "C", "M")):
            continue
        base = _NO_DECOMPOSITION.get(ch) or "".join(
            part for part in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(part)
        )
        out.append(base if base and all(_winansi(part) for part in base) else "?")
    return "".join(out).strip()


def _winansi(ch: str) -> bool:
    if ch == "\n":
        return True
    try:
        ch.encode("cp1252")
    except UnicodeEncodeError:
        return False
    return ch >= " "


def fit_text(
    text: str, style: Style, width: float, max_lines: int | None = None
) -> tuple[float, list[str]]:
    """Wrap ``text`` to ``width``, shrinking it no further than the style allows.

    Text is wrapped at spaces and after hyphens. The preferred size is kept
    unless a smaller one (down to ``style.min_size``) keeps the text within
    ``max_lines``, or unless a word is too wide at the preferred size. A word
    too wide even at the smallest size is broken, so nothing ever runs past
    ``width``.
    """
    sizes = [style.size]
    while sizes[-1] - 0.5 >= style.min_size:
        sizes.append(sizes[-1] - 0.5)
    first_fit: tuple[float, list[str]] | None = None
    for size in sizes:
        lines = wrap(text, style.font, size, width, break_words=False)
        if lines is None:
            continue
        if max_lines is None or len(lines) <= max_lines:
            return size, lines
        first_fit = first_fit or (size, lines)
    if first_fit:
        return first_fit
    return style.min_size, wrap(text, style.font, style.min_size, width, break_words=True) or []


def wrap(text: str, font: str, size: float, width: float, break_words: bool) -> list[str] | None:
    """Lines of ``text`` no wider than ``width``, cut at spaces and after hyphens.

    Returns ``None`` when a single word is too wide and ``break_words`` is off.
    """
    lines: list[str] = []
    space = stringWidth(" ", font, size)
    for paragraph in text.split("\n"):
        line, line_width = "", 0.0
        for part, spaced in _parts(paragraph):
            part_width = stringWidth(part, font, size)
            joined_width = line_width + (space if spaced else 0.0) + part_width
            if line and joined_width <= width:
                line, line_width = f"{line}{' ' if spaced else ''}{part}", joined_width
                continue
            if line:
                lines.append(line)
            if part_width > width:
                if not break_words:
                    return None
                *pieces, part = _break_word(part, font, size, width)
                lines.extend(pieces)
                part_width = stringWidth(part, font, size)
            line, line_width = part, part_width
        if line:
            lines.append(line)
    return lines


def _parts(paragraph: str) -> Iterable[tuple[str, bool]]:
    """Pieces a line may end after, each with whether a space comes before it."""
    for word in paragraph.split():
        for index, piece in enumerate(_AFTER_HYPHEN.split(word)):
            yield piece, index == 0


# After the hyphen of a compound word ("Saint-Joseph"), not of "10:00-20:00".
_AFTER_HYPHEN = re.compile(r"(?<=[^\W\d_]-)(?=[^\W\d_])")


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Pieces of a word too wide for a line, cut after a slash or dot where one fits."""
    pieces: list[str] = []
    while stringWidth(word, font, size) > width:
        cut = 1
        while cut < len(word) and stringWidth(word[: cut + 1], font, size) <= width:
            cut += 1
        soft = max(word.rfind(mark, 0, cut) for mark in "/.")
        if soft > 0:
            cut = soft + 1
        pieces.append(word[:cut])
        word = word[cut:]
    pieces.append(word)
    return pieces
