"""The two flags a request keeps for reports (a line asks for an item; a line was
given short): written at submit and at the hand-over, taken back by an undo,
and filled in by migration 0011 for the requests a database already holds."""

from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import create_engine, select

from kiosk.data.db import open_database
from kiosk.data.migrate import alembic_config
from kiosk.data.models import Request
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site, load_demo
from tests.conftest import SETUP, fast_hasher


def _flags(db, request_id: int) -> tuple[bool, bool]:
    with db.read_scope() as session:
        row = session.execute(select(Request.has_items, Request.given_short).where(Request.id == request_id)).one()
    return bool(row.has_items), bool(row.given_short)


def _requests(services: Services) -> dict[str, int]:
    """An item request given short, a service-only one given in full, an emergency, an open one."""
    admin = services.staff.sign_in("admin", "582046").actor
    ids = {
        "short": services.queue.submit([("condoms", 2), ("peer-worker", 1)]).request_id,
        "talk": services.queue.submit([("peer-worker", 1)]).request_id,
        "alarm": services.queue.submit(emergency=True).request_id,
        "waiting": services.queue.submit([("naloxone-nasal", 1)]).request_id,
    }
    services.queue.fulfil(ids["short"], admin, given={"condoms": 1, "peer-worker": 1})
    services.queue.fulfil(ids["talk"], admin)
    return ids


EXPECTED = {"short": (True, True), "talk": (False, False), "alarm": (False, False), "waiting": (True, False)}


def test_a_submit_and_a_hand_over_write_the_flags_the_report_counts(services):
    ids = _requests(services)
    assert {name: _flags(services.db, i) for name, i in ids.items()} == EXPECTED

    today = dt.datetime.now(dt.UTC).date()
    report = services.reports.build(today, today, "month", asked_by=SETUP)
    assert [report.value("encounters_by_kind", k) for k in ("supplies", "services", "emergency")] == [2, 1, 1]
    assert report.value("requests_by_outcome", "part_fulfilled") == 1
    assert report.value("requests_by_outcome", "fulfilled") == 1
    assert report.value("requests_by_outcome", "open") == 2

    admin = services.staff.sign_in("admin", "582046").actor
    services.queue.undo(ids["short"], admin)  # back in the queue: nothing was handed over

    assert _flags(services.db, ids["short"]) == (True, False)
    report = services.reports.build(today, today, "month", asked_by=SETUP)
    assert report.value("requests_by_outcome", "part_fulfilled") == 0
    assert report.value("requests_by_outcome", "open") == 3


def test_migration_0011_fills_the_flags_in_for_the_requests_already_there(db_url):
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    db = open_database(db_url, migrate=False)
    try:
        site_id = ensure_site(db)
        services = Services.build(db, site_id, hasher=fast_hasher())
        load_demo(db, staff=services.staff)
        ids = _requests(services)
    finally:
        db.dispose()
    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0010")  # the flags are gone
    engine.dispose()

    upgraded = open_database(db_url)  # and come back, worked out from the lines
    try:
        assert {name: _flags(upgraded, i) for name, i in ids.items()} == EXPECTED
    finally:
        upgraded.dispose()
