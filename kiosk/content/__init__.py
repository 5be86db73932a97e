"""The safer-use information pack: pages, categories and local resources.

A pack is a folder a centre can copy and edit by hand: ``content/<lang>/*.md``
pages with TOML front matter, ``content/categories.toml``, plus
``resources.toml`` (local services, shown as QR codes) and ``icons/``. Hand
edits go wrong, and a kiosk must keep working when they do, so loading never
raises for bad content: a broken page is left out and a ``Problem`` tells staff
which file to fix and why. ``check_main`` prints those problems for
``kiosk-admin content check``.

The modules, from the bottom up: ``model`` (the dataclasses), ``text``
(Markdown, plain text, word normalising), ``files`` (reading text, TOML and
typed fields), ``resources`` and ``pages`` (one kind of pack file each, with
``markdown_checks`` for page bodies), ``search`` (a language's pages and their
index), ``pack`` (``ContentPack``) and ``checks`` (the admin command).

Plain Python on purpose (no Qt), so the admin tool and tests can use it.
"""

from __future__ import annotations

from kiosk.content.checks import check, check_main
from kiosk.content.model import (
    BASE_LANG,
    DEFAULT_ICON,
    ERROR,
    REVIEW_DUE,
    WARNING,
    Category,
    Page,
    Problem,
    Resource,
    Severity,
)
from kiosk.content.pack import ContentPack
from kiosk.content.text import normalise, plain_text, render_html

__all__ = [
    "BASE_LANG",
    "DEFAULT_ICON",
    "ERROR",
    "REVIEW_DUE",
    "WARNING",
    "Category",
    "ContentPack",
    "Page",
    "Problem",
    "Resource",
    "Severity",
    "check",
    "check_main",
    "normalise",
    "plain_text",
    "render_html",
]
