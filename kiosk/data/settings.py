"""Per-site settings, stored in the database and edited by staff."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data.audit import record
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.models import SiteSetting
from kiosk.data.rules import Actor, acting, audit_detail, require
from kiosk.data.setting_rules import SettingProblem, SettingsError, settings_problems
from kiosk.languages import LANGUAGES, SOURCE_LANGUAGE

#: Rows whose key starts with this belong to the application (keys, counters), not to staff.
INTERNAL_PREFIX = "~"


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
    #: The site's name per language, where it reads differently ("Centre de jour"); else the site's own name.
    site_names: dict[str, str] = field(default_factory=dict)
    slip_show_items: bool = False
    retention_days: int = 90
    max_lines: int = 12
    staff_idle_minutes: int = 10
    queue_chime: bool = True
    board_chime: bool = True
    pdf_folder: str = ""
    minutes_per_request: int = 3
    # The staff queue marks a request waiting longer than this, and a ready
    # code nobody has picked up after this long.
    queue_target_minutes: int = 15
    ready_reminder_minutes: int = 10
    # Reports: the zone a site's days and hours are counted in (an IANA name),
    # counts below this print as "<5" in shared reports, and how many returned
    # sharps a kilogram stands for (0: weights are shown, not turned into counts).
    time_zone: str = "UTC"
    small_count_threshold: int = 5
    sharps_units_per_kg: int = 0
    # Stock: lots expiring within this many days raise a notice on every staff screen.
    expiry_warning_days: int = 60
    # Printing for the whole site: a printer name and paper ("" leaves it to each station's configuration).
    printer: str = ""
    paper: str = ""
    #: A request can be for the visitor and up to this many others (0: for the visitor only).
    others_max: int = 5
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
                elif key in ("naloxone_location", "site_names"):
                    value = {str(k): str(v) for k, v in dict(value or {}).items() if str(v).strip()}
                kwargs[key] = value
            else:
                extra[key] = value
        return cls(**kwargs, extra=extra)

    def site_name_in(self, lang: str, name: str) -> str:
        """The site's name in ``lang``: the name set for that language, else ``name`` (the site's own)."""
        return self.site_names.get(lang) or name

    def naloxone_location_in(self, lang: str) -> str:
        """Where the naloxone kit is kept, in ``lang`` (or the site's language), or ""."""
        places = self.naloxone_location
        return places.get(lang) or places.get(self.default_language) or next(iter(places.values()), "")


class SettingsService:
    """Reads and changes a site's settings, and keeps the last ones read.

    The kept copy (:meth:`current_in`, used by every submit) is replaced by
    each read and each change, and dropped by :meth:`forget` when the change
    feed says another station changed them: never kept by age, so a submit
    checks against the settings the kiosk's screens show.
    """

    def __init__(self, db: Database, site_id: int = 1, clock: Clock = utc_now) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock
        self._kept: SiteSettings | None = None
        # Bumped by forget(): a read that began before it must not be kept.
        self._generation = 0

    def load(self) -> SiteSettings:
        with self._db.read_scope() as session:
            return self.load_in(session)

    def load_in(self, session: Session) -> SiteSettings:
        """The settings, read inside a unit of work another service already has open."""
        generation = self._generation
        rows = session.execute(
            select(SiteSetting.key, SiteSetting.value).where(
                SiteSetting.site_id == self._site_id, ~SiteSetting.key.startswith(INTERNAL_PREFIX)
            )
        )
        settings = SiteSettings.from_mapping({key: value for key, value in rows})
        if generation == self._generation:
            self._kept = settings
        return settings

    def current_in(self, session: Session) -> SiteSettings:
        """The settings last read in this process, or read now in ``session``."""
        kept = self._kept
        return kept if kept is not None else self.load_in(session)

    def forget(self) -> None:
        """Another station changed the settings: read them again next time."""
        self._generation += 1
        self._kept = None

    def update(self, *, by: Actor, **changes: Any) -> SiteSettings:
        """Change some settings (admins only); every station applies them at once.

        Each value is checked (:mod:`kiosk.data.setting_rules`) against the
        settings as stored, in the same transaction; a refusal raises
        :class:`SettingsError` naming every problem and changes nothing.
        The audit event keeps each changed setting's old and new value.
        """
        names = {f.name for f in dataclasses.fields(SiteSettings)} - {"extra"}
        unknown = set(changes) - names
        if unknown:
            raise ValueError(f"unknown site settings: {', '.join(sorted(unknown))}")
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "change_settings")
            before = self.load_in(session)
            merged = {**dataclasses.asdict(before), **changes}
            problems = settings_problems(changes, merged)
            if problems:
                raise SettingsError(problems)
            changed: dict[str, Any] = {}
            for key, value in changes.items():
                stored = _stored(value)
                old = _stored(getattr(before, key))
                if stored != old:
                    changed[key] = {"from": old, "to": stored}
                session.merge(SiteSetting(site_id=self._site_id, key=key, value=stored))
            record(
                session, site_id=self._site_id, staff_id=who.staff_id, action="change_settings",
                subject="settings",
                detail=audit_detail(who, {"changed": sorted(changes), "values": changed}),
                at=self._clock(),
            )
            self._db.notify(session, "settings", self._site_id)
        self.forget()
        return self.load()


def _stored(value: Any) -> Any:
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


__all__ = ["INTERNAL_PREFIX", "SettingProblem", "SettingsError", "SettingsService", "SiteSettings"]
