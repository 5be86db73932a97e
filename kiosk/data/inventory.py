"""Stock and the catalogue: what visitors can ask for and what is on the shelf.

``Supply.stock`` is kept equal to the sum of the supply's stock movements;
every change of stock writes a movement in the same transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from kiosk.data.audit import record
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import MovementView, SupplyView
from kiosk.data.lots import LotPick, LotView, Outlook, first_expiry_first
from kiosk.data.models import STOCK_SOURCES, StockMovement, Supply, SupplyKind
from kiosk.data.rules import Actor, acting, audit_detail, require
from kiosk.data.settings import SettingsService
from kiosk.data.stock_history import HistoryEntry, StockNotice, history, lots_by_supply, lots_of, notices, outlooks
from kiosk.errors import KioskError

#: Where a delivery can come from (the database holds the same list in a CHECK).
RECEIPT_SOURCES = STOCK_SOURCES
ADJUST_REASONS = ("count_correction", "damaged", "expired", "given_outside_queue", "transfer", "other")


class StockError(KioskError):
    """A stock change that cannot be made (unknown supply, stock below zero...)."""

    reason = "stock"


@dataclass(frozen=True)
class Receipt:
    """Where a delivery came from; every part optional."""

    source: str | None = None  # one of STOCK_SOURCES
    donor: str = ""
    lot: str = ""
    expires_on: dt.date | None = None


@dataclass(frozen=True)
class StockOutlook:
    """The Stock page's picture: every supply, its lots, how long it lasts, and the notices."""

    supplies: tuple[SupplyView, ...]
    outlooks: dict[str, Outlook]
    lots: dict[str, tuple[LotView, ...]]
    notices: tuple[StockNotice, ...]
    expiry_warning_days: int


