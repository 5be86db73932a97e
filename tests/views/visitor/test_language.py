"""Language buttons switch every string and the content at once; English fallback."""

from __future__ import annotations

import shutil

from kiosk.views.visitor import navigation as nav
from tests.views.visitor.helpers import tap


def test_language_button_switches_strings_and_content(qtbot, make_kiosk):
    window = make_kiosk()
    window.open_catalogue()
    window.show_screen(nav.START)
    assert [b.text() for b in window.start_screen._language_buttons.values()] == ["English", "Français", "Español"]
    tap(qtbot, window.start_screen.language_button("fr"))
    assert window.start_screen.supplies.title() == "Obtenir du matériel"
    assert window.top_bar.emergency.text() == "Quelqu'un fait une surdose"
    assert window.top_bar.quick_exit.accessibleName().startswith("Sortie rapide")
    catalogue = window.get_screen(nav.CATALOGUE)
    assert catalogue.tiles["naloxone-nasal"].name.text() == "Naloxone en vaporisateur nasal"
    assert catalogue.tiles["naloxone-nasal"].limit.text() == "Jusqu'à 2 par visite"
    tap(qtbot, window.start_screen.language_button("es"))
    assert window.start_screen.staff_help.title() == "Pedir ayuda al personal"
    assert catalogue.tiles["naloxone-nasal"].name.text() == "Naloxona en aerosol nasal"
    tap(qtbot, window.start_screen.information)
    info = window.get_screen(nav.INFORMATION)
    assert info.category_buttons["overdose"].title() == "Sobredosis y naloxona"


def test_a_page_missing_in_the_language_falls_back_to_english_with_a_note(qtbot, make_kiosk, tmp_path):
    from kiosk.content import ContentPack
    from kiosk.paths import resources_dir

    pack_dir = tmp_path / "content"
    shutil.copytree(resources_dir() / "content", pack_dir)
    (pack_dir / "fr" / "xylazine.md").unlink()
    pack = ContentPack.load(pack_dir, resources_dir() / "resources.toml", resources_dir() / "icons")
    window = make_kiosk(pack=pack)
    tap(qtbot, window.start_screen.language_button("fr"))
    tap(qtbot, window.start_screen.information)
    info = window.get_screen(nav.INFORMATION)
    info.open_page("xylazine")
    view = info.page_view
    assert view.fallback.isVisible()
    assert view.fallback.text() == "Cette page n'est pas encore traduite, elle est donc affichée en anglais."
    assert view.title.text() == pack.page("xylazine", "en").title
    info.go_back()
    info.open_page("fentanyl")
    assert not view.fallback.isVisible()
    assert view.title.text() == pack.page("fentanyl", "fr").title


def test_every_visitor_string_has_a_french_and_spanish_translation():
    import xml.etree.ElementTree as ET

    from kiosk.paths import translations_dir

    for lang in ("fr", "es"):
        folder = translations_dir()
        assert (folder / f"kiosk_{lang}.qm").is_file()
        root = ET.parse(folder / f"kiosk_{lang}.ts").getroot()
        messages = root.iter("message")
        unfinished = [m.findtext("source") for m in messages if m.find("translation").get("type") == "unfinished"]
        assert unfinished == [], f"{lang}: {unfinished}"
        assert sum(1 for _ in root.iter("message")) > 100
