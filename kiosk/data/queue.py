"""The anonymous request queue: submit, claim, fulfil and the rest.

Every method is one transaction. Staff actions that race (two people tapping
"claim" at once) are settled by the database: a conditional UPDATE whose row
count says who won, or a row lock taken before reading.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from kiosk.data import undo
from kiosk.data.audit import record
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import FulfilResult, RequestView, Shortfall, SubmitResult
from kiosk.data.models import (
    OPEN_STATUSES,
    Priority,
    Request,
    RequestStatus,
    RequestUndo,
    StockMovement,
    Supply,
    SupplyKind,
)
from kiosk.data.queue_views import load_views
from kiosk.data.rules import (
    UNDOABLE_ACTIONS,
    Actor,
    Refusal,
    RequestFacts,
    UndoFacts,
    acting,
    not_allowed,
    request_refusal,
    undo_refusal,
)
from kiosk.data.settings import SettingsService
from kiosk.data.submit import RequestRejected, Submitter
from kiosk.errors import KioskError, NotAllowed

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
    def __init__(
        self, db: Database, site_id: int = 1, clock: Clock = utc_now, settings: SettingsService | None = None
    ) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock
        self._submitter = Submitter(db, site_id, clock, settings)

    # -- visitors ---------------------------------------------------------

    def submit(
        self,
        lines: Sequence[tuple[str, int]] = (),
        *,
        emergency: bool = False,
        station_id: int | None = None,
        language: str | None = None,
        for_others: int = 0,
    ) -> SubmitResult:
        """Store a visitor's request; see :meth:`Submitter.submit`."""
        return self._submitter.submit(
            lines, emergency=emergency, station_id=station_id, language=language, for_others=for_others
        )

    def status_of(self, request_id: int) -> RequestView:
        with self._db.read_scope() as session:
            return self._view_of(session, request_id)

    # -- staff ------------------------------------------------------------
    #
    # Each action reads the request in the transaction that changes it, asks
    # kiosk.data.rules whether this person may take it from this state, and
    # writes only if the request is still the version that was checked.

    def claim(self, request_id: int, actor: Actor) -> RequestView:
        now = self._clock()
        return self._change(
            request_id,
            actor,
            "claim",
            values=lambda _request, who: {
                "status": RequestStatus.IN_PROGRESS,
                "claimed_by_id": who.staff_id,
                "claimed_at": now,
            },
        )

    def release(self, request_id: int, actor: Actor) -> RequestView:
        return self._change(
            request_id,
            actor,
            "release",
            values={"status": RequestStatus.PENDING, "claimed_by_id": None, "claimed_at": None, "ready_at": None},
        )

    def mark_ready(self, request_id: int, actor: Actor) -> RequestView:
        now = self._clock()

        def values(request: Request, who: Actor) -> dict[str, Any]:
            changes: dict[str, Any] = {"status": RequestStatus.READY, "ready_at": now}
            if request.claimed_by_id is None:
                changes.update(claimed_by_id=who.staff_id, claimed_at=now)
            return changes

        return self._change(request_id, actor, "ready", values=values)

    def cancel(self, request_id: int, actor: Actor, reason: str) -> RequestView:
        if reason not in CANCEL_REASONS:
            raise ValueError(f"unknown cancel reason {reason!r}")
        return self._change(
            request_id,
            actor,
            "cancel",
            values={"status": RequestStatus.CANCELLED, "closed_at": self._clock(), "cancel_reason": reason},
            detail={"reason": reason},
        )

    def no_show(self, request_id: int, actor: Actor) -> RequestView:
        return self._change(
            request_id,
            actor,
            "no_show",
            values={"status": RequestStatus.NO_SHOW, "closed_at": self._clock()},
        )

    def acknowledge(self, request_id: int, actor: Actor) -> RequestView:
        """A staff member is on their way to an emergency."""
        now = self._clock()
        return self._change(
            request_id,
            actor,
            "acknowledge",
            values=lambda _request, who: {
                "acknowledged_at": now,
                "status": RequestStatus.IN_PROGRESS,
                "claimed_by_id": who.staff_id,
                "claimed_at": now,
            },
        )

    def call(self, request_id: int, actor: Actor) -> RequestView:
        """Call the code to the window: the board lights it up (and claims it if nobody has)."""
        now = self._clock()

        def values(request: Request, who: Actor) -> dict[str, Any]:
            changes: dict[str, Any] = {"called_at": now}
            if request.status == RequestStatus.PENDING:
                changes.update(status=RequestStatus.IN_PROGRESS, claimed_by_id=who.staff_id, claimed_at=now)
            return changes

        return self._change(request_id, actor, "call", values=values)

    def call_next(self, actor: Actor) -> RequestView | None:
        """Claim and call the request that has waited longest; None when nobody is waiting.

        Two staff calling at once get two different requests: each claim is
        the same conditional update as :meth:`claim`, and whoever loses the
        race moves on to the next oldest.
        """
        tried: set[int] = set()
        while True:
            with self._db.read_scope() as session:
                query = select(Request.id).where(
                    Request.site_id == self._site_id,
                    Request.status == RequestStatus.PENDING,
                    Request.priority == Priority.NORMAL,
                )
                if tried:
                    query = query.where(Request.id.not_in(tried))
                candidate = session.scalars(query.order_by(Request.created_at, Request.id).limit(1)).first()
            if candidate is None:
                return None
            try:
                return self.call(candidate, actor)
            except QueueConflict:
                tried.add(candidate)  # closed or taken in the meantime
            except NotAllowed as refused:
                if refused.rule != "not_yours":
                    raise
                tried.add(candidate)  # someone else claimed it first

    def undo(self, request_id: int, actor: Actor) -> RequestView:
        """Take back this person's last action on the request (see :func:`rules.undo_refusal`)."""
        now = self._clock()
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, actor)
            request = self._locked(session, request_id)
            kept = session.get(RequestUndo, request_id, with_for_update=True)
            facts = None
            if kept is not None:
                facts = UndoFacts(kept.action, kept.staff_id, kept.at, kept.version, request.version)
            refusal = undo_refusal(facts, who, now)
            code = request.pickup_code
            if refusal == "staff_only":
                raise NotAllowed("staff_only", "Only a signed-in staff member can work the queue.", "undo")
            if refusal is not None or kept is None:
                messages = {
                    "nothing": f"There is nothing to undo on {code}.",
                    "not_yours": f"Only the person who made the last change to {code} can undo it.",
                    "too_late": f"The last change to {code} can no longer be undone.",
                    "changed": f"{code} has changed since: it can no longer be undone.",
                }
                raise QueueConflict("undo_" + str(refusal), messages.get(str(refusal), messages["nothing"]), code=code)
            action = kept.action
            returned = undo.return_stock(session, request) if action == "fulfil" else {}
            for name, value in undo.restored(kept.before).items():
                setattr(request, name, value)
            request.version += 1
            undo.forget(session, request_id)
            try:
                session.flush()
            except IntegrityError as error:
                # Its code went to a new visitor in the meantime: it stays closed.
                raise QueueConflict(
                    "undo_changed", f"{code} has changed since: it can no longer be undone.", code=code
                ) from error
            detail: dict[str, Any] = {"undone": action}
            if returned:
                detail["returned"] = returned
            self._audit(session, who.staff_id, "undo", request, detail)
            if returned:
                self._db.notify(session, "stock")
            return self._view_of(session, request_id)

    def fulfil(
        self, request_id: int, actor: Actor, given: Mapping[str, int] | None = None
    ) -> FulfilResult:
        """Hand over what was asked, or ``given`` (supply key → quantity).

        Stock moves in the same transaction and never below zero: when there
        is less than asked, the visitor gets what there is and the result
        lists the shortfall.
        """
        now = self._clock()
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, actor)
            request = self._locked(session, request_id)
            self._check("fulfil", request, who)
            before = undo.snapshot(request)
            staff_id = who.staff_id
            supply_ids = sorted({line.supply_id for line in request.lines})
            supplies = {
                s.id: s
                for s in session.scalars(
                    select(Supply).where(Supply.id.in_(supply_ids)).order_by(Supply.id).with_for_update()
                )
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
            # Reports count part-fulfilled requests from this flag.
            request.given_short = any((line.quantity_given or 0) < line.quantity for line in request.lines)
            request.status = RequestStatus.FULFILLED
            request.closed_at = now
            if request.claimed_by_id is None:
                request.claimed_by_id = staff_id
                request.claimed_at = now
            request.version += 1
            session.flush()
            if request.priority != Priority.EMERGENCY:
                undo.remember(session, request.id, staff_id, "fulfil", now, request.version, before)
            self._audit(
                session,
                staff_id,
                "fulfil",
                request,
                {"shortfalls": [s.supply_key for s in shortfalls]} if shortfalls else None,
            )
            self._db.notify(session, "stock", self._site_id)
            return FulfilResult(self._view_of(session, request_id), tuple(shortfalls))

    # -- reading ----------------------------------------------------------

    def open_requests(self) -> list[RequestView]:
        """Open requests: emergencies first (until closed), then oldest first."""
        with self._db.read_scope() as session:
            views = load_views(session, Request.site_id == self._site_id, Request.status.in_(OPEN_STATUSES))
        return sorted(views, key=lambda v: (not v.is_emergency, v.created_at, v.id))

    def staff_queue(self, since: dt.datetime | None = None) -> list[RequestView]:
        """Open requests, plus every request opened since ``since``, in one read."""
        condition: Any = Request.status.in_(OPEN_STATUSES)
        if since is not None:
            condition = or_(condition, Request.created_at >= since)
        with self._db.read_scope() as session:
            return load_views(session, Request.site_id == self._site_id, condition)

    def requests_since(self, since: dt.datetime) -> list[RequestView]:
        """Every request opened since ``since`` (for "all of today")."""
        with self._db.read_scope() as session:
            return load_views(session, Request.site_id == self._site_id, Request.created_at >= since)

    def board(self) -> tuple[list[str], list[str]]:
        """Codes being prepared and codes ready at the window, for the public board."""
        with self._db.read_scope() as session:
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

    def board_calls(self) -> dict[str, dt.datetime]:
        """Open codes staff have called to the window, and when they last called each."""
        with self._db.read_scope() as session:
            rows = session.execute(
                select(Request.pickup_code, Request.called_at).where(
                    Request.site_id == self._site_id,
                    Request.status.in_(OPEN_STATUSES),
                    Request.priority == Priority.NORMAL,
                    Request.called_at.is_not(None),
                )
            ).all()
        return {code: called_at for code, called_at in rows if called_at is not None}

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

    def _locked(self, session: Session, request_id: int) -> Request:
        """The request, locked for this transaction, or a conflict when it is gone."""
        request = session.scalars(
            select(Request).where(Request.id == request_id, Request.site_id == self._site_id).with_for_update()
        ).one_or_none()
        if request is None:
            raise QueueConflict("not_found", "That request is no longer in the queue.")
        return request

    def _view_of(self, session: Session, request_id: int) -> RequestView:
        """The request as staff and kiosks see it, built the same way as the queue's rows."""
        views = load_views(session, Request.id == request_id, Request.site_id == self._site_id)
        if not views:
            raise QueueConflict("not_found", "That request is no longer in the queue.")
        return views[0]

    def _change(
        self,
        request_id: int,
        actor: Actor,
        action: str,
        *,
        values: Mapping[str, Any] | Callable[[Request, Actor], Mapping[str, Any]],
        detail: dict[str, Any] | None = None,
    ) -> RequestView:
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, actor)
            request = self._load(session, request_id)
            self._check(action, request, who)
            before = undo.snapshot(request)
            changes = dict(values(request, who) if callable(values) else values)
            result = session.execute(
                update(Request)
                .where(Request.id == request_id, Request.version == request.version)
                .values(**changes, version=request.version + 1)
            )
            won = cast("CursorResult[Any]", result).rowcount
            if won != 1:
                # Someone changed it since it was read: say what it is now.
                session.refresh(request)
                self._check(action, request, who)
                raise _conflict_for(request, who.staff_id, action)
            session.refresh(request)
            if action in UNDOABLE_ACTIONS and request.priority != Priority.EMERGENCY:
                undo.remember(session, request_id, who.staff_id, action, self._clock(), request.version, before)
            self._audit(session, who.staff_id, action, request, detail)
            return self._view_of(session, request_id)

    def _check(self, action: str, request: Request, who: Actor) -> None:
        """Raise unless the rules let ``who`` take ``action`` on the request as read."""
        facts = RequestFacts(
            pickup_code=request.pickup_code,
            status=RequestStatus(request.status).value,
            emergency=request.priority == Priority.EMERGENCY,
            acknowledged=request.acknowledged_at is not None,
            claimed_by_id=request.claimed_by_id,
            claimed_by=request.claimed_by.name if request.claimed_by else None,
            has_lines=bool(request.lines),
        )
        refusal = request_refusal(action, facts, who)
        if refusal is None:
            return
        if not refusal.is_about_state:
            raise not_allowed(refusal, action, facts)
        code = request.pickup_code
        if refusal is Refusal.NOT_EMERGENCY:
            raise QueueConflict("not_emergency", f"{code} is not an emergency call.", code=code)
        if refusal is Refusal.ACKNOWLEDGED:
            responder = request.claimed_by.name if request.claimed_by else "Someone"
            raise QueueConflict("acknowledged", f"{responder} is already responding to this emergency.", code=code)
        if refusal is Refusal.EMERGENCY:
            raise QueueConflict(
                "emergency", f"{code} is an emergency call: it never goes on the ready board.", code=code
            )
        raise _conflict_for(request, who.staff_id, action)

    def _audit(
        self,
        session: Session,
        staff_id: int | None,
        action: str,
        request: Request,
        detail: dict[str, Any] | None = None,
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
        self._db.notify(session, "requests", self._site_id)


def _conflict_for(request: Request, staff_id: int | None, action: str) -> QueueConflict:
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
