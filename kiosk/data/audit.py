"""Audit events: what staff did, for the audit view and funders' questions.

Every action the services record is listed in :data:`AUDIT_ACTIONS` with
the kind it is filtered by on the Audit page; the page words each one as a
sentence in the staff member's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
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
        return [AuditView(e.id, e.at, name, e.action, e.subject, dict(e.detail), e.staff_id) for e, name in rows]


#: Every action the services record, and the kind the Audit page files it under.
AUDIT_ACTIONS: Mapping[str, str] = {
    "claim": "requests",
    "release": "requests",
    "ready": "requests",
    "fulfil": "requests",
    "cancel": "requests",
    "no_show": "requests",
    "call": "requests",
    "undo": "requests",
    "acknowledge": "emergencies",
    "respond": "emergencies",
    "close_response": "emergencies",
    "false_alarm": "emergencies",
    "add_supply": "stock",
    "restock": "stock",
    "adjust": "stock",
    "edit_supply": "stock",
    "sharps_returned": "stock",
    "add_staff": "staff",
    "reset_staff": "staff",
    "activate_staff": "staff",
    "deactivate_staff": "staff",
    "change_pin": "staff",
    "set_language": "staff",
    "sign_in": "sign_in",
    "sign_in_unknown": "sign_in",
    "lock_staff": "sign_in",
    "unlock_kiosk": "sign_in",
    "unlock_failed": "sign_in",
    "reset_unlocks": "sign_in",
    "post_alert": "alerts",
    "end_alert": "alerts",
    "edit_resource": "resources",
    "reset_resource": "resources",
    "change_settings": "settings",
}
#: The kinds, in the order the Audit page offers them.
AUDIT_KINDS = ("requests", "emergencies", "stock", "staff", "sign_in", "alerts", "resources", "settings")


def find_events(
    db: Database,
    site_id: int = 1,
    *,
    by: Actor,
    since: dt.datetime | None = None,
    until: dt.datetime | None = None,
    staff_id: int | None = None,
    kinds: Sequence[str] = (),
    limit: int = 5000,
) -> list[AuditView]:
    """Events from ``since`` up to (not including) ``until``, by one person and of some kinds, newest first.

    Admins only, as the whole audit log is.
    """
    from kiosk.data.rules import acting, require

    unknown = set(kinds) - set(AUDIT_KINDS)
    if unknown:
        raise ValueError(f"unknown audit kinds: {', '.join(sorted(unknown))}")
    with db.read_scope() as session:
        require(acting(session, site_id, by), "view_audit")
        query = (
            select(AuditEvent, StaffAccount.name)
            .outerjoin(StaffAccount, AuditEvent.staff_id == StaffAccount.id)
            .where(AuditEvent.site_id == site_id)
        )
        if since is not None:
            query = query.where(AuditEvent.at >= since)
        if until is not None:
            query = query.where(AuditEvent.at < until)
        if staff_id is not None:
            query = query.where(AuditEvent.staff_id == staff_id)
        if kinds:
            actions = sorted(action for action, kind in AUDIT_ACTIONS.items() if kind in kinds)
            query = query.where(AuditEvent.action.in_(actions))
        rows = session.execute(query.order_by(AuditEvent.at.desc(), AuditEvent.id.desc()).limit(limit)).all()
        return [AuditView(e.id, e.at, name, e.action, e.subject, dict(e.detail), e.staff_id) for e, name in rows]
