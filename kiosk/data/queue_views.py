"""Requests as staff and kiosks see them, read in a few plain statements.

A staff queue can hold hundreds of open requests and is read again after
every change, so this read is kept lean:

- every statement selects by the same conditions (no list of hundreds of ids
  sent back to the database); the read scope is one snapshot on both engines
  (SQLite's deferred transaction, PostgreSQL's REPEATABLE READ), so the
  statements agree on which requests there are;
- the small tables (supplies, stations) are read once per load, not joined
  onto every row, so a supply's names or a station's place is decoded once;
- statuses come back as the plain strings they are stored as, and two lines
  asking for the same thing share one ``LineView``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from kiosk.data.dto import LineView, RequestView
from kiosk.data.models import EmergencyResponder, Request, RequestLine, StaffAccount, Station, Supply

__all__ = ["load_views"]

_NOWHERE: tuple[str, dict[str, str]] = ("", {})


def load_views(session: Session, *conditions: Any) -> list[RequestView]:
    """The requests that meet ``conditions`` (on ``Request``), oldest first, with their lines."""
    connection = session.connection()
    rows = connection.execute(
        select(
            Request.id,
            Request.pickup_code,
            type_coerce(Request.status, String),
            type_coerce(Request.priority, String),
            Request.created_at,
            Request.claimed_at,
            Request.ready_at,
            Request.closed_at,
            Request.acknowledged_at,
            Request.called_at,
            StaffAccount.name,
            Request.claimed_by_id,
            Request.cancel_reason,
            Request.version,
            Request.language,
            Request.station_id,
            Request.for_others,
        )
        .outerjoin(StaffAccount, Request.claimed_by_id == StaffAccount.id)
        .where(*conditions)
        .order_by(Request.created_at, Request.id)
    ).all()
    if not rows:
        return []
    lines = _lines(connection, conditions)
    stations = {
        station_id: (name, place or {})
        for station_id, name, place in connection.execute(
            select(Station.id, Station.name, Station.place).where(
                Station.id.in_(select(Request.station_id).where(*conditions))
            )
        )
    }
    responders: dict[int, list[tuple[int, str]]] = {}
    for request_id, staff_id, name in connection.execute(
        select(EmergencyResponder.request_id, EmergencyResponder.staff_id, StaffAccount.name)
        .join(StaffAccount, EmergencyResponder.staff_id == StaffAccount.id)
        .join(Request, Request.id == EmergencyResponder.request_id)
        .where(*conditions)
        .order_by(EmergencyResponder.at, EmergencyResponder.id)
    ):
        responders.setdefault(request_id, []).append((staff_id, name))
    views = []
    for (
        request_id,
        code,
        status,
        priority,
        created_at,
        claimed_at,
        ready_at,
        closed_at,
        acknowledged_at,
        called_at,
        staff_name,
        claimed_by_id,
        cancel_reason,
        version,
        language,
        station_id,
        for_others,
    ) in rows:
        station_name, place = stations.get(station_id, _NOWHERE)
        going = responders.get(request_id, ())
        views.append(
            RequestView(
                id=request_id,
                pickup_code=code,
                status=status,
                priority=priority,
                created_at=created_at,
                claimed_at=claimed_at,
                ready_at=ready_at,
                closed_at=closed_at,
                acknowledged_at=acknowledged_at,
                called_at=called_at,
                claimed_by=staff_name,
                claimed_by_id=claimed_by_id,
                cancel_reason=cancel_reason,
                version=version,
                lines=tuple(lines.get(request_id, ())),
                language=language,
                station_name=station_name,
                station_place=dict(place),
                responders=tuple(name for _, name in going),
                responder_ids=tuple(staff_id for staff_id, _ in going),
                for_others=for_others or 0,
            )
        )
    return views


def _lines(connection: Any, conditions: tuple[Any, ...]) -> dict[int, list[LineView]]:
    """Each request's lines in the order they were asked for."""
    asked = select(RequestLine.supply_id).join(Request, Request.id == RequestLine.request_id).where(*conditions)
    supplies = {
        row[0]: row
        for row in connection.execute(
            select(Supply.id, Supply.key, Supply.names, type_coerce(Supply.kind, String), Supply.stock).where(
                Supply.id.in_(asked)
            )
        )
    }
    shared: dict[tuple[int, int, int | None], LineView] = {}
    lines: dict[int, list[LineView]] = {}
    for request_id, supply_id, quantity, given in connection.execute(
        select(RequestLine.request_id, RequestLine.supply_id, RequestLine.quantity, RequestLine.quantity_given)
        .join(Request, Request.id == RequestLine.request_id)
        .where(*conditions)
        .order_by(RequestLine.request_id, RequestLine.id)
    ):
        line = shared.get((supply_id, quantity, given))
        if line is None:
            _id, key, names, kind, stock = supplies[supply_id]
            line = LineView(
                supply_id=supply_id,
                supply_key=key,
                names=names,
                kind=kind,
                quantity=quantity,
                quantity_given=given,
                stock=stock,
            )
            shared[(supply_id, quantity, given)] = line
        lines.setdefault(request_id, []).append(line)
    return lines
