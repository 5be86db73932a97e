"""Page text: the Markdown dialect, HTML for the screen, plain words for search."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

_NON_WORD = re.compile(r"[\W_]+")


def normalise(text: str) -> str:
    """Lower-case words without accents, so "Naloxóne" finds "naloxone"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    bare = bare.replace("œ", "oe").replace("æ", "ae")
    return " ".join(_NON_WORD.sub(" ", bare).split())


@lru_cache(maxsize=2)
def markdown_parser(html: bool = False) -> MarkdownIt:
    """The one Markdown dialect pages use: CommonMark plus tables.

    Built once per setting (parsing leaves the parser as it was), and only
    when a page is parsed: a pack read from the cache never imports it.
    """
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": html}).enable("table")


def render_html(markdown: str) -> str:
    """A page body as HTML; raw HTML in the source is shown as text, never run."""
    html: str = markdown_parser().render(markdown)
    return html


def plain_text(markdown: str) -> str:
    """A page body as plain text, one block (heading, item, paragraph) per line."""
    lines: list[str] = []
    for token in markdown_parser().parse(markdown):
        if token.type == "inline":
            parts = [" " if c.type in ("softbreak", "hardbreak") else c.content
                     for c in token.children or ()]
            lines.append("".join(parts).strip())
        elif token.type in ("fence", "code_block"):
            lines.append(token.content.strip())
    return "\n".join(line for line in lines if line)
