"""The queue desk in the staff window: buttons that stay put, code search, call next, undo."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from kiosk.data.dto import LineView, RequestView
from kiosk.views.staff.queue.feed import QueueFeed
from kiosk.views.staff.queue.model import queue_order
from kiosk.views.staff.shell.banners import NOTICE_KINDS
from tests.views.staff.conftest import PEER_NAME, PEER_PIN, queue_row, sign_in

LEFT = Qt.MouseButton.LeftButton


def _geometry(window) -> dict[str, tuple[int, int, int, int]]:
    """Where each visible action button is, in window coordinates."""
    placed = {}
    for name, button in window.workspace.queue_page.buttons.items():
        if button.isVisible():
            corner = button.mapTo(window, QPoint(0, 0))
            placed[name] = (corner.x(), corner.y(), button.width(), button.height())
    return placed


def test_the_action_buttons_keep_their_place_through_every_notice(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window)
    code = services.queue.submit([("naloxone-nasal", 1)]).pickup_code
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: queue_row(window, code) is not None, timeout=5_000)
    assert page.select_request(queue_row(window, code).id)
    qtbot.wait_exposed(window)
    before = _geometry(window)
    assert {"call_next", "call", "claim", "fulfil", "undo"} <= set(before)
    # 10 mm at the screen's density, and never less than 38 px (10 mm at 96 dpi).
    ten_mm = max(38, round(window.logicalDpiY() / 25.4 * 10) - 1)
    assert all(height >= ten_mm for *_xy, _w, height in before.values())

    long_text = "A longer notice that runs on: " + "the queue has been refreshed, " * 8
    for kind in NOTICE_KINDS:
        for text in ("Done.", long_text):
            window.show_notice(text, kind)
            qtbot.waitUntil(lambda: window.notice_bar.showing)
            assert _geometry(window) == before, kind
    window.notice_bar.clear()
    window.connection_banner.show()  # the database is away for a moment
    assert _geometry(window) == before
    window.connection_banner.hide()
    page.detail.setText(long_text)  # the detail pane's longest text
    assert _geometry(window) == before
    # An emergency elsewhere: the banner at the top, the same buttons below.
    services.queue.submit(emergency=True)
    qtbot.waitUntil(lambda: window.emergency_banner.isVisible(), timeout=5_000)
    assert page.select_request(queue_row(window, code).id)
    assert _geometry(window) == before


def _many(count: int) -> list[RequestView]:
    line = LineView(1, "condoms", {"en": "Condoms"}, "item", 2, None, 500)
    start = dt.datetime(2026, 12, 1, 9, 0, tzinfo=dt.UTC)
    letters = "CFHJKMNPRTVWXY34679"
    views = []
    for n in range(count):
        code = letters[n % 19] + letters[(n // 19) % 19] + letters[(n // 361) % 19]
        status = ("pending", "in_progress", "ready")[n % 3]
        views.append(
            RequestView(
                id=n + 1, pickup_code=code, status=status, priority="normal",
                created_at=start + dt.timedelta(seconds=n), claimed_at=None, ready_at=None, closed_at=None,
                acknowledged_at=None, claimed_by=None, claimed_by_id=None, cancel_reason=None, version=1,
                lines=(line,),
            )
        )
    return views


def test_code_search_jumps_to_the_request_in_a_500_row_queue(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window)
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: window.feed.idle and not window.link.busy, timeout=5_000)
    window.link.notifier.stop()  # only the rows given below
    views = queue_order(_many(500))
    page._on_requests_loaded(views)
    assert page.model.rowCount() == 500
    wanted = views[437]
    page.filter_buttons["pending"].click()  # a list that does not show it, unless it waits

    qtbot.keyClicks(page.search.field, wanted.pickup_code.lower())

    assert page.search.field.text() == wanted.pickup_code
    assert page.selected() == wanted
    index = page.table.currentIndex()
    assert page.table.visualRect(index).intersects(page.table.viewport().rect())  # scrolled to it


@pytest.mark.qt_log_ignore(
    "This plugin does not support propagateSizeHints",
    "This plugin does not support grabbing the keyboard",  # the keypad is a pop-up
    "This plugin does not support raise",
)
def test_code_search_by_keypad(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window)
    code = services.queue.submit([("naloxone-nasal", 1)]).pickup_code
    services.queue.submit([("condoms", 1)])
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: queue_row(window, code) is not None and page.model.rowCount() == 2, timeout=5_000)
    qtbot.mouseClick(page.search.keypad_button, LEFT)
    qtbot.waitUntil(page.search.keypad.isVisible)
    for character in code:
        qtbot.mouseClick(page.search.keypad.keys[character], LEFT)
    assert page.selected().pickup_code == code
    assert not page.search.keypad.isVisible()


def test_an_unknown_code_says_so_and_selects_nothing_new(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window)
    page = window.workspace.queue_page
    assert not page.find_code("XXX")
    assert "XXX" in page.detail.text()


def test_two_staff_pressing_call_next_get_two_different_requests(qtbot, services, make_window):
    first = make_window(services, "staff-pc-1")
    second = make_window(services, "staff-pc-2", own_database=True)
    sign_in(qtbot, first)
    sign_in(qtbot, second, PEER_NAME, PEER_PIN)
    older = services.queue.submit([("naloxone-nasal", 1)])
    newer = services.queue.submit([("condoms", 1)])
    for window in (first, second):
        qtbot.waitUntil(lambda window=window: queue_row(window, newer.pickup_code) is not None, timeout=5_000)

    pages = [w.workspace.queue_page for w in (first, second)]
    with qtbot.waitSignals([p.queue_actions.finished for p in pages], timeout=10_000):
        for page in pages:
            qtbot.mouseClick(page.buttons["call_next"], LEFT)

    taken = {page.queue_actions.last_called for page in pages}
    assert taken == {older.request_id, newer.request_id}
    def shows_its_call(page) -> bool:
        return page.selected() is not None and page.selected().id == page.queue_actions.last_called

    for page in pages:
        qtbot.waitUntil(lambda page=page: shows_its_call(page), timeout=5_000)
    assert services.queue.status_of(older.request_id).called_at is not None
    assert "called on the board" in first.notice_bar.message.text()


def test_undo_takes_back_a_hand_over_from_the_window(qtbot, services, make_window):
    stock = services.inventory.supply("naloxone-nasal").stock
    request = services.queue.submit([("naloxone-nasal", 2)])
    window = make_window(services)
    sign_in(qtbot, window)
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: queue_row(window, request.pickup_code) is not None, timeout=5_000)
    before = services.queue.status_of(request.request_id)
    assert page.select_request(request.request_id)
    assert not page.buttons["undo"].isEnabled()
    qtbot.mouseClick(page.buttons["fulfil"], LEFT)
    dialog = page.queue_actions.dialog
    with qtbot.waitSignal(page.queue_actions.finished, timeout=5_000):
        dialog.accept()
    assert services.inventory.supply("naloxone-nasal").stock == stock - 2
    assert page.buttons["undo"].isEnabled()
    assert "Ctrl+Z" in page.buttons["undo"].text() and "Ctrl+Z" in window.notice_bar.message.text()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(page.queue_actions.finished, timeout=5_000) as done:
        qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert done.args == ["undo", True]
    assert services.inventory.supply("naloxone-nasal").stock == stock
    after = services.queue.status_of(request.request_id)
    assert dataclasses.replace(after, version=0) == dataclasses.replace(before, version=0)
    assert not page.buttons["undo"].isEnabled()
    qtbot.waitUntil(
        lambda: getattr(queue_row(window, request.pickup_code), "status", None) == "pending", timeout=5_000
    )


def test_every_action_button_shows_its_shortcut(qtbot, services, make_window):
    window = make_window(services)
    page = window.workspace.queue_page
    for name, button in page.buttons.items():
        key = page.action_row.keys[name].toString()
        assert key and button.text().endswith(key), name


def test_a_feed_change_is_applied_without_a_reset(qtbot, services, make_window):
    services.queue.submit([("naloxone-nasal", 1)])
    window = make_window(services)
    sign_in(qtbot, window)
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and window.feed.idle, timeout=5_000)
    resets, inserts = [], []
    page.model.modelReset.connect(lambda: resets.append(1))
    page.model.rowsInserted.connect(lambda *_a: inserts.append(1))
    code = services.queue.submit([("condoms", 1)]).pickup_code
    qtbot.waitUntil(lambda: queue_row(window, code) is not None, timeout=5_000)
    assert inserts == [1] and resets == []
    assert isinstance(window.feed, QueueFeed)
