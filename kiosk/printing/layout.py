"""Page geometry: papers, text lines, QR boxes, and blocks stacked into pages.

Layout happens before any drawing, in points measured from the top-left
corner of the page. Every item knows its bounds, so a test can check that
nothing leaves the printable area without reading the PDF back.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

from reportlab.pdfbase.pdfmetrics import getAscentDescent, stringWidth

from kiosk.printing.qr import qr_matrix
from kiosk.printing.text import Style, fit_text, pdf_safe

MM = 72 / 25.4
Align = Literal["left", "center"]


@dataclass(frozen=True)
class Paper:
    """A sheet or a roll. A roll has no fixed height: the page grows to fit."""

    name: str
    width: float
    height: float | None
    margin: float
    #: Size of one printer dot in points, where the printer is known to be a
    #: thermal one; QR modules are snapped to whole dots so they print evenly.
    dot: float | None = None

    @property
    def content_width(self) -> float:
        return self.width - 2 * self.margin


PAPERS: dict[str, Paper] = {
    # 80 mm roll; thermal heads print 72 mm of it at 203 dpi.
    "receipt": Paper("receipt", 80 * MM, None, 4 * MM, dot=72 / 203),
    "letter": Paper("letter", 8.5 * 72, 11 * 72, 15 * MM),
    "a4": Paper("a4", 210 * MM, 297 * MM, 15 * MM),
}


def paper_for(name: str) -> Paper:
    """The paper called ``name`` (receipt, letter or a4)."""
    try:
        return PAPERS[name.lower()]
    except KeyError:
        raise ValueError(f"Unknown paper {name!r}; use one of {', '.join(PAPERS)}.") from None


@dataclass(frozen=True)
class TextLine:
    """One line of text; ``top`` is the top of its ascent."""

    x: float
    top: float
    text: str
    font: str
    size: float
    width: float

    @property
    def ascent(self) -> float:
        return getAscentDescent(self.font, self.size)[0]

    def bounds(self) -> tuple[float, float, float, float]:
        descent = getAscentDescent(self.font, self.size)[1]
        return (self.x, self.top, self.x + self.width, self.top + self.ascent - descent)

    def moved(self, dx: float, dy: float) -> TextLine:
        return TextLine(self.x + dx, self.top + dy, self.text, self.font, self.size, self.width)


@dataclass(frozen=True)
class QrBox:
    """A QR code, quiet zone included, ``module`` points per module."""

    x: float
    top: float
    module: float
    data: str

    @property
    def size(self) -> float:
        return len(qr_matrix(self.data)) * self.module

    def bounds(self) -> tuple[float, float, float, float]:
        return (self.x, self.top, self.x + self.size, self.top + self.size)

    def moved(self, dx: float, dy: float) -> QrBox:
        return QrBox(self.x + dx, self.top + dy, self.module, self.data)


@dataclass(frozen=True)
class Rule:
    """A thin horizontal line."""

    x: float
    top: float
    width: float
    thickness: float = 0.6

    def bounds(self) -> tuple[float, float, float, float]:
        return (self.x, self.top, self.x + self.width, self.top + self.thickness)

    def moved(self, dx: float, dy: float) -> Rule:
        return Rule(self.x + dx, self.top + dy, self.width, self.thickness)


Item = TextLine | QrBox | Rule


@dataclass
class Block:
    """Items placed relative to the block's top-left corner."""

    height: float
    items: list[Item] = field(default_factory=list)

    def moved(self, dx: float, dy: float) -> list[Item]:
        return [item.moved(dx, dy) for item in self.items]


@dataclass
class Page:
    width: float
    height: float
    items: list[Item] = field(default_factory=list)


def text_block(
    text: str, style: Style, width: float, align: Align = "left", max_lines: int | None = None
) -> Block:
    """``text`` fitted to ``width`` as a block of lines."""
    size, lines = fit_text(pdf_safe(text), style, width, max_lines)
    step = size * style.leading
    ascent, descent = getAscentDescent(style.font, size)
    items: list[Item] = []
    for index, line in enumerate(lines):
        line_width = stringWidth(line, style.font, size)
        x = (width - line_width) / 2 if align == "center" else 0.0
        items.append(TextLine(x, index * step, line, style.font, size, line_width))
    height = (len(lines) - 1) * step + ascent - descent if lines else 0.0
    return Block(height, items)


def qr_block(data: str, target: float, width: float, dot: float | None = None) -> Block:
    """A QR code about ``target`` points wide, centred in ``width``.

    The module size is snapped to whole printer dots when ``dot`` is known,
    and the code never grows wider than ``width``.
    """
    modules = len(qr_matrix(data))
    module = min(target, width) / modules
    x = (width - module * modules) / 2
    if dot:
        module = max(dot, (module // dot) * dot)
        x = ((width - module * modules) / 2 // dot) * dot
    return Block(module * modules, [QrBox(x, 0.0, module, data)])


def stack(blocks: Iterable[Block], gap: float = 0.0) -> Block:
    """Blocks one under the other, ``gap`` points apart."""
    items: list[Item] = []
    top = 0.0
    for block in blocks:
        if not block.items:
            continue
        if items:
            top += gap
        items.extend(block.moved(0.0, top))
        top += block.height
    return Block(top, items)


def beside(cells: Iterable[tuple[float, Block]]) -> Block:
    """Blocks side by side, each at its own left offset, tops aligned."""
    items: list[Item] = []
    height = 0.0
    for left, block in cells:
        items.extend(block.moved(left, 0.0))
        height = max(height, block.height)
    return Block(height, items)


class Flow:
    """Stacks blocks down the page, starting a new page when one is full.

    On a roll the single page simply grows.
    """

    def __init__(self, paper: Paper) -> None:
        self.paper = paper
        self.pages: list[Page] = []
        self._items: list[Item] = []
        self._top = paper.margin

    def add(self, block: Block, space_before: float = 0.0) -> None:
        if not block.items:
            return
        top = self._top + (space_before if self._items else 0.0)
        limit = (self.paper.height or float("inf")) - self.paper.margin
        if self._items and top + block.height > limit:
            self._finish_page()
            top = self._top
        self._items.extend(block.moved(self.paper.margin, top))
        self._top = top + block.height

    def finish(self) -> list[Page]:
        self._finish_page()
        return self.pages

    def _finish_page(self) -> None:
        if not self._items and self.pages:
            return
        height = self.paper.height or self._top + self.paper.margin
        self.pages.append(Page(self.paper.width, height, self._items))
        self._items = []
        self._top = self.paper.margin

