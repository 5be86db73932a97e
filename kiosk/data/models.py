"""The database schema, in SQLAlchemy 2.0 typed style.

Nothing here can hold who a visitor is: a request is a pickup code, what was
asked, when and where. No name, birth date, phone, e-mail, photo, device id or
free text about a visitor has a column.
"""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.sql.expression import false

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Stores UTC without a zone and always hands back aware UTC datetimes.

    SQLite keeps no zone, PostgreSQL would convert to the session's zone; storing
    plain UTC on both keeps comparisons and arithmetic the same everywhere.
    """

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: dt.datetime | None, dialect: Any) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dt.datetime: UTCDateTime, dict[str, Any]: JSON, list[str]: JSON}


class SupplyKind(enum.StrEnum):
    ITEM = "item"
    SERVICE = "service"


class RequestStatus(enum.StrEnum):
    PENDING = "pending"
    IN_PROGRESS = "in_progress"
    READY = "ready"
    FULFILLED = "fulfilled"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"

    @property
    def is_open(self) -> bool:
        return self in OPEN_STATUSES


OPEN_STATUSES = (RequestStatus.PENDING, RequestStatus.IN_PROGRESS, RequestStatus.READY)


class Priority(enum.StrEnum):
    NORMAL = "normal"
    EMERGENCY = "emergency"


class StationKind(enum.StrEnum):
    KIOSK = "kiosk"
    STAFF = "staff"
    DISPLAY = "display"


class StaffRole(enum.StrEnum):
    STAFF = "staff"
    ADMIN = "admin"
    #: Staff who also read and export the funder reports (not an admin otherwise).
    COORDINATOR = "coordinator"
    #: An admin of every site: may switch the back office between sites.
    ORG_ADMIN = "org_admin"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    # Store the readable value, not the Python member name, in a plain string
    # column held to the members by a named CHECK (``ck_<table>_<name>``), not
    # a native PostgreSQL enum, so adding a member is a small migration.
    # ``create_constraint=True`` is what makes the CHECK: SQLAlchemy creates
    # none for a non-native enum without it.
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=20,
        values_callable=lambda e: [m.value for m in e],
    )


class Site(Base):
    __tablename__ = "sites"
    __table_args__ = (UniqueConstraint("name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    created_at: Mapped[dt.datetime]


class SiteSetting(Base):
    __tablename__ = "site_settings"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


class Station(Base):
    __tablename__ = "stations"
    __table_args__ = (UniqueConstraint("site_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    kind: Mapped[StationKind] = mapped_column(_enum(StationKind, "station_kind"))
    last_seen_at: Mapped[dt.datetime | None]
    version: Mapped[str] = mapped_column(String(40), default="")
    printer_state: Mapped[str] = mapped_column(String(20), default="none")
    printer_detail: Mapped[str] = mapped_column(String(200), default="")
    failed_unlocks: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_unlock_at: Mapped[dt.datetime | None]
    # Where the station stands, per language ("hallway kiosk"): staff run there in an emergency.
    place: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Supply(Base):
    __tablename__ = "supplies"
    __table_args__ = (
        UniqueConstraint("site_id", "key"),
        CheckConstraint("stock >= 0", name="stock_not_negative"),
        CheckConstraint("per_request_limit >= 1", name="limit_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(60))
    names: Mapped[dict[str, Any]]
    kind: Mapped[SupplyKind] = mapped_column(_enum(SupplyKind, "supply_kind"))
    category: Mapped[str] = mapped_column(String(40), default="")
    icon: Mapped[str] = mapped_column(String(60), default="")
    unit: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    per_request_limit: Mapped[int] = mapped_column(Integer, default=1)
    stock: Mapped[int] = mapped_column(Integer, default=0)
    low_stock_at: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    resource_keys: Mapped[list[str]] = mapped_column(JSON, default=list)
    # The family funders count it in (naloxone, syringes, ...); "" for none.
    report_group: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # The most one request for several people may carry (None: the limit scales freely).
    others_cap: Mapped[int | None] = mapped_column(Integer)


class StaffAccount(Base):
    __tablename__ = "staff_accounts"
    __table_args__ = (UniqueConstraint("site_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(60))
    role: Mapped[StaffRole] = mapped_column(_enum(StaffRole, "staff_role"))
    pin_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[dt.datetime | None]
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[dt.datetime]
    # The back office's language for this person (None: the station's own).
    language: Mapped[str | None] = mapped_column(String(12), default=None)


#: The columns of the index reports count requests from (site and time first).
REQUEST_COUNT_COLUMNS = (
    "site_id", "created_at", "priority", "status", "language", "has_items", "given_short", "for_others",
    "ready_at", "closed_at", "acknowledged_at", "claimed_at", "id",
)
#: The same for their lines (looked up by request).
LINE_COUNT_COLUMNS = ("request_id", "supply_id", "quantity", "quantity_given")


class Request(Base):
    __tablename__ = "requests"
    __table_args__ = (
        CheckConstraint("for_others >= 0", name="for_others_not_negative"),
        Index("ix_requests_site_status", "site_id", "status"),
        # By site and time, holding every column the reports count, so counting
        # a month reads this index alone (kiosk.data.live_counts).
        Index("ix_requests_counts", *REQUEST_COUNT_COLUMNS),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id", ondelete="SET NULL"))
    pickup_code: Mapped[str] = mapped_column(String(3))
    status: Mapped[RequestStatus] = mapped_column(_enum(RequestStatus, "request_status"), default=RequestStatus.PENDING)
    priority: Mapped[Priority] = mapped_column(_enum(Priority, "request_priority"), default=Priority.NORMAL)
    created_at: Mapped[dt.datetime]
    claimed_at: Mapped[dt.datetime | None]
    ready_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]
    acknowledged_at: Mapped[dt.datetime | None]
    # When staff last called the code to the window (the board highlights it).
    called_at: Mapped[dt.datetime | None]
    claimed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    cancel_reason: Mapped[str | None] = mapped_column(String(40))
    # The language the visitor used on the kiosk (not who they are): reprints and reports.
    language: Mapped[str | None] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer, default=1)
    # How many other people the visitor is picking up for (a number, never who).
    for_others: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # For reports, so they need not read the lines: a line asks for an item (set
    # at submit), and a line was given less than asked (set at the hand-over).
    has_items: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    given_short: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    lines: Mapped[list[RequestLine]] = relationship(
        back_populates="request", cascade="all, delete-orphan", order_by="RequestLine.id"
    )
    claimed_by: Mapped[StaffAccount | None] = relationship()


# A pickup code is unique among a site's open requests only: codes come back
# into use once a request closes, which keeps them three characters long.
# The condition is built from OPEN_STATUSES so the two cannot drift apart.
OPEN_STATUS_SQL = "status IN ({})".format(", ".join(f"'{status.value}'" for status in OPEN_STATUSES))
_OPEN_SQL = text(OPEN_STATUS_SQL)
Index(
    "uq_requests_open_code",
    Request.site_id,
    Request.pickup_code,
    unique=True,
    sqlite_where=_OPEN_SQL,
    postgresql_where=_OPEN_SQL,
)


class RequestLine(Base):
    __tablename__ = "request_lines"
    __table_args__ = (
        CheckConstraint("quantity >= 1", name="quantity_positive"),
        CheckConstraint("quantity_given IS NULL OR quantity_given >= 0", name="given_not_negative"),
        Index("ix_request_lines_counts", *LINE_COUNT_COLUMNS),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"))
    supply_id: Mapped[int] = mapped_column(ForeignKey("supplies.id", ondelete="RESTRICT"), index=True)
    quantity: Mapped[int] = mapped_column(Integer)
    quantity_given: Mapped[int | None] = mapped_column(Integer)

    request: Mapped[Request] = relationship(back_populates="lines")
    supply: Mapped[Supply] = relationship()


class RequestUndo(Base):
    """The last staff action on a request that can still be undone, and the request as it was before it.

    One row per request, replaced by each undoable action; ``version`` is the
    request's version right after the action, so an undo can tell whether
    anyone changed the request since.
    """

    __tablename__ = "request_undos"

    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), primary_key=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime]
    version: Mapped[int] = mapped_column(Integer)
    before: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


#: Where a delivery of stock came from.
STOCK_SOURCES = ("donation", "purchase", "partner_transfer", "other")


class StockMovement(Base):
    __tablename__ = "stock_movements"
    __table_args__ = (
        Index("ix_stock_movements_supply_at", "supply_id", "at", "reason", "delta"),
        Index("ix_stock_movements_request_id", "request_id"),
        CheckConstraint(
            "source IS NULL OR source IN (" + ", ".join(f"'{s}'" for s in STOCK_SOURCES) + ")", name="source_known"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    supply_id: Mapped[int] = mapped_column(ForeignKey("supplies.id", ondelete="CASCADE"), index=True)
    delta: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(String(200), default="")
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    request_id: Mapped[int | None] = mapped_column(ForeignKey("requests.id", ondelete="SET NULL"))
    at: Mapped[dt.datetime]
    # A delivery (reason "restock") says where it came from and, for supplies
    # that expire, its lot and expiry date; other movements leave these empty.
    source: Mapped[str | None] = mapped_column(String(20))
    donor: Mapped[str] = mapped_column(String(120), default="", server_default="")
    lot: Mapped[str] = mapped_column(String(40), default="", server_default="")
    expires_on: Mapped[dt.date | None] = mapped_column(Date)


class AuditEvent(Base):
    """What staff did. Never what visitors are."""

    __tablename__ = "audit_events"
    __table_args__ = (Index("ix_audit_events_site_subject", "site_id", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    station_id: Mapped[int | None] = mapped_column(ForeignKey("stations.id", ondelete="SET NULL"))
    action: Mapped[str] = mapped_column(String(40))
    subject: Mapped[str] = mapped_column(String(80), default="")
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    at: Mapped[dt.datetime] = mapped_column(index=True)


class DailyTally(Base):
    """Per site, day and supply: what old requests add up to once deleted."""

    __tablename__ = "daily_tallies"
    __table_args__ = (UniqueConstraint("site_id", "day", "supply_key", "priority"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    supply_key: Mapped[str] = mapped_column(String(60))  # "" for whole-request figures
    priority: Mapped[Priority] = mapped_column(_enum(Priority, "tally_priority"), default=Priority.NORMAL)
    requests: Mapped[int] = mapped_column(Integer, default=0)
    fulfilled: Mapped[int] = mapped_column(Integer, default=0)
    quantity_asked: Mapped[int] = mapped_column(Integer, default=0)
    quantity_given: Mapped[int] = mapped_column(Integer, default=0)
    wait_seconds_total: Mapped[int] = mapped_column(Integer, default=0)


TALLY_FIGURES = (
    "request", "kind", "language", "status", "hour", "wait", "response",
    "asked", "given", "short_lines", "short_quantity", "service",
    "page_view", "information_only", "sharps_units", "sharps_grams",
)


class ReportTally(Base):
    """One counted figure for a site and local day: what reports read beside live rows.

    Purged requests are added here, as are the kiosk's page views and
    information-only sessions and the sharps staff take back; none of them
    is linked to a visit or a request. ``key`` narrows the figure (a supply
    key, a language, an hour, a wait in ten-second steps), "" for none.
    """

    __tablename__ = "report_tallies"
    __table_args__ = (
        UniqueConstraint("site_id", "day", "figure", "key"),
        CheckConstraint(
            "figure IN (" + ", ".join(f"'{name}'" for name in TALLY_FIGURES) + ")", name="figure_known"
        ),
        # By day, holding all a report reads, so it never looks a row up.
        Index("ix_report_tallies_counts", "day", "site_id", "figure", "key", "value"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    figure: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(80), default="")
    value: Mapped[int] = mapped_column(Integer, default=0)


class MaintenanceLease(Base):
    """Who runs a maintenance job now, until when, and when it last finished.

    One row per job ("retention"): stations take turns through it, so only
    one of them purges at a time, once a day.
    """

    __tablename__ = "maintenance_leases"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str] = mapped_column(String(120), default="")
    until: Mapped[dt.datetime | None]
    last_done_at: Mapped[dt.datetime | None]


class Alert(Base):
    """A drug alert or notice for the kiosk's start screen."""

    __tablename__ = "alerts"

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    level: Mapped[str] = mapped_column(String(20), default="warning")
    texts: Mapped[dict[str, Any]]  # {"en": {"title": ..., "body": ...}, ...}
    starts_at: Mapped[dt.datetime]
    ends_at: Mapped[dt.datetime | None]
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime]


