"""The overdose button: on every screen, one confirm, staff acknowledgement."""

from __future__ import annotations

from kiosk.views.visitor import navigation as nav
from tests.views.visitor.helpers import tap, touch_tap


def test_emergency_button_stands_on_every_visitor_screen(qtbot, make_kiosk):
    window = make_kiosk()
    for name in (nav.START, nav.INFORMATION, nav.CATALOGUE, nav.REVIEW, nav.CONFIRMATION):
        window.show_screen(name)
        assert window.top_bar.emergency.isVisible(), name
        assert window.top_bar.quick_exit.isVisible(), name


def test_emergency_call_and_staff_acknowledgement(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    window.open_catalogue()
    touch_tap(window.top_bar.emergency)
    assert window.current == nav.EMERGENCY
    screen = window.get_screen(nav.EMERGENCY)
    assert screen.state == "asking"
    assert demo_services.queue.open_requests() == []  # one tap alone sends nothing

    tap(qtbot, screen.confirm)
    qtbot.waitUntil(lambda: screen.state == "waiting", timeout=5_000)
    [call] = demo_services.queue.open_requests()
    assert call.is_emergency and call.acknowledged_at is None
    assert "Call 911 now" in screen.step_labels[0].text()

    # An emergency in progress is never cleared by the idle timer.
    window.set_idle_times(50, 50)
    with qtbot.assertNotEmitted(window.visit_reset, wait=200):
        pass
    assert window.current == nav.EMERGENCY and not window.warning.isVisible()

    admin = next(s for s in demo_services.staff.list() if s.name == "admin")
    demo_services.queue.acknowledge(call.id, admin.actor)
    qtbot.waitUntil(lambda: screen.state == "coming", timeout=5_000)
    assert screen.status.text() == "A staff member is coming now."
    tap(qtbot, screen.done)
    assert window.current == nav.START


def test_no_goes_back_to_where_the_visitor_was(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    window.show_screen(nav.INFORMATION)
    tap(qtbot, window.top_bar.emergency)
    tap(qtbot, window.get_screen(nav.EMERGENCY).cancel)
    assert window.current == nav.INFORMATION
    assert demo_services.queue.open_requests() == []
