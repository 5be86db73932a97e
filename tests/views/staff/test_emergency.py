"""Emergency calls on the staff side: where to run, who is going, closing with a record."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetrics
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from kiosk.views.staff import style
from kiosk.views.staff.queue.model import ASKED, CLAIMED_BY, STATUS
from tests.conftest import SETUP
from tests.views.staff.conftest import ADMIN_NAME, PEER_NAME, PEER_PIN, queue_codes, queue_row, sign_in

LEFT = Qt.MouseButton.LeftButton


def _hallway_call(services):
    kiosk = services.stations.register("kiosk-2", "kiosk")
    services.stations.set_place(kiosk.id, {"en": "the hallway kiosk", "fr": "la borne du couloir"}, by=SETUP)
    return services.queue.submit(emergency=True, station_id=kiosk.id)


def _click_going(qtbot, window):
    with qtbot.waitSignal(window.workspace.queue_page.queue_actions.finished, timeout=5_000) as blocker:
        qtbot.mouseClick(window.emergency_banner.acknowledge_button, LEFT)
    assert blocker.args == ["acknowledge", True]


def test_the_banner_row_and_notification_say_where_to_go_until_closed(qtbot, services, make_window):
    services.queue.submit([("naloxone-nasal", 1)])
    first = make_window(services, "staff-pc-1")
    second = make_window(services, "staff-pc-2", own_database=True)  # nobody signed in here
    sign_in(qtbot, first)
    qtbot.waitUntil(lambda: first.workspace.queue_page.proxy.rowCount() == 1, timeout=5_000)

    call = _hallway_call(services)
    expected = f"Overdose at the hallway kiosk, call {call.pickup_code}. Go now."
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: w.emergency_banner.isVisible(), timeout=5_000)
        assert window.emergency_banner.message.text() == expected
        assert window.notification.shown == [expected]
    assert second.emergency_banner.acknowledge_button.text() == "Sign in to respond"

    # First in every queue, in red, naming the place.
    page = first.workspace.queue_page
    assert queue_codes(first)[0] == call.pickup_code
    qtbot.mouseClick(page.filter_buttons["ready"], LEFT)
    assert queue_codes(first) == [call.pickup_code]
    top = page.proxy.index(0, ASKED)
    assert top.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(style.EMERGENCY)
    assert top.data() == "OVERDOSE at the hallway kiosk"
    qtbot.waitUntil(lambda: first.sounds.plays["alarm"] >= 3 and second.sounds.plays["alarm"] >= 3, timeout=5_000)

    _click_going(qtbot, first)
    going = f"Overdose at the hallway kiosk, call {call.pickup_code}: {ADMIN_NAME} going."
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: w.emergency_banner.message.text() == going, timeout=5_000)
        assert window.emergency_banner.isVisible()
        qtbot.waitUntil(lambda w=window: not w.alarm.isActive(), timeout=5_000)
    assert not first.emergency_banner.acknowledge_button.isVisible()  # already going
    assert second.emergency_banner.acknowledge_button.isVisible()

    # Answered, it stays first and red, its status whole, in every filter.
    qtbot.mouseClick(page.filter_buttons["open"], LEFT)
    qtbot.waitUntil(lambda: queue_row(first, call.pickup_code).responders == (ADMIN_NAME,), timeout=5_000)
    assert queue_codes(first)[0] == call.pickup_code
    status = page.proxy.index(0, STATUS)
    assert status.data() == "Staff going"
    assert status.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(style.EMERGENCY)
    bold = page.table.font()
    bold.setBold(True)
    assert page.table.columnWidth(STATUS) >= QFontMetrics(bold).horizontalAdvance("Staff going") + 30
    assert page.proxy.index(0, CLAIMED_BY).data() == ADMIN_NAME
    assert first.minimumSizeHint().width() <= 1280  # the emergency's buttons still fit a small screen
    later = services.queue.submit([("condoms", 1)])
    qtbot.waitUntil(lambda: queue_row(first, later.pickup_code) is not None, timeout=5_000)
    assert queue_codes(first)[0] == call.pickup_code

    # Closed with a record (and two kits off the shelf): it leaves the open queue and the banner.
    before = services.inventory.supply("naloxone-nasal").stock
    assert page.select_request(call.request_id)
    assert page.buttons["close_response"].isEnabled() and not page.buttons["fulfil"].isVisible()
    qtbot.mouseClick(page.buttons["close_response"], LEFT)
    dialog = page.queue_actions.dialog
    qtbot.waitExposed(dialog)
    choices = (dialog.doses, dialog.route, dialog.breathing, dialog.outcome, *dialog.note_rows)
    cut = [b.text() for choice in choices for b in choice.buttons.values() if b.width() < b.sizeHint().width()]
    assert cut == []  # every tap target says all its words
    qtbot.mouseClick(dialog.doses.buttons[2], LEFT)
    qtbot.mouseClick(dialog.route.buttons["nasal"], LEFT)
    qtbot.mouseClick(dialog.services_called.buttons[True], LEFT)
    qtbot.mouseClick(dialog.outcome.buttons["transported"], LEFT)
    qtbot.mouseClick(dialog.outcome.buttons["responsive"], LEFT)  # changed their mind: one answer only
    qtbot.mouseClick(dialog.notes.buttons["more_than_one_dose"], LEFT)
    qtbot.mouseClick(dialog.take_kits, LEFT)
    with qtbot.waitSignal(page.queue_actions.finished, timeout=5_000) as blocker:
        dialog.buttons.accepted.emit()
    assert blocker.args == ["close_response", True]
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: not w.emergency_banner.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: call.pickup_code not in queue_codes(first), timeout=5_000)
    [record] = services.emergency.responses()
    assert (record.naloxone_doses, record.naloxone_route, record.outcome) == (2, "nasal", "responsive")
    assert record.emergency_services_called is True and record.rescue_breathing is None
    assert record.notes == ("more_than_one_dose",) and record.kits_taken == 2
    assert services.inventory.supply("naloxone-nasal").stock == before - 2


def test_two_staff_answer_and_each_sees_the_other(qtbot, services, make_window):
    first = make_window(services, "staff-pc-1")
    second = make_window(services, "staff-pc-2", own_database=True)
    sign_in(qtbot, first)
    sign_in(qtbot, second, PEER_NAME, PEER_PIN)
    call = _hallway_call(services)
    for window in (first, second):
        qtbot.waitUntil(lambda w=window: w.emergency_banner.isVisible(), timeout=5_000)
    # Both tap before either answer comes back.
    qtbot.mouseClick(first.emergency_banner.acknowledge_button, LEFT)
    qtbot.mouseClick(second.emergency_banner.acknowledge_button, LEFT)
    for window in (first, second):
        qtbot.waitUntil(
            lambda w=window: set(queue_row(w, call.pickup_code).responders) == {ADMIN_NAME, PEER_NAME}, timeout=5_000
        )
        qtbot.waitUntil(lambda w=window: PEER_NAME in w.emergency_banner.message.text(), timeout=5_000)
        assert ADMIN_NAME in window.emergency_banner.message.text()
        assert not window.emergency_banner.acknowledge_button.isVisible()


def _open_hand_over(qtbot, window, services):
    code = services.queue.submit([("condoms", 2)]).pickup_code
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: queue_row(window, code) is not None, timeout=5_000)
    assert page.select_request(queue_row(window, code).id)
    qtbot.mouseClick(page.buttons["fulfil"], LEFT)
    return page.queue_actions.dialog


def _open_cancel(qtbot, window, services):
    code = services.queue.submit([("condoms", 2)]).pickup_code
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: queue_row(window, code) is not None, timeout=5_000)
    assert page.select_request(queue_row(window, code).id)
    qtbot.mouseClick(page.buttons["cancel"], LEFT)
    return page.queue_actions.dialog


def _open_restock(qtbot, window, services):
    window.workspace.show_page("stock")
    page = window.workspace.stock_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5_000)
    assert page.select_supply("naloxone-nasal")
    qtbot.mouseClick(page.buttons["restock"], LEFT)
    return page.dialog


def _open_post_alert(qtbot, window, services):
    window.workspace.show_page("alerts")
    page = window.workspace.alerts_page
    qtbot.mouseClick(page.post_button, LEFT)
    return page.dialog


def _open_add_staff(qtbot, window, services):
    window.workspace.show_page("staff")
    page = window.workspace.staff_page
    qtbot.mouseClick(page.buttons["add"], LEFT)
    return page.dialog


def _open_station_place(qtbot, window, services):
    window.workspace.show_page("stations")
    page = window.workspace.stations_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5_000)
    page.table.selectRow(0)
    qtbot.mouseClick(page.place_button, LEFT)
    return page.dialog


@pytest.mark.parametrize(
    "open_dialog",
    [_open_hand_over, _open_cancel, _open_restock, _open_post_alert, _open_add_staff, _open_station_place],
    ids=["hand-over", "cancel", "restock", "post-alert", "add-staff", "station-place"],
)
def test_im_going_works_over_an_open_dialog(qtbot, services, make_window, open_dialog):
    window = make_window(services)
    sign_in(qtbot, window)
    dialog = open_dialog(qtbot, window, services)
    assert dialog is not None and dialog.isVisible()
    call = _hallway_call(services)
    qtbot.waitUntil(window.emergency_banner.isVisible, timeout=5_000)
    assert QApplication.activeModalWidget() is None
    # Tap the banner's button through the window system, as a finger would:
    # a modal dialog would swallow this tap (Qt drops input to a blocked window).
    button = window.emergency_banner.acknowledge_button
    at = button.mapTo(window, button.rect().center())
    with qtbot.waitSignal(window.workspace.queue_page.queue_actions.finished, timeout=5_000) as blocker:
        QTest.mouseClick(window.windowHandle(), LEFT, Qt.KeyboardModifier.NoModifier, at)
    assert blocker.args == ["acknowledge", True]
    assert services.queue.status_of(call.request_id).responders == (ADMIN_NAME,)
    assert dialog.isVisible()  # the work in the dialog is still there to finish


def test_a_false_alarm_closes_in_one_tap(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window)
    call = _hallway_call(services)
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: queue_row(window, call.pickup_code) is not None, timeout=5_000)
    assert page.select_request(call.request_id)
    with qtbot.waitSignal(page.queue_actions.finished, timeout=5_000) as blocker:
        qtbot.mouseClick(page.buttons["false_alarm"], LEFT)
    assert blocker.args == ["false_alarm", True]
    qtbot.waitUntil(lambda: not window.emergency_banner.isVisible(), timeout=5_000)
    assert [r.outcome for r in services.emergency.responses()] == ["false_alarm"]


def test_signed_out_screen_asks_to_sign_in_to_respond(qtbot, services, make_window):
    window = make_window(services)
    services.queue.submit(emergency=True)
    qtbot.waitUntil(window.emergency_banner.isVisible, timeout=5_000)
    assert window.emergency_banner.message.text().startswith("Overdose at a kiosk, call ")
    qtbot.mouseClick(window.emergency_banner.acknowledge_button, LEFT)
    assert window.signin.isVisible()
    assert "Sign in to respond" in window.notice_bar.message.text()
    sign_in(qtbot, window)
    assert window.emergency_banner.acknowledge_button.text() == "I'm going"
