"""The overdose button: on every screen, one confirm, staff acknowledgement."""

from __future__ import annotations

from kiosk.views.visitor import navigation as nav
from tests.conftest import SETUP
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
    assert screen.step_labels[0].text().startswith("Call 911.")
    assert screen.number.text() == "Call 911"
    assert screen.naloxone.text() == "Naloxone kit: red box by the front door"

    # An emergency in progress is never cleared by the idle timer.
    window.set_idle_times(50, 50)
    with qtbot.assertNotEmitted(window.visit_reset, wait=200):
        pass
    assert window.current == nav.EMERGENCY and not window.warning.isVisible()

    admin = next(s for s in demo_services.staff.list() if s.name == "admin")
    demo_services.emergency.respond(call.id, admin.actor)
    qtbot.waitUntil(lambda: screen.state == "coming", timeout=5_000)
    assert screen.status.text() == "admin from staff is coming"
    tap(qtbot, screen.done)
    assert window.current == nav.START


def test_no_goes_back_to_where_the_visitor_was(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    window.show_screen(nav.INFORMATION)
    tap(qtbot, window.top_bar.emergency)
    tap(qtbot, window.get_screen(nav.EMERGENCY).cancel)
    assert window.current == nav.INFORMATION
    assert demo_services.queue.open_requests() == []


def test_the_two_stages_come_in_order_and_coming_waits_for_a_staff_answer(qtbot, make_kiosk, demo_services):
    window = make_kiosk()
    tap(qtbot, window.top_bar.emergency)
    screen = window.get_screen(nav.EMERGENCY)
    stages: list[str] = []
    screen.state_changed.connect(stages.append)
    tap(qtbot, screen.confirm)
    qtbot.waitUntil(lambda: screen.state == "waiting", timeout=5_000)
    assert screen.status.text() == "Staff have been told — keep going with the steps"
    [call] = demo_services.queue.open_requests()

    # Other news in the queue makes the kiosk look again: still nobody going, so no "coming".
    with qtbot.waitSignal(window.backend.changed, timeout=5_000):
        demo_services.queue.submit([("condoms", 1)])
    qtbot.waitUntil(lambda: not window.backend.link.busy, timeout=5_000)
    assert screen.state == "waiting"

    peer = demo_services.staff.add("peer worker", "739164", by=SETUP)
    demo_services.emergency.respond(call.id, peer.actor)
    qtbot.waitUntil(lambda: screen.state == "coming", timeout=5_000)
    assert screen.status.text() == "peer worker from staff is coming"
    assert stages == ["sending", "waiting", "coming"]


def test_the_steps_hold_the_focus_not_back(qtbot, make_kiosk):
    window = make_kiosk()
    tap(qtbot, window.top_bar.emergency)
    screen = window.get_screen(nav.EMERGENCY)
    assert screen.confirm.hasFocus()
    tap(qtbot, screen.confirm)
    qtbot.waitUntil(lambda: screen.state == "waiting", timeout=5_000)
    qtbot.waitUntil(screen.steps.hasFocus, timeout=2_000)
    assert not window.top_bar.back.hasFocus()
