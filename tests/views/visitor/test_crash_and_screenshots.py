"""Bugs go to the crash handler and the kiosk starts over; the screenshot option."""

from __future__ import annotations

import datetime as dt
import logging

from kiosk.views.common.application import CrashHandler
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor import screenshots
from kiosk.views.visitor.backend import VisitorBackend
from kiosk.views.visitor.content_source import ContentSource
from tests.views.visitor.helpers import tap


def test_a_bug_is_logged_and_the_kiosk_returns_to_the_start(qtbot, make_kiosk, caplog):
    window = make_kiosk()
    window.open_catalogue()
    tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)
    handler = CrashHandler(on_bug=window.recover_from_bug)
    try:
        raise ZeroDivisionError("a bug")
    except ZeroDivisionError as error:
        with caplog.at_level(logging.CRITICAL):
            handler(type(error), error, error.__traceback__)
    assert "a bug reached the crash handler" in caplog.text and "ZeroDivisionError" in caplog.text
    assert window.current == nav.START and window.basket.empty
    assert handler.bugs == 1


def test_screenshot_option_renders_every_screen(qtbot, demo_services, content_pack, languages, tmp_path, monkeypatch):
    monkeypatch.setattr(screenshots, "SIZES", ((1280, 800),))
    backend = VisitorBackend(lambda: demo_services, "screenshots", feed_interval_s=0)
    content = ContentSource()
    content.set_pack(content_pack)
    assert screenshots.render_all(backend, content, languages, None, tmp_path) == 0
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    for screen in ("start", "information", "page", "catalogue", "review", "confirmation", "emergency", "idle-warning"):
        assert f"visitor-1280x800-en-{screen}.png" in names
    assert "visitor-1280x800-fr-start.png" in names and "visitor-1280x800-es-catalogue.png" in names
    assert "visitor-1280x800-en-high-contrast-start.png" in names
    assert "visitor-1280x800-en-largest-text-page.png" in names
    for lang in ("en", "fr", "es"):
        for screen in ("review-for-others", "reversal", "reversal-care", "feedback"):
            assert f"visitor-1280x800-{lang}-{screen}.png" in names
    assert demo_services.queue.open_requests() == []  # samples only, nothing stored
    assert demo_services.voice.summary(dt.date(2000, 1, 1), dt.date(2100, 1, 1)).counts == {}
