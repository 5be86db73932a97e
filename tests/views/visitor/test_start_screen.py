"""The start screen: the site's alerts, live, in the visitor's language."""

from __future__ import annotations

from tests.conftest import SETUP
from tests.views.visitor.helpers import tap


def test_alerts_appear_and_go_as_staff_post_and_end_them(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    start = window.start_screen
    assert not start.alerts_box.isVisible()
    alert = demo_services.alerts.post(
        {
            "en": {"title": "Strong batch going around", "body": "Test first and start low."},
            "fr": {"title": "Un lot très fort circule", "body": "Testez d'abord et commencez petit."},
        },
        level="danger",
        by=SETUP,
    )
    qtbot.waitUntil(start.alerts_box.isVisible, timeout=5_000)
    assert start.alerts_box.findChildren(type(start.welcome))[1].text() == "Strong batch going around"
    tap(qtbot, start.language_button("fr"))
    texts = [label.text() for label in start.alerts_box.findChildren(type(start.welcome))]
    assert "Un lot très fort circule" in texts and "Testez d'abord et commencez petit." in texts
    demo_services.alerts.end(alert.id, SETUP)
    qtbot.waitUntil(lambda: not start.alerts_box.isVisible(), timeout=5_000)
