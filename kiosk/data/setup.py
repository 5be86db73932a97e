"""First-run set-up: the site row, the demo catalogue and the demo admin."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update

from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import Actor
from kiosk.data.inventory import InventoryService
from kiosk.data.models import Site, Supply
from kiosk.data.settings import SettingsService
from kiosk.data.staff import StaffService
from kiosk.errors import ConfigError
from kiosk.paths import resources_dir

DEMO_ADMIN_NAME = "admin"
DEMO_ADMIN_PIN = "582046"  # stated in the README; change it on a real site
DEMO_NALOXONE_LOCATION = {
    "en": "red box by the front door",
    "fr": "boîte rouge près de la porte d'entrée",
    "es": "caja roja junto a la puerta de entrada",
}
DEFAULT_SITE_NAME = "Drop-in centre"
#: Who fills a new database: the catalogue file and the demo admin.
SET_UP = Actor.system("kiosk set-up")


def ensure_site(db: Database, name: str = DEFAULT_SITE_NAME, clock: Clock = utc_now) -> int:
    """The id of the first site, created if the database is new."""
    with db.session_scope() as session:
        site = session.scalar(select(Site).order_by(Site.id).limit(1))
        if site is None:
            site = Site(name=name, created_at=clock())
            session.add(site)
            session.flush()
        return site.id


def site_name(db: Database, site_id: int = 1) -> str:
    with db.read_scope() as session:
        site = session.get(Site, site_id)
        return site.name if site else DEFAULT_SITE_NAME


@dataclass(frozen=True)
class CatalogEntry:
    key: str
    kind: str
    names: dict[str, str]
    category: str
    icon: str
    unit: dict[str, str]
    limit: int
    stock: int
    low_stock_at: int
    resources: tuple[str, ...]
    report_group: str = ""
    others_cap: int | None = None


def read_catalog(path: Path | None = None) -> list[CatalogEntry]:
    """Parse a catalogue file, or raise :class:`ConfigError` saying what is wrong."""
    path = path or resources_dir() / "catalog.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise ConfigError(f"The catalogue {path} can't be read: {error}") from error
    entries = []
    for n, raw in enumerate(data.get("supply", []), start=1):
        try:
            entries.append(
                CatalogEntry(
                    key=str(raw["key"]),
                    kind=str(raw.get("kind", "item")),
                    names={str(k): str(v) for k, v in raw["name"].items()},
                    category=str(raw.get("category", "")),
                    icon=str(raw.get("icon", "")),
                    unit={str(k): str(v) for k, v in raw.get("unit", {}).items()},
                    limit=int(raw.get("limit", 1)),
                    stock=int(raw.get("stock", 0)),
                    low_stock_at=int(raw.get("low_stock_at", 0)),
                    resources=tuple(str(r) for r in raw.get("resources", [])),
                    report_group=str(raw.get("report_group", "")),
                    others_cap=int(raw["others_cap"]) if "others_cap" in raw else None,
                )
            )
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ConfigError(f"Supply number {n} in {path} is incomplete: {error!r}") from error
    return entries


def load_catalog(
    db: Database, entries: list[CatalogEntry], site_id: int = 1, clock: Clock = utc_now, by: Actor = SET_UP
) -> int:
    """Add the supplies the database does not have yet; returns how many were added."""
    inventory = InventoryService(db, site_id, clock)
    with db.session_scope() as session:
        existing = set(session.scalars(select(Supply.key).where(Supply.site_id == site_id)))
    added = 0
    for order, entry in enumerate(entries):
        if entry.key in existing:
            continue
        inventory.add_supply(
            entry.key,
            entry.names,
            kind=entry.kind,
            category=entry.category,
            icon=entry.icon,
            unit=entry.unit,
            per_request_limit=entry.limit,
            stock=entry.stock,
            low_stock_at=entry.low_stock_at,
            resource_keys=entry.resources,
            sort_order=order,
            by=by,
            report_group=entry.report_group,
        )
        if entry.others_cap is not None:
            with db.session_scope() as session:
                session.execute(
                    update(Supply)
                    .where(Supply.site_id == site_id, Supply.key == entry.key)
                    .values(others_cap=entry.others_cap)
                )
        added += 1
    return added


def load_demo(
    db: Database, clock: Clock = utc_now, staff: StaffService | None = None, by: Actor = SET_UP
) -> tuple[int, bool]:
    """Demo catalogue plus a demo admin; returns (supplies added, admin created)."""
    site_id = ensure_site(db, clock=clock)
    added = load_catalog(db, read_catalog(), site_id, clock, by)
    staff = staff or StaffService(db, site_id, clock)
    created = False
    if not any(s.name == DEMO_ADMIN_NAME for s in staff.list()):
        staff.add(DEMO_ADMIN_NAME, DEMO_ADMIN_PIN, admin=True, by=by)
        created = True
    settings = SettingsService(db, site_id)
    if not settings.load().naloxone_location:
        settings.update(by=by, naloxone_location=DEMO_NALOXONE_LOCATION)
    return added, created
