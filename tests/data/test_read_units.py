"""Reads are read units: no write lock on SQLite, one consistent snapshot on both engines."""

from __future__ import annotations

import datetime as dt
import sqlite3
import time

import pytest
from sqlalchemy import event, select

from kiosk.data.models import Supply
from kiosk.data.snapshot import read_kiosk_snapshot
from tests.conftest import SETUP


class Transactions:
    """Counts the transactions an engine begins while in use."""

    def __init__(self, db) -> None:
        self.engine = db.engine
        self.began = 0

    def _on_begin(self, _connection) -> None:
        self.began += 1

    def __enter__(self):
        event.listen(self.engine, "begin", self._on_begin)
        return self

    def __exit__(self, *_exc) -> None:
        event.remove(self.engine, "begin", self._on_begin)


def test_the_kiosk_snapshot_is_one_read_transaction(services):
    services.alerts.post({"en": {"title": "Bad batch", "body": "Test first."}}, by=SETUP)
    with Transactions(services.db) as counted:
        snapshot = read_kiosk_snapshot(services)
    assert counted.began == 1
    assert snapshot.catalogue and snapshot.alerts and snapshot.settings.languages


def test_the_staff_queue_is_one_read_transaction(services):
    services.queue.submit([("condoms", 1)])
    done = services.queue.submit([("condoms", 2)])
    staff = services.staff.list()[0]
    services.queue.fulfil(done.request_id, staff.actor)
    with Transactions(services.db) as counted:
        open_only = services.queue.staff_queue()
        today = services.queue.staff_queue(dt.datetime.now(dt.UTC) - dt.timedelta(hours=1))
    assert counted.began == 2  # one per load
    assert [r.status for r in open_only] == ["pending"]
    assert sorted(r.status for r in today) == ["fulfilled", "pending"]


def test_nothing_done_in_a_read_unit_is_stored(services):
    with pytest.raises(Exception):  # noqa: B017 - each engine refuses in its own words; what matters is below
        with services.db.read_scope() as session:
            supply = session.scalars(select(Supply).where(Supply.key == "condoms")).one()
            supply.stock = 1
            session.flush()
            if services.db.is_sqlite:
                raise RuntimeError("flushed inside a read unit")
    assert services.inventory.supply("condoms").stock != 1


def test_a_sqlite_read_does_not_wait_for_the_write_lock(demo_services):
    services = demo_services
    holder = sqlite3.connect(str(services.db.sqlite_path), isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")  # another station in the middle of a write
        started = time.monotonic()
        requests = services.queue.staff_queue()
        catalogue = read_kiosk_snapshot(services).catalogue
        staff = services.staff.list()
        elapsed = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert requests == [] and catalogue and staff
    # The busy timeout is 10 s: a read that took the write lock would wait it out.
    assert elapsed < 2.0
