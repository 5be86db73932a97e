"""A pseudo-locale made from the English strings, to catch hard-coded and clipped text.

With it installed every translated string reads like ``[Ŝåvé ~~~]``:
accented (the fonts and the encoding hold), about 40 % longer (room for
French, Spanish or German) and bracketed (a cut-off string has lost its
closing bracket). Text on screen that doesn't look like this never went
through translation. ``kiosk --pseudo-locale`` (and ``kiosk-staff``,
``kiosk-display``) runs with it; ``--right-to-left`` mirrors the layout too.
"""

from __future__ import annotations

import os
import re

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QApplication

PSEUDO_ENV = "KIOSK_PSEUDO_LOCALE"
RTL_ENV = "KIOSK_RIGHT_TO_LEFT"
OPEN, CLOSE = "[", "]"

_ACCENTS = str.maketrans(
    "aceinouyACEINOUYsSzZgGlLrRtT",
    "åçéîñöüýÅÇÉÎÑÖÜÝšŠžŽĝĜļĻŕŔţŢ",
)
# Left as they are: {named} and %1 / %n / %L1 placeholders, tags, entities, mnemonics.
_KEEP = re.compile(r"\{\w*\}|%L?\d|%n|<[^>]*>|&[a-zA-Z]+;|&#?\w+;|&&|&(?=\w)")


def pseudo(text: str) -> str:
    """``text`` as the pseudo-locale shows it."""
    if not text.strip():
        return text
    out: list[str] = []
    visible = 0
    at = 0
    for match in _KEEP.finditer(text):
        plain = text[at : match.start()]
        out.append(plain.translate(_ACCENTS))
        visible += len(plain)
        out.append(match.group())
        at = match.end()
    tail = text[at:]
    out.append(tail.translate(_ACCENTS))
    visible += len(tail)
    return f"{OPEN}{''.join(out)} {_padding(max(2, round(visible * 0.4)))}{CLOSE}"


#: The longest run of padding: a long word, as a translation's longer text is made of words.
PADDING_WORD = 10


def _padding(length: int) -> str:
    """About ``length`` characters of padding in word-length runs, so longer text wraps as real text does."""
    runs: list[str] = []
    while length > 0:
        run = min(length, PADDING_WORD)
        runs.append("~" * run)
        length -= run + 1
    return " ".join(runs)


def is_pseudo(text: str) -> bool:
    return OPEN in text and CLOSE in text


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo form of the English source."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return pseudo(source)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's virtual method
        return False


def pseudo_wanted() -> bool:
    return os.environ.get(PSEUDO_ENV, "") not in ("", "0")


def right_to_left_wanted() -> bool:
    return os.environ.get(RTL_ENV, "") not in ("", "0")


def apply_test_locales(app: QApplication) -> None:
    """Install the pseudo-locale and right-to-left layout when their variables ask for them."""
    if pseudo_wanted() and app.findChild(PseudoTranslator) is None:
        QCoreApplication.installTranslator(PseudoTranslator(app))
    if right_to_left_wanted():
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
