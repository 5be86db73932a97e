"""Mistakes in a page body that would look broken or odd on the kiosk."""

from __future__ import annotations

from markdown_it.token import Token

from kiosk.content.model import ERROR, WARNING, Severity
from kiosk.content.text import markdown_parser


def _fence_closed(token: Token, lines: list[str]) -> bool:
    """Whether a fence ends with its own marker rather than at the end of the page."""
    if token.map is None:
        return True
    start, end = token.map
    last = lines[end - 1].lstrip(" >") if end - 1 > start else ""
    marker = token.markup
    return last.rstrip().startswith(marker) and set(last.rstrip()) == {marker[0]}


def markdown_problems(body: str, first_line: int) -> list[tuple[Severity, str]]:
    """What is wrong in ``body``; line numbers count from ``first_line`` of the file."""
    if not body.strip():
        return [(ERROR, "the page has no text after the front matter")]
    try:
        tokens = markdown_parser(html=True).parse(body)
    except Exception as exc:  # noqa: BLE001 - markdown-it rarely fails, but a page must never crash the kiosk
        return [(ERROR, f"the Markdown cannot be read: {exc}")]
    lines = body.split("\n")
    found: list[tuple[Severity, str]] = []
    for token in tokens:
        where = f"line {token.map[0] + first_line}: " if token.map else ""
        if token.type == "heading_open" and token.tag == "h1":
            found.append((ERROR, f"{where}a top-level '#' heading; use '##' "
                                 "(the title comes from the front matter)"))
        elif token.type == "fence" and not _fence_closed(token, lines):
            found.append((ERROR, f"{where}a code fence '{token.markup}' is never closed"))
        elif token.type in ("fence", "code_block"):
            found.append((WARNING, f"{where}text shows as code; check the indentation"))
        elif token.type == "html_block":
            found.append((ERROR, f"{where}raw HTML is not allowed in pages"))
        for child in token.children or ():
            if child.type == "html_inline":
                found.append((ERROR, f"{where}raw HTML is not allowed in pages"))
            elif child.type == "image":
                found.append((ERROR, f"{where}images are not supported in pages"))
            elif child.type == "link_open":
                found.append((WARNING, f"{where}links cannot be opened on the kiosk; "
                                       "add the service to related_resources for a QR code"))
    if not any(t.type == "heading_open" and t.tag == "h2" for t in tokens):
        found.append((WARNING, "the page has no '##' section headings"))
    return found
