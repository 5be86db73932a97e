"""The anonymous request queue: submit, claim, fulfil and the rest.

Every method is one transaction. Staff actions that race (two people tapping
"claim" at once) are settled by the database: a conditional UPDATE whose row
count says who won, or a row lock taken before reading.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session, selectinload

from kiosk.data.audit import record
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import FulfilResult, LineView, RequestView, Shortfall, SubmitResult
from kiosk.data.models import (
    OPEN_STATUSES,
    Priority,
    Request,
    RequestLine,
    RequestStatus,
    StockMovement,
    Supply,
    StaffAccount,
    SupplyKind,
)
from kiosk.data.submit import RequestRejected, Submitter
from kiosk.errors import KioskError

log = logging.getLogger(__name__)

__all__ = ["CANCEL_REASONS", "QueueConflict", "QueueService", "RequestRejected"]

CANCEL_REASONS = ("visitor_left", "duplicate", "not_available", "asked_to_cancel", "other")


class QueueConflict(KioskError):
    """Someone else got there first, or the request is no longer open.

    ``reason`` is one of: claimed, closed, not_found, not_claimed, acknowledged,
    not_emergency.
    """

    def __init__(self, reason: str, message: str, **details: object) -> None:
        super().__init__(message, hint="The queue has been refreshed.", **details)
        self.reason = reason


class QueueService:
    def __init__(self, db: Database, site_id: int = 1, clock: Clock = utc_now) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock
        self._submitter = Submitter(db, site_id, clock)

    # -- visitors ---------------------------------------------------------

    def submit(
        self,
        lines: Sequence[tuple[str, int]] = (),
        *,
        emergency: bool = False,
        station_id: int | None = None,
    ) -> SubmitResult:
        """Store a visitor's request; see :meth:`Submitter.submit`."""
        return self._submitter.submit(lines, emergency=emergency, station_id=station_id)

    def status_of(self, request_id: int) -> RequestView:
        with self._db.session_scope() as session:
            return self._view_of(session, request_id)

    # -- staff ------------------------------------------------------------

    def claim(self, request_id: int, staff_id: int) -> RequestView:
        now = self._clock()
        with self._db.session_scope() as session:
            won = session.execute(
                update(Request)
                .where(
                    Request.id == request_id,
                    Request.site_id == self._site_id,
                    Request.status == RequestStatus.PENDING,
                )
                .values(
                    status=RequestStatus.IN_PROGRESS,
                    claimed_by_id=staff_id,
                    claimed_at=now,
                    version=Request.version + 1,
                )
            ).rowcount
            request = self._load(session, request_id)
            if won != 1:
                raise _conflict_for(request, staff_id, "claim")
            self._audit(session, staff_id, "claim", request)
            return self._view_of(session, request_id)

    def release(self, request_id: int, staff_id: int) -> RequestView:
        return self._change(
            request_id,
            staff_id,
            "release",
            allowed=(RequestStatus.IN_PROGRESS, RequestStatus.READY),
            values={"status": RequestStatus.PENDING, "claimed_by_id": None, "claimed_at": None, "ready_at": None},
        )

    def mark_ready(self, request_id: int, staff_id: int) -> RequestView:
        now = self._clock()

        def values(request: Request) -> dict[str, Any]:
            changes: dict[str, Any] = {"status": RequestStatus.READY, "ready_at": now}
            if request.claimed_by_id is None:
                changes.update(claimed_by_id=staff_id, claimed_at=now)
            return changes

        return self._change(
            request_id, staff_id, "ready", allowed=(RequestStatus.PENDING, RequestStatus.IN_PROGRESS), values=values
        )

    def cancel(self, request_id: int, staff_id: int, reason: str) -> RequestView:
        if reason not in CANCEL_REASONS:
            raise ValueError(f"unknown cancel reason {reason!r}")
        return self._change(
            request_id,
            staff_id,
            "cancel",
            allowed=OPEN_STATUSES,
            values={"status": RequestStatus.CANCELLED, "closed_at": self._clock(), "cancel_reason": reason},
            detail={"reason": reason},
        )

    def no_show(self, request_id: int, staff_id: int) -> RequestView:
        return self._change(
            request_id,
            staff_id,
            "no_show",
            allowed=OPEN_STATUSES,
            values={"status": RequestStatus.NO_SHOW, "closed_at": self._clock()},
        )

    def acknowledge(self, request_id: int, staff_id: int) -> RequestView:
        """A staff member is on their way to an emergency."""
        now = self._clock()
        with self._db.session_scope() as session:
            won = session.execute(
                update(Request)
                .where(
                    Request.id == request_id,
                    Request.site_id == self._site_id,
                    Request.priority == Priority.EMERGENCY,
                    Request.acknowledged_at.is_(None),
                    Request.status.in_(OPEN_STATUSES),
                )
                .values(
                    acknowledged_at=now,
                    status=RequestStatus.IN_PROGRESS,
                    claimed_by_id=staff_id,
                    claimed_at=now,
                    version=Request.version + 1,
                )
            ).rowcount
            request = self._load(session, request_id)
            if won != 1:
                if request.priority != Priority.EMERGENCY:
                    raise QueueConflict("not_emergency", f"{request.pickup_code} is not an emergency call.")
                if request.acknowledged_at is not None:
                    who = request.claimed_by.name if request.claimed_by else "someone"
                    raise QueueConflict("acknowledged", f"{who} is already responding to this emergency.")
                raise _conflict_for(request, staff_id, "acknowledge")
            self._audit(session, staff_id, "acknowledge", request)
            return self._view_of(session, request_id)

    def fulfil(
        self, request_id: int, staff_id: int, given: Mapping[str, int] | None = None
    ) -> FulfilResult:
        """Hand over what was asked, or ``given`` (supply key → quantity).

        Stock moves in the same transaction and never below zero: when there
        is less than asked, the visitor gets what there is and the result
        lists the shortfall.
        """
        now = self._clock()
        with self._db.session_scope() as session:
            request = session.scalars(
                select(Request)
                .where(Request.id == request_id, Request.site_id == self._site_id)
                .with_for_update()
            ).one_or_none()
            if request is None:
                raise QueueConflict("not_found", "That request is no longer in the queue.")
            if request.status not in OPEN_STATUSES:
                raise _conflict_for(request, staff_id, "fulfil")
            if request.claimed_by_id not in (None, staff_id) and request.status == RequestStatus.IN_PROGRESS:
                raise _conflict_for(request, staff_id, "fulfil")
            supply_ids = sorted({line.supply_id for line in request.lines})
            supplies = {
                s.id: s
                for s in session.scalars(select(Supply).where(Supply.id.in_(supply_ids)).order_by(Supply.id).with_for_update())
            }
            shortfalls: list[Shortfall] = []
            for line in request.lines:
                supply = supplies[line.supply_id]
                wanted = line.quantity if given is None else int(given.get(supply.key, 0))
                if wanted < 0:
                    raise ValueError("a quantity given cannot be negative")
                if supply.kind == SupplyKind.ITEM:
                    handed = min(wanted, supply.stock)
                    if handed < wanted:
                        shortfalls.append(Shortfall(supply.key, wanted, handed))
                    if handed:
                        supply.stock -= handed
                        session.add(
                            StockMovement(
                                supply_id=supply.id,
                                delta=-handed,
                                reason="fulfil",
                                staff_id=staff_id,
                                request_id=request.id,
                                at=now,
                            )
                        )
                else:
                    handed = wanted
                line.quantity_given = handed
            request.status = RequestStatus.FULFILLED
            request.closed_at = now
            if request.claimed_by_id is None:
                request.claimed_by_id = staff_id
                request.claimed_at = now
            request.version += 1
            session.flush()
            self._audit(
                session,
                staff_id,
                "fulfil",
                request,
                {"shortfalls": [s.supply_key for s in shortfalls]} if shortfalls else None,
            )
            self._db.notify(session, "stock")
            return FulfilResult(self._view_of(session, request_id), tuple(shortfalls))

    # -- reading ----------------------------------------------------------

    def open_requests(self) -> list[RequestView]:
        """Open requests: unacknowledged emergencies first, then oldest first."""
        with self._db.session_scope() as session:
            views = _load_views(session, Request.site_id == self._site_id, Request.status.in_(OPEN_STATUSES))
        return sorted(views, key=lambda v: (not (v.is_emergency and v.acknowledged_at is None), v.created_at, v.id))

    def requests_since(self, since: dt.datetime) -> list[RequestView]:
        """Every request opened since ``since`` (for "all of today")."""
        with self._db.session_scope() as session:
            return _load_views(session, Request.site_id == self._site_id, Request.created_at >= since)

    def board(self) -> tuple[list[str], list[str]]:
        """Codes being prepared and codes ready at the window, for the public board."""
        with self._db.session_scope() as session:
            rows = session.execute(
                select(Request.pickup_code, Request.status)
                .where(
                    Request.site_id == self._site_id,
                    Request.status.in_((RequestStatus.IN_PROGRESS, RequestStatus.READY)),
                    Request.priority == Priority.NORMAL,
                )
                .order_by(Request.ready_at, Request.claimed_at, Request.id)
            ).all()
        preparing = [code for code, status in rows if status == RequestStatus.IN_PROGRESS]
        ready = [code for code, status in rows if status == RequestStatus.READY]
        return preparing, ready

    # -- helpers ----------------------------------------------------------

    def _load(self, session: Session, request_id: int) -> Request:
        request = session.scalars(
            select(Request)
            .options(selectinload(Request.claimed_by))
            .where(Request.id == request_id, Request.site_id == self._site_id)
        ).one_or_none()
        if request is None:
            raise QueueConflict("not_found", "That request is no longer in the queue.")
        session.refresh(request)
        return request

    def _view_of(self, session: Session, request_id: int) -> RequestView:
        """The request as staff and kiosks see it, built the same way as the queue's rows."""
        views = _load_views(session, Request.id == request_id, Request.site_id == self._site_id)
        if not views:
            raise QueueConflict("not_found", "That request is no longer in the queue.")
        return views[0]

    def _change(
        self,
        request_id: int,
        staff_id: int,
        action: str,
        *,
        allowed: Sequence[RequestStatus],
        values: Mapping[str, Any] | Any,
        detail: dict[str, Any] | None = None,
    ) -> RequestView:
        with self._db.session_scope() as session:
            request = self._load(session, request_id)
            if request.status not in allowed:
                raise _conflict_for(request, staff_id, action)
            if (
                request.status == RequestStatus.IN_PROGRESS
                and request.claimed_by_id not in (None, staff_id)
                and action in ("ready",)
            ):
                raise _conflict_for(request, staff_id, action)
            changes = values(request) if callable(values) else dict(values)
            won = session.execute(
                update(Request)
                .where(Request.id == request_id, Request.version == request.version)
                .values(**changes, version=request.version + 1)
            ).rowcount
            if won != 1:
                session.refresh(request)
                raise _conflict_for(request, staff_id, action)
            session.refresh(request)
            self._audit(session, staff_id, action, request, detail)
            return self._view_of(session, request_id)

    def _audit(
        self, session: Session, staff_id: int, action: str, request: Request, detail: dict[str, Any] | None = None
    ) -> None:
        record(
            session,
            site_id=self._site_id,
            staff_id=staff_id,
            action=action,
            subject=f"request {request.pickup_code}",
            detail=detail,
            at=self._clock(),
        )
        self._db.notify(session, "requests")


