"""Drug alerts and notices that staff post for the kiosks' start screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import or_, select

from kiosk.data.audit import record
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import AlertView
from kiosk.data.models import Alert
from kiosk.data.rules import Actor, acting, audit_detail, require
from kiosk.errors import KioskError

LEVELS = ("info", "warning", "danger")


class AlertError(KioskError):
    reason = "alert"


class AlertService:
    def __init__(self, db: Database, site_id: int = 1, clock: Clock = utc_now) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock

    def post(
        self,
        texts: Mapping[str, Mapping[str, str]],
        *,
        level: str = "warning",
        starts_at: dt.datetime | None = None,
        ends_at: dt.datetime | None = None,
        by: Actor,
    ) -> AlertView:
        """``texts`` maps a language to its title and body; English is required."""
        if level not in LEVELS:
            raise AlertError(f"The level must be one of {', '.join(LEVELS)}.")
        english = texts.get("en") or {}
        if not english.get("title", "").strip():
            raise AlertError("An alert needs a title in English at least.")
        now = self._clock()
        starts = starts_at or now
        if ends_at is not None and ends_at <= starts:
            raise AlertError("An alert must end after it starts.")
        cleaned = {
            lang: {"title": t.get("title", "").strip(), "body": t.get("body", "").strip()}
            for lang, t in texts.items()
            if t.get("title", "").strip()
        }
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "post_alert")
            alert = Alert(
                site_id=self._site_id, level=level, texts=cleaned, starts_at=starts, ends_at=ends_at,
                created_by_id=who.staff_id, created_at=now,
            )
            session.add(alert)
            session.flush()
            record(
                session, site_id=self._site_id, staff_id=who.staff_id, action="post_alert", subject=f"alert {alert.id}",
                detail=audit_detail(who, {"title": cleaned["en"]["title"]}), at=now,
            )
            self._db.notify(session, "alerts", self._site_id)
            return _view(alert)

    def end(self, alert_id: int, by: Actor) -> None:
        now = self._clock()
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "end_alert")
            alert = session.get(Alert, alert_id)
            if alert is None or alert.site_id != self._site_id:
                raise AlertError("That alert no longer exists.")
            if alert.ends_at is None or alert.ends_at > now:
                alert.ends_at = now
            record(
                session, site_id=self._site_id, staff_id=who.staff_id, action="end_alert", subject=f"alert {alert.id}",
                detail=audit_detail(who), at=now,
            )
            self._db.notify(session, "alerts", self._site_id)

    def current(self) -> list[AlertView]:
        """Alerts in force now, most serious and newest first."""
        now = self._clock()
        with self._db.read_scope() as session:
            rows = session.scalars(
                select(Alert).where(
                    Alert.site_id == self._site_id,
                    Alert.starts_at <= now,
                    or_(Alert.ends_at.is_(None), Alert.ends_at > now),
                )
            ).all()
            views = [_view(a) for a in rows]
        return sorted(views, key=lambda a: (-LEVELS.index(a.level), -a.starts_at.timestamp()))

    def all(self, limit: int = 200) -> list[AlertView]:
        with self._db.read_scope() as session:
            rows = session.scalars(
                select(Alert).where(Alert.site_id == self._site_id).order_by(Alert.created_at.desc()).limit(limit)
            )
            return [_view(a) for a in rows]


def _view(alert: Alert) -> AlertView:
    return AlertView(
        alert.id, alert.level, {k: dict(v) for k, v in alert.texts.items()}, alert.starts_at, alert.ends_at
    )
