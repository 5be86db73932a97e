"""At 1280x800 the site's name on the kiosk's top bar is whole in every language, and QR codes stay scannable."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFontMetrics

from kiosk.languages import LANGUAGES
from kiosk.views.common.qr_widget import QrCodeWidget
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor import screenshots as visitor_shots

#: A code a phone reads from arm's length: 35 mm on this screen, and never under 160 px.
QR_MM, QR_MIN_PX = 35, 160
#: Still failing on the visitor screens, whose layout is being reworked: the top bar shortens or drops the
#: site's name in the longer languages, and QR codes shrink at the larger text sizes.
TOP_BAR = pytest.mark.xfail(reason="the top bar shortens or drops the site name at 1280 px", strict=True)
SMALL_CODES = pytest.mark.xfail(reason="QR codes shrink below the rule at the larger text sizes", strict=True)
NAME_LANGUAGES = [pytest.param(lang, marks=() if lang == "en" else TOP_BAR) for lang in LANGUAGES]
TEXT_STEPS = [0, pytest.param(1, marks=SMALL_CODES), pytest.param(2, marks=SMALL_CODES)]


@pytest.mark.parametrize("lang", NAME_LANGUAGES)
def test_the_site_name_is_whole_on_the_top_bar(qtbot, make_kiosk, lang):
    window = make_kiosk()
    window.set_language(lang)
    window.open_catalogue()
    name = window.snapshot.site_name
    site = window.top_bar.site
    assert site.isVisible() and site.text() == name
    assert QFontMetrics(site.font()).horizontalAdvance(name) <= site.contentsRect().width()


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
