"""Switching the interface language while the program runs.

Each language has a compiled catalogue ``kiosk_<lang>.qm`` in the
translations folder. Switching installs its ``QTranslator`` (and Qt's own
``qtbase_<lang>.qm`` for the words Qt draws itself, where Qt ships one); Qt
then sends a ``LanguageChange`` event to every widget, whose
``retranslate_ui()`` sets its strings again. English is the source language
and needs no catalogue.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

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


def load_catalogue(lang: str, directory: Path | None = None, parent: QObject | None = None) -> QTranslator | None:
    """The compiled ``kiosk_<lang>.qm`` from ``directory`` (the shipped folder), or None."""
    folder = directory or translations_dir()
    translator = QTranslator(parent)
    if translator.load(f"kiosk_{lang}", str(folder)):
        return translator
    log.warning("no translation catalogue for %r in %s", lang, folder)
    return None


def load_qt_catalogue(lang: str, parent: QObject | None = None) -> QTranslator | None:
    """Qt's own ``qtbase_<lang>.qm`` (the words of its standard dialogs and buttons), or None."""
    translator = QTranslator(parent)
    if translator.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        return translator
    log.info("Qt ships no translation of its own words for %r", lang)
    return None


class LanguageSwitcher(QObject):
    """Holds one translator per language and installs the chosen one.

    ``LanguageSwitcher.of(app)`` finds (or makes) the application's own one,
    so every part of a window switches the same catalogue.

    Signals:
        language_changed(str): the new language code, after the switch.
    """

    language_changed = Signal(str)

    def __init__(self, parent: QObject | None = None, directory: Path | None = None) -> None:
        super().__init__(parent)
        self._directory = directory or translations_dir()
        self._translators: dict[str, QTranslator | None] = {}
        self._qt_translators: dict[str, QTranslator | None] = {}
        self._installed: QTranslator | None = None
        self._qt_installed: QTranslator | None = None
        self._language = SOURCE_LANGUAGE

    @classmethod
    def of(cls, app: QObject) -> LanguageSwitcher:
        """The switcher ``app`` owns, made on first use."""
        found = app.findChild(cls, "application-languages")
        if isinstance(found, cls):
            return found
        switcher = cls(app)
        switcher.setObjectName("application-languages")
        return switcher

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
        qt_translator = None if lang == SOURCE_LANGUAGE else self._qt_translator(lang)
        for installed in (self._installed, self._qt_installed):
            if installed is not None:
                QCoreApplication.removeTranslator(installed)
        self._installed = self._qt_installed = None
        if qt_translator is not None:
            QCoreApplication.installTranslator(qt_translator)
            self._qt_installed = qt_translator
        if translator is not None:
            QCoreApplication.installTranslator(translator)
            self._installed = translator
        self._language = lang
        # Deliver the LanguageChange events now, so the strings and the
        # content switch in the same frame.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        self.language_changed.emit(lang)

    def translate_in(self, lang: str, context: str, text: str) -> str:
        """``text`` in ``lang`` whatever the interface language (the board shows several at once).

        The source language goes through the installed translators, so the
        pseudo-locale reaches it too.
        """
        if lang == SOURCE_LANGUAGE:
            return QCoreApplication.translate(context, text)
        translator = self._translator(lang)
        translated = translator.translate(context, text) if translator is not None else ""
        return translated or text

    def _translator(self, lang: str) -> QTranslator | None:
        if lang not in self._translators:
            self._translators[lang] = load_catalogue(lang, self._directory, self)
        return self._translators[lang]

    def _qt_translator(self, lang: str) -> QTranslator | None:
        if lang not in self._qt_translators:
            self._qt_translators[lang] = load_qt_catalogue(lang, self)
        return self._qt_translators[lang]
