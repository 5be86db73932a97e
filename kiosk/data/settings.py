"""Per-site settings, stored in the database and edited by staff."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data.db import Database
from kiosk.data.models import SiteSetting
from kiosk.languages import LANGUAGES, SOURCE_LANGUAGE


@dataclass(frozen=True)
class SiteSettings:
    """What a site can change without touching a machine."""

    idle_timeout_s: int = 60
    idle_warning_s: int = 15
    languages: tuple[str, ...] = LANGUAGES
    default_language: str = SOURCE_LANGUAGE
    emergency_number: str = "911"
    #: Where the naloxone kit is kept, per language ("red box by the door"), for the emergency screen.
    naloxone_location: dict[str, str] = field(default_factory=dict)
    slip_show_items: bool = False
    retention_days: int = 90
    max_lines: int = 12
    staff_idle_minutes: int = 10
    queue_chime: bool = True
    board_chime: bool = True
    pdf_folder: str = ""
    minutes_per_request: int = 3
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> SiteSettings:
        known = {f.name: f for f in dataclasses.fields(cls) if f.name != "extra"}
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        for key, value in values.items():
            if key in known:
                if key == "languages":
                    value = tuple(value)
                elif key == "naloxone_location":
                    value = {str(k): str(v) for k, v in dict(value or {}).items() if str(v).strip()}
                kwargs[key] = value
            else:
                extra[key] = value
        return cls(**kwargs, extra=extra)

    def naloxone_location_in(self, lang: str) -> str:
        """Where the naloxone kit is kept, in ``lang`` (or the site's language), or ""."""
        places = self.naloxone_location
        return places.get(lang) or places.get(self.default_language) or next(iter(places.values()), "")


class SettingsService:
    def __init__(self, db: Database, site_id: int = 1) -> None:
        self._db = db
        self._site_id = site_id

    def load(self) -> SiteSettings:
        with self._db.session_scope() as session:
            return self.load_in(session)

    def load_in(self, session: Session) -> SiteSettings:
        """The settings, read inside a unit of work another service already has open."""
        rows = session.execute(
            select(SiteSetting.key, SiteSetting.value).where(SiteSetting.site_id == self._site_id)
        )
        return SiteSettings.from_mapping({key: value for key, value in rows})

    def update(self, **changes: Any) -> SiteSettings:
        names = {f.name for f in dataclasses.fields(SiteSettings)} - {"extra"}
        unknown = set(changes) - names
        if unknown:
            raise ValueError(f"unknown site settings: {', '.join(sorted(unknown))}")
        with self._db.session_scope() as session:
            for key, value in changes.items():
                stored = list(value) if isinstance(value, tuple) else value
                session.merge(SiteSetting(site_id=self._site_id, key=key, value=stored))
            self._db.notify(session, "settings")
        return self.load()
