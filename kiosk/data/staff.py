"""Staff accounts, PINs and sign-in throttling.

PINs are stored as argon2id hashes only. Failed sign-ins are counted in the
database, so every station sees them: after a few failures each further try
waits longer, and ten failures in a row lock the account until an admin
resets it. No PIN is ever logged or put in an error message.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data.audit import record
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import StaffView
from kiosk.data.models import StaffAccount, StaffRole, Station
from kiosk.data.rules import Actor, acting, audit_detail, require
from kiosk.errors import KioskError

log = logging.getLogger(__name__)

MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 12
LOCK_AFTER = 10
FREE_TRIES = 3
MAX_DELAY_S = 300

# PINs people pick first; the rules below catch the patterned ones.
COMMON_PINS = frozenset(
    """
    123456 654321 123123 121212 112233 111222 123321 102030 159753 147258 258369
    159357 753951 147852 142536 131313 696969 112358 000001 100000 101010 202020
    123654 456789 987654 246810 135790 098765 012345 123789 789456 456123 321654
    111000 000111 121314 007007 123000 520520 520131 147369 741852 963852 852456
    """.split()
)


class PinRejected(KioskError):
    """A new PIN that is too short, not digits, or too easy to guess."""

    reason = "pin_rejected"


class SignInFailed(KioskError):
    """Wrong name or PIN, a wait before the next try, or a locked account.

    ``reason`` is one of: wrong_pin, wait, locked, inactive. ``wait_s`` says
    how long to wait when the reason is ``wait`` (and after a wrong PIN, how
    long before the next try will be taken).
    """

    def __init__(self, reason: str, message: str, wait_s: int = 0, attempts_left: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.wait_s = wait_s
        self.attempts_left = attempts_left


class StaffError(KioskError):
    reason = "staff"


def pin_problem(pin: str) -> str | None:
    """Why ``pin`` is not acceptable as a new PIN, or None if it is."""
    if not pin.isdigit() or not pin.isascii():
        return "A PIN is made of digits only."
    if len(pin) < MIN_PIN_LENGTH:
        return f"A PIN needs at least {MIN_PIN_LENGTH} digits."
    if len(pin) > MAX_PIN_LENGTH:
        return f"A PIN has at most {MAX_PIN_LENGTH} digits."
    if pin in COMMON_PINS or len(set(pin)) <= 2:
        return "That PIN is too easy to guess. Choose one without patterns."
    steps = {(int(b) - int(a)) % 10 for a, b in pairwise(pin)}
    if len(steps) == 1:
        return "That PIN is a sequence. Choose one without patterns."
    for size in (2, 3):
        if len(pin) % size == 0 and pin == pin[:size] * (len(pin) // size):
            return "That PIN repeats itself. Choose one without patterns."
    if re.fullmatch(r"(19|20)\d\d(0[1-9]|1[0-2])", pin) or re.fullmatch(
        r"(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])(19|20)\d\d", pin
    ):
        return "That PIN looks like a date. Choose one without patterns."
    return None


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try after ``failures`` in a row."""
    if failures < FREE_TRIES:
        return 0
    doublings = failures - FREE_TRIES + 1
    return min(MAX_DELAY_S, 1 << doublings)  # 2 to the power ``doublings``


@dataclass(frozen=True)
class SignedIn:
    staff: StaffView


def default_hasher() -> PasswordHasher:
    # argon2id with the library's recommended cost (RFC 9106 low-memory profile).
    return PasswordHasher()


