"""What a kiosk shows from the database, read as one consistent moment."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kiosk.data.dto import AlertView, SupplyView
from kiosk.data.services import Services
from kiosk.data.settings import SiteSettings
from kiosk.data.setup import site_name


@dataclass(frozen=True)
class KioskSnapshot:
    site_name: str
    settings: SiteSettings
    alerts: list[AlertView] = field(default_factory=list)
    catalogue: list[SupplyView] = field(default_factory=list)
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    out_today: list[SupplyView] = field(default_factory=list)  # items run out: "I wanted this"


def read_kiosk_snapshot(services: Services) -> KioskSnapshot:
    """Site name, settings, alerts, catalogue and resource overrides in one read unit.

    The services' own read scopes join this one, so the kiosk never shows a
    catalogue from one moment next to settings from another.
    """
    with services.db.read_scope():
        return KioskSnapshot(
            site_name=site_name(services.db, services.site_id),
            settings=services.settings.load(),
            alerts=services.alerts.current(),
            catalogue=services.inventory.catalogue(),
            overrides=services.resources.overrides(),
            out_today=services.voice.out_today(),
        )
