"""Words for values that come from the data core (statuses, reasons, levels).

They are data tables, so they are translated with an explicit context rather
than ``self.tr()``; ``QT_TRANSLATE_NOOP`` marks them for lupdate.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from kiosk.views.common.i18n import QT_TRANSLATE_NOOP

_CONTEXT = "StaffTexts"

_STATUS = {
    "pending": QT_TRANSLATE_NOOP("StaffTexts", "Waiting"),
    "in_progress": QT_TRANSLATE_NOOP("StaffTexts", "In progress"),
    "ready": QT_TRANSLATE_NOOP("StaffTexts", "Ready"),
    "fulfilled": QT_TRANSLATE_NOOP("StaffTexts", "Handed over"),
    "cancelled": QT_TRANSLATE_NOOP("StaffTexts", "Cancelled"),
    "no_show": QT_TRANSLATE_NOOP("StaffTexts", "No-show"),
}
_CANCEL_REASONS = {
    "visitor_left": QT_TRANSLATE_NOOP("StaffTexts", "The visitor left"),
    "duplicate": QT_TRANSLATE_NOOP("StaffTexts", "Asked twice (duplicate)"),
    "not_available": QT_TRANSLATE_NOOP("StaffTexts", "Not available right now"),
    "asked_to_cancel": QT_TRANSLATE_NOOP("StaffTexts", "The visitor asked to cancel"),
    "other": QT_TRANSLATE_NOOP("StaffTexts", "Another reason"),
}
_ADJUST_REASONS = {
    "count_correction": QT_TRANSLATE_NOOP("StaffTexts", "Count correction"),
    "damaged": QT_TRANSLATE_NOOP("StaffTexts", "Damaged"),
    "expired": QT_TRANSLATE_NOOP("StaffTexts", "Expired"),
    "given_outside_queue": QT_TRANSLATE_NOOP("StaffTexts", "Given outside the queue"),
    "transfer": QT_TRANSLATE_NOOP("StaffTexts", "Transfer to or from another site"),
    "other": QT_TRANSLATE_NOOP("StaffTexts", "Another reason"),
    # The two halves of a transfer between sites (kiosk.data.sites), never picked by hand.
    "transfer_out": QT_TRANSLATE_NOOP("StaffTexts", "Sent to another site"),
    "transfer_in": QT_TRANSLATE_NOOP("StaffTexts", "Received from another site"),
}
_LEVELS = {
    "info": QT_TRANSLATE_NOOP("StaffTexts", "Information"),
    "warning": QT_TRANSLATE_NOOP("StaffTexts", "Warning"),
    "danger": QT_TRANSLATE_NOOP("StaffTexts", "Danger"),
}
_STATION_KINDS = {
    "kiosk": QT_TRANSLATE_NOOP("StaffTexts", "Visitor kiosk"),
    "staff": QT_TRANSLATE_NOOP("StaffTexts", "Staff PC"),
    "display": QT_TRANSLATE_NOOP("StaffTexts", "Ready board"),
}
_PRINTER_STATES = {
    "absent": QT_TRANSLATE_NOOP("StaffTexts", "Printer not found"),
    "idle": QT_TRANSLATE_NOOP("StaffTexts", "Ready"),
    "printing": QT_TRANSLATE_NOOP("StaffTexts", "Printing"),
    "supplies_low": QT_TRANSLATE_NOOP("StaffTexts", "Ready, running low"),
    "stopped": QT_TRANSLATE_NOOP("StaffTexts", "Queue stopped"),
    "rejecting": QT_TRANSLATE_NOOP("StaffTexts", "Not taking jobs"),
    "out_of_paper": QT_TRANSLATE_NOOP("StaffTexts", "Out of paper"),
    "paper_jam": QT_TRANSLATE_NOOP("StaffTexts", "Paper jam"),
    "cover_open": QT_TRANSLATE_NOOP("StaffTexts", "Cover open"),
    "offline": QT_TRANSLATE_NOOP("StaffTexts", "Off or unplugged"),
    "cups_down": QT_TRANSLATE_NOOP("StaffTexts", "Print service down"),
    "cups_missing": QT_TRANSLATE_NOOP("StaffTexts", "CUPS not installed"),
    "error": QT_TRANSLATE_NOOP("StaffTexts", "Printer problem"),
    "pdf_folder": QT_TRANSLATE_NOOP("StaffTexts", "No printer: saves PDF files"),
    "unknown": QT_TRANSLATE_NOOP("StaffTexts", "Not reported"),
}
_KINDS = {
    "item": QT_TRANSLATE_NOOP("StaffTexts", "Item"),
    "service": QT_TRANSLATE_NOOP("StaffTexts", "Service"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def status_text(status: str) -> str:
    return _tr(_STATUS[status]) if status in _STATUS else status


def cancel_reason_text(reason: str) -> str:
    return _tr(_CANCEL_REASONS[reason]) if reason in _CANCEL_REASONS else reason


def adjust_reason_text(reason: str) -> str:
    return _tr(_ADJUST_REASONS[reason]) if reason in _ADJUST_REASONS else reason


def level_text(level: str) -> str:
    return _tr(_LEVELS[level]) if level in _LEVELS else level


def station_kind_text(kind: str) -> str:
    return _tr(_STATION_KINDS[kind]) if kind in _STATION_KINDS else kind


def printer_state_text(state: str) -> str:
    return _tr(_PRINTER_STATES.get(state or "unknown", _PRINTER_STATES["unknown"]))  # "none": never reported


def supply_kind_text(kind: str) -> str:
    return _tr(_KINDS[kind]) if kind in _KINDS else kind


def duration_text(seconds: float) -> str:
    """A ticking duration: 4:05 under an hour, 1:04:05 above."""
    total = max(0, int(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def local_time_text(moment: dt.datetime | None, with_date: bool = False) -> str:
    if moment is None:
        return ""
    local = moment.astimezone()
    return local.strftime("%Y-%m-%d %H:%M") if with_date else local.strftime("%H:%M")


def ago_text(moment: dt.datetime | None, now: dt.datetime) -> str:
    """How long ago, in words staff read at a glance."""
    if moment is None:
        return _tr(QT_TRANSLATE_NOOP("StaffTexts", "never"))
    seconds = max(0, int((now - moment).total_seconds()))
    if seconds < 60:
        return _tr(QT_TRANSLATE_NOOP("StaffTexts", "just now"))
    if seconds < 3600:
        return _tr(QT_TRANSLATE_NOOP("StaffTexts", "{n} min ago")).format(n=seconds // 60)
    if seconds < 86400:
        return _tr(QT_TRANSLATE_NOOP("StaffTexts", "{n} h ago")).format(n=seconds // 3600)
    return local_time_text(moment, with_date=True)
