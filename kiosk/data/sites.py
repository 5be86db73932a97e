"""Sites of one organisation: naming them, which one a station belongs to, and what moves between them.

Every other service is built for one site and reads and writes that site's
rows only (see :func:`kiosk.data.rules.site_refusal`). What crosses sites
lives here and is an organisation admin's work: adding and renaming sites,
copying one site's catalogue to another, and moving stock from one site's
shelf to another's in one transaction (a movement out, a movement in, an
audit event at each site, never below zero).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from argon2 import PasswordHasher
from sqlalchemy import select
from sqlalchemy.orm import Session

from kiosk.data.audit import record
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import Actor
from kiosk.data.models import Site, StockMovement, Supply, SupplyKind
from kiosk.data.rules import acting, audit_detail, require
from kiosk.data.setup import DEFAULT_SITE_NAME, ensure_site
from kiosk.errors import ConfigError, KioskError

#: The reasons a transfer's two stock movements carry.
TRANSFER_OUT = "transfer_out"
TRANSFER_IN = "transfer_in"
MAX_SITE_NAME = 120


class SiteError(KioskError):
    """A site that can't be added, renamed, or used as asked."""

    reason = "site"


class UnknownSite(ConfigError):
    """A station names a site the database does not have."""


@dataclass(frozen=True)
class SiteView:
    id: int
    name: str


@dataclass(frozen=True)
class TransferView:
    """A finished transfer: the supply's stock at both sites afterwards."""

    key: str
    quantity: int
    from_site: int
    to_site: int
    from_stock: int
    to_stock: int


