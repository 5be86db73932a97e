"""Words for stock: where deliveries come from, why stock moved, notices and how long stock lasts.

Data tables translated with an explicit context (``QT_TRANSLATE_NOOP`` marks them).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from kiosk.data.lots import LotPick, Outlook
from kiosk.data.stock_history import StockNotice
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.staff.texts import adjust_reason_text

_CONTEXT = "StockWords"

SOURCES = {
    "donation": QT_TRANSLATE_NOOP("StockWords", "Donation"),
    "purchase": QT_TRANSLATE_NOOP("StockWords", "Purchase"),
    "partner_transfer": QT_TRANSLATE_NOOP("StockWords", "Transfer from a partner"),
    "other": QT_TRANSLATE_NOOP("StockWords", "Another source"),
}
_REASONS = {
    "initial": QT_TRANSLATE_NOOP("StockWords", "First count"),
    "restock": QT_TRANSLATE_NOOP("StockWords", "Delivery"),
    "fulfil": QT_TRANSLATE_NOOP("StockWords", "Handed over at the window"),
    "overdose_response": QT_TRANSLATE_NOOP("StockWords", "Taken to an overdose"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def source_text(source: str | None) -> str:
    return _tr(SOURCES[source]) if source in SOURCES else ""


def movement_reason_text(reason: str) -> str:
    if reason in _REASONS:
        return _tr(_REASONS[reason])
    return adjust_reason_text(reason)


def date_text(day: dt.date | None) -> str:
    if day is None:
        return ""
    return day.isoformat()  # read the same way in every language, as the back office's times are


def lot_text(lot: str, expires_on: dt.date | None) -> str:
    """"lot NX-22 (use by 12/03/2027)", "no lot"."""
    if lot and expires_on is not None:
        return _tr(QT_TRANSLATE_NOOP("StockWords", "lot {lot} (use by {date})")).format(
            lot=lot, date=date_text(expires_on)
        )
    if lot:
        return _tr(QT_TRANSLATE_NOOP("StockWords", "lot {lot}")).format(lot=lot)
    if expires_on is not None:
        return _tr(QT_TRANSLATE_NOOP("StockWords", "use by {date}")).format(date=date_text(expires_on))
    return _tr(QT_TRANSLATE_NOOP("StockWords", "no lot"))


def notice_text(notice: StockNotice, lang: str, today: dt.date) -> str:
    """One notice as a short sentence staff read at a glance."""
    name = notice.name(lang)
    if notice.kind == "low":
        if notice.stock == 0:
            return _tr(QT_TRANSLATE_NOOP("StockWords", "{name}: none left")).format(name=name)
        return _tr(QT_TRANSLATE_NOOP("StockWords", "{name}: {n} left (low at {low})")).format(
            name=name, n=notice.stock, low=notice.low_stock_at
        )
    lot = lot_text(notice.lot, notice.expires_on)
    if notice.expires_on is not None and notice.expires_on < today:
        return _tr(QT_TRANSLATE_NOOP("StockWords", "{name}, {lot}: {n} past their date")).format(
            name=name, lot=lot, n=notice.quantity
        )
    days = (notice.expires_on - today).days if notice.expires_on is not None else 0
    return _tr(QT_TRANSLATE_NOOP("StockWords", "{name}, {lot}: {n} expire in {days} days")).format(
        name=name, lot=lot, n=notice.quantity, days=days
    )


def outlook_text(outlook: Outlook | None, short: bool = False) -> str:
    """"about 12 days left at this rate", or "—" when nothing went out in four weeks.

    ``short`` leaves out "at this rate", for a column headed with those words.
    """
    if outlook is None or outlook.days_left is None:
        return "—"
    if short:
        if outlook.days_left > 365:
            return _tr(QT_TRANSLATE_NOOP("StockWords", "over a year"))
        return _tr(QT_TRANSLATE_NOOP("StockWords", "about {n} days")).format(n=outlook.days_left)
    if outlook.days_left == 0:
        return _tr(QT_TRANSLATE_NOOP("StockWords", "less than a day left at this rate"))
    if outlook.days_left > 365:
        return _tr(QT_TRANSLATE_NOOP("StockWords", "more than a year at this rate"))
    return _tr(QT_TRANSLATE_NOOP("StockWords", "about {n} days left at this rate")).format(n=outlook.days_left)


def picks_text(picks: list[LotPick]) -> str:
    """"Take 2 from lot A (use by …), then 1 from lot B"."""
    parts = [
        _tr(QT_TRANSLATE_NOOP("StockWords", "{n} from {lot}")).format(n=p.quantity, lot=lot_text(p.lot, p.expires_on))
        for p in picks
    ]
    if not parts:
        return ""
    return _tr(QT_TRANSLATE_NOOP("StockWords", "Take first: {parts}")).format(parts=", ".join(parts))
