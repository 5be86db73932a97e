"""Staff accounts, PINs and sign-in throttling.

PINs are stored as argon2id hashes only. Failed sign-ins are counted in the
database, so every station sees them: after a few failures each further try
waits longer, and ten failures in a row lock the account until an admin
resets it. The checks themselves live in :mod:`kiosk.data.signin`. No PIN is
ever logged or put in an error message.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from argon2 import PasswordHasher
from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from kiosk.data.audit import record
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import StaffView
from kiosk.data.models import StaffAccount, StaffRole
from kiosk.data.rules import Actor, acting, audit_detail, require
from kiosk.data.signin import (  # noqa: F401 - part of this module's interface
    FREE_TRIES,
    LOCK_AFTER,
    MAX_DELAY_S,
    PinChecks,
    SignInFailed,
    StaffError,
    delay_after,
    staff_view,
)
from kiosk.errors import KioskError
from kiosk.languages import LANGUAGES

log = logging.getLogger(__name__)

MIN_PIN_LENGTH = 6
MAX_PIN_LENGTH = 12

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
        self._pins = PinChecks(db, site_id, clock, self._hasher)

    # -- accounts ---------------------------------------------------------

    def add(
        self,
        name: str,
        pin: str,
        *,
        admin: bool = False,
        role: str | None = None,
        by: Actor,
        org_admin: bool = False,
    ) -> StaffView:
        """A new account; only an admin adds one, whether staff, coordinator or admin.

        ``role`` names it ("staff", "coordinator", "admin", "org_admin");
        ``admin=True`` is the same as ``role="admin"``. ``org_admin`` makes an
        organisation admin (an admin of every site), which only an
        organisation admin adds; its name is unique across sites.
        """
        if org_admin:
            chosen = StaffRole.ORG_ADMIN
        else:
            chosen = StaffRole.ADMIN if admin else _role(role or StaffRole.STAFF.value)
        name = name.strip()
        if not name or len(name) > 60:
            raise StaffError("A staff name needs 1 to 60 characters.")
        problem = pin_problem(pin)
        if problem:
            raise PinRejected(problem)
        pin_hash = self._hasher.hash(pin)
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            action = {StaffRole.ORG_ADMIN: "add_org_admin", StaffRole.ADMIN: "add_admin"}.get(chosen, "add_staff")
            require(who, action)
            named_elsewhere = chosen is StaffRole.ORG_ADMIN and _org_admin_named(session, name)
            if self._find(session, name) is not None or named_elsewhere:
                raise StaffError(f"There is already a staff member called {name}.")
            account = StaffAccount(
                site_id=self._site_id,
                name=name,
                role=chosen,
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
        """The site's accounts, and the organisation admins of other sites (they sign in here too)."""
        with self._db.read_scope() as session:
            rows = session.scalars(
                select(StaffAccount)
                .where(or_(StaffAccount.site_id == self._site_id, StaffAccount.role == StaffRole.ORG_ADMIN))
                .order_by(StaffAccount.name, StaffAccount.id)
            )
            chosen: dict[str, StaffAccount] = {}
            for account in rows:
                # The site's own account wins over an organisation admin elsewhere, as at sign-in.
                if account.name not in chosen or account.site_id == self._site_id:
                    chosen[account.name] = account
            return [_view(a) for a in chosen.values()]

    def get(self, staff_id: int) -> StaffView:
        with self._db.read_scope() as session:
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
        with self._db.read_scope() as session:
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

    def set_language(self, actor: Actor, language: str | None) -> StaffView:
        """Anyone signed in chooses the back office's language for themselves (None: the station's).

        Only a language the product has a catalogue for can be chosen.
        """
        if language is not None and language not in LANGUAGES:
            raise StaffError(f"There is no {language} translation on this station.")
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, actor)
            require(who, "set_own_language")
            assert who.staff_id is not None
            account = session.get(StaffAccount, who.staff_id)
            assert account is not None
            account.language = language
            self._audit(session, who, "set_language", account, {"language": language})
            return _view(account)

    # -- signing in -------------------------------------------------------

    def sign_in(self, name: str, pin: str) -> StaffView:
        """The account, if ``pin`` is right and the account may sign in now."""
        return self._pins.sign_in(name, pin)

    def unlock_station(self, station_id: int, pin: str) -> StaffView:
        """Any active staff PIN opens a kiosk's staff menu; failures count for the whole site."""
        return self._pins.unlock_station(station_id, pin)

    def reset_station(self, station_id: int, by: Actor) -> None:
        """Let the kiosks' staff unlock take PINs again after a lock-out (admins only)."""
        self._pins.reset_unlocks(station_id, by)

    # -- helpers ----------------------------------------------------------

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
        self._db.notify(session, "staff", self._site_id)


_view = staff_view


def _role(name: str) -> StaffRole:
    try:
        return StaffRole(name)
    except ValueError:
        known = ", ".join(role.value for role in StaffRole)
        raise StaffError(f"There is no staff role called {name!r}.", hint=f"Use one of: {known}.") from None


def _org_admin_named(session: Session, name: str) -> bool:
    """Whether an organisation admin anywhere is called ``name`` (they sign in at every site)."""
    found = session.scalar(
        select(StaffAccount.id).where(StaffAccount.name == name, StaffAccount.role == StaffRole.ORG_ADMIN).limit(1)
    )
    return found is not None
