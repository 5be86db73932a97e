"""Counting requests into day tallies inside the database, on both engines.

Reports count the live requests of a range with these queries, and the
retention purge counts each batch it deletes with the very same queries
(``WHERE id IN batch`` instead of a time range), so a purge moves a request
from the live rows to the tallies without changing any figure.

Local days and hours: the range is cut where the site's UTC offset changes
(summer time), and each piece is shifted by its own offset in SQL, so
grouping by day and hour happens in the database. Waits are whole seconds
between the two times truncated to the second, in steps of
:data:`WAIT_STEP_S`, the same on SQLite and PostgreSQL.

A report needs most figures per period only: given its periods, each one is
counted by queries of its own and filed under the period's first day, so the
database groups a handful of rows per site instead of one group per day (the
busiest hours still come per day and hour, for the weekday). A request's kind
and part-fulfilled outcome come from two flags it keeps (``has_items``,
``given_short``), not from its lines; each query reads only the requests' and
lines' covering indexes (``ix_requests_counts``, ``ix_request_lines_counts``),
never the rows themselves.
"""

from __future__ import annotations

import datetime as dt
import functools
import sqlite3
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, and_, case, cast, func, literal_column, or_, select

from kiosk.data.models import OPEN_STATUSES, Priority, Request, RequestLine, RequestStatus, StockMovement, Supply
from kiosk.data.tallies import MAX_PERIOD_PASSES, WAIT_STEP_S, DayCounts, per_period

_STEP = dt.timedelta(minutes=15)
#: SQLite 3.38 and later have unixepoch().
_UNIXEPOCH = sqlite3.sqlite_version_info >= (3, 38, 0)
_OPEN = frozenset(status.value for status in OPEN_STATUSES)
#: A local period: its first and last day.
Span = tuple[dt.date, dt.date]
#: A stretch of time with one UTC offset: from, to, offset in seconds.
_Piece = tuple[dt.datetime, dt.datetime, int]


def offset_pieces(
    zone: dt.tzinfo, start: dt.datetime, end: dt.datetime
) -> Iterator[tuple[dt.datetime, dt.datetime, int]]:
    """[start, end) cut where ``zone``'s UTC offset changes: (from, to, offset in seconds)."""
    # A report asks for the same range for each kind of figure and site.
    return iter(_offset_pieces(zone, start, end))


@functools.lru_cache(maxsize=256)
def _offset_pieces(zone: dt.tzinfo, start: dt.datetime, end: dt.datetime) -> tuple[_Piece, ...]:
    return tuple(_cut(zone, start, end))


def _cut(zone: dt.tzinfo, start: dt.datetime, end: dt.datetime) -> Iterator[_Piece]:
    def offset(moment: dt.datetime) -> int:
        delta = moment.astimezone(zone).utcoffset()
        return int(delta.total_seconds()) if delta is not None else 0

    piece_start, current = start, offset(start)
    probe = start
    hour = dt.timedelta(hours=1)
    while probe < end:
        following = min(probe + hour, end)
        if offset(following) != current and following < end:
            # Find the quarter hour where it changed (offsets change on quarter hours).
            moment = probe
            while offset(moment + _STEP) == current:
                moment += _STEP
            change = moment + _STEP
            yield piece_start, change, current
            piece_start, current = change, offset(change)
        probe = following
    if piece_start < end:
        yield piece_start, end, current


def utc_bounds(first: dt.date, last: dt.date, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """The UTC instants where local day ``first`` starts and the day after ``last`` starts."""
    start = dt.datetime.combine(first, dt.time(), zone).astimezone(dt.UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), zone).astimezone(dt.UTC)
    return start, end


def windows(
    zone: dt.tzinfo, start: dt.datetime, end: dt.datetime, periods: Sequence[Span] | None = None
) -> Iterator[tuple[dt.datetime, dt.datetime, int, dt.date | None]]:
    """Where to count: (from, to, UTC offset, the day to file the counts under).

    The day is None when each row goes under its own local day: without
    ``periods``, or when they are days or too many to count one by one.
    """
    if periods is None or not per_period(periods):
        for piece_start, piece_end, offset in offset_pieces(zone, start, end):
            yield piece_start, piece_end, offset, None
        return
    for first, last in periods:
        period_start, period_end = utc_bounds(first, last, zone)
        period_start, period_end = max(period_start, start), min(period_end, end)
        if period_start < period_end:
            for piece_start, piece_end, offset in offset_pieces(zone, period_start, period_end):
                yield piece_start, piece_end, offset, first


