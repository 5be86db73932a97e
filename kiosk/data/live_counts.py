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
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from typing import Any

from sqlalchemy import ColumnElement, Connection, Integer, String, and_, case, cast, func, literal_column, select

from kiosk.data.models import Request, RequestLine, StockMovement, Supply
from kiosk.data.tallies import WAIT_STEP_S, DayCounts

_STEP = dt.timedelta(minutes=15)


def offset_pieces(
    zone: dt.tzinfo, start: dt.datetime, end: dt.datetime
) -> Iterator[tuple[dt.datetime, dt.datetime, int]]:
    """[start, end) cut where ``zone``'s UTC offset changes: (from, to, offset in seconds)."""

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
        return cast(func.strftime("%s", later), Integer) - cast(func.strftime("%s", earlier), Integer)
    return cast(func.date_part("epoch", func.date_trunc("second", later)), Integer) - cast(
        func.date_part("epoch", func.date_trunc("second", earlier)), Integer
    )


def _step(seconds: ColumnElement[Any]) -> ColumnElement[Any]:
    return case((seconds < 0, 0), else_=(seconds // WAIT_STEP_S) * WAIT_STEP_S)


def _day(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def count_requests(
    connection: Connection,
    site_ids: list[int],
    zone: dt.tzinfo,
    start: dt.datetime,
    end: dt.datetime,
    out: DayCounts,
    only: ColumnElement[bool] | None = None,
) -> None:
    """Add the figures of the sites' requests created in [start, end) (and matching ``only``) to ``out``.

    The sites share ``zone``; one pass counts them all, grouped by site.
    """
    dialect = connection.dialect.name
    for piece_start, piece_end, offset in offset_pieces(zone, start, end):
        where = [Request.site_id.in_(site_ids), Request.created_at >= piece_start, Request.created_at < piece_end]
        if only is not None:
            where.append(only)
        _count_piece(connection, offset, and_(*where), dialect, out)


def _count_piece(connection: Connection, offset: int, where: ColumnElement[bool], dialect: str, out: DayCounts) -> None:
    day, hour = _local(Request.created_at, offset, dialect)
    # Per request: has it an item line, and was a line given short? One pass over its lines.
    flags = (
        select(
            RequestLine.request_id.label("request_id"),
            func.max(case((Supply.kind == "item", 1), else_=0)).label("has_item"),
            func.max(case((func.coalesce(RequestLine.quantity_given, 0) < RequestLine.quantity, 1), else_=0)).label(
                "short"
            ),
        )
        .select_from(Request)
        .join(RequestLine, RequestLine.request_id == Request.id)
        .join(Supply, Supply.id == RequestLine.supply_id)
        .where(where)
        .group_by(RequestLine.request_id)
        .subquery()
    )
    has_item = func.coalesce(flags.c.has_item, 0) == 1
    short = func.coalesce(flags.c.short, 0) == 1
    kind = case((Request.priority == "emergency", "emergency"), (has_item, "supplies"), else_="services")
    status = case(
        (Request.status.in_(("pending", "in_progress", "ready")), "open"),
        (and_(Request.status == "fulfilled", short), "part_fulfilled"),
        else_=cast(Request.status, String(20)),
    )
    language = func.coalesce(Request.language, "")

    days: dict[tuple[int, Any], Counter[tuple[str, str]]] = {}

    def add(site: int, day_value: Any, figure: str, key: Any, value: Any) -> None:
        counts = days.get((site, day_value))
        if counts is None:
            counts = days[(site, day_value)] = out.setdefault((site, _day(day_value)), Counter())
        counts[(figure, str(key))] += int(value)

    # Hours need no lines: a narrow pass over the requests' own index. The
    # other figures are grouped apart from the hour, which keeps the groups
    # (and the rows sent back) some twenty times fewer.
    for site, d, h, n in connection.execute(
        select(Request.site_id, day, hour, func.count()).where(where).group_by(Request.site_id, day, hour)
    ):
        add(site, d, "request", "", n)
        add(site, d, "hour", int(h), n)
    grouped = (
        select(Request.site_id, day, kind, language, status, func.count())
        .select_from(Request)
        .outerjoin(flags, flags.c.request_id == Request.id)
        .where(where)
        .group_by(Request.site_id, day, kind, language, status)
    )
    for site, d, k, lang, st, n in connection.execute(grouped):
        add(site, d, "kind", k, n)
        add(site, d, "language", lang, n)
        add(site, d, "status", st, n)

    ready = func.coalesce(Request.ready_at, case((Request.status == "fulfilled", Request.closed_at)))
    wait = _step(_seconds(ready, Request.created_at, dialect))
    for site, d, bucket, n in connection.execute(
        select(Request.site_id, day, wait, func.count())
        .where(where, Request.priority == "normal", ready.is_not(None))
        .group_by(Request.site_id, day, wait)
    ):
        add(site, d, "wait", int(bucket), n)
    answered = func.coalesce(Request.acknowledged_at, Request.claimed_at)
    response = _step(_seconds(answered, Request.created_at, dialect))
    for site, d, bucket, n in connection.execute(
        select(Request.site_id, day, response, func.count())
        .where(where, Request.priority == "emergency", answered.is_not(None))
        .group_by(Request.site_id, day, response)
    ):
        add(site, d, "response", int(bucket), n)

    fulfilled = Request.status == "fulfilled"
    given = func.coalesce(RequestLine.quantity_given, 0)
    is_short = and_(fulfilled, given < RequestLine.quantity)
    lines = (
        select(
            Request.site_id,
            day,
            Supply.key,
            func.sum(RequestLine.quantity),
            func.sum(case((Supply.kind == "service", 1), else_=0)),
            func.sum(case((fulfilled, given), else_=0)),
            func.sum(case((is_short, 1), else_=0)),
            func.sum(case((is_short, RequestLine.quantity - given), else_=0)),
            func.max(case((fulfilled, 1), else_=0)),
        )
        .select_from(Request)
        .join(RequestLine, RequestLine.request_id == Request.id)
        .join(Supply, Supply.id == RequestLine.supply_id)
        .where(where)
        .group_by(Request.site_id, day, Supply.key)
    )
    for site, d, key, asked, services, handed, short_lines, short_quantity, any_fulfilled in connection.execute(lines):
        add(site, d, "asked", key, asked)
        if services:
            add(site, d, "service", key, services)
        if any_fulfilled:
            add(site, d, "given", key, handed)
        if short_lines:
            add(site, d, "short_lines", key, short_lines)
            add(site, d, "short_quantity", key, short_quantity)


def stock_by_day(
    connection: Connection, supply_ids: list[int], zone: dt.tzinfo, start: dt.datetime, end: dt.datetime
) -> Iterator[tuple[int, str, dt.date, int]]:
    """(supply id, reason, local day, sum of deltas) for movements in [start, end)."""
    dialect = connection.dialect.name
    for piece_start, piece_end, offset in offset_pieces(zone, start, end):
        day, _hour = _local(StockMovement.at, offset, dialect)
        query = (
            select(StockMovement.supply_id, StockMovement.reason, day, func.sum(StockMovement.delta))
            .where(
                StockMovement.supply_id.in_(supply_ids), StockMovement.at >= piece_start, StockMovement.at < piece_end
            )
            .group_by(StockMovement.supply_id, StockMovement.reason, day)
        )
        for supply_id, reason, d, delta in connection.execute(query):
            yield supply_id, reason, _day(d), int(delta or 0)


__all__ = ["count_requests", "offset_pieces", "stock_by_day"]
