"""Checking PINs: sign-in on a staff PC and the staff unlock on a kiosk.

A PIN check costs an argon2 hash (a large fraction of a second on a small
PC), so it never runs inside a write unit: on SQLite that would hold the only
write lock and stall every kiosk's submit. Each attempt reads what it needs
in a read unit, checks the hash with no transaction open, then records the
outcome in a short write unit that reads the state again under a lock and
refuses the attempt if another one changed it meanwhile (attempts racing in
parallel gain nothing over attempts in a row).

Failures are counted in the database, so every station sees them:

- per staff name at sign-in. Names that belong to nobody are counted too
  (as audit events under a keyed hash of the name, never the name itself)
  and answered exactly like a wrong PIN, after the same amount of work, so
  neither the answer nor its timing tells whether a name exists;
- per site for the kiosk unlock, which accepts any staff member's PIN: every
  kiosk of a site draws on the same few tries.

No PIN is ever logged, stored or put in a message.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import logging
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, or_, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.data.audit import record
from kiosk.data.clock import Clock
from kiosk.data.db import Database
from kiosk.data.dto import Actor, StaffView
from kiosk.data.models import AuditEvent, SiteSetting, StaffAccount, StaffRole, Station
from kiosk.errors import KioskError

log = logging.getLogger(__name__)

LOCK_AFTER = 10
FREE_TRIES = 3
MAX_DELAY_S = 300
# Failures older than this no longer count for names nobody has and for the
# kiosk unlock (there is no account row to keep them).
FAILURE_MEMORY = dt.timedelta(hours=24)

UNKNOWN_NAME_FAILED = "sign_in_unknown"
UNLOCK_FAILED = "unlock_failed"
UNLOCK_OK = "unlock_kiosk"
UNLOCKS_RESET = "reset_unlocks"
# Site settings whose key starts with "~" are the application's own, never shown.
_NAME_KEY_SETTING = "~sign-in-name-key"
_PG_UNLOCK_LOCK = 0x6B696F736B << 8


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


def delay_after(failures: int) -> int:
    """Seconds to wait before the next try after ``failures`` in a row."""
    if failures < FREE_TRIES:
        return 0
    return int(min(MAX_DELAY_S, 2 ** (failures - FREE_TRIES + 1)))


@dataclass(frozen=True)
class _Failures:
    count: int
    last_at: dt.datetime | None


class PinChecks:
    """Sign-in and kiosk unlock for one site; see the module docstring."""

    def __init__(self, db: Database, site_id: int, clock: Clock, hasher: PasswordHasher) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock
        self._hasher = hasher
        self._dummy: str | None = None

    # -- sign-in ------------------------------------------------------------

    def sign_in(self, name: str, pin: str) -> StaffView:
        name = name.strip()
        now = self._clock()
        with self._db.read_scope() as session:
            account = _find(session, self._site_id, name)
            if account is not None:
                seen_hash, account_id = account.pin_hash, account.id
                failures = _Failures(account.failed_attempts, account.last_failed_at)
                refuse_if_blocked(account.locked, failures, now, account.active)
            else:
                seen_hash, account_id = self._dummy_hash(), None
                failures = self._unknown_failures(session, name, now)
                refuse_if_blocked(failures.count >= LOCK_AFTER, failures, now, True)
        right = self._verify(seen_hash, pin)
        if account_id is None:
            raise self._record_unknown_name(name, now)
        new_hash = self._hasher.hash(pin) if right and self._hasher.check_needs_rehash(seen_hash) else None
        with self._db.session_scope() as session:
            account = session.scalar(
                select(StaffAccount).where(StaffAccount.id == account_id).with_for_update()
            )
            if account is None or account.pin_hash != seen_hash:
                # Removed or given a new PIN while we checked: this try proves nothing.
                raise SignInFailed("wrong_pin", "That name and PIN don't match.")
            failures = _Failures(account.failed_attempts, account.last_failed_at)
            refuse_if_blocked(account.locked, failures, now, account.active)
            if right:
                account.failed_attempts = 0
                account.last_failed_at = None
                if new_hash is not None:
                    account.pin_hash = new_hash
                self._audit(session, account.id, "sign_in", f"staff {account.name}")
                return staff_view(account)
            account.failed_attempts += 1
            account.last_failed_at = now
            if account.failed_attempts >= LOCK_AFTER:
                account.locked = True
                self._audit(session, None, "lock_staff", f"staff {account.name}", {"failures": account.failed_attempts})
            count, locked = account.failed_attempts, account.locked
        log.info("failed sign-in for a staff account (%d in a row)", count)
        raise _wrong_pin(count, locked)

    def _record_unknown_name(self, name: str, now: dt.datetime) -> SignInFailed:
        """Count a failure against a name nobody has, exactly as for a real account."""
        try:
            return self._count_unknown_name(name, now)
        except IntegrityError:
            # Another station created the site's name key at the same moment: use theirs.
            return self._count_unknown_name(name, now)

    def _count_unknown_name(self, name: str, now: dt.datetime) -> SignInFailed:
        with self._db.session_scope() as session:
            key = self._name_key(session, name, create=True)
            assert key is not None
            self._serialize(session, int.from_bytes(bytes.fromhex(key[:16]), "big", signed=True))
            if _find(session, self._site_id, name) is not None:
                # The name was added while we checked: this try proves nothing.
                raise SignInFailed("wrong_pin", "That name and PIN don't match.")
            failures = self._unknown_failures(session, name, now)
            refuse_if_blocked(failures.count >= LOCK_AFTER, failures, now, True)
            record(
                session,
                site_id=self._site_id,
                staff_id=None,
                action=UNKNOWN_NAME_FAILED,
                subject=f"name {key}",
                at=now,
            )
            count = failures.count + 1
        log.info("failed sign-in for a name no account has (%d in a row)", count)
        return _wrong_pin(count, count >= LOCK_AFTER)

    def _unknown_failures(self, session: Session, name: str, now: dt.datetime) -> _Failures:
        key = self._name_key(session, name, create=False)
        if key is None:
            return _Failures(0, None)
        count, last_at = session.execute(
            select(func.count(), func.max(AuditEvent.at)).where(
                AuditEvent.site_id == self._site_id,
                AuditEvent.at >= now - FAILURE_MEMORY,
                AuditEvent.action == UNKNOWN_NAME_FAILED,
                AuditEvent.subject == f"name {key}",
            )
        ).one()
        return _Failures(int(count), last_at)

    def _name_key(self, session: Session, name: str, *, create: bool) -> str | None:
        """A keyed hash of ``name``: failures can be counted without keeping what was typed."""
        stored = session.get(SiteSetting, (self._site_id, _NAME_KEY_SETTING))
        if stored is None:
            if not create:
                return None
            stored = SiteSetting(site_id=self._site_id, key=_NAME_KEY_SETTING, value=secrets.token_hex(32))
            session.add(stored)
            session.flush()
        return hmac.new(bytes.fromhex(str(stored.value)), name.encode(), hashlib.sha256).hexdigest()[:32]

    # -- kiosk unlock ----------------------------------------------------------

    def unlock_station(self, station_id: int, pin: str) -> StaffView:
        """Any active staff PIN opens a kiosk's staff menu; failures count for the whole site."""
        now = self._clock()
        with self._db.read_scope() as session:
            station = session.get(Station, station_id)
            if station is None or station.site_id != self._site_id:
                raise StaffError("This station is not registered.")
            station_name = station.name
            failures = self._unlock_failures(session, now)
            _refuse_unlock_if_blocked(failures, now)
            accounts = [
                (a.id, a.pin_hash)
                for a in session.scalars(
                    select(StaffAccount)
                    .where(
                        # The site's staff, and organisation admins (they work at every site).
                        or_(StaffAccount.site_id == self._site_id, StaffAccount.role == StaffRole.ORG_ADMIN),
                        StaffAccount.active.is_(True),
                        StaffAccount.locked.is_(False),
                    )
                    .order_by(StaffAccount.id)
                )
            ]
        # Every account is checked, so the time taken does not say which one matched.
        matched = [account_id for account_id, pin_hash in accounts if self._verify(pin_hash, pin)]
        with self._db.session_scope() as session:
            self._serialize(session, _PG_UNLOCK_LOCK + self._site_id)
            failures = self._unlock_failures(session, now)
            _refuse_unlock_if_blocked(failures, now)
            account = session.get(StaffAccount, matched[0]) if matched else None
            if account is not None and account.active and not account.locked:
                self._audit(
                    session, account.id, UNLOCK_OK, f"staff {account.name}", {"station": station_name}, station_id
                )
                return staff_view(account)
            record(
                session,
                site_id=self._site_id,
                staff_id=None,
                action=UNLOCK_FAILED,
                subject=f"kiosk {station_name}",
                at=now,
                station_id=station_id,
            )
            self._db.notify(session, "staff", self._site_id)
            count = failures.count + 1
        log.warning("failed staff unlock on kiosk %s (%d in a row for this site)", station_name, count)
        if count >= LOCK_AFTER:
            raise SignInFailed("locked", "Too many wrong PINs. An admin must reset the kiosks' staff unlock.")
        raise SignInFailed(
            "wrong_pin", "That PIN isn't right.", wait_s=delay_after(count), attempts_left=LOCK_AFTER - count
        )

    def reset_unlocks(self, station_id: int | None, by: Actor) -> None:
        """Clear the site's failed unlocks (after a lock-out); an admin's change."""
        from kiosk.data.rules import acting, audit_detail, require

        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "reset_station")
            by_staff_id = who.staff_id
            if station_id is not None:
                station = session.get(Station, station_id)
                if station is None or station.site_id != self._site_id:
                    raise StaffError("This station is not registered.")
                station.failed_unlocks = 0
                station.last_failed_unlock_at = None
            self._serialize(session, _PG_UNLOCK_LOCK + self._site_id)
            self._audit(session, by_staff_id, UNLOCKS_RESET, "kiosk unlock", audit_detail(who), station_id)

    def _unlock_failures(self, session: Session, now: dt.datetime) -> _Failures:
        since = now - FAILURE_MEMORY
        cleared = (
            select(func.coalesce(func.max(AuditEvent.id), 0))
            .where(
                AuditEvent.site_id == self._site_id,
                AuditEvent.at >= since,
                AuditEvent.action.in_((UNLOCK_OK, UNLOCKS_RESET)),
            )
            .scalar_subquery()
        )
        count, last_at = session.execute(
            select(func.count(), func.max(AuditEvent.at)).where(
                AuditEvent.site_id == self._site_id,
                AuditEvent.at >= since,
                AuditEvent.action == UNLOCK_FAILED,
                AuditEvent.id > cleared,
            )
        ).one()
        return _Failures(int(count), last_at)

    # -- helpers ---------------------------------------------------------------

    def _serialize(self, session: Session, key: int) -> None:
        """Attempts on the same thing take turns (SQLite's write lock already does this)."""
        if not self._db.is_sqlite:
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})

    def _verify(self, pin_hash: str, pin: str) -> bool:
        try:
            return bool(self._hasher.verify(pin_hash, pin))
        except (VerificationError, InvalidHashError):
            return False

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self._hasher.hash(secrets.token_hex(8))
        return self._dummy

    def _audit(
        self,
        session: Session,
        by: int | None,
        action: str,
        subject: str,
        detail: dict[str, object] | None = None,
        station_id: int | None = None,
    ) -> None:
        record(
            session,
            site_id=self._site_id,
            staff_id=by,
            action=action,
            subject=subject,
            detail=detail,
            at=self._clock(),
            station_id=station_id,
        )
        self._db.notify(session, "staff", self._site_id)


