"""Lots on the shelf, first-expiry-first-out, and how long stock lasts at the current rate.

Plain functions over plain values, so they can be tested without a database.

A delivery records its lot and expiry date; hand-overs and corrections do
not name a lot. What is on the shelf of each lot is therefore worked out
from the supply's stock, on the assumption the shelf is used first-expiry-
first-out: the stock still there is taken to be the latest-expiring part of
what arrived. Stock that no dated delivery explains (the first count, an
upward correction) is shown as "no lot".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

#: How far back use is counted for the reorder suggestion.
USE_WINDOW_DAYS = 28
#: Movement reasons that are stock going out to people (not corrections).
USE_REASONS = frozenset({"fulfil", "overdose_response", "given_outside_queue"})


@dataclass(frozen=True)
class Receipt:
    """One delivery as the lot arithmetic needs it."""

    lot: str
    expires_on: dt.date | None
    quantity: int
    at: dt.datetime


@dataclass(frozen=True)
class LotView:
    """What is on the shelf of one lot (``lot`` "" and no date: stock from no dated delivery)."""

    lot: str
    expires_on: dt.date | None
    received: int
    on_hand: int

    @property
    def tracked(self) -> bool:
        return bool(self.lot) or self.expires_on is not None


@dataclass(frozen=True)
class LotPick:
    """Take ``quantity`` from this lot."""

    lot: str
    expires_on: dt.date | None
    quantity: int


@dataclass(frozen=True)
class Outlook:
    """Use over the last four weeks and how long the stock lasts at that rate."""

    used: int
    window_days: int
    stock: int

    @property
    def per_day(self) -> float:
        return self.used / self.window_days if self.window_days else 0.0

    @property
    def days_left(self) -> int | None:
        """Whole days the stock lasts at this rate; None when nothing was used."""
        if self.per_day <= 0:
            return None
        return int(self.stock / self.per_day)


def _expiry_key(expires_on: dt.date | None) -> dt.date:
    return expires_on if expires_on is not None else dt.date.max


def lots_on_hand(receipts: Iterable[Receipt], stock: int) -> list[LotView]:
    """Share ``stock`` out over the deliveries, latest expiry kept longest; earliest expiry first."""
    grouped: dict[tuple[str, dt.date | None], tuple[int, dt.datetime]] = {}
    for receipt in receipts:
        if receipt.quantity <= 0 or (not receipt.lot and receipt.expires_on is None):
            continue
        key = (receipt.lot, receipt.expires_on)
        total, newest = grouped.get(key, (0, receipt.at))
        grouped[key] = (total + receipt.quantity, max(newest, receipt.at))
    # Latest expiry first, and among equal dates the newest delivery: that is what stays.
    keep_order = sorted(grouped.items(), key=lambda item: (_expiry_key(item[0][1]), item[1][1]), reverse=True)
    left = max(0, stock)
    views: list[LotView] = []
    for (lot, expires_on), (received, _newest) in keep_order:
        on_hand = min(received, left)
        left -= on_hand
        views.append(LotView(lot, expires_on, received, on_hand))
    if left:
        views.append(LotView("", None, 0, left))
    views.sort(key=lambda view: (_expiry_key(view.expires_on), view.lot))
    return views


def first_expiry_first(lots: Sequence[LotView], quantity: int) -> list[LotPick]:
    """Which lots to take ``quantity`` from: the earliest expiry first, as far as stock goes."""
    picks: list[LotPick] = []
    wanted = max(0, quantity)
    for lot in sorted(lots, key=lambda view: (_expiry_key(view.expires_on), view.lot)):
        if wanted == 0:
            break
        take = min(wanted, lot.on_hand)
        if take > 0:
            picks.append(LotPick(lot.lot, lot.expires_on, take))
            wanted -= take
    return picks


def expiring(lots: Iterable[LotView], today: dt.date, within_days: int) -> list[LotView]:
    """Lots still on the shelf that expire within ``within_days`` of ``today`` (or already did)."""
    limit = today + dt.timedelta(days=max(0, within_days))
    return [lot for lot in lots if lot.on_hand > 0 and lot.expires_on is not None and lot.expires_on <= limit]
