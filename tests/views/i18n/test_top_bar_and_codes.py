"""At 1280x800 the site's name on the kiosk's top bar is whole in every language, and QR codes stay scannable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics

from kiosk.languages import LANGUAGES
from kiosk.views.common.qr_widget import QrCodeWidget
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor import screenshots as visitor_shots

#: A code a phone reads from arm's length: 35 mm on this screen, and never under 160 px.
QR_MM, QR_MIN_PX = 35, 160
TEXT_STEPS = [0, 1, 2]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_site_name_is_whole_on_the_top_bar(qtbot, make_kiosk, lang):
    window = make_kiosk()
    window.set_language(lang)
    window.open_catalogue()
    name = window.snapshot.site_name
    site = window.top_bar.site
    assert site.isVisible() and site.text() == name
    metrics, room = QFontMetrics(site.font()), site.contentsRect()
    if site.wordWrap():  # on two lines where the buttons leave less room: every word whole, both lines shown
        box = metrics.boundingRect(QRect(0, 0, room.width(), 10_000), int(Qt.TextFlag.TextWordWrap), name)
        assert box.height() <= min(room.height(), 2 * metrics.lineSpacing()) + 1
        assert all(metrics.horizontalAdvance(word) <= room.width() for word in name.split())
    else:
        assert metrics.horizontalAdvance(name) <= room.width()


def _qr_sides(window) -> list[int]:
    sides = []
    for code in window.findChildren(QrCodeWidget):
        if code.isVisible():
            sides.append(min(code.width(), code.height() - code._text_height(code.width())))
    return sides


@pytest.mark.parametrize("text_step", TEXT_STEPS)
def test_qr_codes_meet_the_size_rule(qtbot, make_kiosk, text_step):
    window = make_kiosk()
    window.appearance.set(text_step=text_step)
    confirmation = window.get_screen(nav.CONFIRMATION)
    confirmation.set_result(visitor_shots.sample_result(), window.content.pack, window.language, True)
    window.show_screen(nav.CONFIRMATION)
    visitor_shots.settle()
    sides = _qr_sides(window)
    dpi = window.screen().physicalDotsPerInch()
    wanted = max(QR_MIN_PX, round(QR_MM / 25.4 * dpi))
    assert sides, "the confirmation shows its QR codes"
    assert min(sides) >= wanted, f"{sides} px, {wanted} px wanted at {dpi:.0f} dpi"
    assert max(sides) - min(sides) <= 1, f"codes of different sizes: {sides}"