def refuse_if_blocked(locked: bool, failures: _Failures, now: dt.datetime, active: bool) -> None:
    if not active:
        raise SignInFailed("inactive", "This account is switched off. Ask an admin.")
    if locked:
        raise SignInFailed("locked", "Too many wrong PINs. An admin must unlock this.")
    wait = delay_after(failures.count)
    if wait and failures.last_at is not None:
        remaining = wait - (now - failures.last_at).total_seconds()
        if remaining > 0:
            seconds = int(remaining + 0.999)
            raise SignInFailed("wait", f"Please wait {seconds} seconds before trying again.", wait_s=seconds)


def _refuse_unlock_if_blocked(failures: _Failures, now: dt.datetime) -> None:
    if failures.count >= LOCK_AFTER:
        raise SignInFailed("locked", "Too many wrong PINs. An admin must reset the kiosks' staff unlock.")
    refuse_if_blocked(False, failures, now, True)


def _wrong_pin(failures: int, locked: bool) -> SignInFailed:
    if locked:
        return SignInFailed("locked", "Too many wrong PINs. An admin must unlock this account.")
    return SignInFailed(
        "wrong_pin", "That name and PIN don't match.", wait_s=delay_after(failures), attempts_left=LOCK_AFTER - failures
    )


def _find(session: Session, site_id: int, name: str) -> StaffAccount | None:
    """The site's account called ``name``, else an organisation admin of that name (they sign in anywhere)."""
    account = session.scalar(select(StaffAccount).where(StaffAccount.site_id == site_id, StaffAccount.name == name))
    if account is not None:
        return account
    return session.scalar(
        select(StaffAccount)
        .where(StaffAccount.name == name, StaffAccount.role == StaffRole.ORG_ADMIN)
        .order_by(StaffAccount.id)
        .limit(1)
    )


def staff_view(account: StaffAccount) -> StaffView:
    return StaffView(
        id=account.id,
        name=account.name,
        role=StaffRole(account.role).value,
        active=account.active,
        locked=account.locked,
        failed_attempts=account.failed_attempts,
        language=account.language,
    )