def _local(column: Any, seconds: int, dialect: str) -> tuple[ColumnElement[Any], ColumnElement[Any]]:
    """The local date (as ISO text or a date) and hour of a UTC column shifted by ``seconds``."""
    if dialect == "sqlite":
        shift: ColumnElement[Any] = literal_column(f"'{seconds:+d} seconds'")
        return func.date(column, shift), cast(func.strftime("%H", column, shift), Integer)
    shifted = column + literal_column(f"interval '{seconds} seconds'")
    return func.date(shifted), cast(func.date_part("hour", shifted), Integer)


def _seconds(later: Any, earlier: Any, dialect: str) -> ColumnElement[Any]:
    """Whole seconds from ``earlier`` to ``later``, both truncated to the second."""
    if dialect == "sqlite":
        if _UNIXEPOCH:  # the same whole seconds, without making text of them first
            return func.unixepoch(later, type_=Integer) - func.unixepoch(earlier, type_=Integer)
        return cast(func.strftime("%s", later), Integer) - cast(func.strftime("%s", earlier), Integer)
    return cast(func.date_part("epoch", func.date_trunc("second", later)), Integer) - cast(
        func.date_part("epoch", func.date_trunc("second", earlier)), Integer
    )


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def _text(value: Any) -> str:
    return str(getattr(value, "value", value))


#: Supply id -> (key, is an item).
_Supplies = dict[int, tuple[str, bool]]


def count_requests(
    connection: Connection,
    site_ids: list[int],
    zone: dt.tzinfo,
    start: dt.datetime,
    end: dt.datetime,
    out: DayCounts,
    only: ColumnElement[bool] | None = None,
    periods: Sequence[Span] | None = None,
) -> None:
    """Add the figures of the sites' requests created in [start, end) (and matching ``only``) to ``out``.

    The sites share ``zone``; one pass counts them all, grouped by site. With
    ``periods`` (local first and last days, covering [start, end)), every
    figure but the hours is filed under its period's first day.
    """
    dialect = connection.dialect.name
    supplies: _Supplies = {
        supply_id: (key, _text(kind) == "item")
        for supply_id, key, kind in connection.execute(select(Supply.id, Supply.key, Supply.kind))
    }
    for piece_start, piece_end, offset, file_under in windows(zone, start, end, periods):
        where = [Request.site_id.in_(site_ids), Request.created_at >= piece_start, Request.created_at < piece_end]
        if only is not None:
            where.append(only)
        _count_piece(connection, offset, and_(*where), dialect, out, file_under, supplies)


