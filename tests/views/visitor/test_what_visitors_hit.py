"""What visitors hit at the kiosk: Start keeps the visit, readable QR codes, drag to scroll, rings, words."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QApplication

from kiosk.data.dto import SubmitResult
from kiosk.views.common.qr_widget import READABLE_MIN_PX, readable_side_px
from kiosk.views.visitor import navigation as nav
from tests.conftest import SETUP
from tests.views.visitor.helpers import tap


def test_start_keeps_the_language_and_the_list_and_quick_exit_clears_them(qtbot, make_kiosk):
    window = make_kiosk()
    tap(qtbot, window.start_screen.language_button("es"))
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)
    window.show_screen(nav.INFORMATION)
    tap(qtbot, window.top_bar.home)
    assert window.current == nav.START
    assert window.language == "es" and window.basket.as_request() == [("condoms", 1)]
    tap(qtbot, window.start_screen.supplies)
    assert window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.value == 1
    tap(qtbot, window.top_bar.quick_exit)
    assert window.language == "en" and window.basket.empty


def test_the_site_name_can_be_set_per_language(qtbot, make_kiosk, demo_services):
    demo_services.settings.update(by=SETUP, site_names={"fr": "Centre de jour"})
    window = make_kiosk()
    qtbot.waitUntil(lambda: bool(window.snapshot and window.snapshot.settings.site_names))
    name = window.snapshot.site_name
    assert window.start_screen.site_title.text() == name
    window.set_language("fr")
    assert window.start_screen.site_title.text() == "Centre de jour"
    window.open_catalogue()
    assert window.top_bar._site_name == "Centre de jour"
    window.set_language("es")
    assert window.top_bar._site_name == name


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
@pytest.mark.parametrize("step", [0, 2])
def test_qr_codes_are_readable_and_all_the_same_size(qtbot, make_kiosk, size, step):
    window = make_kiosk()
    window.resize(*size)
    window.appearance.set(text_step=step)
    rule = readable_side_px(QGuiApplication.primaryScreen())
    assert rule >= READABLE_MIN_PX
    keys = ("naloxone-training", "naloxone-locator", "drug-checking")
    confirmation = window.get_screen(nav.CONFIRMATION)
    confirmation.set_result(SubmitResult(0, "K7P", 3, 9, keys), window.content.pack, "en", True)
    window.show_screen(nav.CONFIRMATION)
    QApplication.processEvents()
    sides = {code.code_side for code in confirmation.codes}
    assert len(confirmation.codes) == 3 and len(sides) == 1, sides  # all the same size
    side = sides.pop()
    assert side >= rule and side == readable_side_px(QGuiApplication.primaryScreen(), window.height())
    for code in confirmation.codes:
        assert code.width() >= side and code.height() >= side
    window.show_screen(nav.INFORMATION)
    info = window.get_screen(nav.INFORMATION)
    info.open_page("overdose-signs")
    QApplication.processEvents()
    assert info.page_view.codes and {code.code_side for code in info.page_view.codes} == {side}


def test_dragging_with_the_mouse_scrolls_a_page_and_selects_nothing(qtbot, make_kiosk):
    window = make_kiosk()
    window.show_screen(nav.INFORMATION)
    info = window.get_screen(nav.INFORMATION)
    info.open_page("overdose-signs")
    text = info.page_view.text
    viewport = text.viewport()
    bar = text.verticalScrollBar()
    assert bar.maximum() > 0
    start = QPointF(viewport.width() / 2, viewport.height() - 20)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton

    def send(kind, where, button, buttons):
        event = QMouseEvent(kind, where, viewport.mapToGlobal(where), button, buttons, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(viewport, event)
        qtbot.wait(15)  # the scroller measures the drag's speed over time

    send(QEvent.Type.MouseButtonPress, start, left, left)
    for step in range(1, 16):
        send(QEvent.Type.MouseMove, start - QPointF(0, step * 20), none, left)
    send(QEvent.Type.MouseButtonRelease, start - QPointF(0, 300), left, none)
    qtbot.waitUntil(lambda: bar.value() > 0, timeout=3_000)
    # Nothing on the page can be selected: every block is a label that takes no text interaction.
    assert text.blocks and all(
        block.textInteractionFlags() == Qt.TextInteractionFlag.NoTextInteraction for block in text.blocks
    )


def test_a_ring_for_keyboard_users_only(qtbot, make_kiosk):
    window = make_kiosk()
    window.open_catalogue()
    review = window.get_screen(nav.CATALOGUE).review
    plus = window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus
    tap(qtbot, plus)
    assert plus.hasFocus() and plus.property("ring") != "true"
    qtbot.keyClick(plus, Qt.Key.Key_Tab)
    ringed = QApplication.focusWidget()
    assert ringed is not plus and ringed.property("ring") == "true"
    tap(qtbot, review)
    assert ringed.property("ring") == "false"


@pytest.mark.parametrize("lang", ["en", "fr", "es"])
def test_every_top_bar_button_has_a_word_at_every_size(qtbot, make_kiosk, lang):
    window = make_kiosk()
    window.set_language(lang)
    bar = window.top_bar
    for width, height in ((1280, 800), (1920, 1080)):
        window.resize(width, height)
        for step in range(3):
            window.appearance.set(text_step=step)
            window.open_catalogue()
            QApplication.processEvents()
            for button in (bar.back, bar.home, bar.text_size, bar.contrast, bar.quick_exit, bar.emergency):
                assert button.isVisible() and button.text().strip(), button.objectName()
                widest = max(button.fontMetrics().horizontalAdvance(line) for line in button.text().split("\n"))
                assert widest <= button.width(), f"{button.objectName()} is cut at {width}x{height}, step {step}"
                assert button.geometry().right() <= bar.width(), button.objectName()


def test_the_alarm_buttons_grow_with_the_text(qtbot, make_kiosk):
    window = make_kiosk()
    sizes = []
    for step in range(3):
        window.appearance.set(text_step=step)
        QApplication.processEvents()
        bar = window.top_bar
        sizes.append((bar.emergency.fontInfo().pixelSize(), bar.quick_exit.fontInfo().pixelSize()))
    assert sizes[0][0] < sizes[1][0] < sizes[2][0] and sizes[0][1] < sizes[2][1]


def test_the_limit_is_said_in_words(qtbot, make_kiosk):
    window = make_kiosk()
    window.open_catalogue()
    tile = window.get_screen(nav.CATALOGUE).tiles["naloxone-nasal"]
    assert tile.limit.text() == "Up to 2 each visit"
    tap(qtbot, tile.stepper.plus)
    tap(qtbot, tile.stepper.plus)
    assert tile.limit.text() == "That's the most for one visit"
    assert tile.stepper.plus.accessibleDescription() == "That's the most for one visit"
    tap(qtbot, tile.stepper.minus)
    assert tile.limit.text() == "Up to 2 each visit"


def test_the_confirmation_says_how_long_the_code_stays(qtbot, make_kiosk):
    window = make_kiosk(idle_quiet_ms=60_000, idle_warning_ms=15_000)
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)
    window.flows.open_review()
    tap(qtbot, window.get_screen(nav.REVIEW).send)
    qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=10_000)
    stays = window.get_screen(nav.CONFIRMATION).stays
    assert stays.isVisible() and stays.text() == "This code stays on screen for 75 seconds after your last tap."


def test_numbers_and_their_units_stay_together(qtbot, make_kiosk):
    window = make_kiosk()
    window.set_language("fr")
    window.open_catalogue()
    names = [tile.name.text() for tile in window.get_screen(nav.CATALOGUE).tiles.values()]
    with_units = [name for name in names if "mL" in name]
    assert with_units and all("\u00a0mL" in name and " mL" not in name for name in with_units)
    steps = window.get_screen(nav.EMERGENCY).step_labels
    assert any("3\u00a0minutes" in step.text() for step in steps)


def test_the_count_shows_and_the_limit_line_fits_its_tile(qtbot, make_kiosk):
    window = make_kiosk()
    window.set_language("fr")
    window.open_catalogue()
    tile = window.get_screen(nav.CATALOGUE).tiles["naloxone-nasal"]
    tap(qtbot, tile.stepper.plus)
    tap(qtbot, tile.stepper.plus)
    field = tile.stepper.value_box.lineEdit()
    assert field.text() == "2" and field.width() >= field.fontMetrics().horizontalAdvance("20")
    limit = tile.limit
    QApplication.processEvents()
    assert limit.text() == "C'est le maximum pour une visite"
    assert limit.height() >= limit.heightForWidth(limit.width())  # not cut
