"""The QApplication for the staff back office and the board, with translations and a crash handler."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from kiosk import __version__
from kiosk.languages import LANGUAGES, SOURCE_LANGUAGE
from kiosk.paths import translations_dir
from kiosk.views.common.application import CrashHandler, build_application

log = logging.getLogger(__name__)


def make_application(name: str) -> QApplication:
    app = build_application(sys.argv[:1], name)
    app.setApplicationVersion(__version__)
    return app


def system_language() -> str:
    code = QLocale.system().name()[:2]
    return code if code in LANGUAGES else SOURCE_LANGUAGE


def install_translation(app: QApplication, lang: str) -> QTranslator | None:
    """Load ``kiosk_<lang>.qm`` when it exists; English needs none."""
    if lang == SOURCE_LANGUAGE:
        return None
    translator = QTranslator(app)
    if translator.load(f"kiosk_{lang}", str(translations_dir())):
        app.installTranslator(translator)
        return translator
    log.info("no compiled translation for %s yet; the back office shows English", lang)
    return None


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
