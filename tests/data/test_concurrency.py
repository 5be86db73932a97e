"""Several stations at once: one winner per claim, stock never negative, unique codes."""

from __future__ import annotations

import multiprocessing
import random
import threading
from collections import Counter

from kiosk.data.db import open_database
from kiosk.data.dto import Actor
from kiosk.data.queue import QueueConflict, QueueService
from kiosk.data.services import Services
from tests.conftest import SETUP, fast_hasher


def _run_threads(count: int, target) -> list:
    results: list = [None] * count
    errors: list[BaseException] = []
    barrier = threading.Barrier(count)

    def run(index: int) -> None:
        try:
            barrier.wait()
            results[index] = target(index)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            errors.append(error)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert not errors, errors
    return results


def _staff(services, count: int) -> list[Actor]:
    pins = ["917253", "604918", "530871", "286491", "750394", "418062"]
    return [services.staff.add(f"Worker {i}", pins[i], by=SETUP).actor for i in range(count)]


def _claim_all(url: str, site_id: int, actor: Actor, request_ids: list[int], seed: int) -> list[int]:
    """One station claiming everything it can, in its own order."""
    db = open_database(url, migrate=False)
    try:
        queue = QueueService(db, site_id)
        order = list(request_ids)
        random.Random(seed).shuffle(order)
        won = []
        for request_id in order:
            try:
                queue.claim(request_id, actor)
                won.append(request_id)
            except QueueConflict:
                pass
        return won
    finally:
        db.dispose()


def test_concurrent_claims_have_exactly_one_winner_each(services, db_url):
    staff = _staff(services, 4)
    request_ids = [services.queue.submit([("condoms", 1)]).request_id for _ in range(30)]

    wins = _run_threads(4, lambda i: _claim_all(db_url, services.site_id, staff[i], request_ids, i))

    counted = Counter(r for won in wins for r in won)
    assert sorted(counted) == sorted(request_ids)
    assert set(counted.values()) == {1}
    claimed_by = {v.id: v.claimed_by_id for v in services.queue.open_requests()}
    for index, won in enumerate(wins):
        assert all(claimed_by[r] == staff[index].staff_id for r in won)


def test_claims_from_separate_processes_have_one_winner_each(services, db_url):
    staff = _staff(services, 3)
    request_ids = [services.queue.submit([("lube", 1)]).request_id for _ in range(20)]
    context = multiprocessing.get_context("spawn")
    with context.Pool(3) as pool:
        wins = pool.starmap(
            _claim_all, [(db_url, services.site_id, staff[i], request_ids, i) for i in range(3)]
        )
    counted = Counter(r for won in wins for r in won)
    assert sorted(counted) == sorted(request_ids) and set(counted.values()) == {1}


def test_concurrent_fulfils_never_drive_stock_below_zero(services, db_url):
    start = services.inventory.supply("naloxone-nasal").stock
    services.inventory.adjust("naloxone-nasal", -(start - 7), "count_correction", SETUP)
    request_ids = [services.queue.submit([("naloxone-nasal", 2)]).request_id for _ in range(8)]
    staff = _staff(services, 4)

    def fulfil_share(index: int) -> int:
        db = open_database(db_url, migrate=False)
        try:
            queue = QueueService(db, services.site_id)
            given = 0
            for request_id in request_ids[index::4]:
                result = queue.fulfil(request_id, staff[index])
                given += sum(line.quantity_given or 0 for line in result.request.lines)
            return given
        finally:
            db.dispose()

    given = sum(_run_threads(4, fulfil_share))
    final = services.inventory.supply("naloxone-nasal").stock
    assert final == 0 and given == 7
    movements = services.inventory.movements("naloxone-nasal")
    assert sum(m.delta for m in movements) == final


def test_codes_stay_unique_under_concurrent_submits(services, db_url):
    def submit_many(index: int) -> list[str]:
        db = open_database(db_url, migrate=False)
        try:
            queue = Services.build(db, services.site_id, hasher=fast_hasher()).queue
            return [queue.submit([("condoms", 1)]).pickup_code for _ in range(25)]
        finally:
            db.dispose()

    codes = [code for batch in _run_threads(4, submit_many) for code in batch]
    assert len(codes) == 100 and len(set(codes)) == 100
    assert len(services.queue.open_requests()) == 100


def test_a_code_taken_meanwhile_is_drawn_again(services, monkeypatch):
    """When another station stores the same code first, the unique index refuses it and we redraw."""
    import kiosk.data.submit as submit_module

    taken = services.queue.submit([("condoms", 1)]).pickup_code
    real = submit_module.random_code
    draws = iter([taken])
    # The first draw is the code an open request holds, as a racing station's would be.
    monkeypatch.setattr(submit_module, "random_code", lambda: next(draws, None) or real())

    result = services.queue.submit([("lube", 1)])
    assert result.pickup_code != taken
    assert len(services.queue.open_requests()) == 2


def test_a_rule_checked_on_a_row_another_station_just_changed_still_holds(services, db_url):
    """Robin claims every request while Sam marks each one ready, from two stations at once.

    For each request exactly one of them wins: Sam's "ready" on a request
    Robin has just claimed is refused, never applied to Robin's claim.
    """
    from sqlalchemy import func, select

    from kiosk.data.models import AuditEvent
    from kiosk.errors import NotAllowed

    robin, sam = _staff(services, 2)
    request_ids = [services.queue.submit([("condoms", 1)]).request_id for _ in range(30)]

    def work(index: int) -> list[int]:
        db = open_database(db_url, migrate=False)
        try:
            queue = QueueService(db, services.site_id)
            order = list(request_ids)
            random.Random(index).shuffle(order)
            won = []
            for request_id in order:
                try:
                    if index == 0:
                        queue.claim(request_id, robin)
                    else:
                        queue.mark_ready(request_id, sam)
                    won.append(request_id)
                except (QueueConflict, NotAllowed):
                    pass
            return won
        finally:
            db.dispose()

    claimed, readied = _run_threads(2, work)
    assert sorted(claimed + readied) == sorted(request_ids), "exactly one winner per request"
    views = {v.id: v for v in services.queue.open_requests()}
    for request_id in claimed:
        assert (views[request_id].status, views[request_id].claimed_by_id) == ("in_progress", robin.staff_id)
    for request_id in readied:
        assert (views[request_id].status, views[request_id].claimed_by_id) == ("ready", sam.staff_id)
    with services.db.session_scope() as session:
        changes = session.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.action.in_(("claim", "ready")))
        )
    assert changes == len(request_ids)
