"""At its per-visit limit a supply tile says so in bigger, bold words: they fit, under the name, never over it.

The tile (and its row) grows to hold them, in every language, after a
language change too, and no tile runs into the next row.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from kiosk.languages import LANGUAGES
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor import screenshots as visitor_shots

SIZES = [(1280, 800), (1920, 1080)]


def _cut(label: QLabel) -> str:
    """What is wrong with how much room ``label`` has for its wrapped words ("" when nothing)."""
    needed = label.heightForWidth(label.width())
    if needed > label.height() + 1:
        return f"{label.text()!r} needs {needed} px, has {label.height()} px"
    return ""


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_limit_line_fits_under_the_name(qtbot, make_kiosk, size):
    window = make_kiosk()
    window.resize(*size)
    window.open_catalogue()
    catalogue = window.get_screen(nav.CATALOGUE)
    items = [key for key, tile in catalogue.tiles.items() if tile.supply.is_item]
    assert items
    wrong = []
    for lang in LANGUAGES:
        window.set_language(lang)
        for key in items:
            tile = catalogue.tiles[key]
            window.basket.clear()
            window.basket.set(key, tile.supply.per_request_limit)
            catalogue.refresh()
            visitor_shots.settle()
            assert tile.limit_reached and tile.isVisible(), key
            name, limit = tile.name, tile.limit
            where = f"{lang} {size[0]}x{size[1]} {key}"
            if name.geometry().intersects(limit.geometry()):
                wrong.append(f"{where}: the limit line {limit.geometry()} runs into the name {name.geometry()}")
            for problem in (_cut(name), _cut(limit)):
                if problem:
                    wrong.append(f"{where}: {problem}")
            if limit.geometry().bottom() > tile.contentsRect().bottom():
                wrong.append(f"{where}: the limit line runs past the tile's edge")
            for other_key, other in catalogue.tiles.items():
                if other is not tile and other.isVisible() and other.geometry().intersects(tile.geometry()):
                    wrong.append(f"{where}: the tile runs into {other_key}'s")
    window.basket.clear()
    assert not wrong, "\n".join(wrong)