class StaffService:
    def __init__(
        self, db: Database, site_id: int = 1, clock: Clock = utc_now, hasher: PasswordHasher | None = None
    ) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock
        self._hasher = hasher or default_hasher()

    # -- accounts ---------------------------------------------------------

    def add(self, name: str, pin: str, *, admin: bool = False, by: Actor) -> StaffView:
        """A new account; only an admin adds one, whether staff or admin."""
        name = name.strip()
        if not name or len(name) > 60:
            raise StaffError("A staff name needs 1 to 60 characters.")
        problem = pin_problem(pin)
        if problem:
            raise PinRejected(problem)
        pin_hash = self._hasher.hash(pin)
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "add_admin" if admin else "add_staff")
            if self._find(session, name) is not None:
                raise StaffError(f"There is already a staff member called {name}.")
            account = StaffAccount(
                site_id=self._site_id,
                name=name,
                role=StaffRole.ADMIN if admin else StaffRole.STAFF,
                pin_hash=pin_hash,
                active=True,
                failed_attempts=0,
                locked=False,
                created_at=self._clock(),
            )
            session.add(account)
            session.flush()
            self._audit(session, who, "add_staff", account, {"role": account.role.value})
            return _view(account)

    def list(self) -> list[StaffView]:
        with self._db.session_scope() as session:
            rows = session.scalars(
                select(StaffAccount).where(StaffAccount.site_id == self._site_id).order_by(StaffAccount.name)
            )
            return [_view(a) for a in rows]

    def get(self, staff_id: int) -> StaffView:
        with self._db.session_scope() as session:
            account = session.get(StaffAccount, staff_id)
            if account is None or account.site_id != self._site_id:
                raise StaffError("No such staff member.")
            return _view(account)

    def reset(self, name: str, by: Actor, new_pin: str | None = None) -> StaffView:
        """Unlock an account and clear its failures; optionally give it a new PIN."""
        if new_pin is not None and (problem := pin_problem(new_pin)):
            raise PinRejected(problem)
        pin_hash = self._hasher.hash(new_pin) if new_pin is not None else None
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "reset_staff")
            account = self._require(session, name)
            account.failed_attempts = 0
            account.last_failed_at = None
            account.locked = False
            if pin_hash:
                account.pin_hash = pin_hash
            self._audit(session, who, "reset_staff", account, {"new_pin": pin_hash is not None})
            return _view(account)

    def set_active(self, name: str, active: bool, by: Actor) -> StaffView:
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            account = self._require(session, name)
            require(who, "switch_staff", target_staff_id=account.id)
            account.active = active
            self._audit(session, who, "activate_staff" if active else "deactivate_staff", account)
            return _view(account)

    def change_pin(self, actor: Actor, current_pin: str, new_pin: str) -> None:
        """Anyone can change their own PIN, knowing the current one."""
        problem = pin_problem(new_pin)
        if problem:
            raise PinRejected(problem)
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, actor)
            require(who, "change_own_pin")
            assert who.staff_id is not None
            staff_id = who.staff_id
            name = who.name
        self.sign_in(name, current_pin)
        new_hash = self._hasher.hash(new_pin)
        with self._db.session_scope() as session:
            account = session.get(StaffAccount, staff_id)
            assert account is not None
            account.pin_hash = new_hash
            self._audit(session, who, "change_pin", account)

    # -- signing in -------------------------------------------------------

    def sign_in(self, name: str, pin: str) -> StaffView:
        """The account, if ``pin`` is right and the account may sign in now."""
        now = self._clock()
        with self._db.session_scope() as session:
            account = self._find(session, name.strip(), for_update=True)
            if account is None:
                # Same work and same answer as a wrong PIN: names are not probed.
                self._hasher_verify_dummy(pin)
                raise SignInFailed("wrong_pin", "That name and PIN don't match.")
            _refuse_if_blocked(account.locked, account.failed_attempts, account.last_failed_at, now, account.active)
            if self._verify(account.pin_hash, pin):
                account.failed_attempts = 0
                account.last_failed_at = None
                if self._hasher.check_needs_rehash(account.pin_hash):
                    account.pin_hash = self._hasher.hash(pin)
                self._audit(session, account.id, "sign_in", account)
                return _view(account)
            account.failed_attempts += 1
            account.last_failed_at = now
            if account.failed_attempts >= LOCK_AFTER:
                account.locked = True
                self._audit(session, None, "lock_staff", account, {"failures": account.failed_attempts})
            failures, locked = account.failed_attempts, account.locked
        log.info("failed sign-in for a staff account (%d in a row)", failures)
        if locked:
            raise SignInFailed("locked", "Too many wrong PINs. An admin must unlock this account.")
        raise SignInFailed(
            "wrong_pin",
            "That name and PIN don't match.",
            wait_s=delay_after(failures),
            attempts_left=LOCK_AFTER - failures,
        )

    def unlock_station(self, station_id: int, pin: str) -> StaffView:
        """Any active staff PIN opens a kiosk's staff menu; failures count per kiosk."""
        now = self._clock()
        with self._db.session_scope() as session:
            station = session.get(Station, station_id, with_for_update=True)
            if station is None:
                raise StaffError("This station is not registered.")
            locked = station.failed_unlocks >= LOCK_AFTER
            _refuse_if_blocked(locked, station.failed_unlocks, station.last_failed_unlock_at, now, True)
            accounts = session.scalars(
                select(StaffAccount).where(
                    StaffAccount.site_id == self._site_id, StaffAccount.active.is_(True), StaffAccount.locked.is_(False)
                )
            ).all()
            for account in accounts:
                if self._verify(account.pin_hash, pin):
                    station.failed_unlocks = 0
                    station.last_failed_unlock_at = None
                    self._audit(session, account.id, "unlock_kiosk", account, {"station": station.name})
                    return _view(account)
            station.failed_unlocks += 1
            station.last_failed_unlock_at = now
            failures = station.failed_unlocks
        if failures >= LOCK_AFTER:
            raise SignInFailed("locked", "Too many wrong PINs. An admin must reset this kiosk.")
        raise SignInFailed(
            "wrong_pin", "That PIN isn't right.", wait_s=delay_after(failures), attempts_left=LOCK_AFTER - failures
        )

    def reset_station(self, station_id: int, by: Actor) -> None:
        """Let a kiosk's staff menu be unlocked again after too many wrong PINs."""
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "reset_station")
            station = session.get(Station, station_id)
            if station is None:
                raise StaffError("This station is not registered.")
            station.failed_unlocks = 0
            station.last_failed_unlock_at = None
            record(
                session, site_id=self._site_id, staff_id=who.staff_id, action="reset_kiosk",
                subject=f"station {station.name}", detail=audit_detail(who), at=self._clock(),
            )

    # -- helpers ----------------------------------------------------------

    def _verify(self, pin_hash: str, pin: str) -> bool:
        try:
            return self._hasher.verify(pin_hash, pin)
        except (VerificationError, InvalidHashError):
            return False

    def _hasher_verify_dummy(self, pin: str) -> None:
        self._verify(self._dummy_hash, pin)

    @property
    def _dummy_hash(self) -> str:
        cached = getattr(self, "_dummy", None)
        if cached is None:
            cached = self._dummy = self._hasher.hash("not-a-pin")
        return cached

    def _find(self, session: Session, name: str, for_update: bool = False) -> StaffAccount | None:
        statement = select(StaffAccount).where(StaffAccount.site_id == self._site_id, StaffAccount.name == name)
        if for_update:
            statement = statement.with_for_update()
        return session.scalar(statement)

    def _require(self, session: Session, name: str) -> StaffAccount:
        account = self._find(session, name, for_update=True)
        if account is None:
            raise StaffError(f"There is no staff member called {name}.")
        return account

    def _audit(
        self,
        session: Session,
        by: Actor | int | None,
        action: str,
        account: StaffAccount,
        detail: dict[str, Any] | None = None,
    ) -> None:
        """``by``: who acted; a staff id for a sign-in (the account itself), None for the system's own lock."""
        staff_id = by.staff_id if isinstance(by, Actor) else by
        if isinstance(by, Actor):
            detail = audit_detail(by, detail)
        record(
            session,
            site_id=self._site_id,
            staff_id=staff_id,
            action=action,
            subject=f"staff {account.name}",
            detail=detail,
            at=self._clock(),
        )
        self._db.notify(session, "staff")


def _refuse_if_blocked(
    locked: bool, failures: int, last_failed_at: dt.datetime | None, now: dt.datetime, active: bool
) -> None:
    if not active:
        raise SignInFailed("inactive", "This account is switched off. Ask an admin.")
    if locked:
        raise SignInFailed("locked", "Too many wrong PINs. An admin must unlock this.")
    wait = delay_after(failures)
    if wait and last_failed_at is not None:
        remaining = wait - (now - last_failed_at).total_seconds()
        if remaining > 0:
            seconds = int(remaining + 0.999)
            raise SignInFailed("wait", f"Please wait {seconds} seconds before trying again.", wait_s=seconds)


def _view(account: StaffAccount) -> StaffView:
    return StaffView(
        id=account.id,
        name=account.name,
        role=StaffRole(account.role).value,
        active=account.active,
        locked=account.locked,
        failed_attempts=account.failed_attempts,
    )
