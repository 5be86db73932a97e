"""Staff edits to local resources (phone, address, hours), kept in the database.

The content pack ships ``resources.toml``; addresses and hours change more
often than pages, so staff override single fields here and every station
applies them over the file.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import delete, select

from kiosk.data.audit import record
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.models import ResourceOverride
from kiosk.data.rules import Actor, acting, audit_detail, require

EDITABLE_FIELDS = ("name", "description", "url", "phone", "address", "hours")


class ResourceOverrideService:
    def __init__(self, db: Database, site_id: int = 1, clock: Clock = utc_now) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock

    def overrides(self) -> dict[str, dict[str, Any]]:
        with self._db.read_scope() as session:
            rows = session.scalars(select(ResourceOverride).where(ResourceOverride.site_id == self._site_id))
            return {row.key: dict(row.fields) for row in rows}

    def set(self, key: str, fields: Mapping[str, Any], by: Actor) -> None:
        unknown = set(fields) - set(EDITABLE_FIELDS)
        if unknown:
            raise ValueError(f"these resource fields can't be edited: {', '.join(sorted(unknown))}")
        now = self._clock()
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "edit_resource")
            row = session.get(ResourceOverride, (self._site_id, key))
            merged = {**(row.fields if row else {}), **fields}
            session.merge(
                ResourceOverride(
                    site_id=self._site_id, key=key, fields=merged, updated_at=now, updated_by_id=who.staff_id
                )
            )
            record(
                session,
                site_id=self._site_id,
                staff_id=who.staff_id,
                action="edit_resource",
                subject=f"resource {key}",
                detail=audit_detail(who, {"fields": sorted(fields)}),
                at=now,
            )
            self._db.notify(session, "resources", self._site_id)

    def clear(self, key: str, by: Actor) -> None:
        now = self._clock()
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "edit_resource")
            session.execute(
                delete(ResourceOverride).where(ResourceOverride.site_id == self._site_id, ResourceOverride.key == key)
            )
            record(
                session,
                site_id=self._site_id,
                staff_id=who.staff_id,
                action="reset_resource",
                subject=f"resource {key}",
                detail=audit_detail(who),
                at=now,
            )
            self._db.notify(session, "resources", self._site_id)
