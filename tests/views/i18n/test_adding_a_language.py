"""Adding a language is adding files: a fourth language appears from a catalogue alone.

The test makes a made-up translation into Esperanto ("eo") the way the README
tells a centre to, in a copy of the translations folder, and starts a fresh
process on it: the language is offered, staff can choose it, and the board
shows its headings, with no line of code changed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from kiosk.paths import translations_dir
from tests.views.i18n.catalogues import update_script

script = update_script()
MARK = "EO·"


def _make_catalogue(folder: Path) -> Path:
    """kiosk_eo.ts from the French one: every message "translated" as its source with a mark."""
    tree = ET.parse(translations_dir() / "kiosk_fr.ts")
    tree.getroot().set("language", "eo")
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = MARK + source
        else:
            translation.text = MARK + source
    ts = folder / "kiosk_eo.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(tree.getroot(), "unicode"))
    return ts


PROBE = textwrap.dedent(
    """
    import json, sys
    from PySide6.QtWidgets import QApplication
    from kiosk.config import Config
    from kiosk.data.db import open_database
    from kiosk.data.demo_queue import build_demo_site
    from kiosk.data.settings import SiteSettings
    from kiosk.languages import LANGUAGES
    from kiosk.views.board.window import BoardWindow
    from kiosk.views.common.i18n import LanguageSwitcher, language_name
    from kiosk.views.common.sounds import SoundBoard
    from kiosk.views.staff.people.language import LanguageDialog

    app = QApplication([])
    folder = sys.argv[1]
    services = build_demo_site(open_database(f"sqlite:///{folder}/demo.db"))
    config = Config(data_dir=folder, database_url=services.db.url, station_name="board")
    board = BoardWindow(lambda: services, config, sounds=SoundBoard(None, silent=True))
    choices = LanguageDialog(None, "en").choices
    admin = [s for s in services.staff.list() if s.is_admin][0]
    chosen = services.staff.set_language(admin.actor, "eo").language
    switcher = LanguageSwitcher.of(app)
    switcher.set_language("eo")
    print(json.dumps({
        "languages": list(LANGUAGES),
        "site_default": list(SiteSettings().languages),
        "board_languages": board.languages(),
        "board_heading": board.preparing_others.text(),
        "staff_choices": sorted(code for code in choices if code),
        "chosen": chosen,
        "name": language_name("eo"),
        "button": app.translate("StaffPageWidget", "My language…"),
    }))
    board.shutdown(); board.link.dispose(); services.db.dispose()
    """
)


@pytest.mark.slow
def test_a_fourth_language_from_files_alone(tmp_path):
    folder = tmp_path / "translations"
    shutil.copytree(translations_dir(), folder)
    script.compile_all([_make_catalogue(folder)])
    assert (folder / "kiosk_eo.qm").exists()

    env = {**os.environ, "KIOSK_TRANSLATIONS_DIR": str(folder), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path)], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["languages"] == ["en", "fr", "es", "eo"]
    assert seen["site_default"] == ["en", "fr", "es", "eo"]  # a new site offers it
    assert seen["board_languages"] == ["en", "fr", "es", "eo"]
    assert seen["board_heading"].splitlines()[-1] == MARK + "Being prepared"
    assert seen["staff_choices"] == ["en", "eo", "es", "fr"]
    assert seen["chosen"] == "eo"
    assert seen["name"] == "Esperanto"
    assert seen["button"] == MARK + "My language…"
