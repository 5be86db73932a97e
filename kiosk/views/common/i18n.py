"""Switching the interface language while the program runs.

Each language has a compiled catalogue ``kiosk_<lang>.qm`` in the
translations folder. Switching installs its ``QTranslator``; Qt then sends a
``LanguageChange`` event to every widget, whose ``retranslate_ui()`` sets its
strings again. English is the source language and needs no catalogue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QTranslator, Signal

from kiosk.languages import SOURCE_LANGUAGE
from kiosk.paths import translations_dir

log = logging.getLogger(__name__)

#: Marks ``message`` for lupdate under ``context`` and hands it back unchanged.
#: Qt's stub says it returns ``object``; at run time it is always the message.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)


#: Each language named in itself, as its button shows it.
LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español"}


def language_name(lang: str) -> str:
    """``lang`` in its own words ("Français"), for a language button."""
    if lang in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[lang]
    native = QLocale(lang).nativeLanguageName()
    return native[:1].upper() + native[1:] if native else lang


class LanguageSwitcher(QObject):
    """Holds one translator per language and installs the chosen one.

    Signals:
        language_changed(str): the new language code, after the switch.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, directory: Path | None = None) -> None:
        super().__init__(parent)
        self._directory = directory or translations_dir()
        self._translators: dict[str, QTranslator | None] = {}
        self._installed: QTranslator | None = None
        self._language = SOURCE_LANGUAGE

    @property
    def language(self) -> str:
        return self._language

    def has_catalogue(self, lang: str) -> bool:
        return lang == SOURCE_LANGUAGE or self._translator(lang) is not None

    def set_language(self, lang: str) -> None:
        """Show every string in ``lang`` (English where it has no catalogue)."""
        if lang == self._language:
            return
        translator = None if lang == SOURCE_LANGUAGE else self._translator(lang)
        if self._installed is not None:
            QCoreApplication.removeTranslator(self._installed)
            self._installed = None
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            self._installed = translator
        self._language = lang
        # Deliver the LanguageChange events now, so the strings and the
        # content switch in the same frame.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(lang)

    def _translator(self, lang: str) -> QTranslator | None:
        if lang not in self._translators:
            translator = QTranslator(self)
            if translator.load(f"kiosk_{lang}", str(self._directory)):
                self._translators[lang] = translator
            else:
                log.warning("no translation catalogue for %r in %s", lang, self._directory)
                self._translators[lang] = None
        return self._translators[lang]
