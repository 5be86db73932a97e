"""An information page's body as a column of labels: headings a screen reader announces as headings.

Each section heading is a heading label, each paragraph a label, and each
item of a list a label of its own beside its number or bullet, so the
words wrap under the words and a numbered step can be found on screen.
A drag scrolls the column; nothing on it can be selected.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.views.common.touch import enable_kinetic_scrolling
from kiosk.views.visitor.widgets import decorative, discard, heading, keep_units, label

if TYPE_CHECKING:
    from markdown_it.token import Token


def _blocks(body: str) -> list[tuple[str, list[Token]]]:
    """The page's top-level blocks: (opening token type, the block's tokens)."""
    from kiosk.content.text import markdown_parser

    tokens = markdown_parser().parse(body)
    blocks: list[tuple[str, list[Token]]] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        end = index
        if token.nesting == 1:
            depth = 0
            for end in range(index, len(tokens)):
                depth += tokens[end].nesting
                if depth == 0:
                    break
        blocks.append((token.type, tokens[index : end + 1]))
        index = end + 1
    return blocks


def _items(tokens: list[Token]) -> list[list[Token]]:
    """The items of a list block, each as its own tokens (without the item's open and close)."""
    items: list[list[Token]] = []
    depth = 0
    current: list[Token] = []
    for token in tokens[1:-1]:
        if token.type == "list_item_open" and depth == 0:
            current = []
        elif token.type == "list_item_close" and depth == 1:
            items.append(current)
        else:
            current.append(token)
        depth += token.nesting
    return items


@dataclass(frozen=True)
class Block:
    """One block of a page: a heading (``text``), a paragraph (``html``) or a list (``items``: mark, html)."""

    kind: str
    text: str = ""
    level: int = 2
    html: str = ""
    items: tuple[tuple[str, str], ...] = ()


@lru_cache(maxsize=512)
def page_blocks(body: str) -> tuple[Block, ...]:
    """A page's Markdown as blocks, parsed once (the pack's worker parses them all)."""
    from kiosk.content.text import markdown_parser

    parser = markdown_parser()
    out: list[Block] = []
    for kind, tokens in _blocks(body):
        if kind == "heading_open":
            title = "".join(t.content for t in tokens if t.type == "inline")
            tag = tokens[0].tag[1:]
            out.append(Block("heading", text=keep_units(title), level=int(tag) if tag.isdigit() else 2))
        elif kind in ("ordered_list_open", "bullet_list_open"):
            numbered = kind == "ordered_list_open"
            start = int(tokens[0].attrGet("start") or 1) if numbered else 1
            rendered = [parser.renderer.render(item, parser.options, {}).strip() for item in _items(tokens)]
            items = tuple(
                (f"{start + offset}." if numbered else "•", keep_units(html)) for offset, html in enumerate(rendered)
            )
            out.append(Block("steps" if numbered else "bullets", items=items))
        else:
            html = parser.renderer.render(tokens, parser.options, {}).strip()
            if html:
                out.append(Block("paragraph", html=keep_units(html)))
    return tuple(out)


class PageText(QScrollArea):
    """The body of one page. No signals."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PageText")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrows and Page Down scroll it
        host = QWidget()
        host.setProperty("role", "page")
        self.column = QVBoxLayout(host)
        self.column.setContentsMargins(20, 16, 24, 16)
        self.column.setSpacing(10)
        self.setWidget(host)
        self._host = host
        enable_kinetic_scrolling(self, mouse_drag=True)
        #: Every label of the page, in reading order.
        self.blocks: list[QLabel] = []
        #: The labels of the numbered steps, in order.
        self.steps: list[QLabel] = []

    def set_body(self, body: str) -> None:
        self._clear(self.column)
        self.blocks, self.steps = [], []
        host = self._host
        for block in page_blocks(body):
            if block.kind == "heading":
                widget = heading("heading" if block.level <= 2 else "tile-name", host, level=block.level)
                widget.setText(block.text)
                self._add(widget, top_gap=8 if self.blocks else 0)
            elif block.kind == "paragraph":
                widget = label("", host)
                widget.setTextFormat(Qt.TextFormat.RichText)
                widget.setText(block.html)
                widget.setAccessibleName(QTextDocumentFragment.fromHtml(block.html).toPlainText().strip())
                self._add(widget)
            else:
                for mark, html in block.items:
                    self._add_item(host, mark, html, block.kind == "steps")
        self.column.addStretch(1)
        self.verticalScrollBar().setValue(0)

    def toPlainText(self) -> str:  # noqa: N802 (the name QTextEdit uses)
        """The page's words, one block (heading, paragraph, numbered or bulleted item) per line."""
        return "\n".join(block.accessibleName() or block.text() for block in self.blocks)

    def _clear(self, layout: QLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            if item is None:
                continue
            inner, widget = item.layout(), item.widget()
            if inner is not None:
                self._clear(inner)
                inner.deleteLater()
            elif widget is not None:
                discard(widget)

    def _add(self, widget: QLabel, top_gap: int = 0) -> None:
        if top_gap:
            self.column.addSpacing(top_gap)
        self.column.addWidget(widget)
        self.blocks.append(widget)

    def _add_item(self, host: QWidget, mark: str, html: str, numbered: bool) -> None:
        row = QHBoxLayout()
        row.setSpacing(12)
        number = label("fact" if numbered else "", host, wrap=False)
        decorative(number)  # the item's own name starts with it
        number.setText(mark)
        number.setMinimumWidth(36)
        number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        text = label("", host)
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setText(html)
        text.setAccessibleName(f"{mark} {QTextDocumentFragment.fromHtml(html).toPlainText().strip()}")
        row.addWidget(number, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(text, 1)
        self.column.addLayout(row)
        self.blocks.append(text)
        if numbered:
            self.steps.append(text)
