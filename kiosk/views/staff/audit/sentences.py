"""Audit events as plain sentences in the staff member's language.

"admin counted fentanyl test strips: 175 fewer (count correction)". Each
action the services record (kiosk.data.audit.AUDIT_ACTIONS) has a sentence
here; an action this version does not know still reads as a sentence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from kiosk.data.dto import AuditView
from kiosk.views.common.i18n import QT_TRANSLATE_NOOP
from kiosk.views.staff.settings.meanings import setting_title
from kiosk.views.staff.stock.words import lot_text, source_text
from kiosk.views.staff.texts import adjust_reason_text, cancel_reason_text

_CONTEXT = "AuditSentences"

KINDS = {
    "requests": QT_TRANSLATE_NOOP("AuditSentences", "Requests"),
    "emergencies": QT_TRANSLATE_NOOP("AuditSentences", "Emergencies"),
    "stock": QT_TRANSLATE_NOOP("AuditSentences", "Stock"),
    "staff": QT_TRANSLATE_NOOP("AuditSentences", "Staff accounts"),
    "sign_in": QT_TRANSLATE_NOOP("AuditSentences", "Signing in"),
    "alerts": QT_TRANSLATE_NOOP("AuditSentences", "Alerts"),
    "resources": QT_TRANSLATE_NOOP("AuditSentences", "Local resources"),
    "settings": QT_TRANSLATE_NOOP("AuditSentences", "Settings"),
}

#: Action → its sentence; {who} is the person, {what} the request code, supply, name...
_SIMPLE = {
    "claim": QT_TRANSLATE_NOOP("AuditSentences", "{who} claimed request {what}"),
    "release": QT_TRANSLATE_NOOP("AuditSentences", "{who} put request {what} back in the queue"),
    "ready": QT_TRANSLATE_NOOP("AuditSentences", "{who} marked request {what} ready"),
    "no_show": QT_TRANSLATE_NOOP("AuditSentences", "{who} marked request {what} as a no-show"),
    "call": QT_TRANSLATE_NOOP("AuditSentences", "{who} called request {what} to the window"),
    "set_language": QT_TRANSLATE_NOOP("AuditSentences", "{who} chose the language the back office speaks to them"),
    "acknowledge": QT_TRANSLATE_NOOP("AuditSentences", "{who} answered emergency {what}"),
    "respond": QT_TRANSLATE_NOOP("AuditSentences", "{who} went to emergency {what}"),
    "close_response": QT_TRANSLATE_NOOP("AuditSentences", "{who} closed emergency {what} with a response record"),
    "false_alarm": QT_TRANSLATE_NOOP("AuditSentences", "{who} closed emergency {what} as a false alarm"),
    "add_supply": QT_TRANSLATE_NOOP("AuditSentences", "{who} added {what} to the catalogue"),
    "activate_staff": QT_TRANSLATE_NOOP("AuditSentences", "{who} switched on the account of {what}"),
    "deactivate_staff": QT_TRANSLATE_NOOP("AuditSentences", "{who} switched off the account of {what}"),
    "sign_in": QT_TRANSLATE_NOOP("AuditSentences", "{what} signed in"),
    "sign_in_unknown": QT_TRANSLATE_NOOP("AuditSentences", "Someone tried to sign in with a name that has no account"),
    "unlock_kiosk": QT_TRANSLATE_NOOP("AuditSentences", "{who} opened the staff menu on kiosk {station}"),
    "unlock_failed": QT_TRANSLATE_NOOP("AuditSentences", "A wrong PIN was tried on the staff menu of kiosk {what}"),
    "reset_unlocks": QT_TRANSLATE_NOOP("AuditSentences", "{who} unlocked a kiosk's staff menu"),
    "post_alert": QT_TRANSLATE_NOOP("AuditSentences", "{who} posted alert number {what}"),
    "end_alert": QT_TRANSLATE_NOOP("AuditSentences", "{who} ended alert number {what}"),
    "edit_resource": QT_TRANSLATE_NOOP("AuditSentences", "{who} edited the local resource {what}"),
    "reset_resource": QT_TRANSLATE_NOOP("AuditSentences", "{who} put the local resource {what} back as shipped"),
}

#: An undo, by what it took back.
_UNDONE = {
    "claim": QT_TRANSLATE_NOOP("AuditSentences", "{who} took back claiming request {what}"),
    "release": QT_TRANSLATE_NOOP("AuditSentences", "{who} took back putting request {what} back in the queue"),
    "ready": QT_TRANSLATE_NOOP("AuditSentences", "{who} took back marking request {what} ready"),
    "call": QT_TRANSLATE_NOOP("AuditSentences", "{who} took back calling request {what}"),
    "fulfil": QT_TRANSLATE_NOOP("AuditSentences", "{who} took back handing over request {what}; its stock went back"),
    "cancel": QT_TRANSLATE_NOOP("AuditSentences", "{who} took back cancelling request {what}"),
    "no_show": QT_TRANSLATE_NOOP("AuditSentences", "{who} took back marking request {what} as a no-show"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def kind_text(kind: str) -> str:
    return tr(KINDS[kind]) if kind in KINDS else kind


def who_text(event: AuditView) -> str:
    if event.staff_name:
        return event.staff_name
    by = event.detail.get("by")
    if isinstance(by, str) and by:
        return by
    return tr(QT_TRANSLATE_NOOP("AuditSentences", "The system"))


def _subject(event: AuditView) -> str:
    _kind, _space, rest = event.subject.partition(" ")
    return rest or event.subject


def _number(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


class SentenceWriter:
    """Words audit events; ``supply_names`` maps supply keys to their name in the staff member's language."""

    def __init__(self, supply_names: Mapping[str, str] | None = None) -> None:
        self.supply_names = dict(supply_names or {})
        self._special: dict[str, Callable[[AuditView, str, str], str]] = {
            "fulfil": self._fulfil,
            "cancel": self._cancel,
            "restock": self._restock,
            "adjust": self._adjust,
            "edit_supply": self._edit_supply,
            "sharps_returned": self._sharps,
            "add_staff": self._add_staff,
            "reset_staff": self._reset_staff,
            "change_pin": self._change_pin,
            "lock_staff": self._lock_staff,
            "change_settings": self._settings,
            "undo": self._undo,
        }

    def sentence(self, event: AuditView) -> str:
        who = who_text(event)
        what = _subject(event)
        if event.subject.startswith("supply "):
            what = self.supply_names.get(what, what)
        special = self._special.get(event.action)
        if special is not None:
            return special(event, who, what)
        if event.action in _SIMPLE:
            station = str(event.detail.get("station", ""))
            return tr(_SIMPLE[event.action]).format(who=who, what=what, station=station)
        return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who}: {action} ({subject})")).format(
            who=who, action=event.action.replace("_", " "), subject=event.subject
        )

    def _fulfil(self, event: AuditView, who: str, what: str) -> str:
        short = event.detail.get("shortfalls")
        if isinstance(short, list) and short:
            names = ", ".join(self.supply_names.get(str(key), str(key)) for key in short)
            pattern = QT_TRANSLATE_NOOP("AuditSentences", "{who} handed over request {what}, short of: {names}")
            return tr(pattern).format(who=who, what=what, names=names)
        return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} handed over request {what}")).format(who=who, what=what)

    def _undo(self, event: AuditView, who: str, what: str) -> str:
        undone = _UNDONE.get(str(event.detail.get("undone", "")))
        if undone is None:
            return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} undid the last change to request {what}")).format(
                who=who, what=what
            )
        return tr(undone).format(who=who, what=what)

    def _cancel(self, event: AuditView, who: str, what: str) -> str:
        reason = cancel_reason_text(str(event.detail.get("reason", "other"))).lower()
        return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} cancelled request {what} ({reason})")).format(
            who=who, what=what, reason=reason
        )

    def _restock(self, event: AuditView, who: str, what: str) -> str:
        detail = event.detail
        text = tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} received {n} {what}")).format(
            who=who, n=_number(detail.get("quantity")), what=what
        )
        extras = [source_text(str(detail["source"])).lower()] if detail.get("source") else []
        if detail.get("donor"):
            extras.append(str(detail["donor"]))
        if detail.get("lot") or detail.get("expires_on"):
            expires = dt.date.fromisoformat(str(detail["expires_on"])) if detail.get("expires_on") else None
            extras.append(lot_text(str(detail.get("lot", "")), expires))
        return f"{text} ({', '.join(extras)})" if extras else text

    def _adjust(self, event: AuditView, who: str, what: str) -> str:
        delta = _number(event.detail.get("delta"))
        reason = str(event.detail.get("reason", "other"))
        change = (
            tr(QT_TRANSLATE_NOOP("AuditSentences", "{n} fewer")).format(n=-delta)
            if delta < 0
            else tr(QT_TRANSLATE_NOOP("AuditSentences", "{n} more")).format(n=delta)
        )
        if reason == "count_correction":
            pattern = QT_TRANSLATE_NOOP("AuditSentences", "{who} counted {what}: {change} ({reason})")
        else:
            pattern = QT_TRANSLATE_NOOP("AuditSentences", "{who} corrected the stock of {what}: {change} ({reason})")
        return tr(pattern).format(who=who, what=what, change=change, reason=adjust_reason_text(reason).lower())

    def _edit_supply(self, event: AuditView, who: str, what: str) -> str:
        detail = event.detail
        if set(detail) - {"by"} == {"active"}:
            pattern = (
                QT_TRANSLATE_NOOP("AuditSentences", "{who} offered {what} again")
                if detail["active"]
                else QT_TRANSLATE_NOOP("AuditSentences", "{who} stopped offering {what}")
            )
            return tr(pattern).format(who=who, what=what)
        parts: list[str] = []
        if "per_request_limit" in detail:
            parts.append(
                tr(QT_TRANSLATE_NOOP("AuditSentences", "limit per visit {n}")).format(n=detail["per_request_limit"])
            )
        if "low_stock_at" in detail:
            parts.append(tr(QT_TRANSLATE_NOOP("AuditSentences", "low at {n}")).format(n=detail["low_stock_at"]))
        if "names" in detail:
            parts.append(tr(QT_TRANSLATE_NOOP("AuditSentences", "its names")))
        others = set(detail) - {"per_request_limit", "low_stock_at", "names", "by"}
        if others:
            parts.append(", ".join(sorted(others)).replace("_", " "))
        return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} changed {what}: {changes}")).format(
            who=who, what=what, changes=", ".join(parts)
        )

    def _sharps(self, event: AuditView, who: str, what: str) -> str:
        if "count" in event.detail:
            return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} took back {n} used sharps")).format(
                who=who, n=_number(event.detail["count"])
            )
        return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} took back {g} g of used sharps")).format(
            who=who, g=_number(event.detail.get("weight_g"))
        )

    def _add_staff(self, event: AuditView, who: str, what: str) -> str:
        pattern = (
            QT_TRANSLATE_NOOP("AuditSentences", "{who} added {what} as an admin")
            if event.detail.get("role") == "admin"
            else QT_TRANSLATE_NOOP("AuditSentences", "{who} added {what} as staff")
        )
        return tr(pattern).format(who=who, what=what)

    def _reset_staff(self, event: AuditView, who: str, what: str) -> str:
        pattern = (
            QT_TRANSLATE_NOOP("AuditSentences", "{who} unlocked {what} and set a new PIN")
            if event.detail.get("new_pin")
            else QT_TRANSLATE_NOOP("AuditSentences", "{who} unlocked {what}")
        )
        return tr(pattern).format(who=who, what=what)

    def _change_pin(self, event: AuditView, who: str, what: str) -> str:
        if what == who:
            return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} changed their PIN")).format(who=who)
        return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} changed the PIN of {what}")).format(who=who, what=what)

    def _lock_staff(self, event: AuditView, who: str, what: str) -> str:
        return tr(QT_TRANSLATE_NOOP("AuditSentences", "The account of {what} was locked after {n} wrong PINs")).format(
            what=what, n=_number(event.detail.get("failures"))
        )

    def _settings(self, event: AuditView, who: str, what: str) -> str:
        values = event.detail.get("values")
        parts: list[str] = []
        if isinstance(values, dict) and values:
            for name, change in values.items():
                if isinstance(change, dict):
                    parts.append(
                        tr(QT_TRANSLATE_NOOP("AuditSentences", "{setting} from {old} to {new}")).format(
                            setting=setting_title(str(name)).lower(), old=_plain(change.get("from")),
                            new=_plain(change.get("to")),
                        )
                    )
        else:
            changed = event.detail.get("changed")
            names = changed if isinstance(changed, list) else []
            parts = [setting_title(str(name)).lower() for name in names]
        if not parts:
            return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} saved the settings unchanged")).format(who=who)
        return tr(QT_TRANSLATE_NOOP("AuditSentences", "{who} changed settings: {changes}")).format(
            who=who, changes="; ".join(parts)
        )


def _plain(value: object) -> str:
    if isinstance(value, bool):
        on, off = QT_TRANSLATE_NOOP("AuditSentences", "on"), QT_TRANSLATE_NOOP("AuditSentences", "off")
        return tr(on if value else off)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return "; ".join(f"{k}: {v}" for k, v in value.items())
    if value in (None, ""):
        return "—"
    return str(value)