class InventoryService:
    def __init__(
        self, db: Database, site_id: int = 1, clock: Clock = utc_now, settings: SettingsService | None = None
    ) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock
        self._settings = settings or SettingsService(db, site_id, clock)

    # -- reading ----------------------------------------------------------

    def supplies(self) -> list[SupplyView]:
        """Every supply, active or not, in catalogue order."""
        with self._db.read_scope() as session:
            return [_view(s) for s in session.scalars(self._ordered())]

    def catalogue(self) -> list[SupplyView]:
        """What a visitor can ask for now: active, and in stock for items."""
        return [s for s in self.supplies() if s.available]

    def low_stock(self) -> list[SupplyView]:
        return [s for s in self.supplies() if s.active and s.is_low]

    def supply(self, key: str) -> SupplyView:
        with self._db.read_scope() as session:
            return _view(self._get(session, key))

    def movements(self, key: str) -> list[MovementView]:
        with self._db.read_scope() as session:
            supply = self._get(session, key)
            rows = session.scalars(
                select(StockMovement).where(StockMovement.supply_id == supply.id).order_by(StockMovement.id)
            )
            return [MovementView(m.id, key, m.delta, m.reason, m.note, m.at) for m in rows]

    def history(self, key: str) -> list[HistoryEntry]:
        """Every movement of a supply, oldest first, with the on-hand figure after each."""
        with self._db.read_scope() as session:
            return history(session, self._get(session, key))

    def lots(self, key: str) -> list[LotView]:
        """What is on the shelf of each lot, earliest expiry first."""
        with self._db.read_scope() as session:
            return lots_of(session, self._get(session, key))

    def pick_lots(self, key: str, quantity: int) -> list[LotPick]:
        """First-expiry-first-out: which lots to hand ``quantity`` from ([] for untracked supplies)."""
        lots = self.lots(key)
        if not any(lot.tracked for lot in lots):
            return []
        return first_expiry_first(lots, quantity)

    def hand_over_lots(self, quantities: Mapping[str, int]) -> dict[str, list[LotPick]]:
        """First-expiry-first-out for a hand-over: per lot-tracked supply, the lots to take from."""
        picks: dict[str, list[LotPick]] = {}
        with self._db.read_scope() as session:
            for key, quantity in quantities.items():
                supply = session.scalar(self._by_key(key))
                if supply is None or supply.kind != SupplyKind.ITEM or quantity <= 0:
                    continue
                lots = lots_of(session, supply)
                if any(lot.tracked for lot in lots):
                    picks[key] = first_expiry_first(lots, quantity)
        return picks

    def notices(self) -> list[StockNotice]:
        """Items at or below their threshold and lots expiring within the site's warning days."""
        return list(self.outlook().notices)

    def outlook(self) -> StockOutlook:
        """Supplies, lots, use over four weeks and notices, read in one unit."""
        now = self._clock()
        with self._db.read_scope() as session:
            days = int(self._settings.load_in(session).expiry_warning_days)
            rows = list(session.scalars(self._ordered()))
            views = [_view(s) for s in rows]
            lots = lots_by_supply(session, rows)
            return StockOutlook(
                supplies=tuple(views),
                outlooks=outlooks(session, self._site_id, now),
                lots={key: tuple(found) for key, found in lots.items() if any(lot.tracked for lot in found)},
                notices=tuple(notices(views, lots, now.date(), days)),
                expiry_warning_days=days,
            )

    # -- changing ---------------------------------------------------------

    def add_supply(
        self,
        key: str,
        names: Mapping[str, str],
        *,
        kind: str = "item",
        category: str = "",
        icon: str = "",
        unit: Mapping[str, str] | None = None,
        per_request_limit: int = 1,
        stock: int = 0,
        low_stock_at: int = 0,
        resource_keys: Sequence[str] = (),
        sort_order: int | None = None,
        by: Actor,
        report_group: str = "",
    ) -> SupplyView:
        """A new supply in the catalogue (admins only)."""
        if not key or not names.get("en"):
            raise StockError("A supply needs a key and an English name.")
        if per_request_limit < 1 or stock < 0 or low_stock_at < 0:
            raise StockError("Limits and stock must be whole numbers, the limit at least 1.")
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "add_supply")
            if session.scalar(self._by_key(key)) is not None:
                raise StockError(f"There is already a supply with the key {key!r}.")
            order = sort_order
            if order is None:
                order = len(session.scalars(select(Supply.id).where(Supply.site_id == self._site_id)).all())
            supply = Supply(
                site_id=self._site_id,
                key=key,
                names=dict(names),
                kind=SupplyKind(kind),
                category=category,
                icon=icon,
                unit=dict(unit or {}),
                per_request_limit=per_request_limit,
                stock=0,
                low_stock_at=low_stock_at,
                active=True,
                sort_order=order,
                resource_keys=list(resource_keys),
                report_group=report_group,
            )
            session.add(supply)
            session.flush()
            if stock and supply.kind == SupplyKind.ITEM:
                self._move(session, supply, stock, "initial", "", who)
            self._audit(session, who, "add_supply", supply)
            self._db.notify(session, "stock", self._site_id)
            return _view(supply)

    def restock(
        self, key: str, quantity: int, by: Actor, note: str = "", receipt: Receipt | None = None
    ) -> SupplyView:
        """Receive a delivery: its quantity and, optionally, source, donor, lot and expiry date."""
        if quantity <= 0:
            raise StockError("Restock with a number above zero.")
        got = receipt or Receipt()
        _check_receipt(got, self._clock().date())
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "restock")
            supply = self._get(session, key, for_update=True)
            if supply.kind != SupplyKind.ITEM:
                raise StockError(f"{key} is a service and has no stock.")
            self._move(session, supply, quantity, "restock", note, who, got)
            detail: dict[str, Any] = {"quantity": quantity}
            if got.source:
                detail["source"] = got.source
            if got.donor.strip():
                detail["donor"] = got.donor.strip()
            if got.lot.strip():
                detail["lot"] = got.lot.strip()
            if got.expires_on is not None:
                detail["expires_on"] = got.expires_on.isoformat()
            self._audit(session, who, "restock", supply, detail)
            return _view(supply)

    def adjust(self, key: str, delta: int, reason: str, by: Actor, note: str = "") -> SupplyView:
        """Correct the stock by ``delta`` with one of :data:`ADJUST_REASONS`."""
        if reason not in ADJUST_REASONS:
            raise StockError(f"Choose a reason: {', '.join(ADJUST_REASONS)}.")
        if delta == 0:
            raise StockError("An adjustment must change the stock.")
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "adjust_stock")
            supply = self._get(session, key, for_update=True)
            if supply.kind != SupplyKind.ITEM:
                raise StockError(f"{key} is a service and has no stock.")
            if supply.stock + delta < 0:
                raise StockError(f"There are only {supply.stock} of {key}; stock can't go below zero.")
            self._move(session, supply, delta, reason, note, who)
            self._audit(session, who, "adjust", supply, {"delta": delta, "reason": reason})
            return _view(supply)

    def update_supply(self, key: str, by: Actor, **fields: Any) -> SupplyView:
        """Change limits, thresholds, names, links or the active flag (admins only)."""
        editable = {
            "names", "per_request_limit", "low_stock_at", "active", "category", "icon", "unit",
            "resource_keys", "sort_order", "report_group", "others_cap",
        }
        unknown = set(fields) - editable
        if unknown:
            raise StockError(f"These can't be edited here: {', '.join(sorted(unknown))}.")
        if fields.get("per_request_limit", 1) < 1 or fields.get("low_stock_at", 0) < 0:
            raise StockError("The limit must be at least 1 and the threshold not below zero.")
        cap = fields.get("others_cap")
        if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
            raise StockError("The cap for others must be at least 1, or none.")
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "switch_supply" if set(fields) == {"active"} else "edit_supply")
            supply = self._get(session, key, for_update=True)
            for name, value in fields.items():
                if name in ("names", "unit"):
                    value = dict(value)
                elif name == "resource_keys":
                    value = list(value)
                setattr(supply, name, value)
            self._audit(session, who, "edit_supply", supply, {k: _plain(v) for k, v in fields.items()})
            self._db.notify(session, "stock", self._site_id)
            return _view(supply)

    def set_active(self, key: str, active: bool, by: Actor) -> SupplyView:
        """Offer a supply again, or stop offering it (admins only)."""
        return self.update_supply(key, by, active=active)

    # -- helpers ----------------------------------------------------------

    def _ordered(self) -> Select[Supply]:
        return select(Supply).where(Supply.site_id == self._site_id).order_by(Supply.sort_order, Supply.key)

    def _by_key(self, key: str) -> Select[Supply]:
        return select(Supply).where(Supply.site_id == self._site_id, Supply.key == key)

    def _get(self, session: Session, key: str, for_update: bool = False) -> Supply:
        statement = self._by_key(key)
        if for_update:
            statement = statement.with_for_update()
        supply = session.scalar(statement)
        if supply is None:
            raise StockError(f"There is no supply with the key {key!r}.")
        return supply

    def _move(
        self,
        session: Session,
        supply: Supply,
        delta: int,
        reason: str,
        note: str,
        who: Actor,
        receipt: Receipt | None = None,
    ) -> None:
        supply.stock += delta
        got = receipt or Receipt()
        session.add(
            StockMovement(
                supply_id=supply.id,
                delta=delta,
                reason=reason,
                note=note,
                staff_id=who.staff_id,
                at=self._clock(),
                source=got.source,
                donor=got.donor.strip(),
                lot=got.lot.strip(),
                expires_on=got.expires_on,
            )
        )
        self._db.notify(session, "stock", self._site_id)

    def _audit(
        self, session: Session, who: Actor, action: str, supply: Supply, detail: dict[str, Any] | None = None
    ) -> None:
        record(
            session,
            site_id=self._site_id,
            staff_id=who.staff_id,
            action=action,
            subject=f"supply {supply.key}",
            detail=audit_detail(who, detail),
            at=self._clock(),
        )


def _check_receipt(receipt: Receipt, today: dt.date) -> None:
    if receipt.source is not None and receipt.source not in STOCK_SOURCES:
        raise StockError(f"Choose where it came from: {', '.join(STOCK_SOURCES)}.")
    if len(receipt.donor.strip()) > 120:
        raise StockError("Keep the donor or supplier to 120 characters.")
    if len(receipt.lot.strip()) > 40:
        raise StockError("Keep the lot number to 40 characters.")
    if receipt.expires_on is not None and receipt.expires_on < today:
        raise StockError("That expiry date has passed: count it as expired instead of receiving it.")


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (tuple, list)):
        return list(value)
    return value


def _view(supply: Supply) -> SupplyView:
    return SupplyView(
        id=supply.id,
        key=supply.key,
        names=dict(supply.names),
        kind=SupplyKind(supply.kind).value,
        category=supply.category,
        icon=supply.icon,
        unit=dict(supply.unit or {}),
        per_request_limit=supply.per_request_limit,
        stock=supply.stock,
        low_stock_at=supply.low_stock_at,
        active=supply.active,
        resource_keys=tuple(supply.resource_keys or ()),
        report_group=supply.report_group or "",
        others_cap=supply.others_cap,
    )
