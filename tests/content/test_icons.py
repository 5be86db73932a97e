"""Icons: all present, one swappable colour, and each draws something at kiosk size."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from kiosk import paths

THEME_COLOUR = "#1F2A44"
REQUIRED = """
overdose safer-use drug-supply health support naloxone-nasal naloxone-kit test-strip syringe
cooker filter water swab tourniquet pipe pipe-bubble mouthpiece snorting-kit condom lube bandage
sharps hygiene socks talk nurse drug-checking house food legal phone id-card heart brain pill
alcohol supplies information help emergency exit language text-size contrast search print alert
back plus minus check close queue stock stations staff audit logout
""".split()
ICON_DIR = paths.resources_dir() / "icons"
ICONS = sorted(ICON_DIR.glob("*.svg"))


def test_every_icon_the_screens_and_pages_name_exists():
    assert sorted(set(REQUIRED) - {p.stem for p in ICONS}) == []


@pytest.mark.parametrize("path", ICONS, ids=lambda p: p.stem)
def test_an_icon_uses_only_the_theme_colour_on_a_48_grid(path):
    root = ET.fromstring(path.read_text(encoding="utf-8"))
    assert root.get("viewBox") == "0 0 48 48"
    assert path.stat().st_size < 1500
    for element in root.iter():
        assert "style" not in element.attrib and not element.tag.endswith("style")
        for name in ("fill", "stroke", "color", "stop-color"):
            assert element.get(name, "none") in (THEME_COLOUR, "none"), (element.tag, name)


def dark_pixels(svg: str, size: int = 96) -> int:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    assert renderer.isValid()
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    return sum(image.pixelColor(x, y).lightness() < 128 for x in range(size) for y in range(size))


@pytest.mark.parametrize("path", ICONS, ids=lambda p: p.stem)
def test_an_icon_draws_in_the_colour_the_theme_gives_it(qapp, path):
    svg = path.read_text(encoding="utf-8")
    drawn = dark_pixels(svg)
    assert drawn > 150, f"{path.stem} draws only {drawn} pixels at 96 px"
    assert dark_pixels(svg.replace(THEME_COLOUR, "#FFFFFF")) == 0