def _clean(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned or len(cleaned) > MAX_SITE_NAME:
        raise SiteError(f"A site name needs 1 to {MAX_SITE_NAME} characters.")
    return cleaned


def _named(session: Session, name: str) -> Site | None:
    """The site called ``name``, whatever its capitals (compared here: SQLite lowers ASCII letters only)."""
    wanted = name.casefold()
    for site in session.scalars(select(Site).order_by(Site.id)):
        if site.name.casefold() == wanted:
            return site
    return None


def _unknown(wanted: str, known: list[str]) -> UnknownSite:
    return UnknownSite(
        f"This station's site {wanted!r} is not in the database (it has: {', '.join(known)}).",
        hint=f'Check "site" in kiosk.toml or --site, or add the site with: kiosk-admin site add "{wanted}"',
    )


def station_site(db: Database, name: str | None, clock: Clock = utc_now) -> int:
    """The id of the site a station names (``site = "harbour"`` in kiosk.toml).

    No name means the first site, as on a single-site centre. A new, empty
    database gets its first site under the name given. A name the database
    does not know raises :class:`UnknownSite`, listing the sites it has.
    """
    if name is None or not name.strip():
        return ensure_site(db, clock=clock)
    wanted = " ".join(name.split())
    with db.read_scope() as session:
        site = _named(session, wanted)
        if site is not None:
            return site.id
        known = list(session.scalars(select(Site.name).order_by(Site.id)))
    if not known:
        return ensure_site(db, wanted, clock)
    raise _unknown(wanted, known)


def check_station_site(url: str, name: str | None) -> None:
    """At start, before any window: raise :class:`UnknownSite` if the database lacks the named site.

    Only a database that answers and already has sites can say a name is
    wrong; when it can't be reached, or is new, this says nothing and the
    station starts as usual (its first connection decides).
    """
    if name is None:
        return
    from sqlalchemy import exc

    from kiosk.data.db import open_database
    from kiosk.errors import DatabaseUnavailable

    try:
        db = open_database(url, migrate=False, create=False)
    except DatabaseUnavailable:
        return
    try:
        wanted = " ".join(name.split())
        with db.read_scope() as session:
            if _named(session, wanted) is not None:
                return
            known = list(session.scalars(select(Site.name).order_by(Site.id)))
    except (DatabaseUnavailable, exc.DBAPIError):
        return  # unreachable now, or no tables yet
    finally:
        db.dispose()
    if known:
        raise _unknown(wanted, known)


class SiteService:
    """The organisation's sites, for one station at ``site_id``."""

    def __init__(self, db: Database, site_id: int = 1, clock: Clock = utc_now) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock

    # -- naming -----------------------------------------------------------

    def sites(self) -> list[SiteView]:
        with self._db.read_scope() as session:
            return [SiteView(s.id, s.name) for s in session.scalars(select(Site).order_by(Site.id))]

    def find(self, name: str) -> SiteView:
        with self._db.read_scope() as session:
            site = _named(session, " ".join(name.split()))
            if site is None:
                raise SiteError(f"There is no site called {name!r}.", hint="See them with: kiosk-admin site list")
            return SiteView(site.id, site.name)

    def add(self, name: str, by: Actor) -> SiteView:
        """A new site, with no catalogue, staff or settings of its own yet."""
        cleaned = _clean(name)
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "manage_sites")
            if _named(session, cleaned) is not None:
                raise SiteError(f"There is already a site called {cleaned}.")
            site = Site(name=cleaned, created_at=self._clock())
            session.add(site)
            session.flush()
            self._audit(session, who, site.id, "add_site", f"site {site.name}")
            return SiteView(site.id, site.name)

    def rename(self, name: str, new_name: str, by: Actor) -> SiteView:
        cleaned = _clean(new_name)
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "manage_sites")
            site = _named(session, " ".join(name.split()))
            if site is None:
                raise SiteError(f"There is no site called {name!r}.")
            other = _named(session, cleaned)
            if other is not None and other.id != site.id:
                raise SiteError(f"There is already a site called {cleaned}.")
            before = site.name
            site.name = cleaned
            self._audit(session, who, site.id, "rename_site", f"site {cleaned}", {"was": before})
            self._db.notify(session, "settings", site.id)  # windows show the site's name
            return SiteView(site.id, site.name)

    # -- across sites -------------------------------------------------------

    def copy_catalogue(self, from_site: int, to_site: int, by: Actor) -> int:
        """Give ``to_site`` every supply of ``from_site`` it lacks, with no stock; returns how many.

        One transaction: the catalogue arrives whole or not at all. Supplies
        the target already has (by key) are left as they are.
        """
        if from_site == to_site:
            raise SiteError("Choose two different sites.")
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "copy_catalogue")
            self._require_sites(session, from_site, to_site)
            have = set(session.scalars(select(Supply.key).where(Supply.site_id == to_site)))
            sources = session.scalars(
                select(Supply).where(Supply.site_id == from_site).order_by(Supply.sort_order, Supply.key)
            ).all()
            added = 0
            for source in sources:
                if source.key in have:
                    continue
                session.add(
                    Supply(
                        site_id=to_site,
                        key=source.key,
                        names=dict(source.names),
                        kind=source.kind,
                        category=source.category,
                        icon=source.icon,
                        unit=dict(source.unit or {}),
                        per_request_limit=source.per_request_limit,
                        stock=0,
                        low_stock_at=source.low_stock_at,
                        active=source.active,
                        sort_order=source.sort_order,
                        resource_keys=list(source.resource_keys or []),
                        report_group=source.report_group,
                    )
                )
                added += 1
            if added:
                detail = {"from_site": from_site, "added": added}
                self._audit(session, who, to_site, "copy_catalogue", f"site {to_site}", detail)
                self._db.notify(session, "stock", to_site)
            return added

    def transfer(
        self, key: str, quantity: int, from_site: int, to_site: int, by: Actor, note: str = ""
    ) -> TransferView:
        """Move ``quantity`` of supply ``key`` from one site's stock to another's, in one transaction.

        Both rows are locked in a fixed order (lowest id first), so two
        transfers in opposite directions wait for each other instead of
        deadlocking; the sending site never goes below zero.
        """
        if quantity <= 0:
            raise SiteError("Transfer a number above zero.")
        if from_site == to_site:
            raise SiteError("Choose two different sites.")
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "transfer_stock")
            self._require_sites(session, from_site, to_site)
            rows = session.scalars(
                select(Supply)
                .where(Supply.key == key, Supply.site_id.in_((from_site, to_site)))
                .order_by(Supply.id)
                .with_for_update()
            ).all()
            by_site = {row.site_id: row for row in rows}
            source, target = by_site.get(from_site), by_site.get(to_site)
            if source is None or target is None:
                missing = from_site if source is None else to_site
                raise SiteError(
                    f"Site {missing} has no supply {key!r}.", hint="Copy the catalogue to that site first."
                )
            if source.kind != SupplyKind.ITEM:
                raise SiteError(f"{key} is a service and has no stock.")
            if source.stock < quantity:
                raise SiteError(f"Site {from_site} has only {source.stock} of {key}; stock can't go below zero.")
            now = self._clock()
            text = note.strip()[:200]
            for supply, delta, reason in ((source, -quantity, TRANSFER_OUT), (target, quantity, TRANSFER_IN)):
                supply.stock += delta
                session.add(
                    StockMovement(
                        supply_id=supply.id, delta=delta, reason=reason, note=text, staff_id=who.staff_id, at=now
                    )
                )
                other = to_site if supply is source else from_site
                detail = {"quantity": quantity, "other_site": other}
                self._audit(session, who, supply.site_id, reason, f"supply {key}", detail)
                self._db.notify(session, "stock", supply.site_id)
            session.flush()
            return TransferView(key, quantity, from_site, to_site, source.stock, target.stock)

    # -- helpers ------------------------------------------------------------

    def _require_sites(self, session: Session, *site_ids: int) -> None:
        for site_id in site_ids:
            if session.get(Site, site_id) is None:
                raise SiteError(f"There is no site number {site_id}.")

    def _audit(
        self,
        session: Session,
        who: Actor,
        site_id: int,
        action: str,
        subject: str,
        detail: Mapping[str, object] | None = None,
    ) -> None:
        record(
            session,
            site_id=site_id,
            staff_id=who.staff_id,
            action=action,
            subject=subject,
            detail=audit_detail(who, detail),
            at=self._clock(),
        )


