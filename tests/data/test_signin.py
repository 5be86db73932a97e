"""PIN checks: outside any write unit, unknown names throttled like known ones, kiosk unlock per site."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from argon2 import PasswordHasher
from sqlalchemy import create_engine, select, text

from kiosk.data.models import AuditEvent, StaffAccount
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site
from kiosk.data.signin import FREE_TRIES, LOCK_AFTER, SignInFailed, delay_after
from kiosk.data.stations import StationService
from tests.conftest import SETUP


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


class ProbingHasher(PasswordHasher):
    """The fast test hasher, calling ``probe`` inside every verify."""

    def __init__(self) -> None:
        super().__init__(time_cost=1, memory_cost=8, parallelism=1)
        self.probe = lambda: None
        self.verified = 0

    def verify(self, hash, password):  # noqa: A002 - the library's name
        self.verified += 1
        self.probe()
        return super().verify(hash, password)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def hasher():
    return ProbingHasher()


@pytest.fixture
def services(db, clock, hasher):
    site = ensure_site(db)
    built = Services.build(db, site, clock=clock, hasher=hasher)
    built.staff.add("Robin", "917253", by=SETUP)
    return built


def _outcome(call):
    try:
        call()
    except SignInFailed as failed:
        return failed.reason, failed.wait_s, failed.attempts_left, failed.message
    return ("signed_in",)


def _can_lock_robin_at_once(db, db_url) -> bool:
    """Whether another station could take a write lock on Robin's account without waiting."""
    if db.is_sqlite:
        other = sqlite3.connect(str(db.sqlite_path), timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            return True
        except sqlite3.OperationalError:
            return False
        finally:
            other.close()
    engine = create_engine(db_url)
    try:
        with engine.begin() as connection:
            connection.execute(text("SELECT id FROM staff_accounts WHERE name = 'Robin' FOR UPDATE NOWAIT"))
        return True
    except Exception:  # noqa: BLE001 - a lock held elsewhere
        return False
    finally:
        engine.dispose()


@pytest.mark.parametrize("pin", ["917253", "000001"], ids=["right", "wrong"])
def test_the_pin_is_checked_outside_any_write_unit(services, db, db_url, hasher, pin):
    free: list[bool] = []
    hasher.probe = lambda: free.append(_can_lock_robin_at_once(db, db_url))
    _outcome(lambda: services.staff.sign_in("Robin", pin))
    assert free == [True]


def test_the_kiosk_unlock_checks_pins_outside_any_write_unit(services, db, db_url, hasher, clock):
    station = StationService(db, services.site_id, clock).register("kiosk-1", "kiosk")
    free: list[bool] = []
    hasher.probe = lambda: free.append(_can_lock_robin_at_once(db, db_url))
    assert services.staff.unlock_station(station.id, "917253").name == "Robin"
    assert free == [True]


def test_unknown_names_are_throttled_exactly_like_known_ones(services, clock, hasher):
    def attempts(name: str) -> list[tuple]:
        seen = []
        for _ in range(LOCK_AFTER + 1):
            before = hasher.verified
            outcome = _outcome(lambda: services.staff.sign_in(name, "000001"))
            seen.append((*outcome, hasher.verified - before))
            if outcome[0] == "wrong_pin" and outcome[1]:
                seen.append((*_outcome(lambda: services.staff.sign_in(name, "000001")), "at once"))
                clock.advance(outcome[1])
        return seen

    known = attempts("Robin")
    unknown = attempts("Nobody")
    assert unknown == known
    # The shape of it: free tries, waits that grow, then locked; one hash check per try taken.
    assert known[0] == ("wrong_pin", 0, LOCK_AFTER - 1, "That name and PIN don't match.", 1)
    assert [k[0] for k in known if k[-1] == "at once"] == ["wait"] * (LOCK_AFTER - FREE_TRIES)
    assert known[-1][0] == "locked" and known[-1][-1] == 0


def test_unknown_name_failures_are_shared_between_stations_and_keep_no_name(services, db, clock, hasher):
    from kiosk.data.staff import StaffService

    other_station = StaffService(db, services.site_id, clock, hasher)
    for _ in range(FREE_TRIES):
        _outcome(lambda: services.staff.sign_in("Nobody", "000001"))
    assert _outcome(lambda: other_station.sign_in("Nobody", "000001"))[0] == "wait"
    # Another unknown name has its own count, as another account would.
    assert _outcome(lambda: other_station.sign_in("Someone", "000001"))[:2] == ("wrong_pin", 0)
    with db.read_scope() as session:
        subjects = list(session.scalars(select(AuditEvent.subject)))
    assert subjects and not any("Nobody" in s or "Someone" in s or "000001" in s for s in subjects)


def test_parallel_sign_ins_gain_no_extra_tries(services, db, hasher):
    tries = FREE_TRIES + 3
    together = threading.Barrier(tries, timeout=20)
    # Every try has read the account before any of them records its outcome.
    hasher.probe = together.wait
    with ThreadPoolExecutor(tries) as pool:
        outcomes = list(pool.map(lambda _: _outcome(lambda: services.staff.sign_in("Robin", "000001")), range(tries)))
    reasons = sorted(o[0] for o in outcomes)
    assert reasons == ["wait"] * (tries - FREE_TRIES) + ["wrong_pin"] * FREE_TRIES
    with db.read_scope() as session:
        robin = session.scalars(select(StaffAccount).where(StaffAccount.name == "Robin")).one()
        assert robin.failed_attempts == FREE_TRIES


def test_the_kiosk_unlock_is_throttled_for_the_whole_site(services, db, clock, hasher, caplog):
    caplog.set_level(logging.INFO)
    stations = StationService(db, services.site_id, clock)
    kiosks = [stations.register(f"kiosk-{n}", "kiosk").id for n in (1, 2)]
    for attempt in range(1, LOCK_AFTER + 1):
        kiosk = kiosks[attempt % 2]
        outcome = _outcome(lambda kiosk=kiosk: services.staff.unlock_station(kiosk, "000001"))
        expected = "locked" if attempt >= LOCK_AFTER else "wrong_pin"
        assert outcome[0] == expected, f"try {attempt}"
        if expected == "wrong_pin":
            assert outcome[1] == delay_after(attempt)
            if outcome[1]:
                # The other kiosk waits too, without a PIN being checked.
                before = hasher.verified
                other = kiosks[(attempt + 1) % 2]
                assert _outcome(lambda other=other: services.staff.unlock_station(other, "917253"))[0] == "wait"
                assert hasher.verified == before
                clock.advance(outcome[1])
    for kiosk in kiosks:
        assert _outcome(lambda kiosk=kiosk: services.staff.unlock_station(kiosk, "917253"))[0] == "locked"

    with db.read_scope() as session:
        failures = session.execute(
            select(AuditEvent.station_id, AuditEvent.subject).where(AuditEvent.action == "unlock_failed")
        ).all()
    assert len(failures) == LOCK_AFTER and {f.station_id for f in failures} == set(kiosks)
    assert caplog.text.count("failed staff unlock on kiosk") == LOCK_AFTER
    assert "000001" not in caplog.text and "917253" not in caplog.text

    services.staff.reset_station(kiosks[0], SETUP)
    assert services.staff.unlock_station(kiosks[1], "917253").name == "Robin"


def test_a_successful_unlock_clears_the_sites_failures(services, db, clock):
    kiosk = StationService(db, services.site_id, clock).register("kiosk-1", "kiosk").id
    for _ in range(FREE_TRIES):
        _outcome(lambda: services.staff.unlock_station(kiosk, "000001"))
    clock.advance(delay_after(FREE_TRIES))
    assert services.staff.unlock_station(kiosk, "917253").name == "Robin"
    assert _outcome(lambda: services.staff.unlock_station(kiosk, "000001"))[:3] == ("wrong_pin", 0, LOCK_AFTER - 1)
