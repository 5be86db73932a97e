"""Reading stock's past: movement history, lots on the shelf, notices and the reorder outlook.

The functions here run inside a read unit the inventory service opens; they
return plain values (:class:`HistoryEntry`, :class:`StockNotice`, ...).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kiosk.data.dto import SupplyView, pick_language
from kiosk.data.lots import USE_REASONS, USE_WINDOW_DAYS, LotView, Outlook, Receipt, expiring, lots_on_hand
from kiosk.data.models import StaffAccount, StockMovement, Supply, SupplyKind


@dataclass(frozen=True)
class HistoryEntry:
    """One stock movement with the on-hand figure right after it."""

    id: int
    at: dt.datetime
    delta: int
    reason: str
    note: str
    staff_name: str | None
    balance: int
    source: str | None = None
    donor: str = ""
    lot: str = ""
    expires_on: dt.date | None = None


@dataclass(frozen=True)
class StockNotice:
    """Something staff should see about stock: a supply low, or a lot about to expire.

    ``key`` names the notice itself, so a station shows each one once.
    """

    kind: str  # "low" or "expiring"
    supply_key: str
    names: dict[str, str] = field(compare=False, hash=False)
    stock: int = 0
    low_stock_at: int = 0
    lot: str = ""
    expires_on: dt.date | None = None
    quantity: int = 0

    @property
    def key(self) -> str:
        if self.kind == "low":
            return f"low:{self.supply_key}"
        return f"expiring:{self.supply_key}:{self.lot}:{self.expires_on}"

    def name(self, lang: str) -> str:
        return pick_language(self.names, lang) or self.supply_key


def history(session: Session, supply: Supply) -> list[HistoryEntry]:
    """Every movement of ``supply`` in the order it was written, each with the running balance."""
    rows = session.execute(
        select(StockMovement, StaffAccount.name)
        .outerjoin(StaffAccount, StockMovement.staff_id == StaffAccount.id)
        .where(StockMovement.supply_id == supply.id)
        .order_by(StockMovement.id)
    ).all()
    balance = 0
    entries: list[HistoryEntry] = []
    for movement, name in rows:
        balance += movement.delta
        entries.append(
            HistoryEntry(
                id=movement.id,
                at=movement.at,
                delta=movement.delta,
                reason=movement.reason,
                note=movement.note,
                staff_name=name,
                balance=balance,
                source=movement.source,
                donor=movement.donor or "",
                lot=movement.lot or "",
                expires_on=movement.expires_on,
            )
        )
    return entries


def lots_of(session: Session, supply: Supply) -> list[LotView]:
    rows = session.execute(
        select(StockMovement.lot, StockMovement.expires_on, StockMovement.delta, StockMovement.at).where(
            StockMovement.supply_id == supply.id,
            StockMovement.delta > 0,
            (StockMovement.lot != "") | StockMovement.expires_on.is_not(None),
        )
    ).all()
    receipts = (Receipt(lot or "", expires_on, delta, at) for lot, expires_on, delta, at in rows)
    return lots_on_hand(receipts, supply.stock)


def outlooks(session: Session, site_id: int, now: dt.datetime) -> dict[str, Outlook]:
    """For every item: what went out to people in the last four weeks, and how long stock lasts."""
    since = now - dt.timedelta(days=USE_WINDOW_DAYS)
    used: dict[str, int] = {
        str(key): int(total)
        for key, total in session.execute(
            select(Supply.key, func.coalesce(func.sum(-StockMovement.delta), 0))
            .join(StockMovement, StockMovement.supply_id == Supply.id)
            .where(
                Supply.site_id == site_id,
                StockMovement.at >= since,
                StockMovement.reason.in_(sorted(USE_REASONS)),
            )
            .group_by(Supply.key)
        )
    }
    items = session.execute(
        select(Supply.key, Supply.stock).where(Supply.site_id == site_id, Supply.kind == SupplyKind.ITEM)
    )
    return {str(key): Outlook(used.get(key, 0), USE_WINDOW_DAYS, int(stock)) for key, stock in items}


def lots_by_supply(session: Session, supplies: Sequence[Supply]) -> dict[str, list[LotView]]:
    """Lots on the shelf for each item in ``supplies``, read with one query."""
    items = {supply.id: supply for supply in supplies if supply.kind == SupplyKind.ITEM}
    receipts: dict[int, list[Receipt]] = {supply_id: [] for supply_id in items}
    if items:
        rows = session.execute(
            select(
                StockMovement.supply_id, StockMovement.lot, StockMovement.expires_on, StockMovement.delta,
                StockMovement.at,
            ).where(
                StockMovement.supply_id.in_(sorted(items)),
                StockMovement.delta > 0,
                (StockMovement.lot != "") | StockMovement.expires_on.is_not(None),
            )
        )
        for supply_id, lot, expires_on, delta, at in rows:
            receipts[supply_id].append(Receipt(lot or "", expires_on, delta, at))
    return {supply.key: lots_on_hand(receipts[supply_id], supply.stock) for supply_id, supply in items.items()}


def notices(
    views: Sequence[SupplyView], lots: Mapping[str, Sequence[LotView]], today: dt.date, within_days: int
) -> list[StockNotice]:
    """Active items at or below their threshold, and lots expiring within ``within_days``."""
    found = [
        StockNotice("low", view.key, view.names, view.stock, view.low_stock_at)
        for view in views
        if view.active and view.is_item and view.is_low
    ]
    for view in views:
        if not view.active or not view.is_item or view.stock <= 0:
            continue
        for lot in expiring(lots.get(view.key, ()), today, within_days):
            found.append(
                StockNotice(
                    "expiring", view.key, view.names, view.stock, view.low_stock_at, lot.lot, lot.expires_on,
                    lot.on_hand,
                )
            )
    return found
