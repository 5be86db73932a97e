"""Who may do what: the request state machine and every role rule, in one place.

A window asks :func:`request_actions` and :func:`may` which buttons to offer;
the services ask the same functions again inside the transaction that makes
the change, after reading the row they change (:func:`request_refusal`,
:func:`require`), so the buttons and the rules can never drift apart.

The request machine, for a staff member (a system actor works no queue):

- pending: claim, ready, fulfil, cancel, no-show;
- in progress: release, ready, fulfil, cancel, no-show, by the one who claimed
  it; an admin may also release, cancel or mark a no-show on anyone's claim;
- ready: fulfil, release, cancel, no-show, by anyone (it waits at the window);
- closed (fulfilled, cancelled, no-show): nothing;
- an emergency is never "ready": it is acknowledged once (by anyone, while
  open), and once someone has it, anyone may close it with "fulfil";
- reprint: any open request that lists supplies;
- call (the code lights up on the board): any open request that is not an
  emergency, with the same "who" rules as claiming or marking it ready;
- undo: the last undoable action on a request, by the person who took it,
  within :data:`UNDO_SECONDS`, if nobody changed the request since.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from kiosk.data.dto import Actor, RequestView
from kiosk.data.models import StaffAccount, StaffRole
from kiosk.errors import NotAllowed

__all__ = [
    "ADMIN_ACTIONS",
    "Actor",
    "ORG_ACTIONS",
    "REQUEST_ACTIONS",
    "RequestFacts",
    "Refusal",
    "STAFF_ACTIONS",
    "acting",
    "audit_detail",
    "legal_actions",
    "may",
    "not_allowed",
    "request_actions",
    "request_refusal",
    "require",
    "UNDOABLE_ACTIONS",
    "UNDO_SECONDS",
    "UndoFacts",
    "undo_refusal",
    "site_refusal",
]

REQUEST_ACTIONS = ("claim", "release", "ready", "fulfil", "cancel", "no_show", "acknowledge", "reprint", "call")
_OPEN = ("pending", "in_progress", "ready")
# What an admin may do to a request someone else is working on.
_ADMIN_OVER_CLAIMS = frozenset({"release", "cancel", "no_show"})
_VERBS = {
    "claim": "claim it",
    "release": "put it back in the queue",
    "ready": "mark it ready",
    "fulfil": "hand it over",
    "cancel": "cancel it",
    "no_show": "mark it as a no-show",
    "acknowledge": "answer it",
    "reprint": "reprint its slip",
    "call": "call it to the window",
}

#: Anyone signed in: the action, and how a refusal names it.
STAFF_ACTIONS: Mapping[str, str] = {
    "restock": "restock supplies",
    "adjust_stock": "correct stock",
    "post_alert": "post alerts",
    "end_alert": "end alerts",
    "edit_resource": "edit local resources",
    "change_own_pin": "change your PIN",
    "set_own_language": "choose your language",
    "record_sharps": "record returned sharps",
    "set_station_place": "say where a station stands",
}
#: Admins only (and system actors such as kiosk-admin).
ADMIN_ACTIONS: Mapping[str, str] = {
    "add_staff": "add staff accounts",
    "add_admin": "add an admin",
    "switch_staff": "switch staff accounts on or off",
    "reset_staff": "unlock staff accounts or set their PIN",
    "reset_station": "unlock a kiosk's staff menu",
    "add_supply": "add supplies",
    "edit_supply": "change the catalogue",
    "switch_supply": "switch supplies on or off",
    "change_settings": "change the site settings",
    "view_audit": "read the audit log",
    "view_reports": "see and export reports",
}
#: Admin actions a coordinator may take as well.
COORDINATOR_ACTIONS = frozenset({"view_reports"})
#: Organisation admins only (and system actors): work that spans sites.
ORG_ACTIONS: Mapping[str, str] = {
    "manage_sites": "add or rename sites",
    "add_org_admin": "add an organisation admin",
    "switch_site": "work at another site",
    "copy_catalogue": "copy a catalogue between sites",
    "transfer_stock": "move stock between sites",
    "view_all_sites": "see reports for other sites",
}


@dataclass(frozen=True)
class RequestFacts:
    """What the rules need to know about a request, from a view or a locked row."""

    pickup_code: str
    status: str
    emergency: bool
    acknowledged: bool
    claimed_by_id: int | None
    claimed_by: str | None
    has_lines: bool

    @classmethod
    def of(cls, view: RequestView) -> RequestFacts:
        return cls(
            pickup_code=view.pickup_code,
            status=view.status,
            emergency=view.is_emergency,
            acknowledged=view.acknowledged_at is not None,
            claimed_by_id=view.claimed_by_id,
            claimed_by=view.claimed_by,
            has_lines=bool(view.lines),
        )

    @property
    def is_open(self) -> bool:
        return self.status in _OPEN


class Refusal(enum.Enum):
    """Why an action on a request is refused.

    The first six are about the request's state (the queue moved on, or the
    action never applies); the last two are about who is asking.
    """

    CLOSED = "closed"
    CLAIMED = "claimed"
    NOT_CLAIMED = "not_claimed"
    NOT_EMERGENCY = "not_emergency"
    ACKNOWLEDGED = "acknowledged"
    EMERGENCY = "emergency"
    NOT_YOURS = "not_yours"
    STAFF_ONLY = "staff_only"

    @property
    def is_about_state(self) -> bool:
        return self not in (Refusal.NOT_YOURS, Refusal.STAFF_ONLY)


def legal_actions(facts: RequestFacts) -> frozenset[str]:
    """The actions the request's state allows, whoever asks."""
    if not facts.is_open:
        return frozenset()
    actions: set[str] = set()
    if facts.status == "pending":
        actions |= {"claim", "ready", "fulfil", "cancel", "no_show"}
    elif facts.status == "in_progress":
        actions |= {"release", "ready", "fulfil", "cancel", "no_show"}
    else:  # ready
        actions |= {"fulfil", "release", "cancel", "no_show"}
    if not facts.emergency:
        actions.add("call")
    if facts.emergency:
        actions.discard("ready")
        if facts.status == "pending":
            actions.discard("fulfil")  # someone takes the call before it is closed
        if not facts.acknowledged:
            actions.add("acknowledge")
    elif facts.has_lines:
        actions.add("reprint")
    return frozenset(actions)


