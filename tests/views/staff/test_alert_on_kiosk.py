"""An alert posted in the back office shows up on a visitor kiosk's start screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from tests.views.staff.conftest import sign_in

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def kiosk(qtbot, services):
    from kiosk.content import ContentPack
    from kiosk.views.common.i18n import LanguageSwitcher
    from kiosk.views.visitor.backend import VisitorBackend
    from kiosk.views.visitor.content_source import ContentSource
    from kiosk.views.visitor.window import VisitorWindow

    languages = LanguageSwitcher()
    backend = VisitorBackend(lambda: services, "kiosk-front", retry_ms=100, feed_interval_s=0.05)
    content = ContentSource()
    content.set_pack(ContentPack.load())
    window = VisitorWindow(backend, languages, content, touch_px=64)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitUntil(lambda: backend.available and window.snapshot is not None, timeout=10_000)
    yield window
    window.shutdown()
    languages.set_language("en")
    languages.deleteLater()


def _start_screen_texts(kiosk) -> list[str]:
    return [label.text() for label in kiosk.start_screen.alerts_box.findChildren(QLabel)]


def test_alert_posted_shows_up_on_a_kiosk_start_screen(qtbot, services, make_window, kiosk):
    window = make_window(services)
    sign_in(qtbot, window)
    window.workspace.show_page("alerts")
    page = window.workspace.alerts_page
    qtbot.mouseClick(page.post_button, LEFT)
    dialog = page.dialog
    qtbot.keyClicks(dialog.titles["en"], "Fentanyl found in local pills")
    qtbot.keyClicks(dialog.bodies["en"], "Test first. Don't use alone.")
    with qtbot.waitSignal(page.alert_posted, timeout=5_000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    qtbot.waitUntil(lambda: "Fentanyl found in local pills" in _start_screen_texts(kiosk), timeout=5_000)
    assert kiosk.start_screen.alerts_box.isVisible()
