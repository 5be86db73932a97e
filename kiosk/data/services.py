"""Every service for one database and site, built in one place.

:func:`open_services` is how every window starts: it opens (creates,
migrates) the database and builds the services. It blocks on the database,
so the windows call it from their station link's worker, never on the GUI
thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from argon2 import PasswordHasher

from kiosk.data.alerts import AlertService
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database, open_database
from kiosk.data.emergency import EmergencyService
from kiosk.data.inventory import InventoryService
from kiosk.data.local_resources import ResourceOverrideService
from kiosk.data.queue import QueueService
from kiosk.data.reports import ReportService
from kiosk.data.retention import RetentionService
from kiosk.data.settings import SettingsService
from kiosk.data.setup import load_demo
from kiosk.data.sites import SiteService, load_demo_sites, station_site
from kiosk.data.staff import StaffService
from kiosk.data.stations import StationService
from kiosk.data.tallies import TallyService
from kiosk.data.voice import VoiceService


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
    reports: ReportService
    tallies: TallyService
    retention: RetentionService
    emergency: EmergencyService
    voice: VoiceService
    sites: SiteService

    @classmethod
    def build(
        cls, db: Database, site_id: int = 1, clock: Clock = utc_now, hasher: PasswordHasher | None = None
    ) -> Services:
        settings = SettingsService(db, site_id, clock)
        queue = QueueService(db, site_id, clock, settings)
        return cls(
            db=db,
            site_id=site_id,
            queue=queue,
            inventory=InventoryService(db, site_id, clock, settings),
            staff=StaffService(db, site_id, clock, hasher),
            stations=StationService(db, site_id, clock),
            alerts=AlertService(db, site_id, clock),
            settings=settings,
            resources=ResourceOverrideService(db, site_id, clock),
            reports=ReportService(db, site_id, clock),
            tallies=TallyService(db, site_id, clock),
            retention=RetentionService(db, clock),
            emergency=EmergencyService(db, queue, site_id, clock),
            voice=VoiceService(db, site_id, clock, settings),
            sites=SiteService(db, site_id, clock),
        )

    def at_site(self, site_id: int, clock: Clock = utc_now, hasher: PasswordHasher | None = None) -> Services:
        """The same database's services for another site (an organisation admin switching sites)."""
        return Services.build(self.db, site_id, clock, hasher)


def open_services(url: str, demo: bool = False, site: str | None = None) -> Services:
    """Open (create, migrate) the database at ``url`` and build its services for ``site``.

    ``site`` is the station's site by name (None: the first site). With
    ``demo`` the demo catalogue, the demo admin and a second demo site with
    an organisation admin are loaded too. Raises
    :class:`~kiosk.errors.DatabaseUnavailable` when the database can't be
    reached and :class:`~kiosk.data.sites.UnknownSite` for a site it does not
    have; nothing is left open then.
    """
    db = open_database(url)
    try:
        if demo:
            load_demo(db)
            load_demo_sites(db)
        services = Services.build(db, station_site(db, site))
    except BaseException:
        db.dispose()
        raise
    return services
