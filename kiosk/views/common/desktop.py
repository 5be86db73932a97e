"""The QApplication for the staff back office and the board, with translations and a crash handler."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.languages import LANGUAGES, SOURCE_LANGUAGE
from kiosk.views.common.application import CrashHandler, build_application
from kiosk.views.common.i18n import LanguageSwitcher
from kiosk.views.common.pseudo import pseudo_wanted

log = logging.getLogger(__name__)


def make_application(name: str) -> QApplication:
    app = build_application(sys.argv[:1], name)
    app.setApplicationVersion(__version__)
    return app


def system_language() -> str:
    code = QLocale.system().name()[:2]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def install_translation(app: QApplication, lang: str) -> LanguageSwitcher:
    """Show ``lang`` (``kiosk_<lang>.qm`` and Qt's ``qtbase_<lang>.qm``); English needs none.

    The application's one :class:`LanguageSwitcher` does it, so a staff
    member's own language can replace it after they sign in. Under the
    pseudo-locale the station stays in the source language it is made from.
    """
    switcher = LanguageSwitcher.of(app)
    if not pseudo_wanted():
        switcher.set_language(lang)
    return switcher


def install_crash_handler(tell: Callable[[str], None] | None = None) -> CrashHandler:
    """Bugs are logged with their traceback; staff get one calm sentence."""

    def on_bug() -> None:
        if tell is not None:
            tell(
                QApplication.translate(
                    "StaffCrash", "Something went wrong and was written to the log. You can go on working."
                )
            )

    return CrashHandler(on_bug).install()
