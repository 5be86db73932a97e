"""Counting requests into daily tallies, and the tallies nothing else keeps.

A request adds up to a handful of figures for its site and local day (see
:mod:`kiosk.data.live_counts`). Reports count live requests with those
queries, and the retention purge writes exactly the same counts into
``report_tallies`` before deleting the rows, so a report reads the same
before and after a purge.

The kiosk's page views and information-only sessions, and the sharps staff
take back at the window, only ever exist as tallies: they are never linked to
a visit or a request.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import ColumnElement, Connection, Select, Table, case, func, literal_column, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from kiosk.data.audit import record
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import Actor
from kiosk.data.models import TALLY_FIGURES, ReportTally
from kiosk.data.settings import SettingsService
from kiosk.errors import KioskError

#: Waits and response times are kept in steps of this many seconds.
WAIT_STEP_S = 10
#: A report of more periods than this is read and counted per day, not per period.
MAX_PERIOD_PASSES = 24


def per_period(periods: Sequence[tuple[dt.date, dt.date]] | None) -> bool:
    """Whether to count ``periods`` one by one: a few, longer than a day (else per day, in one pass)."""
    return periods is not None and len(periods) <= MAX_PERIOD_PASSES and any(a != b for a, b in periods)

#: (figure, key) -> value for one site and day.
Counts = Counter[tuple[str, str]]
#: (site id, local day) -> counts.
DayCounts = dict[tuple[int, dt.date], Counts]


def site_zone(name: str) -> dt.tzinfo:
    """The zone a site counts its days in; UTC when the name is unknown."""
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return dt.UTC


def merge(into: DayCounts, more: DayCounts) -> DayCounts:
    for place, counts in more.items():
        into.setdefault(place, Counter()).update(counts)
    return into


def add_tallies(connection: Connection, counts: DayCounts) -> int:
    """Add ``counts`` to the stored tallies (an upsert per figure); returns rows touched."""
    rows = [
        {"site_id": site_id, "day": day, "figure": figure, "key": key, "value": value}
        for (site_id, day), figures in counts.items()
        for (figure, key), value in figures.items()
        if value
    ]
    if not rows:
        return 0
    dialect = connection.dialect.name
    table = _TALLIES
    if dialect == "postgresql":
        pg = postgresql.insert(table)
        statement = pg.on_conflict_do_update(
            index_elements=["site_id", "day", "figure", "key"], set_={"value": table.c.value + pg.excluded.value}
        )
        connection.execute(statement, rows)
    elif dialect == "sqlite":
        lite = sqlite.insert(table)
        upsert = lite.on_conflict_do_update(
            index_elements=["site_id", "day", "figure", "key"], set_={"value": table.c.value + lite.excluded.value}
        )
        connection.execute(upsert, rows)
    else:  # pragma: no cover - only the two engines are supported
        for row in rows:
            done = connection.execute(
                update(table)
                .where(
                    table.c.site_id == row["site_id"], table.c.day == row["day"],
                    table.c.figure == row["figure"], table.c.key == row["key"],
                )
                .values(value=table.c.value + row["value"])
            ).rowcount
            if not done:
                connection.execute(table.insert().values(**row))
    return len(rows)


def read_tallies(
    connection: Connection,
    first: dt.date,
    last: dt.date,
    site_id: int | None,
    figures: Iterable[str] = (),
    periods: Sequence[tuple[dt.date, dt.date]] | None = None,
) -> DayCounts:
    """The stored tallies for days ``first``..``last`` (one site, or all with None).

    With ``periods`` (first and last days), each period's tallies are summed
    by the database and filed under its first day, except the hours, which
    keep their own day (a report shows them by weekday).
    """
    table = _TALLIES
    wanted = tuple(figures)

    def narrowed(query: Select[Any]) -> Select[Any]:
        if site_id is not None:
            query = query.where(table.c.site_id == site_id)
        if wanted:
            query = query.where(table.c.figure.in_(wanted))
        return query

    out: DayCounts = {}
    if periods is None or not per_period(periods):
        query = select(table.c.site_id, table.c.day, table.c.figure, table.c.key, table.c.value).where(
            table.c.day >= first, table.c.day <= last
        )
        for site, day, figure, key, value in connection.execute(narrowed(query)):
            out.setdefault((site, day), Counter())[(figure, key)] += value
        return out
    hour_day = case((table.c.figure == literal_column("'hour'"), table.c.day))
    grouped: list[ColumnElement[Any]] = [table.c.site_id, table.c.figure, table.c.key, hour_day]
    for period_first, period_last in periods:
        summed: Select[Any] = (
            select(*grouped, func.sum(table.c.value))
            .where(table.c.day >= max(first, period_first), table.c.day <= min(last, period_last))
            .group_by(*grouped)
        )
        for row in connection.execute(narrowed(summed)):
            site, figure, key, day, value = tuple(row)
            place = (site, _as_date(day) if day is not None else period_first)
            out.setdefault(place, Counter())[(figure, key)] += int(value)
    return out


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


_TALLIES: Table = ReportTally.__table__  # type: ignore[assignment]


class TallyError(KioskError):
    """A tally that can't be recorded as given (a bad count or weight)."""


class TallyService:
    """Page views, information-only sessions and returned sharps for one site."""

    def __init__(self, db: Database, site_id: int = 1, clock: Clock = utc_now) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock
        self._settings = SettingsService(db, site_id)

    def page_opened(self, page_id: str, language: str) -> None:
        """A kiosk page was opened: counted per page, language and day, nothing more."""
        self._add({("page_view", f"{page_id[:60]}|{language[:8]}"): 1})

    def information_only_session(self) -> None:
        """A kiosk session read information and asked for nothing."""
        self._add({("information_only", ""): 1})

    def sharps_returned(self, count: int | None = None, weight_g: int | None = None, *, by: Actor) -> None:
        """Staff took back used sharps: a count, or a weight in grams."""
        from kiosk.data.rules import acting, require

        if (count is None) == (weight_g is None):
            raise TallyError("Give either a count or a weight.")
        amount = count if count is not None else weight_g
        if amount is None or isinstance(amount, bool) or amount <= 0 or amount > 1_000_000:
            raise TallyError("Enter a number above zero.")
        figure = "sharps_units" if count is not None else "sharps_grams"
        with self._db.session_scope() as session:
            who = acting(session, self._site_id, by)
            require(who, "record_sharps")
            self._add_in(session, {(figure, ""): int(amount)})
            record(
                session,
                site_id=self._site_id,
                staff_id=who.staff_id,
                action="sharps_returned",
                subject="sharps",
                detail={"count": count} if count is not None else {"weight_g": weight_g},
                at=self._clock(),
            )
            self._db.notify(session, "tallies", self._site_id)

    def _add(self, figures: Mapping[tuple[str, str], int]) -> None:
        with self._db.session_scope() as session:
            self._add_in(session, figures)

    def _add_in(self, session: Session, figures: Mapping[tuple[str, str], int]) -> None:
        assert all(figure in TALLY_FIGURES for figure, _ in figures)
        zone = site_zone(self._settings.load_in(session).time_zone)
        day = self._clock().astimezone(zone).date()
        add_tallies(session.connection(), {(self._site_id, day): Counter(figures)})
