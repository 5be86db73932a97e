"""The public board: codes being prepared and ready, live, through an outage."""

from __future__ import annotations

from kiosk.errors import DatabaseUnavailable
from kiosk.views.board.widgets import best_grid
from tests.conftest import SETUP


def _staff_id(services) -> int:
    return services.staff.list()[0].actor


def test_board_shows_ready_codes_only_in_the_ready_column(qtbot, services, board):
    staff_id = _staff_id(services)
    waiting = services.queue.submit([("naloxone-nasal", 1)])
    preparing = services.queue.submit([("fentanyl-test-strips", 2)])
    ready = services.queue.submit([("condoms", 5)])
    emergency = services.queue.submit(emergency=True)
    services.queue.claim(preparing.request_id, staff_id)
    services.queue.mark_ready(ready.request_id, staff_id)
    services.queue.acknowledge(emergency.request_id, staff_id)

    with qtbot.waitSignal(board.codes_shown, timeout=5_000) as blocker:
        board.start()
    assert blocker.args == [[preparing.pickup_code], [ready.pickup_code]]
    assert board.ready.codes == [ready.pickup_code]
    assert board.preparing.codes == [preparing.pickup_code]
    shown = board.ready.codes + board.preparing.codes
    assert waiting.pickup_code not in shown and emergency.pickup_code not in shown
    assert board.sounds.plays["chime"] == 0  # nothing became ready while watching

    # Live: a code becomes ready, with a chime; a handed-over code leaves.
    services.queue.mark_ready(preparing.request_id, staff_id)
    qtbot.waitUntil(lambda: preparing.pickup_code in board.ready.codes, timeout=5_000)
    assert board.preparing.codes == []
    assert board.sounds.plays["chime"] == 1
    services.queue.fulfil(ready.request_id, staff_id)
    qtbot.waitUntil(lambda: board.ready.codes == [preparing.pickup_code], timeout=5_000)


def test_board_chime_can_be_turned_off(qtbot, services, board):
    services.settings.update(by=SETUP, board_chime=False)
    staff_id = _staff_id(services)
    request = services.queue.submit([("naloxone-nasal", 1)])
    with qtbot.waitSignal(board.codes_shown, timeout=5_000):
        board.start()
    qtbot.waitUntil(lambda: not board.settings.board_chime, timeout=5_000)
    services.queue.mark_ready(request.request_id, staff_id)
    qtbot.waitUntil(lambda: board.ready.codes == [request.pickup_code], timeout=5_000)
    assert board.sounds.plays["chime"] == 0


def test_board_keeps_codes_through_an_outage_and_recovers(qtbot, services, board, monkeypatch):
    staff_id = _staff_id(services)
    first = services.queue.submit([("naloxone-nasal", 1)])
    services.queue.mark_ready(first.request_id, staff_id)
    with qtbot.waitSignal(board.codes_shown, timeout=5_000):
        board.start()

    real_board = services.queue.board
    down = {"now": True}

    def board_or_outage():
        if down["now"]:
            raise DatabaseUnavailable("The database can't be reached right now.")
        return real_board()

    monkeypatch.setattr(services.queue, "board", board_or_outage)
    board.refresh()
    qtbot.waitUntil(board.note.isVisible, timeout=5_000)
    assert board.ready.codes == [first.pickup_code]  # the last codes stay up

    second = services.queue.submit([("condoms", 2)])
    services.queue.mark_ready(second.request_id, staff_id)
    down["now"] = False  # the server is back: the retry timer finds it
    qtbot.waitUntil(lambda: not board.note.isVisible(), timeout=5_000)
    qtbot.waitUntil(lambda: set(board.ready.codes) == {first.pickup_code, second.pickup_code}, timeout=5_000)


def test_codes_grow_to_fill_the_space():
    columns, rows, size = best_grid(2, 800, 600)
    assert columns * rows >= 2 and size > 150
    _, _, many = best_grid(24, 800, 600)
    assert 30 < many < size


def test_board_tells_staff_where_an_open_emergency_is_until_closed(qtbot, services, board):
    staff_id = _staff_id(services)
    kiosk = services.stations.register("kiosk-2", "kiosk")
    services.stations.set_place(kiosk.id, {"en": "the hallway kiosk"}, by=SETUP)
    with qtbot.waitSignal(board.codes_shown, timeout=5_000):
        board.start()
    assert not board.emergency_note.isVisible()
    call = services.queue.submit(emergency=True, station_id=kiosk.id)
    qtbot.waitUntil(board.emergency_note.isVisible, timeout=5_000)
    assert board.emergency_note.text() == f"Staff: overdose at the hallway kiosk, call {call.pickup_code}."
    services.emergency.respond(call.request_id, staff_id)
    assert call.pickup_code not in board.ready.codes + board.preparing.codes
    services.emergency.false_alarm(call.request_id, staff_id)
    qtbot.waitUntil(lambda: not board.emergency_note.isVisible(), timeout=5_000)
