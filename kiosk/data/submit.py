"""Taking a visitor's request: check it, store it, give a code, a place and a wait.

Nothing is written unless every line is right, and the visitor's message says
what to change. Pickup codes are drawn at random; the partial unique index on
open requests settles the rare clash and a new code is drawn.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import statistics
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from sqlalchemy import Integer, column, func, insert, select, true, values
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import Insert

from kiosk.data.clock import Clock, utc_now
from kiosk.data.codes import random_code
from kiosk.data.db import Database
from kiosk.data.dto import SubmitResult
from kiosk.data.models import Priority, Request, RequestLine, RequestStatus, Supply, SupplyKind
from kiosk.data.settings import SettingsService
from kiosk.data.sharing import limit_for
from kiosk.errors import KioskError

log = logging.getLogger(__name__)

_CODE_ATTEMPTS = 20
# Changes slowly, so it is worked out at most once a minute. The site's
# settings are kept by SettingsService until they change, not by age.
_HANDLING_TIME_TTL = dt.timedelta(seconds=60)

T = TypeVar("T")


class RequestRejected(KioskError):
    """A visitor's request cannot be taken as it is; nothing was stored.

    ``reason`` is one of: empty, too_many_lines, duplicate_line, bad_quantity,
    over_limit, unknown_supply, unavailable, out_of_stock, too_many_others.
    """

    def __init__(self, reason: str, message: str, hint: str = "", **details: object) -> None:
        super().__init__(message, hint, **details)
        self.reason = reason


class _Remembered(Generic[T]):
    """A value worked out again once it is older than ``ttl`` (or the clock went back)."""

    def __init__(self, ttl: dt.timedelta) -> None:
        self._ttl = ttl
        self._at: dt.datetime | None = None
        self._value: T

    def get(self, now: dt.datetime, compute: Callable[[], T]) -> T:
        if self._at is None or not dt.timedelta(0) <= now - self._at <= self._ttl:
            self._value = compute()
            self._at = now
        return self._value


class Submitter:
    def __init__(
        self, db: Database, site_id: int = 1, clock: Clock = utc_now, settings: SettingsService | None = None
    ) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock
        self._settings = settings or SettingsService(db, site_id)
        self._handling_time: _Remembered[float | None] = _Remembered(_HANDLING_TIME_TTL)

    def submit(
        self,
        lines: Sequence[tuple[str, int]] = (),
        *,
        emergency: bool = False,
        station_id: int | None = None,
        language: str | None = None,
        for_others: int = 0,
    ) -> SubmitResult:
        """Store a request and return its pickup code, place and wait.

        ``lines`` are (supply key, quantity). An emergency has no lines.
        ``language`` is the one the visitor used (for reprints and reports).
        ``for_others`` is how many other people the request is also for: item
        limits grow with it (see :func:`kiosk.data.sharing.limit_for`).
        Raises :class:`RequestRejected` and writes nothing if any line is wrong.
        """
        if emergency and lines:
            raise RequestRejected("bad_quantity", "An emergency call carries no supplies.")
        if not isinstance(for_others, int) or isinstance(for_others, bool) or for_others < 0:
            raise RequestRejected("too_many_others", "Choose who the request is for again.")
        if emergency and for_others:
            raise RequestRejected("too_many_others", "An emergency call is not for others.")
        for _ in range(_CODE_ATTEMPTS):
            try:
                with self._db.session_scope() as session:
                    result = self._store(
                        session, lines, emergency, station_id, _language_code(language), for_others
                    )
                # The code only: what was asked for stays out of the logs.
                log.info("request %s stored%s", result.pickup_code, " (emergency)" if emergency else "")
                return result
            except IntegrityError as error:
                # Another station took the same code a moment ago (PostgreSQL);
                # draw again. Anything else is a bug and goes up.
                detail = str(error.orig)
                if "uq_requests_open_code" not in detail and "requests.pickup_code" not in detail:
                    raise
                log.info("pickup code collision, drawing another")
        raise KioskError("No pickup code could be found. Please ask at the window.")

    def _store(
        self,
        session: Session,
        lines: Sequence[tuple[str, int]],
        emergency: bool,
        station_id: int | None,
        language: str | None = None,
        for_others: int = 0,
    ) -> SubmitResult:
        settings = self._settings.current_in(session)
        if not emergency:
            _check_shape(lines, settings.max_lines)
        if for_others > settings.others_max:
            raise RequestRejected(
                "too_many_others",
                f"A request can be for you and up to {settings.others_max} others.",
                limit=settings.others_max,
            )
        supplies = self._check_supplies(session, lines, for_others)
        now = self._clock()
        # No look-up first: the partial unique index refuses a code an open
        # request holds, and submit() draws again (rare: a few dozen open
        # requests among thousands of codes).
        code = random_code()
        new_request = insert(Request).values(
            site_id=self._site_id,
            station_id=station_id,
            pickup_code=code,
            status=RequestStatus.PENDING,
            priority=Priority.EMERGENCY if emergency else Priority.NORMAL,
            created_at=now,
            language=language,
            version=1,
            for_others=for_others,
            has_items=any(supplies[key].kind == SupplyKind.ITEM for key, _ in lines),  # for reports
        )
        asked = [(supplies[key].id, n) for key, n in lines]
        if self._db.engine.dialect.name == "postgresql":
            # One round trip to the server instead of three (a server far away pays each).
            request_id, place = self._store_in_one_statement(session, new_request, asked)
        else:
            returned = session.connection().scalar(new_request.returning(Request.id))
            if returned is None:
                raise RuntimeError("the new request came back without an id")
            request_id = int(returned)
            if asked:
                session.connection().execute(
                    insert(RequestLine),
                    [{"request_id": request_id, "supply_id": supply, "quantity": n} for supply, n in asked],
                )
            place = self._place_in_queue(session, request_id)
        minutes = self._wait_minutes(session, place, settings.minutes_per_request, now)
        self._db.notify(session, "requests", self._site_id)
        resource_keys: list[str] = []
        for key, _ in lines:
            for resource in supplies[key].resource_keys or ():
                if resource not in resource_keys:
                    resource_keys.append(resource)
        return SubmitResult(
            request_id=request_id,
            pickup_code=code,
            place_in_queue=place,
            wait_minutes=minutes,
            resource_keys=tuple(resource_keys),
            emergency=emergency,
            for_others=for_others,
        )

    def _check_supplies(
        self, session: Session, lines: Sequence[tuple[str, int]], for_others: int = 0
    ) -> dict[str, Any]:
        if not lines:
            return {}
        keys = [key for key, _ in lines]
        found = {
            row.key: row
            for row in session.connection().execute(
                select(
                    Supply.id, Supply.key, Supply.active, Supply.kind, Supply.stock,
                    Supply.per_request_limit, Supply.resource_keys, Supply.others_cap,
                ).where(Supply.site_id == self._site_id, Supply.key.in_(keys))
            )
        }
        for key, quantity in lines:
            supply = found.get(key)
            if supply is None:
                raise RequestRejected("unknown_supply", "That item isn't offered here.", supply=key)
            if not supply.active:
                raise RequestRejected("unavailable", "That item isn't available right now.", supply=key)
            if supply.kind == SupplyKind.ITEM and supply.stock <= 0:
                raise RequestRejected("out_of_stock", "That item has run out for now.", supply=key)
            limit = limit_for(
                supply.per_request_limit, SupplyKind(supply.kind).value, for_others, supply.others_cap
            )
            if quantity > limit:
                raise RequestRejected(
                    "over_limit",
                    f"You can ask for up to {limit} of that each time.",
                    supply=key,
                    limit=limit,
                )
        return found

    def _store_in_one_statement(
        self, session: Session, new_request: Insert, asked: Sequence[tuple[int, int]]
    ) -> tuple[int, int]:
        """The request, its lines and its place in the queue in one PostgreSQL statement.

        The request and its lines are inserted by data-modifying WITH clauses;
        the count of open requests up to the new one runs on the statement's
        snapshot, which does not hold the new row yet, hence the one added.
        """
        request = new_request.returning(Request.id).cte("new_request")
        ahead = (
            select(func.count())
            .select_from(Request)
            .where(
                Request.site_id == self._site_id,
                Request.status.in_((RequestStatus.PENDING, RequestStatus.IN_PROGRESS)),
                Request.id <= request.c.id,
            )
            .scalar_subquery()
        )
        statement = select(request.c.id, ahead)
        if asked:
            rows = values(column("supply_id", Integer), column("quantity", Integer), name="asked").data(list(asked))
            each_line = select(request.c.id, rows.c.supply_id, rows.c.quantity).select_from(request.join(rows, true()))
            add_lines = (
                insert(RequestLine).from_select(["request_id", "supply_id", "quantity"], each_line).cte("new_lines")
            )
            statement = statement.add_cte(add_lines)
        row = session.connection().execute(statement).one()
        return int(row[0]), int(row[1] or 0) + 1

    def _place_in_queue(self, session: Session, request_id: int) -> int:
        ahead = session.connection().scalar(
            select(func.count())
            .select_from(Request)
            .where(
                Request.site_id == self._site_id,
                Request.status.in_((RequestStatus.PENDING, RequestStatus.IN_PROGRESS)),
                Request.id <= request_id,
            )
        )
        return int(ahead or 1)

    def _wait_minutes(self, session: Session, place: int, default_minutes: int, now: dt.datetime) -> int:
        """Place in the queue times the typical handling time of the last few hours."""
        per_request = self._handling_time.get(now, lambda: self._recent_handling_seconds(session, now))
        seconds = per_request if per_request is not None else default_minutes * 60.0
        return max(1, math.ceil(place * seconds / 60))

    def _recent_handling_seconds(self, session: Session, now: dt.datetime) -> float | None:
        recent = session.execute(
            select(Request.claimed_at, Request.created_at, Request.closed_at)
            .where(
                Request.site_id == self._site_id,
                Request.status == RequestStatus.FULFILLED,
                Request.closed_at >= now - dt.timedelta(hours=3),
            )
            .order_by(Request.closed_at.desc())
            .limit(20)
        ).all()
        durations = [
            (closed - (claimed or created)).total_seconds() for claimed, created, closed in recent if closed is not None
        ]
        if len(durations) < 3:
            return None
        return min(max(statistics.median(durations), 30.0), 30 * 60.0)


def _language_code(language: str | None) -> str | None:
    """A short language tag such as "fr" or "pt-BR"; anything else is not kept."""
    if not language:
        return None
    code = language.strip()[:8]
    if not code or not all(c.isalnum() or c in "-_" for c in code):
        return None
    return code


def _check_shape(lines: Sequence[tuple[str, int]], max_lines: int) -> None:
    if not lines:
        raise RequestRejected("empty", "Choose at least one thing first.")
    if len(lines) > max_lines:
        raise RequestRejected("too_many_lines", f"You can ask for up to {max_lines} different things at a time.")
    seen: set[str] = set()
    for key, quantity in lines:
        if key in seen:
            raise RequestRejected("duplicate_line", "Each thing can be on the list once.", supply=key)
        seen.add(key)
        if not isinstance(quantity, int) or isinstance(quantity, bool) or quantity < 1:
            raise RequestRejected("bad_quantity", "Choose at least one of each thing on the list.", supply=key)
