"""Audit events: what staff did, for the audit view and funders' questions."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data.db import Database
from kiosk.data.dto import Actor, AuditView
from kiosk.data.models import AuditEvent, StaffAccount


def record(
    session: Session,
    *,
    site_id: int,
    staff_id: int | None,
    action: str,
    subject: str = "",
    detail: dict[str, Any] | None = None,
    at: dt.datetime,
    station_id: int | None = None,
) -> None:
    session.add(
        AuditEvent(
            site_id=site_id,
            staff_id=staff_id,
            station_id=station_id,
            action=action,
            subject=subject,
            detail=detail or {},
            at=at,
        )
    )


def recent_events(db: Database, site_id: int = 1, limit: int = 500, *, by: Actor) -> list[AuditView]:
    """The newest events first; the audit log is for admins only."""
    from kiosk.data.rules import acting, require

    with db.read_scope() as session:
        require(acting(session, site_id, by), "view_audit")
        rows = session.execute(
            select(AuditEvent, StaffAccount.name)
            .outerjoin(StaffAccount, AuditEvent.staff_id == StaffAccount.id)
            .where(AuditEvent.site_id == site_id)
            .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
            .limit(limit)
        ).all()
        return [AuditView(e.id, e.at, name, e.action, e.subject, dict(e.detail)) for e, name in rows]