def _count_piece(
    connection: Connection,
    offset: int,
    where: ColumnElement[bool],
    dialect: str,
    out: DayCounts,
    file_under: dt.date | None,
    supplies: _Supplies,
) -> None:
    day, hour = _local(Request.created_at, offset, dialect)
    # Grouped by day in SQL, or filed under the period's day here.
    by_day: list[ColumnElement[Any]] = [day] if file_under is None else []
    days: dict[tuple[int, Any], Counter[tuple[str, str]]] = {}

    def add(site: int, day_value: Any, figure: str, key: Any, value: Any) -> None:
        if not value:
            return
        counts = days.get((site, day_value))
        if counts is None:
            counts = days[(site, day_value)] = out.setdefault((site, _day(day_value)), Counter())
        counts[(figure, str(key))] += int(value)

    def split(row: Sequence[Any]) -> tuple[int, Any, Sequence[Any]]:
        """(site, day, the rest) of a row that starts with the site and, grouped by day, the day."""
        if file_under is None:
            return row[0], row[1], row[2:]
        return row[0], file_under, row[1:]

    # Hours (and the encounters) need the weekday: always per local day and hour.
    for site, d, h, n in connection.execute(
        select(Request.site_id, day, hour, func.count()).where(where).group_by(Request.site_id, day, hour)
    ):
        add(site, d, "request", "", n)
        add(site, d, "hour", int(h), n)

    # Kind, language and outcome, from the request's own columns (whether a line
    # asks for an item, and whether one was given short, are kept on it).
    grouped = [
        Request.site_id, *by_day, Request.priority, Request.language, Request.status,
        Request.has_items, Request.given_short,
    ]
    for row in connection.execute(select(*grouped, func.count()).where(where).group_by(*grouped)):
        site, d, (priority, language, status, has_items, given_short, n) = split(row)
        if _text(priority) == "emergency":
            add(site, d, "kind", "emergency", n)
        else:
            add(site, d, "kind", "supplies" if has_items else "services", n)
        add(site, d, "language", language or "", n)
        outcome = _text(status)
        if outcome in _OPEN:
            outcome = "open"
        elif outcome == "fulfilled" and given_short:
            outcome = "part_fulfilled"
        add(site, d, "status", outcome, n)

    # Waits (normal requests, to ready) and response times (emergencies, to an
    # answer) in one pass; SQL divides by the step, negative times count as 0.
    normal, emergency = Request.priority == Priority.NORMAL, Request.priority == Priority.EMERGENCY
    ready = func.coalesce(Request.ready_at, case((Request.status == RequestStatus.FULFILLED, Request.closed_at)))
    answered = func.coalesce(Request.acknowledged_at, Request.claimed_at)
    steps = (
        case(
            (normal, _seconds(ready, Request.created_at, dialect)),
            else_=_seconds(answered, Request.created_at, dialect),
        )
        // WAIT_STEP_S
    )
    timed = [Request.site_id, *by_day, Request.priority, steps]
    for row in connection.execute(
        select(*timed, func.count())
        .where(where, or_(and_(normal, ready.is_not(None)), and_(emergency, answered.is_not(None))))
        .group_by(*timed)
    ):
        site, d, (priority, step, n) = split(row)
        figure = "wait" if _text(priority) == "normal" else "response"
        add(site, d, figure, max(0, int(step)) * WAIT_STEP_S, n)

    # Lines per supply: asked, given (of fulfilled requests), given short.
    their_lines = RequestLine.request_id == Request.id
    if dialect == "postgresql":
        # Left to itself PostgreSQL reads every line there is to hash-join them;
        # the requests' id range lets it read only theirs, from the lines' index.
        # ("+ 0": from the requests' range in the counting index, not by walking
        # the primary key from one end until a request of the range turns up.)
        ids = Request.id + 0
        low, high = connection.execute(select(func.min(ids), func.max(ids)).where(where)).one()
        if low is None:
            return
        their_lines = and_(their_lines, RequestLine.request_id.between(low, high))
    fulfilled = Request.status == RequestStatus.FULFILLED
    given = func.coalesce(RequestLine.quantity_given, 0)
    is_short = and_(fulfilled, given < RequestLine.quantity)
    per_supply = [Request.site_id, *by_day, RequestLine.supply_id]
    lines = (
        select(
            *per_supply,
            func.sum(RequestLine.quantity),
            func.count(),
            func.sum(case((fulfilled, given), else_=0)),
            func.sum(case((is_short, 1), else_=0)),
            func.sum(case((is_short, RequestLine.quantity - given), else_=0)),
            func.max(case((fulfilled, 1), else_=0)),
        )
        .select_from(Request)
        .join(RequestLine, their_lines)
        .where(where)
        .group_by(*per_supply)
    )
    for row in connection.execute(lines):
        site, d, (supply_id, asked, n, handed, short_lines, short_quantity, any_fulfilled) = split(row)
        key, is_item = supplies[supply_id]
        add(site, d, "asked", key, asked)
        if not is_item:
            add(site, d, "service", key, n)
        if any_fulfilled:
            add(site, d, "given", key, handed)
        add(site, d, "short_lines", key, short_lines)
        add(site, d, "short_quantity", key, short_quantity)


def stock_by_day(
    connection: Connection,
    supply_ids: list[int],
    zone: dt.tzinfo,
    start: dt.datetime,
    end: dt.datetime,
    periods: Sequence[Span] | None = None,
) -> Iterator[tuple[int, str, dt.date, int]]:
    """(supply id, reason, local day, sum of deltas) for movements in [start, end).

    With ``periods``, the day is the first of the movement's period.
    """
    dialect = connection.dialect.name
    for piece_start, piece_end, offset, file_under in windows(zone, start, end, periods):
        day, _hour = _local(StockMovement.at, offset, dialect)
        by_day: list[ColumnElement[Any]] = [day] if file_under is None else []
        grouped = [StockMovement.supply_id, StockMovement.reason, *by_day]
        query = (
            select(*grouped, func.sum(StockMovement.delta))
            .where(
                StockMovement.supply_id.in_(supply_ids), StockMovement.at >= piece_start, StockMovement.at < piece_end
            )
            .group_by(*grouped)
        )
        for row in connection.execute(query):
            values: tuple[Any, ...] = tuple(row)
            supply_id, reason, d = values[0], values[1], values[2] if file_under is None else file_under
            yield supply_id, reason, _day(d), int(values[-1] or 0)


__all__ = ["MAX_PERIOD_PASSES", "count_requests", "offset_pieces", "stock_by_day", "utc_bounds", "windows"]
