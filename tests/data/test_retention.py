"""Retention: old closed requests become tallies; reports and open requests stay as they were."""

from __future__ import annotations

import datetime as dt
import os
import time

import pytest
from sqlalchemy import func, select

from kiosk.data.models import AuditEvent, Request, RequestLine, SiteSetting, StockMovement
from kiosk.data.retention import RetentionService
from kiosk.printing.sweep import sweep_visit_files
from tests.conftest import SETUP, fast_hasher
from tests.data.report_data import MON, MON2, build_week


def _count(db, model, *where) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(model).where(*where))


def _audit_about(db, code: str) -> int:
    return _count(db, AuditEvent, AuditEvent.subject == f"request {code}")


@pytest.fixture
def week(db):
    return build_week(db, fast_hasher())


def test_a_purge_changes_no_report_figure(week):
    services, clock, ids = week
    before = {by: services.reports.build(MON, MON2, by, asked_by=SETUP) for by in ("day", "week", "month")}
    clock.now = clock.now + dt.timedelta(days=100)

    result = RetentionService(services.db, clock, batch_size=2, pause_s=0).purge()

    assert result.requests == 5 and result.batches == 3  # R1-R5 in batches of 2, 2 and 1
    for by, report in before.items():
        after = services.reports.build(MON, MON2, by, asked_by=SETUP)
        assert after.rows == report.rows, by


def test_a_purge_changes_no_figure_of_a_report_read_day_by_day_either(week):
    from kiosk.data.tallies import MAX_PERIOD_PASSES

    services, clock, _ids = week
    first, last = MON - dt.timedelta(days=20), MON2 + dt.timedelta(days=20)
    before = {by: services.reports.build(first, last, by, asked_by=SETUP) for by in ("day", "week")}
    assert len(before["day"].periods) > MAX_PERIOD_PASSES >= len(before["week"].periods)
    clock.now = clock.now + dt.timedelta(days=100)

    assert RetentionService(services.db, clock, batch_size=3, pause_s=0).purge().requests == 5

    for by, report in before.items():
        assert services.reports.build(first, last, by, asked_by=SETUP).rows == report.rows, by


def test_open_requests_are_never_purged(week):
    services, clock, ids = week
    codes = {name: services.queue.status_of(i).pickup_code for name, i in ids.items()}
    clock.now = clock.now + dt.timedelta(days=365)

    RetentionService(services.db, clock, pause_s=0).purge()

    with services.db.session_scope() as session:
        left = set(session.scalars(select(Request.id)))
    assert left == {ids["R6"], ids["R7"]}
    assert services.queue.status_of(ids["R6"]).status == "pending"
    assert services.queue.status_of(ids["R7"]).status == "in_progress"
    assert _count(services.db, RequestLine) == 1  # R6's line
    # Audit events about purged requests go with them; the open ones keep theirs.
    assert _audit_about(services.db, codes["R1"]) == 0 and _audit_about(services.db, codes["R3"]) == 0
    assert _audit_about(services.db, codes["R7"]) == 1
    # Stock movements keep their numbers, without the link to a deleted request.
    assert _count(services.db, StockMovement, StockMovement.reason == "fulfil") == 3
    assert _count(services.db, StockMovement, StockMovement.request_id.is_not(None)) == 0


def test_only_requests_past_the_retention_period_go(week):
    services, clock, ids = week
    services.settings.update(by=SETUP, retention_days=7)
    clock.at(MON2, 15)  # R1-R3 closed by 14:10 on Monday 2 November, over 7 days ago; R4, R5 on Tuesday
    assert RetentionService(services.db, clock, pause_s=0).purge(dry_run=True).requests == 3
    assert _count(services.db, Request) == 7  # a dry run deletes nothing

    assert RetentionService(services.db, clock, pause_s=0).purge().requests == 3
    assert _count(services.db, Request) == 4


