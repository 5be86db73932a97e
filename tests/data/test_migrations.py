"""Migration 0002: a database made at 0001 gains the enum CHECKs and keeps its rows."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import create_engine, exc, inspect, text

from kiosk.data.db import open_database
from kiosk.data.migrate import SCHEMA_REVISION, alembic_config, current_revision
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site, load_demo
from tests.conftest import fast_hasher

ENUM_CHECKS = {
    "requests": {"ck_requests_request_status", "ck_requests_request_priority"},
    "stations": {"ck_stations_station_kind"},
    "staff_accounts": {"ck_staff_accounts_staff_role"},
    "supplies": {"ck_supplies_supply_kind"},
    "daily_tallies": {"ck_daily_tallies_tally_priority"},
}
TABLES = (
    "sites", "stations", "supplies", "staff_accounts", "requests", "request_lines",
    "stock_movements", "audit_events", "alerts", "site_settings",
)


def _at_0001(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
    engine.dispose()


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        counts = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in TABLES}
    engine.dispose()
    return counts


def _checks(url: str) -> dict[str, set[str]]:
    engine = create_engine(url)
    with engine.connect() as connection:
        found = {
            table: {c["name"] for c in inspect(connection).get_check_constraints(table)} for table in ENUM_CHECKS
        }
    engine.dispose()
    return found


def _fill(url: str) -> None:
    """Requests in every state, stock moved, staff, a station: rows that point at rebuilt tables."""
    from kiosk.data.models import StationKind

    # The services write what the newest schema holds: fill at the head, then
    # step back to 0001 so the upgrade under test starts from a 0001 database with rows.
    engine = create_engine(url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    engine.dispose()
    db = open_database(url, migrate=False)
    try:
        site_id = ensure_site(db)
        services = Services.build(db, site_id, hasher=fast_hasher())
        load_demo(db, staff=services.staff)
        admin = services.staff.sign_in("admin", "582046")
        station = services.stations.register("front", StationKind.KIOSK)
        done = services.queue.submit([("condoms", 2)], station_id=station.id)
        services.queue.fulfil(done.request_id, admin.actor)
        claimed = services.queue.submit([("naloxone-nasal", 1)])
        services.queue.claim(claimed.request_id, admin.actor)
        services.queue.submit(emergency=True)
        services.queue.submit([("lube", 1)])
    finally:
        db.dispose()
    engine = create_engine(url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
    engine.dispose()


def test_a_0001_database_is_upgraded_to_hold_its_enums(db_url):
    _at_0001(db_url)
    assert all(not (_checks(db_url)[t] & names) for t, names in ENUM_CHECKS.items())
    _fill(db_url)
    before = _counts(db_url)

    db = open_database(db_url)
    try:
        with db.engine.connect() as connection:
            assert current_revision(connection) == SCHEMA_REVISION
            if db.is_sqlite:
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    finally:
        db.dispose()

    assert _counts(db_url) == before, "the upgrade lost or added rows"
    found = _checks(db_url)
    for table, names in ENUM_CHECKS.items():
        assert names <= found[table], table
    # The checks 0001 made are carried through the rebuild.
    assert {"ck_supplies_stock_not_negative", "ck_supplies_limit_positive"} <= found["supplies"]


@pytest.mark.parametrize(
    ("statement", "constraint"),
    [
        ("UPDATE requests SET status = 'lost'", "ck_requests_request_status"),
        ("UPDATE requests SET priority = 'urgent'", "ck_requests_request_priority"),
        ("UPDATE staff_accounts SET role = 'owner'", "ck_staff_accounts_staff_role"),
        ("UPDATE stations SET kind = 'phone'", "ck_stations_station_kind"),
        ("UPDATE supplies SET kind = 'gift'", "ck_supplies_supply_kind"),
    ],
)
def test_an_upgraded_database_refuses_values_outside_the_enum(db_url, statement, constraint):
    _at_0001(db_url)
    _fill(db_url)
    open_database(db_url).dispose()

    engine = create_engine(db_url)
    try:
        with pytest.raises(exc.IntegrityError) as caught, engine.begin() as connection:
            connection.execute(text(statement))
        # PostgreSQL names the constraint; SQLite names it too for a named CHECK.
        assert constraint in str(caught.value.orig)
    finally:
        engine.dispose()


def test_the_open_code_index_survives_the_upgrade(db_url):
    """After the rebuild two open requests still cannot share a code, closed ones still can."""
    _at_0001(db_url)
    _fill(db_url)
    open_database(db_url).dispose()

    engine = create_engine(db_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT pickup_code, status FROM requests ORDER BY id")).all()
        closed_code = next(code for code, status in rows if status == "fulfilled")
        open_code = next(code for code, status in rows if status == "pending")
        with engine.begin() as connection:
            connection.execute(
                text("UPDATE requests SET pickup_code = :code WHERE status = 'in_progress'"), {"code": closed_code}
            )
        with pytest.raises(exc.IntegrityError), engine.begin() as connection:
            connection.execute(
                text("UPDATE requests SET pickup_code = :code WHERE status = 'in_progress'"), {"code": open_code}
            )
    finally:
        engine.dispose()


def test_the_upgrade_can_be_undone(db_url):
    _at_0001(db_url)
    _fill(db_url)
    open_database(db_url).dispose()
    before = _counts(db_url)

    engine = create_engine(db_url)
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0001")
    engine.dispose()

    assert "ck_requests_request_status" not in _checks(db_url)["requests"]
    assert _counts(db_url) == before