class ResourceOverride(Base):
    """Staff edits to a local resource (address, hours...), over the shipped file."""

    __tablename__ = "resource_overrides"

    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    fields: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime]
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_accounts.id", ondelete="SET NULL"))


class EmergencyResponder(Base):
    """A staff member who said "I'm going" to an open emergency."""

    __tablename__ = "emergency_responders"
    __table_args__ = (UniqueConstraint("request_id", "staff_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("requests.id", ondelete="CASCADE"), index=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff_accounts.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime]


class OverdoseOutcome(enum.StrEnum):
    RESPONSIVE = "responsive"
    TRANSPORTED = "transported"
    REFUSED_TRANSPORT = "refused_transport"
    OTHER = "other"
    FALSE_ALARM = "false_alarm"


class NaloxoneRoute(enum.StrEnum):
    NASAL = "nasal"
    INJECTION = "injection"
    BOTH = "both"


class OverdoseResponse(Base):
    """What staff did at one overdose, counted by the reports.

    Anonymous on purpose: no request, station, staff member or free text.
    Every answer may be left empty; ``notes`` holds keys from a fixed list.
    """

    __tablename__ = "overdose_responses"
    __table_args__ = (
        CheckConstraint("naloxone_doses IS NULL OR (naloxone_doses >= 0 AND naloxone_doses <= 5)", name="doses_range"),
        CheckConstraint("responders >= 0", name="responders_not_negative"),
        CheckConstraint("kits_taken >= 0", name="kits_not_negative"),
        CheckConstraint(
            "outcome IS NULL OR outcome IN ('responsive', 'transported', 'refused_transport', 'other', 'false_alarm')",
            name="outcome_known",
        ),
        CheckConstraint(
            "naloxone_route IS NULL OR naloxone_route IN ('nasal', 'injection', 'both')", name="route_known"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"), index=True)
    called_at: Mapped[dt.datetime] = mapped_column(index=True)
    first_response_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime]
    responders: Mapped[int] = mapped_column(Integer, default=0)
    naloxone_doses: Mapped[int | None] = mapped_column(Integer)  # 5 means "5 or more"
    naloxone_route: Mapped[NaloxoneRoute | None] = mapped_column(_enum(NaloxoneRoute, "naloxone_route"))
    rescue_breathing: Mapped[bool | None] = mapped_column(Boolean)
    oxygen: Mapped[bool | None] = mapped_column(Boolean)
    emergency_services_called: Mapped[bool | None] = mapped_column(Boolean)
    outcome: Mapped[OverdoseOutcome | None] = mapped_column(_enum(OverdoseOutcome, "overdose_outcome"))
    notes: Mapped[list[str]] = mapped_column(JSON, default=list)
    kits_taken: Mapped[int] = mapped_column(Integer, default=0)


VOICE_FIGURES = ("reversal", "doses", "woke", "help", "source", "rating", "missing", "wanted", "others")


class VoiceTally(Base):
    """What visitors told the kiosk, counted per site and local day: never a time, a request or a visit.

    A reversal report adds one to "reversal" and one per question answered
    ("doses", "woke", "help", "source", keyed by the answer); feedback adds to
    "rating" and "missing"; "I wanted this" on a supply that is out adds to
    "wanted" keyed by the supply; "others" holds purged requests' others.
    """

    __tablename__ = "voice_tallies"
    __table_args__ = (
        UniqueConstraint("site_id", "day", "figure", "key"),
        CheckConstraint(
            "figure IN (" + ", ".join(f"'{name}'" for name in VOICE_FIGURES) + ")", name="figure_known"
        ),
        CheckConstraint("value >= 0", name="value_not_negative"),
        Index("ix_voice_tallies_day", "day"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("sites.id", ondelete="CASCADE"))
    day: Mapped[dt.date] = mapped_column(Date)
    figure: Mapped[str] = mapped_column(String(20))
    key: Mapped[str] = mapped_column(String(80), default="")
    value: Mapped[int] = mapped_column(Integer, default=0)
