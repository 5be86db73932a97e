"""Every service for one database and site, built in one place."""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher

from kiosk.data.alerts import AlertService
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.emergency import EmergencyService
from kiosk.data.inventory import InventoryService
from kiosk.data.local_resources import ResourceOverrideService
from kiosk.data.queue import QueueService
from kiosk.data.settings import SettingsService
from kiosk.data.staff import StaffService
from kiosk.data.stations import StationService


@dataclass(frozen=True)
class Services:
    db: Database
    site_id: int
    queue: QueueService
    inventory: InventoryService
    staff: StaffService
    stations: StationService
    alerts: AlertService
    settings: SettingsService
    resources: ResourceOverrideService
    emergency: EmergencyService

    @classmethod
    def build(
        cls, db: Database, site_id: int = 1, clock: Clock = utc_now, hasher: PasswordHasher | None = None
    ) -> Services:
        queue = QueueService(db, site_id, clock)
        return cls(
            db=db,
            site_id=site_id,
            queue=queue,
            inventory=InventoryService(db, site_id, clock),
            staff=StaffService(db, site_id, clock, hasher),
            stations=StationService(db, site_id, clock),
            alerts=AlertService(db, site_id, clock),
            settings=SettingsService(db, site_id),
            resources=ResourceOverrideService(db, site_id, clock),
            emergency=EmergencyService(db, queue, site_id, clock),
        )
