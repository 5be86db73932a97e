"""The live queue: two staff PCs racing, fulfilling, cancelling, filters."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox

from kiosk.data.audit import recent_events
from kiosk.errors import DatabaseUnavailable
from tests.conftest import SETUP
from tests.views.staff.conftest import ADMIN_NAME, FAST, PEER_NAME, PEER_PIN, queue_codes, queue_row, sign_in

LEFT = Qt.MouseButton.LeftButton


def _select(qtbot, window, code: str) -> None:
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: queue_row(window, code) is not None, timeout=5_000)
    request = queue_row(window, code)
    assert page.select_request(request.id)


def _click_action(qtbot, window, name: str) -> tuple[str, bool]:
    actions = window.workspace.queue_page.queue_actions
    with qtbot.waitSignal(actions.finished, timeout=5_000) as blocker:
        qtbot.mouseClick(window.workspace.queue_page.buttons[name], LEFT)
    return tuple(blocker.args)


def test_two_staff_windows_one_claim_wins(qtbot, services, make_window):
    first = make_window(services, "staff-pc-1")
    second = make_window(services, "staff-pc-2", own_database=True)
    sign_in(qtbot, first)
    sign_in(qtbot, second, PEER_NAME, PEER_PIN)

    code = services.queue.submit([("naloxone-nasal", 1), ("fentanyl-test-strips", 5)]).pickup_code
    # Both see the new request through the change feed, with a chime.
    qtbot.waitUntil(lambda: code in queue_codes(first) and code in queue_codes(second), timeout=5_000)
    assert first.sounds.plays["chime"] == 1 and second.sounds.plays["chime"] == 1

    # The second PC's feed is slow today: it still shows the request as waiting.
    # (A load it had already started before the feed stopped may finish first.)
    second.link.notifier.stop()
    qtbot.waitUntil(lambda: second.feed.idle, timeout=5_000)
    _select(qtbot, first, code)
    _select(qtbot, second, code)
    assert _click_action(qtbot, first, "claim") == ("claim", True)
    assert queue_row(second, code).status == "pending"

    # Its own claim is refused with a message naming who has it, and the row refreshes.
    assert _click_action(qtbot, second, "claim") == ("claim", False)
    assert second.notice_bar.isVisible()
    assert f"{ADMIN_NAME} is already working on {code}" in second.notice_bar.message.text()
    qtbot.waitUntil(lambda: queue_row(second, code).status == "in_progress", timeout=5_000)
    assert queue_row(second, code).claimed_by == ADMIN_NAME
    assert not second.workspace.queue_page.buttons["claim"].isEnabled()

    # Nothing was done twice.
    claims = [e for e in recent_events(services.db, services.site_id, by=SETUP) if e.action == "claim"]
    assert len(claims) == 1 and claims[0].staff_name == ADMIN_NAME


def test_both_windows_see_a_claim_live(qtbot, services, make_window):
    first = make_window(services, "staff-pc-1")
    second = make_window(services, "staff-pc-2", own_database=True)
    sign_in(qtbot, first)
    sign_in(qtbot, second, PEER_NAME, PEER_PIN)
    code = services.queue.submit([("naloxone-nasal", 1)]).pickup_code
    _select(qtbot, second, code)
    _select(qtbot, first, code)
    _click_action(qtbot, first, "claim")
    qtbot.waitUntil(lambda: queue_row(second, code).claimed_by == ADMIN_NAME, timeout=5_000)
    status_text = second.workspace.queue_page.proxy.index(0, 3).data()
    assert status_text == "In progress"


def test_fulfil_moves_stock_with_quantities_capped_by_stock(qtbot, services, make_window):
    services.inventory.adjust(
        "fentanyl-test-strips",
        -(services.inventory.supply("fentanyl-test-strips").stock - 3),
        "count_correction",
        SETUP,
    )
    naloxone_before = services.inventory.supply("naloxone-nasal").stock
    code = services.queue.submit([("naloxone-nasal", 2), ("fentanyl-test-strips", 5)]).pickup_code
    window = make_window(services)
    sign_in(qtbot, window)
    _select(qtbot, window, code)
    qtbot.mouseClick(window.workspace.queue_page.buttons["fulfil"], LEFT)
    dialog = window.workspace.queue_page.queue_actions.dialog
    assert dialog is not None and dialog.isVisible()
    # Defaults: what was asked, capped by the 3 strips on the shelf.
    assert dialog.quantities() == {"naloxone-nasal": 2, "fentanyl-test-strips": 3}
    assert dialog.spins["fentanyl-test-strips"].maximum() == 3
    dialog.spins["naloxone-nasal"].setValue(1)
    with qtbot.waitSignal(window.workspace.queue_page.queue_actions.finished, timeout=5_000) as blocker:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert blocker.args == ["fulfil", True]
    assert services.inventory.supply("naloxone-nasal").stock == naloxone_before - 1
    assert services.inventory.supply("fentanyl-test-strips").stock == 0
    assert services.queue.status_of(queue_row(window, code).id if queue_row(window, code) else 1).status == "fulfilled"
    qtbot.waitUntil(lambda: code not in queue_codes(window), timeout=5_000)
    assert "handed over" in window.notice_bar.message.text()


def test_cancel_needs_a_reason_and_filters_follow_status(qtbot, services, make_window):
    waiting = services.queue.submit([("naloxone-nasal", 1)])
    ready = services.queue.submit([("fentanyl-test-strips", 2)])
    admin = services.staff.list()[0]
    services.queue.mark_ready(ready.request_id, admin.actor)
    window = make_window(services)
    sign_in(qtbot, window)
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: set(queue_codes(window)) == {waiting.pickup_code, ready.pickup_code}, timeout=5_000)

    qtbot.mouseClick(page.filter_buttons["ready"], LEFT)
    assert queue_codes(window) == [ready.pickup_code]
    assert page.filter_buttons["ready"].text() == "Ready (1)"
    qtbot.mouseClick(page.filter_buttons["pending"], LEFT)
    assert queue_codes(window) == [waiting.pickup_code]

    _select(qtbot, window, waiting.pickup_code)
    qtbot.mouseClick(page.buttons["cancel"], LEFT)
    dialog = page.queue_actions.dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.reason() == "visitor_left" and ok.isEnabled()  # the common reason, chosen already
    assert dialog.title_label.text() == f"Cancel {waiting.pickup_code}"
    qtbot.mouseClick(dialog.choices["duplicate"], LEFT, pos=QPoint(12, dialog.choices["duplicate"].height() // 2))
    assert dialog.reason() == "duplicate"
    choice = dialog.choices["visitor_left"]
    qtbot.mouseClick(choice, LEFT, pos=QPoint(12, choice.height() // 2))  # on the round button
    with qtbot.waitSignal(page.queue_actions.finished, timeout=5_000):
        qtbot.mouseClick(ok, LEFT)
    assert services.queue.status_of(waiting.request_id).cancel_reason == "visitor_left"

    # "All of today" still lists the cancelled request.
    qtbot.mouseClick(page.filter_buttons["today"], LEFT)
    qtbot.waitUntil(
        lambda: getattr(queue_row(window, waiting.pickup_code), "status", None) == "cancelled", timeout=5_000
    )
    assert waiting.pickup_code in queue_codes(window)


def test_waiting_time_ticks_without_a_database_call(qtbot, services, make_window):
    services.queue.submit([("naloxone-nasal", 1)])
    window = make_window(services)
    sign_in(qtbot, window)
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: not window.link.busy, timeout=3_000)
    calls = []
    original = services.queue.staff_queue
    services_queue = window.ctx.services.queue
    services_queue.staff_queue = lambda *args: calls.append(1) or original(*args)  # type: ignore[method-assign]
    changed = []
    page.model.dataChanged.connect(lambda top, bottom, roles: changed.append((top.column(), bottom.column())))
    # A tick inside the same minute changes no words: nothing is repainted.
    start = page.model.clock()
    page.model.clock = lambda: start
    with qtbot.waitSignal(page.ticker.timeout, timeout=3_000):
        pass
    changed.clear()
    with qtbot.waitSignal(page.ticker.timeout, timeout=3_000):
        pass
    assert changed == []
    # A minute on, only the row's waiting and status cells are announced.
    page.model.clock = lambda: start + dt.timedelta(minutes=1)
    with qtbot.waitSignal(page.ticker.timeout, timeout=3_000):
        pass
    assert changed == [(2, 3)]
    assert page.proxy.index(0, 2).data() == "1 min"
    assert calls == []
    del services_queue.staff_queue


def test_reprint_writes_the_slip_when_no_printer_is_set(qtbot, services, make_window):
    code = services.queue.submit([("naloxone-nasal", 1)]).pickup_code
    window = make_window(services)
    sign_in(qtbot, window)
    _select(qtbot, window, code)
    assert _click_action(qtbot, window, "reprint") == ("reprint", True)
    slips = list(window.ctx.config.pdf_folder.glob("*.pdf"))
    assert len(slips) == 1 and slips[0].read_bytes().startswith(b"%PDF")
    assert "saved as a PDF" in window.notice_bar.message.text()


def test_an_outage_during_a_reprint_shows_the_offline_banner(qtbot, services, make_window, monkeypatch):
    code = services.queue.submit([("naloxone-nasal", 1)]).pickup_code
    window = make_window(services)
    sign_in(qtbot, window)
    _select(qtbot, window, code)

    def unreachable():
        raise DatabaseUnavailable("The database can't be reached right now.")

    monkeypatch.setattr(window.ctx.services.inventory, "supplies", unreachable)
    monkeypatch.setattr(window.ctx.services.stations, "register", lambda *_a: unreachable())
    assert _click_action(qtbot, window, "reprint") == ("reprint", False)
    assert window.connection_banner.isVisible()
    assert "could not be printed" in window.notice_bar.message.text()
    assert list(window.ctx.config.pdf_folder.glob("*.pdf")) == []
    monkeypatch.undo()  # the server is back: the retry finds it
    qtbot.waitUntil(lambda: not window.connection_banner.isVisible(), timeout=5_000)


def test_queue_chime_can_be_turned_off(qtbot, services, make_window):
    services.settings.update(by=SETUP, queue_chime=False)
    window = make_window(services)
    sign_in(qtbot, window)
    qtbot.waitUntil(lambda: not window.ctx.settings.queue_chime, timeout=5_000)
    code = services.queue.submit([("naloxone-nasal", 1)]).pickup_code
    qtbot.waitUntil(lambda: code in queue_codes(window), timeout=5_000)
    assert window.sounds.plays["chime"] == 0


def test_the_idle_queue_sleeps_until_a_time_on_screen_changes(qtbot, services, make_window):
    """At the real ceiling (a minute), the ticker is set for the next change, not every second."""
    services.queue.submit([("naloxone-nasal", 1)])
    window = make_window(services, timings=dataclasses.replace(FAST, tick_ms=60_000))
    sign_in(qtbot, window)
    page = window.workspace.queue_page
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 1, timeout=5_000)
    created = page.model.item(0).created_at
    page.model.clock = lambda: created + dt.timedelta(seconds=20)
    page._on_tick()
    assert page.ticker.isActive() and page.ticker.isSingleShot()
    assert 40_000 <= page.ticker.interval() <= 40_200  # "under 1 min" reads "1 min" in 40 s
    page.model.clock = lambda: created + dt.timedelta(minutes=3, seconds=59)
    page._on_tick()
    assert page.ticker.interval() <= 1_100
    assert page.proxy.index(0, 2).data() == "3 min"
    window.workspace.show_page("stock")
    assert not page.ticker.isActive()  # a hidden queue never wakes
