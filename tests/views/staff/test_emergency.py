"""Emergency calls: top of the queue in red, a repeating alarm, a banner until answered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from kiosk.views.staff import style
from tests.views.staff.conftest import ADMIN_NAME, queue_codes, sign_in

LEFT = Qt.MouseButton.LeftButton


def test_emergency_banner_on_every_staff_screen_until_acknowledged(qtbot, services, make_window):
    services.queue.submit([("naloxone-nasal", 1)])
    first = make_window(services, "staff-pc-1")
    second = make_window(services, "staff-pc-2", own_database=True)  # nobody signed in here
    sign_in(qtbot, first)
    qtbot.waitUntil(lambda: first.workspace.queue_page.proxy.rowCount() == 1, timeout=5_000)

    emergency = services.queue.submit(emergency=True)
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: w.emergency_banner.isVisible(), timeout=5_000)
        assert emergency.pickup_code in window.emergency_banner.message.text()
    assert second.emergency_banner.acknowledge_button.text() == "Sign in to respond"

    # Top of the queue, in red, whatever the filter.
    page = first.workspace.queue_page
    assert queue_codes(first)[0] == emergency.pickup_code
    qtbot.mouseClick(page.filter_buttons["ready"], LEFT)
    assert queue_codes(first) == [emergency.pickup_code]
    top = page.proxy.index(0, 1)
    assert top.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(style.EMERGENCY)
    assert "EMERGENCY" in top.data()

    # The alarm repeats until someone answers.
    qtbot.waitUntil(lambda: first.sounds.plays["alarm"] >= 3 and second.sounds.plays["alarm"] >= 3, timeout=5_000)

    with qtbot.waitSignal(page.queue_actions.finished, timeout=5_000) as blocker:
        qtbot.mouseClick(first.emergency_banner.acknowledge_button, LEFT)
    assert blocker.args == ["acknowledge", True]
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: not w.emergency_banner.isVisible(), timeout=5_000)
        assert not window.alarm.isActive()
    answered = services.queue.status_of(emergency.request_id)
    assert answered.acknowledged_at is not None and answered.claimed_by == ADMIN_NAME
    plays = second.sounds.plays["alarm"]
    with qtbot.waitSignal(first.workspace.queue_page.ticker.timeout, timeout=3_000):
        pass
    assert second.sounds.plays["alarm"] == plays


def test_signed_out_screen_asks_to_sign_in_to_respond(qtbot, services, make_window):
    window = make_window(services)
    services.queue.submit(emergency=True)
    qtbot.waitUntil(window.emergency_banner.isVisible, timeout=5_000)
    qtbot.mouseClick(window.emergency_banner.acknowledge_button, LEFT)
    assert window.signin.isVisible()
    assert "Sign in to respond" in window.notice_bar.message.text()
    sign_in(qtbot, window)
    assert window.emergency_banner.acknowledge_button.text() == "I'm going"
