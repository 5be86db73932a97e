"""Retention: closed requests older than the site's ``retention_days`` become tallies.

Each batch is one transaction: the batch's requests are counted into
``report_tallies`` (the same counts a report makes of live rows), then their
lines, the audit events about them and the requests themselves are deleted,
and stock movements keep their numbers but lose the link. Open requests are
never touched. Batches are small and the purge pauses between them, so a
kiosk submitting at the same moment waits a few milliseconds at most (on
SQLite a write waits for the batch's lock).

A running staff app calls :meth:`RetentionService.run_if_due` every so
often; a lease row makes sure one station at a time purges, once a day.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, Connection, Table, and_, bindparam, delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite

from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.live_counts import count_requests
from kiosk.data.models import AuditEvent, MaintenanceLease, Request, RequestLine, RequestStatus, Site, StockMovement
from kiosk.data.settings import SettingsService
from kiosk.data.tallies import DayCounts, add_tallies, site_zone

log = logging.getLogger(__name__)

CLOSED = (RequestStatus.FULFILLED, RequestStatus.CANCELLED, RequestStatus.NO_SHOW)
LEASE_NAME = "retention"
LEASE_FOR = dt.timedelta(minutes=30)
RUN_EVERY = dt.timedelta(hours=23)
# SQLite has one write lock: a batch of 25 holds it for some 10-15 ms (40 gave
# a kiosk's submit a 109 ms wait at worst in bench/reports.py, 25 gave 55 ms),
# then the purge waits longer than SQLite's busy-wait steps so a kiosk's
# submit gets its turn at once. PostgreSQL locks rows, not the file, and takes
# bigger batches.
BATCH = {"sqlite": 25, "postgresql": 500}
PAUSE_S = {"sqlite": 0.06, "postgresql": 0.01}
# Audit events about a request carry "request CODE" and fall between its submit and its close.
_AUDIT_SLACK = dt.timedelta(seconds=2)


@dataclass(frozen=True)
class _Batch:
    """One batch, counted and ready to write."""

    ids: list[int]
    counts: DayCounts
    audit_keys: list[dict[str, object]]
    others: DayCounts  # the others the requests were also for (people reached)


@dataclass(frozen=True)
class PurgeResult:
    requests: int = 0
    lines: int = 0
    audit_events: int = 0
    batches: int = 0
    dry_run: bool = False
    seconds: float = 0.0

    def __add__(self, other: PurgeResult) -> PurgeResult:
        return PurgeResult(
            self.requests + other.requests,
            self.lines + other.lines,
            self.audit_events + other.audit_events,
            self.batches + other.batches,
            self.dry_run or other.dry_run,
            self.seconds + other.seconds,
        )


class RetentionService:
    def __init__(
        self,
        db: Database,
        clock: Clock = utc_now,
        batch_size: int | None = None,
        pause_s: float | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._db = db
        self._clock = clock
        engine = "sqlite" if db.is_sqlite else "postgresql"
        self._batch = max(1, batch_size if batch_size is not None else BATCH[engine])
        self._pause_s = pause_s if pause_s is not None else PAUSE_S[engine]
        self._sleep = sleep

    def cutoff(self, site_id: int) -> dt.datetime:
        """Requests closed before this instant are old enough to purge."""
        days = max(1, int(SettingsService(self._db, site_id).load().retention_days or 1))
        return self._clock() - dt.timedelta(days=days)

    def purge(self, dry_run: bool = False, site_id: int | None = None) -> PurgeResult:
        """Roll old closed requests into tallies and delete them (or only count them)."""
        started = time.monotonic()
        with self._db.session_scope() as session:
            sites = [site_id] if site_id is not None else list(session.scalars(select(Site.id).order_by(Site.id)))
        result = PurgeResult(dry_run=dry_run)
        for site in sites:
            cutoff = self.cutoff(site)
            result = result + (self._count(site, cutoff) if dry_run else self._purge_site(site, cutoff))
        return PurgeResult(
            result.requests, result.lines, result.audit_events, result.batches, dry_run, time.monotonic() - started
        )

    def run_if_due(self, holder: str) -> PurgeResult | None:
        """Purge if no station did today and none is purging now; None when not this station's turn."""
        if not self._take_lease(holder):
            return None
        try:
            result = self.purge()
        except BaseException:
            self._release_lease(holder, done=False)
            raise
        self._release_lease(holder, done=True)
        log.info("retention purge: %s requests in %s batches", result.requests, result.batches)
        return result

    # -- purging --------------------------------------------------------------------

    def _old(self, site_id: int, cutoff: dt.datetime) -> tuple[ColumnElement[bool], ...]:
        return (Request.site_id == site_id, Request.status.in_(CLOSED), Request.closed_at < cutoff)

    def _old_in_id_order(self, site_id: int, cutoff: dt.datetime) -> tuple[ColumnElement[bool], ...]:
        """``_old`` for SQLite, read in id order (the oldest requests come first).

        "+ 0" keeps SQLite from walking the site's whole entry in the reports'
        covering index, which holds every column asked about, and sorting it
        for each batch: the table read in id order finds a batch at once.
        """
        return (Request.site_id + 0 == site_id, *self._old(site_id, cutoff)[1:])

    def _count(self, site_id: int, cutoff: dt.datetime) -> PurgeResult:
        where = self._old(site_id, cutoff)
        with self._db.session_scope() as session:
            requests = session.scalar(select(func.count()).select_from(Request).where(*where)) or 0
            lines = (
                session.scalar(
                    select(func.count())
                    .select_from(RequestLine)
                    .join(Request, Request.id == RequestLine.request_id)
                    .where(*where)
                )
                or 0
            )
        return PurgeResult(requests=int(requests), lines=int(lines), dry_run=True)

    def _purge_site(self, site_id: int, cutoff: dt.datetime) -> PurgeResult:
        zone = site_zone(SettingsService(self._db, site_id).load().time_zone)
        if self._db.is_sqlite:
            return self._purge_site_sqlite(site_id, cutoff, zone)
        total = PurgeResult()
        while True:
            with self._db.session_scope() as session:
                connection = session.connection()
                # Locked for the batch: a second purge running at the same moment
                # (another station, kiosk-admin) takes other rows, never counts these twice.
                ids = list(
                    connection.scalars(
                        select(Request.id)
                        .where(*self._old(site_id, cutoff))
                        .order_by(Request.id)
                        .limit(self._batch)
                        .with_for_update(skip_locked=True)
                    )
                )
                if not ids:
                    return total
                batch = self._purge_batch(connection, site_id, ids, zone)
            total = total + batch
            if len(ids) < self._batch:
                return total
            self._sleep(self._pause_s)

    def _purge_site_sqlite(self, site_id: int, cutoff: dt.datetime, zone: dt.tzinfo) -> PurgeResult:
        """SQLite has one write lock for the whole file: hold it only to write.

        Each batch is chosen and counted in a read transaction first (WAL
        readers never block a kiosk's submit), then written in a short one
        that checks the batch is still there, all of it, before writing. A
        batch that changed meanwhile (another purge got there first) is
        counted again inside the write. Between batches the purge copies the
        log back into the database file itself (a passive checkpoint), so a
        kiosk's next commit never has to, and pauses at least twice as long
        as it held the lock.
        """
        total = PurgeResult()
        while True:
            with self._db.read_scope() as session:
                connection = session.connection()
                ids = list(
                    connection.scalars(
                        select(Request.id)
                        .where(*self._old_in_id_order(site_id, cutoff))
                        .order_by(Request.id)
                        .limit(self._batch)
                    )
                )
                if not ids:
                    return total
                planned: _Batch | None = self._plan_batch(connection, site_id, ids, zone)
            writing = time.monotonic()
            with self._db.session_scope() as session:
                connection = session.connection()
                still = set(
                    connection.scalars(select(Request.id).where(Request.id.in_(ids), Request.status.in_(CLOSED)))
                )
                if still != set(ids):
                    planned = self._plan_batch(connection, site_id, sorted(still), zone) if still else None
                batch = self._write_batch(connection, planned) if planned is not None else PurgeResult()
            held = time.monotonic() - writing
            total = total + batch
            if len(ids) < self._batch:
                return total
            self._db.checkpoint()
            # A slow machine holds the lock longer: the pause grows with it, so the
            # purge never has the lock more than a third of the time.
            if self._pause_s > 0:
                self._sleep(max(self._pause_s, 2 * held))

    def _purge_batch(self, connection: Connection, site_id: int, ids: list[int], zone: dt.tzinfo) -> PurgeResult:
        return self._write_batch(connection, self._plan_batch(connection, site_id, ids, zone))

    def _plan_batch(self, connection: Connection, site_id: int, ids: list[int], zone: dt.tzinfo) -> _Batch:
        """What deleting ``ids`` writes: their tallies and the audit events about them."""
        rows = connection.execute(
            select(Request.pickup_code, Request.created_at, Request.closed_at).where(Request.id.in_(ids))
        ).all()
        # The ids choose the rows; the window around them only has to hold them all.
        first = min(row.created_at for row in rows) - dt.timedelta(seconds=1)
        last = max(row.created_at for row in rows) + dt.timedelta(seconds=1)
        counts: DayCounts = {}
        count_requests(connection, [site_id], zone, first, last, counts, only=Request.id.in_(ids))
        audit_keys = [
            {
                "s_site": site_id,
                "s_subject": f"request {row.pickup_code}",
                "s_from": row.created_at - _AUDIT_SLACK,
                "s_to": (row.closed_at or row.created_at) + _AUDIT_SLACK,
            }
            for row in rows
        ]
        return _Batch(ids, counts, audit_keys, _count_others(connection, site_id, zone, first, last, ids))

    def _write_batch(self, connection: Connection, batch: _Batch) -> PurgeResult:
        ids, audit_keys = batch.ids, batch.audit_keys
        add_tallies(connection, batch.counts)
        _keep_others(connection, batch.others)
        audit = connection.execute(
            delete(AuditEvent).where(
                and_(
                    AuditEvent.site_id == bindparam("s_site"),
                    AuditEvent.subject == bindparam("s_subject"),
                    AuditEvent.at >= bindparam("s_from"),
                    AuditEvent.at <= bindparam("s_to"),
                )
            ),
            audit_keys,
        ).rowcount
        connection.execute(update(StockMovement).where(StockMovement.request_id.in_(ids)).values(request_id=None))
        lines = connection.execute(delete(RequestLine).where(RequestLine.request_id.in_(ids))).rowcount
        deleted = connection.execute(delete(Request).where(Request.id.in_(ids), Request.status.in_(CLOSED))).rowcount
        return PurgeResult(requests=deleted, lines=max(0, lines or 0), audit_events=max(0, audit or 0), batches=1)

    # -- the lease --------------------------------------------------------------------

    def _take_lease(self, holder: str) -> bool:
        now = self._clock()
        table = _LEASES
        with self._db.session_scope() as session:
            connection = session.connection()
            _insert_lease_row(connection)
            won = connection.execute(
                update(table)
                .where(
                    table.c.name == LEASE_NAME,
                    (table.c.until.is_(None)) | (table.c.until < now) | (table.c.holder == holder),
                    (table.c.last_done_at.is_(None)) | (table.c.last_done_at < now - RUN_EVERY),
                )
                .values(holder=holder, until=now + LEASE_FOR)
            ).rowcount
        return won == 1

    def _release_lease(self, holder: str, done: bool) -> None:
        table = _LEASES
        values: dict[str, object] = {"until": None}
        if done:
            values["last_done_at"] = self._clock()
        with self._db.session_scope() as session:
            session.connection().execute(
                update(table).where(table.c.name == LEASE_NAME, table.c.holder == holder).values(**values)
            )


_LEASES: Table = MaintenanceLease.__table__  # type: ignore[assignment]


def _insert_lease_row(connection: Connection) -> None:
    table = _LEASES
    row = {"name": LEASE_NAME, "holder": "", "until": None, "last_done_at": None}
    if connection.dialect.name == "postgresql":
        connection.execute(postgresql.insert(table).values(**row).on_conflict_do_nothing(index_elements=["name"]))
    else:
        connection.execute(sqlite.insert(table).values(**row).on_conflict_do_nothing(index_elements=["name"]))


def _count_others(
    connection: Connection, site_id: int, zone: dt.tzinfo, first: dt.datetime, last: dt.datetime, ids: list[int]
) -> DayCounts:
    """The others the purged requests were also for, counted by day (people reached)."""
    from kiosk.data.voice import count_others

    others: DayCounts = {}
    count_others(connection, [site_id], zone, first, last, others, only=Request.id.in_(ids))
    return others


def _keep_others(connection: Connection, others: DayCounts) -> None:
    """Keep :func:`_count_others`'s figures as day tallies."""
    from kiosk.data.voice import add_voice_tallies

    add_voice_tallies(connection, others)
