"""The queue desk on SQLite and PostgreSQL: calling a code, "call next" and undo."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from kiosk.data.db import open_database
from kiosk.data.models import StockMovement
from kiosk.data.queue import QueueConflict, QueueService
from kiosk.data.rules import UNDO_SECONDS
from kiosk.errors import NotAllowed
from tests.conftest import SETUP

PINS = ("917253", "604918")


def _two_staff(services):
    return [services.staff.add(f"Desk {i}", PINS[i], by=SETUP).actor for i in range(2)]


def _movements(services) -> list[tuple[int, int, str]]:
    with services.db.read_scope() as session:
        return [
            (row.supply_id, row.delta, row.reason)
            for row in session.scalars(select(StockMovement).order_by(StockMovement.id))
        ]


def _comparable(view):
    """A request as staff see it, minus the version counter that every change bumps."""
    return dataclasses.replace(view, version=0)


def test_call_next_takes_the_oldest_waiting_request_and_calls_it(services):
    first, _second = _two_staff(services)
    emergency = services.queue.submit(emergency=True)
    oldest = services.queue.submit([("condoms", 1)])
    services.queue.submit([("lube", 1)])

    called = services.queue.call_next(first)

    assert called is not None and called.id == oldest.request_id  # an emergency is not "next"
    assert called.status == "in_progress" and called.claimed_by_id == first.staff_id
    assert called.called_at is not None
    assert services.queue.status_of(emergency.request_id).status == "pending"


def test_call_next_says_none_when_nobody_waits(services):
    first, _ = _two_staff(services)
    assert services.queue.call_next(first) is None


def test_two_staff_calling_next_at_once_get_two_different_requests(services, db_url):
    staff = _two_staff(services)
    submitted = [services.queue.submit([("condoms", 1)]).request_id for _ in range(4)]
    barrier = threading.Barrier(2, timeout=30)
    results: list = [None, None]
    errors: list[BaseException] = []

    def desk(index: int) -> None:
        db = open_database(db_url, migrate=False)
        try:
            queue = QueueService(db, services.site_id)
            barrier.wait()
            results[index] = queue.call_next(staff[index])
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            db.dispose()

    threads = [threading.Thread(target=desk, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert not errors, errors
    ids = {view.id for view in results}
    assert ids == set(submitted[:2])  # the two oldest, one each
    for index, view in enumerate(results):
        assert services.queue.status_of(view.id).claimed_by_id == staff[index].staff_id


def test_call_lights_up_a_ready_code_and_claims_a_waiting_one(services):
    first, second = _two_staff(services)
    waiting = services.queue.submit([("condoms", 1)])
    ready = services.queue.submit([("lube", 1)])
    services.queue.mark_ready(ready.request_id, first)

    on_board = services.queue.call(ready.request_id, second)  # a ready code is anyone's
    assert on_board.status == "ready" and on_board.called_at is not None
    claimed = services.queue.call(waiting.request_id, second)
    assert claimed.status == "in_progress" and claimed.claimed_by_id == second.staff_id

    with pytest.raises(NotAllowed) as not_theirs:  # someone else's claim stays theirs to call
        services.queue.call(waiting.request_id, first)
    assert not_theirs.value.rule == "not_yours"

    emergency = services.queue.submit(emergency=True)
    with pytest.raises(QueueConflict) as refused:
        services.queue.call(emergency.request_id, first)
    assert refused.value.reason == "emergency"


@pytest.mark.parametrize("action", ["claim", "ready", "call", "cancel", "no_show", "release"])
def test_undo_restores_the_exact_previous_state(services, action):
    first, _ = _two_staff(services)
    request = services.queue.submit([("condoms", 2)])
    if action == "release":
        services.queue.claim(request.request_id, first)
    before = services.queue.status_of(request.request_id)
    take = {
        "claim": lambda: services.queue.claim(request.request_id, first),
        "ready": lambda: services.queue.mark_ready(request.request_id, first),
        "call": lambda: services.queue.call(request.request_id, first),
        "cancel": lambda: services.queue.cancel(request.request_id, first, "duplicate"),
        "no_show": lambda: services.queue.no_show(request.request_id, first),
        "release": lambda: services.queue.release(request.request_id, first),
    }[action]
    after = take()
    assert _comparable(after) != _comparable(before)

    undone = services.queue.undo(request.request_id, first)

    assert _comparable(undone) == _comparable(before)
    assert _comparable(services.queue.status_of(request.request_id)) == _comparable(before)


def test_undo_of_a_hand_over_puts_the_stock_back(services):
    first, _ = _two_staff(services)
    naloxone = services.inventory.supply("naloxone-nasal").stock
    strips = services.inventory.supply("fentanyl-test-strips").stock
    request = services.queue.submit([("naloxone-nasal", 2), ("fentanyl-test-strips", 5)])
    services.queue.claim(request.request_id, first)
    before = services.queue.status_of(request.request_id)
    movements = _movements(services)

    services.queue.fulfil(request.request_id, first, {"naloxone-nasal": 1, "fentanyl-test-strips": 5})
    assert services.inventory.supply("naloxone-nasal").stock == naloxone - 1
    undone = services.queue.undo(request.request_id, first)

    assert services.inventory.supply("naloxone-nasal").stock == naloxone
    assert services.inventory.supply("fentanyl-test-strips").stock == strips
    assert _movements(services) == movements  # the shelf's history reads as before the tap
    assert _comparable(undone) == _comparable(before)
    assert all(line.quantity_given is None for line in undone.lines)


def test_undo_is_refused_after_the_window_by_others_and_after_a_change(services):
    now = [dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)]
    queue = QueueService(services.db, services.site_id, clock=lambda: now[0])
    first, second = _two_staff(services)

    late = queue.submit([("condoms", 1)])
    queue.claim(late.request_id, first)
    now[0] += dt.timedelta(seconds=UNDO_SECONDS + 1)
    with pytest.raises(QueueConflict) as refused:
        queue.undo(late.request_id, first)
    assert refused.value.reason == "undo_too_late"

    theirs = queue.submit([("condoms", 1)])
    queue.mark_ready(theirs.request_id, first)
    with pytest.raises(QueueConflict) as refused:
        queue.undo(theirs.request_id, second)
    assert refused.value.reason == "undo_not_yours"

    moved_on = queue.submit([("lube", 1)])
    queue.mark_ready(moved_on.request_id, first)
    with services.db.session_scope() as session:  # another station's change, not an undoable one
        from kiosk.data.models import Request

        row = session.get(Request, moved_on.request_id)
        row.version += 1
    with pytest.raises(QueueConflict) as refused:
        queue.undo(moved_on.request_id, first)
    assert refused.value.reason == "undo_changed"

    # Undone once is undone: a second undo has nothing to take back.
    again = queue.submit([("lube", 1)])
    queue.claim(again.request_id, first)
    queue.undo(again.request_id, first)
    with pytest.raises(QueueConflict) as refused:
        queue.undo(again.request_id, first)
    assert refused.value.reason == "undo_nothing"


def test_a_refused_undo_changes_nothing(services):
    first, second = _two_staff(services)
    request = services.queue.submit([("naloxone-nasal", 1)])
    services.queue.fulfil(request.request_id, first)
    stock = services.inventory.supply("naloxone-nasal").stock
    with pytest.raises(QueueConflict):
        services.queue.undo(request.request_id, second)
    assert services.inventory.supply("naloxone-nasal").stock == stock
    assert services.queue.status_of(request.request_id).status == "fulfilled"
    with services.db.read_scope() as session:
        fulfils = select(func.count()).select_from(StockMovement).where(StockMovement.reason == "fulfil")
        assert session.scalar(fulfils) == 1