# -- demo ------------------------------------------------------------------

#: The second site of ``--demo`` mode, and the organisation admin who can switch to it.
DEMO_SECOND_SITE = "Harbour outreach"
DEMO_ORG_ADMIN_NAME = "organisation"


def load_demo_sites(db: Database, clock: Clock = utc_now, hasher: PasswordHasher | None = None) -> SiteView:
    """A second demo site with the first one's catalogue and some stock, and a demo organisation admin.

    Safe to run again: what exists already is left as it is. The demo
    organisation admin's PIN is the demo admin's (stated in the README).
    """
    from kiosk.data.inventory import InventoryService
    from kiosk.data.setup import DEMO_ADMIN_PIN, SET_UP
    from kiosk.data.staff import StaffService

    first = ensure_site(db, clock=clock)
    service = SiteService(db, first, clock)
    known = {s.name.lower(): s for s in service.sites()}
    second = known.get(DEMO_SECOND_SITE.lower())
    if second is None:
        second = service.add(DEMO_SECOND_SITE, SET_UP)
        service.copy_catalogue(first, second.id, SET_UP)
        inventory = InventoryService(db, second.id, clock)
        for supply in InventoryService(db, first, clock).supplies():
            if supply.kind == SupplyKind.ITEM.value and supply.stock >= 2:
                inventory.restock(supply.key, supply.stock // 2, SET_UP, note="demo")
    staff = StaffService(db, first, clock, hasher)
    if not any(s.name == DEMO_ORG_ADMIN_NAME for s in staff.list()):
        staff.add(DEMO_ORG_ADMIN_NAME, DEMO_ADMIN_PIN, by=SET_UP, org_admin=True)
    return second


__all__ = [
    "DEFAULT_SITE_NAME",
    "DEMO_ORG_ADMIN_NAME",
    "DEMO_SECOND_SITE",
    "SiteError",
    "SiteService",
    "SiteView",
    "TRANSFER_IN",
    "TRANSFER_OUT",
    "TransferView",
    "UnknownSite",
    "check_station_site",
    "load_demo_sites",
    "station_site",
]