def _conflict_for(request: Request, staff_id: int, action: str) -> QueueConflict:
    code = request.pickup_code
    status = RequestStatus(request.status)
    if status in (RequestStatus.FULFILLED, RequestStatus.CANCELLED, RequestStatus.NO_SHOW):
        words = {"fulfilled": "handed over", "cancelled": "cancelled", "no_show": "marked as a no-show"}[status.value]
        return QueueConflict("closed", f"{code} was already {words}.", code=code)
    if status == RequestStatus.PENDING:
        return QueueConflict("not_claimed", f"{code} isn't claimed by anyone.", code=code)
    if request.claimed_by_id not in (None, staff_id):
        who = request.claimed_by.name if request.claimed_by else "someone else"
        return QueueConflict("claimed", f"{who} is already working on {code}.", code=code, claimed_by=who)
    return QueueConflict("claimed", f"{code} is already in progress.", code=code)


def _load_views(session: Session, *conditions: Any) -> list[RequestView]:
    """Many requests with their lines in two plain queries (a staff queue can hold hundreds)."""
    connection = session.connection()
    # The ids first, once: on PostgreSQL each statement sees the latest
    # commits, so a subquery run twice could find a request the first
    # statement did not (a kiosk submitting in between).
    wanted = list(connection.execute(select(Request.id).where(*conditions)).scalars())
    # The few supplies once, rather than their names again on every line.
    supplies = {
        row.id: row
        for row in connection.execute(
            select(Supply.id, Supply.key, Supply.names, Supply.kind, Supply.stock).where(
                Supply.id.in_(select(RequestLine.supply_id).where(RequestLine.request_id.in_(wanted)))
            )
        )
    }
    kinds = {supply_id: SupplyKind(row.kind).value for supply_id, row in supplies.items()}
    lines: dict[int, list[LineView]] = {}
    for request_id, supply_id, quantity, given in connection.execute(
        select(RequestLine.request_id, RequestLine.supply_id, RequestLine.quantity, RequestLine.quantity_given)
        .where(RequestLine.request_id.in_(wanted))
        .order_by(RequestLine.request_id, RequestLine.id)
    ):
        supply = supplies[supply_id]
        lines.setdefault(request_id, []).append(
            LineView(
                supply_id=supply_id,
                supply_key=supply.key,
                names=supply.names,
                kind=kinds[supply_id],
                quantity=quantity,
                quantity_given=given,
                stock=supply.stock,
            )
        )
    rows = connection.execute(
        select(*Request.__table__.columns, StaffAccount.name.label("staff_name"))
        .outerjoin(StaffAccount, Request.claimed_by_id == StaffAccount.id)
        .where(Request.id.in_(wanted))
        .order_by(Request.created_at, Request.id)
    )
    return [
        RequestView(
            id=row.id,
            pickup_code=row.pickup_code,
            status=RequestStatus(row.status).value,
            priority=Priority(row.priority).value,
            created_at=row.created_at,
            claimed_at=row.claimed_at,
            ready_at=row.ready_at,
            closed_at=row.closed_at,
            acknowledged_at=row.acknowledged_at,
            claimed_by=row.staff_name,
            claimed_by_id=row.claimed_by_id,
            cancel_reason=row.cancel_reason,
            version=row.version,
            lines=tuple(lines.get(row.id, ())),
        )
        for row in rows
    ]
