"""Staff accounts, PINs and throttled sign-in."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from kiosk.data.services import Services
from kiosk.data.staff import LOCK_AFTER, PinRejected, SignInFailed, delay_after, pin_problem
from tests.conftest import SETUP, fast_hasher


class Clock:
    def __init__(self) -> None:
        self.now = dt.datetime(2026, 11, 29, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += dt.timedelta(seconds=seconds)


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def staff(db, clock):
    from kiosk.data.setup import ensure_site

    site = ensure_site(db)
    service = Services.build(db, site, clock=clock, hasher=fast_hasher()).staff
    service.add("Robin", "917253", by=SETUP)
    return service


@pytest.mark.parametrize(
    "pin", ["12345", "123456", "111111", "654321", "121212", "123123", "13579a", "246802", "200105"]
)
def test_weak_or_malformed_pins_are_refused(pin):
    assert pin_problem(pin) is not None


@pytest.mark.parametrize("pin", ["917253", "582046", "30418275"])
def test_good_pins_are_accepted(pin):
    assert pin_problem(pin) is None


def test_pins_are_stored_as_argon2id_hashes(staff, db):
    from sqlalchemy import select

    from kiosk.data.models import StaffAccount

    with db.session_scope() as session:
        stored = session.scalar(select(StaffAccount.pin_hash).where(StaffAccount.name == "Robin"))
    assert stored.startswith("$argon2id$") and "917253" not in stored


def test_adding_with_a_weak_pin_is_refused(staff):
    with pytest.raises(PinRejected):
        staff.add("Alex", "000000", by=SETUP)
    assert [s.name for s in staff.list()] == ["Robin"]


def test_sign_in_with_the_right_pin(staff):
    assert staff.sign_in("Robin", "917253").name == "Robin"


def test_failures_slow_down_then_lock(staff, clock):
    for attempt in range(1, LOCK_AFTER):
        with pytest.raises(SignInFailed) as caught:
            staff.sign_in("Robin", "000001")
        assert caught.value.reason == "wrong_pin"
        assert caught.value.wait_s == delay_after(attempt)
        if caught.value.wait_s:
            # Trying again at once is refused without even checking the PIN.
            with pytest.raises(SignInFailed) as waiting:
                staff.sign_in("Robin", "917253")
            assert waiting.value.reason == "wait" and 0 < waiting.value.wait_s <= caught.value.wait_s
            clock.advance(caught.value.wait_s)
    assert delay_after(LOCK_AFTER - 1) > delay_after(3) > 0

    with pytest.raises(SignInFailed) as caught:
        staff.sign_in("Robin", "000001")
    assert caught.value.reason == "locked"
    clock.advance(3600)
    with pytest.raises(SignInFailed) as caught:
        staff.sign_in("Robin", "917253")  # even the right PIN
    assert caught.value.reason == "locked"

    staff.reset("Robin", SETUP)
    assert staff.sign_in("Robin", "917253").name == "Robin"


def test_a_success_clears_the_failures(staff, clock):
    for _ in range(2):
        with pytest.raises(SignInFailed):
            staff.sign_in("Robin", "000001")
    assert staff.sign_in("Robin", "917253").failed_attempts == 0


def test_failures_are_shared_between_stations(db, staff, clock):
    """A second station (its own service object) sees the first one's failures."""
    from kiosk.data.staff import StaffService

    other_station = StaffService(db, 1, clock, fast_hasher())
    for _ in range(3):
        with pytest.raises(SignInFailed):
            staff.sign_in("Robin", "000001")
    with pytest.raises(SignInFailed) as caught:
        other_station.sign_in("Robin", "917253")
    assert caught.value.reason == "wait"


def test_unknown_names_get_the_same_answer_as_wrong_pins(staff):
    with pytest.raises(SignInFailed) as caught:
        staff.sign_in("Nobody", "917253")
    assert caught.value.reason == "wrong_pin"


def test_inactive_accounts_cannot_sign_in(staff):
    staff.set_active("Robin", False, SETUP)
    with pytest.raises(SignInFailed) as caught:
        staff.sign_in("Robin", "917253")
    assert caught.value.reason == "inactive"


def test_change_own_pin(staff):
    robin = staff.sign_in("Robin", "917253")
    staff.change_pin(robin.actor, "917253", "604918")
    assert staff.sign_in("Robin", "604918").id == robin.id
    with pytest.raises(SignInFailed):
        staff.sign_in("Robin", "917253")


def test_kiosk_unlock_takes_any_staff_pin_and_counts_failures(db, staff, clock):
    from kiosk.data.stations import StationService

    station = StationService(db, 1, clock).register("kiosk-1", "kiosk")
    assert staff.unlock_station(station.id, "917253").name == "Robin"
    for _ in range(LOCK_AFTER):
        with pytest.raises(SignInFailed):
            staff.unlock_station(station.id, "000001")
        clock.advance(400)
    with pytest.raises(SignInFailed) as caught:
        staff.unlock_station(station.id, "917253")
    assert caught.value.reason == "locked"
    staff.reset_station(station.id, SETUP)
    assert staff.unlock_station(station.id, "917253").name == "Robin"


def test_no_pin_reaches_the_log(staff, clock, caplog):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(SignInFailed):
        staff.sign_in("Robin", "864209")
    staff.sign_in("Robin", "917253")
    staff.add("Kim", "530871", by=SETUP)
    assert "864209" not in caplog.text and "917253" not in caplog.text and "530871" not in caplog.text


def test_the_log_filter_hides_pin_shaped_numbers():
    from kiosk.log import RedactPins

    record = logging.LogRecord("x", logging.INFO, __file__, 1, "typed pin=%s", ("917253",), None)
    RedactPins().filter(record)
    assert "917253" not in record.getMessage()