def _claimed_by_someone_else(facts: RequestFacts, actor: Actor) -> bool:
    return facts.status == "in_progress" and facts.claimed_by_id not in (None, actor.staff_id)


def _may_act_on(action: str, facts: RequestFacts, actor: Actor) -> bool:
    if not _claimed_by_someone_else(facts, actor):
        return True
    if action in ("acknowledge", "reprint"):
        return True
    if facts.emergency and action == "fulfil":
        return True  # anyone may close an emergency call once someone has it
    return actor.is_admin and action in _ADMIN_OVER_CLAIMS


def request_actions(request: RequestFacts | RequestView | None, actor: Actor | None) -> frozenset[str]:
    """The actions ``actor`` may take on ``request`` now: the window's buttons."""
    if request is None or actor is None or actor.is_system:
        return frozenset()
    facts = request if isinstance(request, RequestFacts) else RequestFacts.of(request)
    return frozenset(a for a in legal_actions(facts) if _may_act_on(a, facts, actor))


def request_refusal(action: str, facts: RequestFacts, actor: Actor) -> Refusal | None:
    """Why ``actor`` may not take ``action`` on the request, or None when they may."""
    if action not in REQUEST_ACTIONS:
        raise ValueError(f"unknown request action {action!r}")
    if actor.is_system:
        return Refusal.STAFF_ONLY
    legal = legal_actions(facts)
    if action in legal:
        return None if _may_act_on(action, facts, actor) else Refusal.NOT_YOURS
    if not facts.is_open:
        return Refusal.CLOSED
    if action == "acknowledge":
        return Refusal.NOT_EMERGENCY if not facts.emergency else Refusal.ACKNOWLEDGED
    if facts.emergency and action in ("ready", "reprint", "call"):
        return Refusal.EMERGENCY
    if facts.status == "pending":
        return Refusal.NOT_CLAIMED
    return Refusal.CLAIMED


def not_allowed(refusal: Refusal, action: str, facts: RequestFacts) -> NotAllowed:
    """The staff-facing error for a refusal about who is asking."""
    verb = _VERBS[action]
    if refusal is Refusal.STAFF_ONLY:
        return NotAllowed("staff_only", "Only a signed-in staff member can work the queue.", action)
    who = facts.claimed_by or "Someone else"
    code = facts.pickup_code
    if action in _ADMIN_OVER_CLAIMS:
        message = f"{who} is working on {code}: only they or an admin can {verb}."
    else:
        message = f"{who} is working on {code}: only they can {verb}."
    return NotAllowed("not_yours", message, action, hint="Ask them, or choose another request.")


# -- undo ------------------------------------------------------------------

#: How long a mis-tap can be taken back.
UNDO_SECONDS = 10
#: Staff actions on a request that an undo can take back (never an emergency's).
UNDOABLE_ACTIONS = frozenset({"claim", "release", "ready", "call", "fulfil", "cancel", "no_show"})


