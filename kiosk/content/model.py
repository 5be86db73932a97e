"""What a pack is made of once loaded: categories, resources, pages and problems."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from kiosk.phone import tel_uri

BASE_LANG = "en"
"""Every page exists in this language first; others fall back to it."""

DEFAULT_ICON = "information"
"""Shown for a category whose icon is missing, so the screen never has a hole."""

REVIEW_DUE = timedelta(days=730)
"""Drug supplies change fast: a page not reviewed for two years gets a warning."""

ERROR: Literal["error"] = "error"
WARNING: Literal["warning"] = "warning"
Severity = Literal["error", "warning"]

_LANGUAGE_NAMES = {"en": "English", "fr": "French", "es": "Spanish"}


@dataclass(frozen=True)
class Problem:
    """Something wrong in the pack, in words a staff member can act on."""

    path: Path
    message: str
    severity: Severity = ERROR

    def __str__(self) -> str:
        return f"{self.path}: {self.severity}: {self.message}"


def in_lang(texts: Mapping[str, str], lang: str) -> str:
    """Text in ``lang``, else English, else any: a screen never shows a blank."""
    return texts.get(lang) or texts.get(BASE_LANG) or next(iter(texts.values()), "")


def language_names(langs: Iterable[str]) -> str:
    """Languages as staff read them in a message: "French, Spanish"."""
    return ", ".join(_LANGUAGE_NAMES.get(lang, lang) for lang in langs)


@dataclass(frozen=True)
class Category:
    """A group of pages on the information screen, in display ``order``."""

    key: str
    icon: str
    order: int
    names: dict[str, str]

    def name(self, lang: str) -> str:
        return in_lang(self.names, lang) or self.key


@dataclass(frozen=True)
class Resource:
    """A local service a page points to; visitors scan ``qr_data`` to reach it."""

    key: str
    names: dict[str, str]
    descriptions: dict[str, str]
    url: str | None = None
    phone: str | None = None
    address: str | None = None
    hours: dict[str, str] = field(default_factory=dict)
    demo: bool = False

    def name(self, lang: str) -> str:
        return in_lang(self.names, lang) or self.key

    def description(self, lang: str) -> str:
        return in_lang(self.descriptions, lang)

    def hours_in(self, lang: str) -> str:
        return in_lang(self.hours, lang)

    @property
    def qr_data(self) -> str | None:
        """The web address, or a ``tel:`` link so a phone can dial straight away.

        The link is the one a printed slip carries for the same number.
        """
        if self.url:
            return self.url
        return tel_uri(self.phone)


@dataclass(frozen=True)
class Page:
    """One information page in one language; ``body`` is Markdown."""

    id: str
    lang: str
    title: str
    category: str
    icon: str
    summary: str
    reviewed: date
    sources: tuple[str, ...]
    related_resources: tuple[str, ...]
    keywords: tuple[str, ...]
    body: str
    path: Path
    fallback_from: str | None = None
    #: Place in its topic (lower first); pages with the same order go by title.
    order: int = 100
