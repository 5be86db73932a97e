"""Taking back a mis-tap: what an undoable queue action remembers, and how it is reversed.

Each undoable staff action (see :data:`kiosk.data.rules.UNDOABLE_ACTIONS`)
keeps the request's fields as they were before it, in the same transaction as
the change. An undo, inside one transaction too, puts those fields back and,
for a hand-over, returns the stock it took and drops its movements, so the
request and the shelf read exactly as before the tap.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from kiosk.data.models import Request, RequestStatus, RequestUndo, StockMovement, Supply

#: The request fields an action can change, and so an undo puts back.
_FIELDS = ("status", "claimed_by_id", "claimed_at", "ready_at", "closed_at", "cancel_reason", "called_at")
_TIMES = frozenset({"claimed_at", "ready_at", "closed_at", "called_at"})


def snapshot(request: Request) -> dict[str, Any]:
    """The fields an action may change, as JSON-friendly values."""
    values: dict[str, Any] = {}
    for name in _FIELDS:
        value = getattr(request, name)
        if name == "status":
            value = RequestStatus(str(value)).value
        elif name in _TIMES and value is not None:
            value = value.isoformat()
        values[name] = value
    return values


def restored(before: dict[str, Any]) -> dict[str, Any]:
    """``snapshot``'s values back as column values."""
    values: dict[str, Any] = {}
    for name in _FIELDS:
        value = before.get(name)
        if name == "status":
            value = RequestStatus(str(value))
        elif name in _TIMES and value is not None:
            value = dt.datetime.fromisoformat(value)
        values[name] = value
    return values


def remember(
    session: Session, request_id: int, staff_id: int | None, action: str, at: dt.datetime, version: int,
    before: dict[str, Any],
) -> None:
    """Keep ``action`` as the request's last undoable one (replacing any earlier)."""
    session.execute(delete(RequestUndo).where(RequestUndo.request_id == request_id))
    session.add(
        RequestUndo(request_id=request_id, staff_id=staff_id, action=action, at=at, version=version, before=before)
    )


def forget(session: Session, request_id: int) -> None:
    session.execute(delete(RequestUndo).where(RequestUndo.request_id == request_id))


def return_stock(session: Session, request: Request) -> dict[str, int]:
    """Put back what a hand-over took off the shelves; supply key → quantity returned."""
    movements = list(
        session.scalars(
            select(StockMovement)
            .where(StockMovement.request_id == request.id, StockMovement.reason == "fulfil")
            .order_by(StockMovement.supply_id)
        )
    )
    supply_ids = sorted({m.supply_id for m in movements})
    supplies = {
        s.id: s
        for s in session.scalars(select(Supply).where(Supply.id.in_(supply_ids)).order_by(Supply.id).with_for_update())
    }
    returned: dict[str, int] = {}
    for movement in movements:
        supply = supplies[movement.supply_id]
        supply.stock -= movement.delta
        returned[supply.key] = returned.get(supply.key, 0) - movement.delta
        session.delete(movement)
    for line in request.lines:
        line.quantity_given = None
    request.given_short = False
    return returned
