"""Overdose response: who is going, closing the call with an anonymous record.

An emergency stays open, first in every queue, until a staff member closes
it with a response record (or as a false alarm). Any number of staff can say
"I'm going"; the first one's time is the response time. The record holds
only the few tapped answers below: no request, station, staff member, or
free text, so nothing in it can point back to the person helped.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from kiosk.data.audit import record as audit
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import Actor, RequestView, ResponseRecord, ResponseView
from kiosk.data.models import (
    OPEN_STATUSES,
    EmergencyResponder,
    NaloxoneRoute,
    OverdoseOutcome,
    OverdoseResponse,
    Priority,
    Request,
    RequestStatus,
    StockMovement,
    Supply,
)
from kiosk.data.queue import QueueConflict, QueueService
from kiosk.errors import NotAllowed

__all__ = [
    "MAX_DOSES",
    "NALOXONE_KITS_OFFERED",
    "NOTE_KEYS",
    "OUTCOMES",
    "ROUTES",
    "EmergencyService",
    "emergency_actions",
]

#: The doses a record can hold; the top one means "this many or more".
MAX_DOSES = 5
ROUTES = tuple(route.value for route in NaloxoneRoute)
#: Outcomes staff choose from; a false alarm has its own one-tap button.
OUTCOMES = tuple(o.value for o in OverdoseOutcome if o != OverdoseOutcome.FALSE_ALARM)
#: The tap-only notes; nothing else can go in a record.
NOTE_KEYS = (
    "more_than_one_dose",
    "xylazine_suspected",
    "stimulants_involved",
    "person_was_alone",
    "left_before_help_arrived",
)
#: Kits a closing offers to take off the shelf (the ones used, to be replaced).
NALOXONE_KITS_OFFERED = 2
NALOXONE_SUPPLY_KEYS = ("naloxone-nasal", "naloxone-injectable")


def emergency_actions(request: RequestView | None, staff_id: int | None) -> set[str]:
    """What a staff member can do with an open emergency: go, close it, or call it a false alarm."""
    if request is None or staff_id is None or not request.is_emergency or not request.is_open:
        return set()
    actions = {"close_response", "false_alarm"}
    if staff_id not in request.responder_ids:
        actions.add("respond")
    return actions


def _responder(session: Session, site_id: int, by: Actor) -> int:
    """The staff member acting, as the database knows them now (a system actor answers nothing)."""
    from kiosk.data.rules import acting

    who = acting(session, site_id, by)
    if who.staff_id is None:
        raise NotAllowed("staff_only", "Only a staff member can answer an emergency.", "respond")
    return who.staff_id


class EmergencyService:
    def __init__(self, db: Database, queue: QueueService, site_id: int = 1, clock: Clock = utc_now) -> None:
        self._db = db
        self._queue = queue
        self._site_id = site_id
        self._clock = clock

    # -- responding -------------------------------------------------------

    def respond(self, request_id: int, by: Actor) -> RequestView:
        """``staff_id`` is going to the emergency; the first one also acknowledges it.

        Saying it twice is harmless. Two staff tapping at once are both
        recorded, one after the other: the request's row lock puts them in
        order, so the first in the list is the one who set the time.
        """
        with self._db.session_scope() as session:
            staff_id = _responder(session, self._site_id, by)
            request = self._open_emergency(session, request_id, lock=True)
            now = self._clock()
            try:
                with session.begin_nested():
                    session.add(EmergencyResponder(request_id=request.id, staff_id=staff_id, at=now))
            except IntegrityError:
                pass  # already going (perhaps tapped on two screens)
            first = cast(CursorResult[Any], session.execute(
                update(Request)
                .where(Request.id == request.id, Request.acknowledged_at.is_(None))
                .values(
                    acknowledged_at=now,
                    status=RequestStatus.IN_PROGRESS,
                    claimed_by_id=staff_id,
                    claimed_at=now,
                    version=Request.version + 1,
                )
            )).rowcount
            if not first:
                session.execute(update(Request).where(Request.id == request.id).values(version=Request.version + 1))
            self._audit(session, staff_id, "respond", request.pickup_code)
        return self._queue.status_of(request_id)

    # -- closing ------------------------------------------------------------

    def close(self, request_id: int, by: Actor, answers: ResponseRecord | None = None) -> ResponseView:
        """Close the emergency with its response record, in one transaction.

        With ``answers.take_naloxone_kits``, that many naloxone kits come off
        the shelf too (as many as there are, never below zero).
        """
        answers = answers or ResponseRecord()
        _check(answers)
        now = self._clock()
        with self._db.session_scope() as session:
            staff_id = _responder(session, self._site_id, by)
            request = self._open_emergency(session, request_id, lock=True)
            responders = session.scalar(
                select(func.count()).select_from(EmergencyResponder).where(EmergencyResponder.request_id == request.id)
            )
            taken = self._take_kits(session, request, staff_id, answers.take_naloxone_kits, now)
            row = OverdoseResponse(
                site_id=self._site_id,
                called_at=request.created_at,
                first_response_at=request.acknowledged_at,
                closed_at=now,
                responders=int(responders or 0),
                naloxone_doses=answers.naloxone_doses,
                naloxone_route=NaloxoneRoute(answers.naloxone_route) if answers.naloxone_route else None,
                rescue_breathing=answers.rescue_breathing,
                oxygen=answers.oxygen,
                emergency_services_called=answers.emergency_services_called,
                outcome=OverdoseOutcome(answers.outcome) if answers.outcome else None,
                notes=list(answers.notes),
                kits_taken=taken,
            )
            session.add(row)
            request.status = RequestStatus.FULFILLED
            request.closed_at = now
            if request.claimed_by_id is None:
                request.claimed_by_id = staff_id
                request.claimed_at = now
            request.version += 1
            session.flush()
            action = "false_alarm" if answers.outcome == OverdoseOutcome.FALSE_ALARM.value else "close_response"
            self._audit(session, staff_id, action, request.pickup_code)
            if taken:
                self._db.notify(session, "stock", self._site_id)
            return _view(row)

    def false_alarm(self, request_id: int, by: Actor) -> ResponseView:
        """One tap: nobody needed help. Counted as a false alarm."""
        return self.close(request_id, by, ResponseRecord(outcome=OverdoseOutcome.FALSE_ALARM.value))

    # -- reading -----------------------------------------------------------

    def open_emergencies(self) -> list[RequestView]:
        """Open emergencies, oldest first (for the banner and the board)."""
        return [r for r in self._queue.open_requests() if r.is_emergency]

    def responses(self, since: dt.datetime | None = None) -> list[ResponseView]:
        """Response records, oldest first (what the reports count)."""
        with self._db.session_scope() as session:
            query = select(OverdoseResponse).where(OverdoseResponse.site_id == self._site_id)
            if since is not None:
                query = query.where(OverdoseResponse.called_at >= since)
            rows: Sequence[OverdoseResponse] = session.scalars(query.order_by(OverdoseResponse.called_at)).all()
            return [_view(row) for row in rows]

    # -- helpers -----------------------------------------------------------

    def _open_emergency(self, session: Session, request_id: int, lock: bool = False) -> Request:
        query = select(Request).where(Request.id == request_id, Request.site_id == self._site_id)
        if lock:
            query = query.with_for_update()
        request = session.scalars(query).one_or_none()
        if request is None:
            raise QueueConflict("not_found", "That emergency is no longer in the queue.")
        if request.priority != Priority.EMERGENCY:
            raise QueueConflict("not_emergency", f"{request.pickup_code} is not an emergency call.")
        if request.status not in OPEN_STATUSES:
            raise QueueConflict(
                "closed", f"The emergency {request.pickup_code} was already closed.", code=request.pickup_code
            )
        return request

    def _take_kits(self, session: Session, request: Request, staff_id: int, wanted: int, now: dt.datetime) -> int:
        if wanted <= 0:
            return 0
        supplies = session.scalars(
            select(Supply)
            .where(Supply.site_id == self._site_id, Supply.key.in_(NALOXONE_SUPPLY_KEYS), Supply.stock > 0)
            .order_by(Supply.sort_order, Supply.id)
            .with_for_update()
        ).all()
        taken = 0
        for supply in supplies:
            part = min(wanted - taken, supply.stock)
            if part <= 0:
                continue
            supply.stock -= part
            taken += part
            session.add(
                StockMovement(
                    supply_id=supply.id,
                    delta=-part,
                    reason="overdose_response",
                    staff_id=staff_id,
                    request_id=request.id,
                    at=now,
                )
            )
        return taken

    def _audit(self, session: Session, staff_id: int, action: str, code: str) -> None:
        audit(
            session,
            site_id=self._site_id,
            staff_id=staff_id,
            action=action,
            subject=f"emergency {code}",
            at=self._clock(),
        )
        self._db.notify(session, "requests", self._site_id)


def _check(answers: ResponseRecord) -> None:
    if answers.naloxone_doses is not None and not 0 <= answers.naloxone_doses <= MAX_DOSES:
        raise ValueError(f"naloxone doses must be 0 to {MAX_DOSES}")
    if answers.naloxone_route is not None and answers.naloxone_route not in ROUTES:
        raise ValueError(f"unknown naloxone route {answers.naloxone_route!r}")
    if answers.outcome is not None and answers.outcome not in (*OUTCOMES, OverdoseOutcome.FALSE_ALARM.value):
        raise ValueError(f"unknown outcome {answers.outcome!r}")
    unknown = set(answers.notes) - set(NOTE_KEYS)
    if unknown:
        raise ValueError(f"unknown notes: {', '.join(sorted(unknown))}")
    if answers.take_naloxone_kits < 0:
        raise ValueError("kits taken cannot be negative")


def _view(row: OverdoseResponse) -> ResponseView:
    return ResponseView(
        id=row.id,
        called_at=row.called_at,
        first_response_at=row.first_response_at,
        closed_at=row.closed_at,
        responders=row.responders,
        naloxone_doses=row.naloxone_doses,
        naloxone_route=NaloxoneRoute(row.naloxone_route).value if row.naloxone_route else None,
        rescue_breathing=row.rescue_breathing,
        oxygen=row.oxygen,
        emergency_services_called=row.emergency_services_called,
        outcome=OverdoseOutcome(row.outcome).value if row.outcome else None,
        notes=tuple(row.notes or ()),
        kits_taken=row.kits_taken,
    )
