"""A code staff call to the window lights up on the board, with a chime."""

from __future__ import annotations


def test_a_called_code_lights_up_with_a_chime(qtbot, services, board):
    staff = services.staff.list()[0].actor
    ready = services.queue.submit([("condoms", 5)])
    services.queue.mark_ready(ready.request_id, staff)
    waiting = services.queue.submit([("naloxone-nasal", 1)])
    with qtbot.waitSignal(board.codes_shown, timeout=5_000):
        board.start()
    qtbot.waitUntil(lambda: board._called is not None, timeout=5_000)
    assert board.sounds.plays["chime"] == 0 and board._fresh == set()

    services.queue.call(ready.request_id, staff)
    qtbot.waitUntil(lambda: ready.pickup_code in board._fresh, timeout=5_000)
    assert board.sounds.plays["chime"] == 1

    # "Call next" claims the waiting one: it lights up among the codes being prepared.
    assert services.queue.call_next(staff).id == waiting.request_id
    qtbot.waitUntil(lambda: waiting.pickup_code in board.preparing.codes, timeout=5_000)
    qtbot.waitUntil(lambda: waiting.pickup_code in board._fresh, timeout=5_000)
    assert board.sounds.plays["chime"] == 2
