"""Stations (kiosks, staff PCs, boards) and their heartbeat."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from sqlalchemy import select

from kiosk import __version__
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import Actor, StationView
from kiosk.data.models import Station, StationKind
from kiosk.errors import KioskError

HEARTBEAT_EVERY_S = 30
# A station that has not been heard from for three beats counts as offline.
OFFLINE_AFTER = dt.timedelta(seconds=3 * HEARTBEAT_EVERY_S)


class StationError(KioskError):
    """A station the site does not know."""


class StationService:
    def __init__(self, db: Database, site_id: int = 1, clock: Clock = utc_now) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock

    def register(self, name: str, kind: str) -> StationView:
        """The station called ``name``, created on first start."""
        with self._db.session_scope() as session:
            station = session.scalar(select(Station).where(Station.site_id == self._site_id, Station.name == name))
            if station is None:
                station = Station(site_id=self._site_id, name=name, kind=StationKind(kind), version=__version__)
                session.add(station)
            station.kind = StationKind(kind)
            station.last_seen_at = self._clock()
            station.version = __version__
            session.flush()
            self._db.notify(session, "stations", self._site_id)
            return self._view(station)

    def heartbeat(self, station_id: int, printer_state: str | None = None, printer_detail: str = "") -> None:
        with self._db.session_scope() as session:
            station = session.get(Station, station_id)
            if station is None:
                return
            station.last_seen_at = self._clock()
            station.version = __version__
            if printer_state is not None:
                changed = (station.printer_state, station.printer_detail) != (printer_state, printer_detail[:200])
                station.printer_state = printer_state
                station.printer_detail = printer_detail[:200]
                if changed:
                    # The station's own site: a back office switched to another site still beats for its own.
                    self._db.notify(session, "stations", station.site_id)
                    return
            self._db.quiet_write(session)

    def set_place(self, station_id: int, place: Mapping[str, str], *, by: Actor) -> StationView:
        """Where a station stands, per language ("hallway, by the toilets"); empty texts are dropped."""
        from kiosk.data.rules import acting, require

        texts = {str(lang): " ".join(str(text).split())[:120] for lang, text in place.items() if str(text).strip()}
        with self._db.session_scope() as session:
            require(acting(session, self._site_id, by), "set_station_place")
            station = session.get(Station, station_id)
            if station is None or station.site_id != self._site_id:
                raise StationError("This station is not registered.")
            station.place = texts
            session.flush()
            self._db.notify(session, "stations", self._site_id)
            self._db.notify(session, "requests", self._site_id)  # queue rows and banners name the place
            return self._view(station)

    def stations(self) -> list[StationView]:
        with self._db.read_scope() as session:
            rows = session.scalars(
                select(Station).where(Station.site_id == self._site_id).order_by(Station.kind, Station.name)
            )
            return [self._view(s) for s in rows]

    def _view(self, station: Station) -> StationView:
        seen = station.last_seen_at
        return StationView(
            id=station.id,
            name=station.name,
            kind=StationKind(station.kind).value,
            last_seen_at=seen,
            version=station.version,
            printer_state=station.printer_state,
            printer_detail=station.printer_detail,
            online=seen is not None and self._clock() - seen <= OFFLINE_AFTER,
            place=dict(station.place or {}),
        )