@dataclass(frozen=True)
class UndoFacts:
    """The last undoable action on a request, and the request's version now."""

    action: str
    staff_id: int | None
    at: dt.datetime
    version_after: int
    version_now: int


def undo_refusal(facts: UndoFacts | None, actor: Actor, now: dt.datetime) -> str | None:
    """Why ``actor`` may not undo, or None when they may.

    Reasons: ``nothing`` (no action to take back), ``staff_only``,
    ``not_yours`` (someone else took it), ``too_late`` (more than
    :data:`UNDO_SECONDS` ago), ``changed`` (the request moved on since).
    """
    if actor.is_system:
        return "staff_only"
    if facts is None or facts.action not in UNDOABLE_ACTIONS:
        return "nothing"
    if facts.staff_id != actor.staff_id:
        return "not_yours"
    if (now - facts.at).total_seconds() > UNDO_SECONDS:
        return "too_late"
    if facts.version_now != facts.version_after:
        return "changed"
    return None


# -- roles -----------------------------------------------------------------


def may(actor: Actor | None, action: str, *, target_staff_id: int | None = None) -> bool:
    """Whether ``actor`` may take the role-ruled ``action`` (see the two tables above)."""
    return actor is not None and _role_refusal(actor, action, target_staff_id) is None


def require(actor: Actor, action: str, *, target_staff_id: int | None = None) -> None:
    """Raise :class:`NotAllowed` unless ``actor`` may take ``action``."""
    refusal = _role_refusal(actor, action, target_staff_id)
    if refusal is not None:
        raise refusal


def _role_refusal(actor: Actor, action: str, target_staff_id: int | None) -> NotAllowed | None:
    if action in STAFF_ACTIONS:
        if action == "change_own_pin" and actor.is_system:
            return NotAllowed("staff_only", "Only a staff member has a PIN of their own to change.", action)
        if action == "set_own_language" and actor.is_system:
            return NotAllowed("staff_only", "Only a staff member has a language of their own to choose.", action)
        return None
    if action in ORG_ACTIONS:
        if actor.is_org_admin:
            return None
        return NotAllowed(
            "org_admin_only",
            f"Only an organisation admin can {ORG_ACTIONS[action]}.",
            action,
            hint="Ask an organisation admin.",
        )
    if action not in ADMIN_ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    if action in COORDINATOR_ACTIONS and actor.is_coordinator:
        return None
    if not actor.is_admin:
        if action in COORDINATOR_ACTIONS:
            return NotAllowed(
                "admin_only",
                f"Only an admin or a coordinator can {ADMIN_ACTIONS[action]}.",
                action,
                hint="Ask an admin or your coordinator.",
            )
        return NotAllowed("admin_only", f"Only an admin can {ADMIN_ACTIONS[action]}.", action, hint="Ask an admin.")
    if action == "switch_staff" and target_staff_id is not None and target_staff_id == actor.staff_id:
        return NotAllowed("own_account", "You can't switch off your own account.", action, hint="Ask another admin.")
    return None


def acting(session: Session, site_id: int, actor: Actor) -> Actor:
    """``actor`` as the database knows them now, inside the caller's transaction.

    A staff actor's role comes from their account, not from what the window
    remembered at sign-in: an account switched off, removed or demoted since
    acts with what it has now, or not at all.
    """
    if not isinstance(actor, Actor):
        raise TypeError(f"services need an Actor, not {type(actor).__name__}")
    if actor.is_system:
        return actor
    account = session.get(StaffAccount, actor.staff_id)
    if account is None or not account.active:
        raise NotAllowed("switched_off", "Your account is switched off.", hint="Ask an admin.")
    refusal = site_refusal(account.site_id, StaffRole(account.role).value, site_id)
    if refusal is not None:
        raise refusal
    return Actor(account.id, StaffRole(account.role).value, account.name)


# -- sites -----------------------------------------------------------------


def site_refusal(account_site_id: int, role: str, site_id: int) -> NotAllowed | None:
    """Why an account of ``account_site_id`` may not act at ``site_id``, or None when it may.

    Every service is built for one site and reads and writes only that site's
    rows; a staff account works at its own site, an organisation admin at
    every site.
    """
    if account_site_id == site_id or role == StaffRole.ORG_ADMIN.value:
        return None
    return NotAllowed(
        "other_site",
        "Your account belongs to another site.",
        hint="Sign in at your own site, or ask an organisation admin.",
    )


def audit_detail(actor: Actor, detail: Mapping[str, Any] | None = None) -> dict[str, Any] | None:
    """The audit detail, naming a system actor (a staff actor is the event's staff_id)."""
    if not actor.is_system:
        return dict(detail) if detail else None
    return {**(detail or {}), "by": actor.name}