def test_retention_is_at_least_one_day(week):
    services, clock, ids = week
    # A value an older version let through: the settings service refuses it now.
    with services.db.session_scope() as session:
        session.merge(SiteSetting(site_id=services.site_id, key="retention_days", value=0))
    clock.at(MON2, 12)
    service = RetentionService(services.db, clock, pause_s=0)
    assert service.cutoff(services.site_id) == clock.now - dt.timedelta(days=1)


def test_one_station_at_a_time_and_once_a_day(week):
    services, clock, ids = week
    clock.now = clock.now + dt.timedelta(days=100)
    first = RetentionService(services.db, clock, pause_s=0)
    second = RetentionService(services.db, clock, pause_s=0)

    assert first._take_lease("front desk")
    assert not second._take_lease("back office")  # the lease is held
    first._release_lease("front desk", done=True)
    assert second.run_if_due("back office") is None  # done today already
    clock.now = clock.now + dt.timedelta(hours=23, minutes=1)
    result = second.run_if_due("back office")
    assert result is not None and result.requests == 5


def test_a_lease_left_by_a_crashed_station_runs_out(week):
    services, clock, ids = week
    service = RetentionService(services.db, clock, pause_s=0)
    assert service._take_lease("crashed")
    clock.now = clock.now + dt.timedelta(minutes=31)
    assert service.run_if_due("next one") is not None


def test_old_slip_files_are_swept(tmp_path):
    old = tmp_path / "20261101-pickup-abc.pdf"
    fresh = tmp_path / "20261101-pickup-def.pdf"
    partial = tmp_path / "20261101-pickup-ghi.part"
    other = tmp_path / "notes.txt"
    for path in (old, fresh, partial, other):
        path.write_bytes(b"%PDF")
    hour_ago = time.time() - 3601
    os.utime(old, (hour_ago, hour_ago))
    os.utime(partial, (hour_ago, hour_ago))

    assert sweep_visit_files([tmp_path, tmp_path / "missing"]) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["20261101-pickup-def.pdf", "notes.txt"]


def test_two_purges_at_once_count_each_request_once(week):
    """Another station and kiosk-admin purging together: every request counted once, on both engines."""
    import threading

    services, clock, ids = week
    before = services.reports.build(MON, MON2, "month", asked_by=SETUP)
    clock.now = clock.now + dt.timedelta(days=100)
    results = []
    start = threading.Barrier(2)

    def purge() -> None:
        start.wait()
        results.append(RetentionService(services.db, clock, batch_size=1, pause_s=0).purge())

    threads = [threading.Thread(target=purge) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert sum(r.requests for r in results) == 5
    assert services.reports.build(MON, MON2, "month", asked_by=SETUP).rows == before.rows


def test_a_batch_purged_by_someone_else_meanwhile_is_counted_once(sqlite_db):
    """On SQLite a batch is counted before the write lock is taken: if another purge
    deletes part of it in between, the write counts what is left, not the plan.
    (PostgreSQL counts under the batch's row locks, which the test above covers.)"""
    services, clock, ids = build_week(sqlite_db, fast_hasher())
    before = services.reports.build(MON, MON2, "month", asked_by=SETUP)
    clock.now = clock.now + dt.timedelta(days=100)
    mine = RetentionService(services.db, clock, batch_size=3, pause_s=0)
    other = RetentionService(services.db, clock, batch_size=1, pause_s=0)
    plan = mine._plan_batch
    taken = []

    def plan_then_lose_one(connection, site_id, batch_ids, zone):
        planned = plan(connection, site_id, batch_ids, zone)
        if not taken:  # the first plan only: the other station purges its first request now
            taken.append(batch_ids[0])
            with services.db.session_scope() as session:
                other._purge_batch(session.connection(), site_id, [batch_ids[0]], zone)
        return planned

    mine._plan_batch = plan_then_lose_one
    result = mine.purge()

    assert taken == [ids["R1"]]
    assert result.requests == 4  # R2-R5: R1 went with the other purge
    assert services.reports.build(MON, MON2, "month", asked_by=SETUP).rows == before.rows
