"""Every emergency screen shows whole: both sizes, every language, every text size.

A panicking person does not scroll. For each stage of the screen (and in high
contrast, whose borders are thicker) this checks
the widgets' geometry: no scroll bar anywhere, every label tall and wide
enough for its words, every button wide enough for its text, nothing outside
the screen, and the steps drawn at a readable size.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QLabel, QPushButton, QScrollBar, QWidget

from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor.screens.emergency_steps import SMALLEST_PX

SIZES = ((1280, 800), (1920, 1080))
LANGUAGES = ("en", "fr", "es")
STAGES = ("asking", "sending", "waiting", "coming", "failed")


def _rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def problems(screen: QWidget) -> list[str]:
    found = []
    bounds = screen.rect()
    for bar in screen.findChildren(QScrollBar) + screen.findChildren(QAbstractScrollArea):
        if bar.isVisibleTo(screen):
            found.append(f"a scroll bar or area: {bar.objectName() or type(bar).__name__}")
    for widget in screen.findChildren(QLabel) + screen.findChildren(QPushButton):
        if not widget.isVisibleTo(screen):
            continue
        name = widget.objectName() or widget.text()[:30]
        if not bounds.contains(_rect_in(widget, screen)):
            found.append(f"outside the screen: {name} at {_rect_in(widget, screen)}")
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    found.append(f"cut off at the bottom: {name}")
            elif widget.sizeHint().width() > widget.width() + 1:
                found.append(f"cut off at the side: {name}")
        if isinstance(widget, QPushButton) and widget.sizeHint().width() > widget.width() + 1:
            found.append(f"button text cut: {name} ({widget.sizeHint().width()} > {widget.width()})")
    return found


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_emergency_stage_fits_without_scrolling(qtbot, make_kiosk, size, lang):
    window = make_kiosk(touch_px=None)
    window.resize(*size)
    qtbot.waitUntil(lambda: window.size().width() == size[0])
    window.set_language(lang)
    window.flows.open_emergency()
    screen = window.get_screen(nav.EMERGENCY)
    assert screen.naloxone.text()  # the demo site says where its kit is
    screen.set_responder("peer worker")
    failures = []
    for step, contrast in [(step, contrast) for step in range(3) for contrast in (False, True)]:
        window.appearance.set(text_step=step, high_contrast=contrast)
        for stage in STAGES:
            screen.set_state(stage)
            QApplication.processEvents()  # let the layouts run
            window.layout().activate()
            screen.layout().activate()
            assert screen.height() >= size[1] - window.top_bar.height() - 2
            where = f"text size {step}{', high contrast' if contrast else ''}, {stage}"
            failures += [f"{where}: {p}" for p in problems(screen)]
            if screen.steps.text_px < SMALLEST_PX + 2:
                failures.append(f"{where}: steps squeezed to {screen.steps.text_px}px")
    screen.set_state("asking")
    assert failures == []


def test_the_steps_grow_on_a_big_screen(qtbot, make_kiosk):
    window = make_kiosk(touch_px=None)
    window.flows.open_emergency()
    screen = window.get_screen(nav.EMERGENCY)
    screen.set_state("waiting")
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: screen.width() < 1300)
    small = screen.steps.text_px
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: screen.width() > 1800)
    qtbot.waitUntil(lambda: screen.steps.text_px > small)
    # The emergency number is as large as the title.
    assert screen.number.fontInfo().pixelSize() >= screen.status.fontInfo().pixelSize()
    screen.set_state("asking")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_overdose_page_shows_what_to_do_without_scrolling(qtbot, make_kiosk, lang):

    window = make_kiosk(touch_px=None)
    window.set_language(lang)
    window.show_screen(nav.INFORMATION)
    info = window.get_screen(nav.INFORMATION)
    info.open_page("overdose-signs")
    text = info.page_view.text
    assert info.page_view.title.text() == window.content.pack.page("overdose-signs", lang).title
    assert len(text.steps) >= 2, "no numbered list on the page"
    for step in text.steps[:2]:
        bottom = step.mapTo(text.viewport(), step.rect().bottomLeft()).y()
        assert 0 <= bottom < text.viewport().height(), step.text()
    assert text.verticalScrollBar().value() == 0
