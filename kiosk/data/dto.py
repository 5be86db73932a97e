"""Plain values handed to views and the command line, never ORM rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


def pick_language(texts: dict[str, str], lang: str, fallback: str = "en") -> str:
    """The text in ``lang``, else in the fallback, else any there is."""
    return texts.get(lang) or texts.get(fallback) or next(iter(texts.values()), "")


@dataclass(frozen=True)
class SupplyView:
    id: int
    key: str
    names: dict[str, str]
    kind: str
    category: str
    icon: str
    unit: dict[str, str]
    per_request_limit: int
    stock: int
    low_stock_at: int
    active: bool
    resource_keys: tuple[str, ...]
    report_group: str = ""
    others_cap: int | None = None  # the most a request for several people may carry

    def name(self, lang: str) -> str:
        return pick_language(self.names, lang) or self.key

    @property
    def is_item(self) -> bool:
        return self.kind == "item"

    @property
    def is_low(self) -> bool:
        return self.is_item and self.stock <= self.low_stock_at

    @property
    def available(self) -> bool:
        """Whether a visitor can ask for it now."""
        return self.active and (not self.is_item or self.stock > 0)


@dataclass(frozen=True)
class LineView:
    supply_id: int
    supply_key: str
    names: dict[str, str]
    kind: str
    quantity: int
    quantity_given: int | None
    stock: int

    def name(self, lang: str) -> str:
        return pick_language(self.names, lang) or self.supply_key


@dataclass(frozen=True)
class RequestView:
    id: int
    pickup_code: str
    status: str
    priority: str
    created_at: dt.datetime
    claimed_at: dt.datetime | None
    ready_at: dt.datetime | None
    closed_at: dt.datetime | None
    acknowledged_at: dt.datetime | None
    claimed_by: str | None
    claimed_by_id: int | None
    cancel_reason: str | None
    version: int
    lines: tuple[LineView, ...] = ()
    language: str | None = None  # the one the visitor used on the kiosk
    station_name: str = ""
    station_place: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    responders: tuple[str, ...] = ()  # display names, in the order they said "I'm going"
    responder_ids: tuple[int, ...] = ()
    called_at: dt.datetime | None = None  # when staff last called the code to the window
    for_others: int = 0  # how many other people the visitor picks up for

    @property
    def is_emergency(self) -> bool:
        return self.priority == "emergency"

    def place(self, lang: str = "en") -> str:
        """Where the request was made, for staff: the station's place label, else its name."""
        return pick_language(self.station_place, lang) or self.station_name

    @property
    def is_open(self) -> bool:
        return self.status in ("pending", "in_progress", "ready")

    def summary(self, lang: str = "en") -> str:
        return ", ".join(f"{line.quantity} × {line.name(lang)}" for line in self.lines)


@dataclass(frozen=True)
class SubmitResult:
    request_id: int
    pickup_code: str
    place_in_queue: int
    wait_minutes: int
    resource_keys: tuple[str, ...] = ()
    emergency: bool = False
    for_others: int = 0


@dataclass(frozen=True)
class Shortfall:
    supply_key: str
    asked: int
    given: int


@dataclass(frozen=True)
class FulfilResult:
    request: RequestView
    shortfalls: tuple[Shortfall, ...] = field(default_factory=tuple)

    @property
    def complete(self) -> bool:
        return not self.shortfalls


#: The roles with an admin's rights: a site's admin, and an organisation admin (every site).
ORG_ADMIN_ROLE = "org_admin"
ADMIN_ROLES = frozenset({"admin", ORG_ADMIN_ROLE})


@dataclass(frozen=True)
class Actor:
    """Who asks a service to change something: a staff member, or a named system context.

    A staff actor carries the account's id; the services read its role and
    whether it is still switched on again inside the transaction that makes the
    change, so ``role`` here only decides which buttons a window shows. A
    system actor (``staff_id`` None) is a trusted tool on the machine itself,
    such as ``kiosk-admin``, and acts with an admin's rights under its name.
    """

    staff_id: int | None
    role: str
    name: str = ""

    @classmethod
    def system(cls, name: str) -> Actor:
        return cls(None, "admin", name)

    @property
    def is_admin(self) -> bool:
        return self.role in ADMIN_ROLES

    @property
    def is_org_admin(self) -> bool:
        """An admin of every site (a system actor is trusted with every site too)."""
        return self.role == ORG_ADMIN_ROLE or self.is_system

    @property
    def is_coordinator(self) -> bool:
        return self.role == "coordinator"

    @property
    def is_system(self) -> bool:
        return self.staff_id is None


@dataclass(frozen=True)
class StaffView:
    id: int
    name: str
    role: str
    active: bool
    locked: bool
    failed_attempts: int
    #: The back office's language this person chose, or None for the station's own.
    language: str | None = None

    @property
    def is_admin(self) -> bool:
        return self.role in ADMIN_ROLES

    @property
    def is_org_admin(self) -> bool:
        return self.role == ORG_ADMIN_ROLE

    @property
    def actor(self) -> Actor:
        """This person as the one acting on a service."""
        return Actor(self.id, self.role, self.name)


@dataclass(frozen=True)
class StationView:
    id: int
    name: str
    kind: str
    last_seen_at: dt.datetime | None
    version: str
    printer_state: str
    printer_detail: str
    online: bool
    place: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    def place_in(self, lang: str = "en") -> str:
        return pick_language(self.place, lang)


@dataclass(frozen=True)
class AlertView:
    id: int
    level: str
    texts: dict[str, dict[str, str]]
    starts_at: dt.datetime
    ends_at: dt.datetime | None

    def title(self, lang: str) -> str:
        return (self.texts.get(lang) or self.texts.get("en") or {}).get("title", "")

    def body(self, lang: str) -> str:
        return (self.texts.get(lang) or self.texts.get("en") or {}).get("body", "")


@dataclass(frozen=True)
class AuditView:
    id: int
    at: dt.datetime
    staff_name: str | None
    action: str
    subject: str
    detail: dict[str, object]
    staff_id: int | None = None


@dataclass(frozen=True)
class MovementView:
    id: int
    supply_key: str
    delta: int
    reason: str
    note: str
    at: dt.datetime


@dataclass(frozen=True)
class ResponseRecord:
    """What staff tap in when they close an emergency; every answer optional."""

    naloxone_doses: int | None = None  # 0-5, 5 meaning "5 or more"
    naloxone_route: str | None = None  # nasal, injection, both
    rescue_breathing: bool | None = None
    oxygen: bool | None = None
    emergency_services_called: bool | None = None
    outcome: str | None = None  # responsive, transported, refused_transport, other, false_alarm
    notes: tuple[str, ...] = ()
    take_naloxone_kits: int = 0


@dataclass(frozen=True)
class ResponseView:
    id: int
    called_at: dt.datetime
    first_response_at: dt.datetime | None
    closed_at: dt.datetime
    responders: int
    naloxone_doses: int | None
    naloxone_route: str | None
    rescue_breathing: bool | None
    oxygen: bool | None
    emergency_services_called: bool | None
    outcome: str | None
    notes: tuple[str, ...]
    kits_taken: int
