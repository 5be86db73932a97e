"""Funder reports: what a site (or every site) did over a range of days.

Each figure is read from two places and added up: the tallies that purged
requests (and the kiosk's page views, and returned sharps) left behind, and
the requests still in the database, counted by the same queries
(:func:`kiosk.data.live_counts.count_requests`). A purge moves a request from one
to the other without changing any total.

Days and hours are the site's own (the ``time_zone`` setting). Emergency
response times run from the tap to the moment a staff member answered ("I'm
going", or their claim). Overdose figures (responses, naloxone doses,
emergency services called, outcomes, false alarms, times to the first
responder and to closing) come from the response records staff fill in when
they close an emergency (:mod:`kiosk.data.overdose_counts`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, func, select

from kiosk import __version__
from kiosk.data import overdose_counts as od
from kiosk.data.clock import Clock, utc_now
from kiosk.data.db import Database
from kiosk.data.dto import Actor
from kiosk.data.live_counts import count_requests, stock_by_day, utc_bounds
from kiosk.data.models import Site, StockMovement, Supply
from kiosk.data.report_model import GROUPINGS, Period, Report, ReportRow
from kiosk.data.settings import SettingsService, SiteSettings
from kiosk.data.tallies import Counts, DayCounts, read_tallies, site_zone
from kiosk.data.voice import count_others, read_voice_tallies
from kiosk.data.voice_report import with_voice_rows
from kiosk.errors import KioskError

MAX_DAYS = 3 * 366
#: How long one report's read may take on PostgreSQL, where each ordinary unit
#: of work is bounded to a few seconds.
REPORT_TIME_LIMIT_S = 60.0
RECEIVED_REASONS = frozenset({"initial", "restock"})
OUTCOMES = ("fulfilled", "part_fulfilled", "cancelled", "no_show", "open")
KINDS = ("supplies", "services", "emergency")
OVERDOSE_OUTCOMES = ("responsive", "transported", "refused_transport", "other", "not_recorded")


class ReportError(KioskError):
    """A report that can't be made as asked (a reversed range, an unknown site...)."""


def periods_for(first: dt.date, last: dt.date, by: str) -> tuple[Period, ...]:
    """``first``..``last`` cut into days, weeks (from Monday) or calendar months."""
    if by not in GROUPINGS:
        raise ReportError(f"Group by day, week or month, not {by!r}.")
    periods: list[Period] = []
    start = first
    while start <= last:
        if by == "day":
            end = start
        elif by == "week":
            end = start + dt.timedelta(days=6 - start.weekday())
        else:
            following = (start.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
            end = following - dt.timedelta(days=1)
        periods.append(Period(start, min(end, last)))
        start = min(end, last) + dt.timedelta(days=1)
    return tuple(periods)


def percentile(histogram: Counter[int], share: float) -> int | None:
    """The nearest-rank percentile of values counted in ``histogram`` (None when empty)."""
    total = sum(histogram.values())
    if total == 0:
        return None
    rank = max(1, math.ceil(share * total))
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return value
    raise AssertionError("unreachable")


class ReportService:
    def __init__(self, db: Database, site_id: int = 1, clock: Clock = utc_now, version: str = __version__) -> None:
        self._db = db
        self._site_id = site_id
        self._clock = clock
        self._version = version

    def sites(self) -> list[tuple[int, str]]:
        with self._db.read_scope() as session:
            return [(row.id, row.name) for row in session.execute(select(Site.id, Site.name).order_by(Site.id))]

    def build(
        self, first: dt.date, last: dt.date, by: str = "month", site_id: int | None = None, *, asked_by: Actor
    ) -> Report:
        """The report for days ``first``..``last`` (both included); ``site_id`` None means every site.

        ``asked_by`` must be an admin (or a system actor such as kiosk-admin).
        Another site's report, or every site's where there are several, is an
        organisation admin's; a site's own admin asking for every site gets
        their own site's (the report names it).
        """
        site_id = self._check_may_view(asked_by, site_id)
        if last < first:
            raise ReportError("The range ends before it starts.", hint="Put the earlier date first.")
        if (last - first).days >= MAX_DAYS:
            raise ReportError("That range is too long for one report.", hint="Ask for three years at most.")
        periods = periods_for(first, last, by)
        # One consistent read; a year of five sites may take longer than an ordinary unit.
        with self._db.read_scope(time_limit_s=REPORT_TIME_LIMIT_S) as session, _roomy_cache(session.connection()):
            connection = session.connection()
            sites = dict(connection.execute(select(Site.id, Site.name).order_by(Site.id)).all())
            if site_id is not None and site_id not in sites:
                raise ReportError(f"There is no site number {site_id}.")
            chosen = [site_id] if site_id is not None else list(sites)
            settings = {sid: SettingsService(self._db, sid).load_in(session) for sid in chosen}
            supplies = _supplies(connection, chosen)
            spans = [(p.first, p.last) for p in periods]
            counts = read_tallies(connection, first, last, site_id, periods=spans)
            voice = read_voice_tallies(connection, first, last, site_id)
            zones: dict[str, list[int]] = {}
            for sid in chosen:
                zones.setdefault(settings[sid].time_zone, []).append(sid)
            for zone_name, zone_sites in zones.items():
                zone = site_zone(zone_name)
                start, end = utc_bounds(first, last, zone)
                count_requests(connection, zone_sites, zone, start, end, counts, periods=spans)
                od.count_responses(connection, zone_sites, zone, start, end, counts)
                count_others(connection, zone_sites, zone, start, end, voice)
            stock = _stock(connection, chosen, first, last, periods, settings, supplies)
        # Every site's share of the encounters, each hidden like any part of a total when small.
        shares = {sid: sites[sid] for sid in chosen} if site_id is None and len(chosen) > 1 else None
        rows = with_voice_rows(_rows(periods, counts, supplies, settings, stock, shares), periods, counts, voice)
        names: dict[str, dict[str, str]] = {}
        for _sid, key, _kind, _group, supply_names in supplies.values():
            names.setdefault(key, dict(supply_names))
        zone_names = sorted({s.time_zone for s in settings.values()})
        return Report(
            first=first,
            last=last,
            by=by,
            site_id=site_id,
            site_name=sites[site_id] if site_id is not None else ", ".join(sites[s] for s in chosen),
            periods=periods,
            rows=tuple(rows),
            made_at=self._clock(),
            version=self._version,
            time_zone=", ".join(zone_names),
            supply_names=names,
            small_count_threshold=max((s.small_count_threshold for s in settings.values()), default=5),
        )


    def _check_may_view(self, actor: Actor, site_id: int | None) -> int | None:
        """The site the report may cover for ``actor`` (None: every site), or NotAllowed."""
        from kiosk.data.rules import acting, may, require

        with self._db.read_scope() as session:
            who = acting(session, self._site_id, actor)
            require(who, "view_reports")
            if site_id == self._site_id or may(who, "view_all_sites"):
                return site_id
            if site_id is not None:
                require(who, "view_all_sites")
            several = session.scalar(select(func.count()).select_from(Site)) or 0
            return None if several <= 1 else self._site_id


# -- reading ------------------------------------------------------------------

#: SQLite page cache for one report's read, in KiB: a month of five sites reads
#: the same request pages in several passes, which the default 2 MiB can't hold.
REPORT_CACHE_KIB = 64 * 1024


@contextmanager
def _roomy_cache(connection: Connection) -> Iterator[None]:
    """A larger SQLite page cache while a report reads, then the connection's own again."""
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{REPORT_CACHE_KIB}")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(before or -2000)}")


_SupplyRow = tuple[int, str, str, str, dict[str, str]]  # site, key, kind, group, names


def _supplies(connection: Connection, sites: list[int]) -> dict[int, _SupplyRow]:
    rows = connection.execute(
        select(Supply.id, Supply.site_id, Supply.key, Supply.kind, Supply.report_group, Supply.names).where(
            Supply.site_id.in_(sites)
        )
    )
    return {
        row.id: (
            row.site_id,
            row.key,
            str(getattr(row.kind, "value", row.kind)),
            row.report_group or "",
            row.names or {},
        )
        for row in rows
    }


# Stock per period and supply key: opening, received, given, {reason: delta}, closing.
_StockFigures = dict[Period, dict[str, Counter[str]]]


def _stock(
    connection: Connection,
    sites: list[int],
    first: dt.date,
    last: dt.date,
    periods: tuple[Period, ...],
    settings: dict[int, SiteSettings],
    supplies: dict[int, _SupplyRow],
) -> _StockFigures:
    items = {sid: s for sid, s in supplies.items() if s[2] == "item"}
    current = dict(connection.execute(select(Supply.id, Supply.stock).where(Supply.id.in_(list(items)))).all())
    out: _StockFigures = {p: defaultdict(Counter) for p in periods}
    closing_now: Counter[str] = Counter()
    for site_id in sites:
        zone = site_zone(settings[site_id].time_zone)
        start, end = utc_bounds(first, last, zone)
        ids = [sid for sid, s in items.items() if s[0] == site_id]
        if not ids:
            continue
        later = dict(
            connection.execute(
                select(StockMovement.supply_id, func.sum(StockMovement.delta))
                .where(StockMovement.supply_id.in_(ids), StockMovement.at >= end)
                .group_by(StockMovement.supply_id)
            ).all()
        )
        for supply_id in ids:
            closing_now[items[supply_id][1]] += current.get(supply_id, 0) - int(later.get(supply_id) or 0)
        starts = [p.first for p in periods]
        spans = [(p.first, p.last) for p in periods]
        for supply_id, reason, day, delta in stock_by_day(connection, ids, zone, start, end, spans):
            period = periods[_index(starts, day)]
            key = items[supply_id][1]
            if reason in RECEIVED_REASONS:
                out[period]["received"][key] += delta
            elif reason == "fulfil":
                out[period]["given"][key] -= delta
            else:
                out[period]["adjusted"][f"{key}:{reason}"] += delta
            out[period]["net"][key] += delta
    closing = closing_now
    for period in reversed(periods):
        figures = out[period]
        figures["closing"] = Counter({k: closing[k] for k in closing})
        figures["opening"] = Counter({k: closing[k] - figures["net"][k] for k in closing})
        closing = figures["opening"]
    return out


def _index(starts: list[dt.date], day: dt.date) -> int:
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= day:
            low = middle
        else:
            high = middle - 1
    return low


# -- figures ------------------------------------------------------------------


def _rows(
    periods: tuple[Period, ...],
    counts: DayCounts,
    supplies: dict[int, _SupplyRow],
    settings: dict[int, SiteSettings],
    stock: _StockFigures,
    site_names: dict[int, str] | None = None,
) -> list[ReportRow]:
    """Every period's rows; with ``site_names``, each site's encounters as parts of the total too."""
    groups: dict[str, str] = {}
    for _site, key, _kind, group, _names in supplies.values():
        if group:
            groups.setdefault(key, group)
    all_groups = sorted(set(groups.values()))
    by_period: dict[Period, Counts] = {p: Counter() for p in periods}
    hours: dict[Period, Counter[str]] = {p: Counter() for p in periods}
    sharps: dict[Period, int] = {p: 0 for p in periods}
    by_site: dict[Period, Counter[int]] = {p: Counter() for p in periods}
    starts = [p.first for p in periods]
    for (site_id, day), figures in counts.items():
        if not periods[0].first <= day <= periods[-1].last:
            continue
        period = periods[_index(starts, day)]
        by_period[period].update(figures)
        by_site[period][site_id] += figures[("request", "")]
        for (figure, key), value in figures.items():
            if figure == "hour":
                hours[period][f"{day.weekday()}-{key}"] += value
        site_settings = settings.get(site_id)
        per_kg = site_settings.sharps_units_per_kg if site_settings else 0
        sharps[period] += figures[("sharps_units", "")] + figures[("sharps_grams", "")] * per_kg // 1000
    rows: list[ReportRow] = []
    for period in periods:
        rows.extend(_period_rows(period, by_period[period], hours[period], sharps[period], groups, all_groups))
        for sid, name in (site_names or {}).items():
            rows.append(ReportRow(period, "encounters_by_site", name, by_site[period][sid], ("encounters", "")))
        for figure in ("opening", "received", "given", "adjusted", "closing"):
            for key, value in sorted(stock[period][figure].items()):
                rows.append(ReportRow(period, f"stock_{figure}", key, value))
    return rows


def _period_rows(
    period: Period,
    c: Counts,
    hours: Counter[str],
    sharps: int,
    groups: dict[str, str],
    all_groups: list[str],
) -> list[ReportRow]:
    def keyed(figure: str) -> dict[str, int]:
        return {key: value for (name, key), value in c.items() if name == figure and value}

    total = ("encounters", "")
    rows = [ReportRow(period, "encounters", "", c[("request", "")])]
    rows += [ReportRow(period, "encounters_by_kind", k, c[("kind", k)], total) for k in KINDS]
    rows += [ReportRow(period, "encounters_by_language", k, v, total) for k, v in sorted(keyed("language").items())]
    rows += [ReportRow(period, "requests_by_outcome", k, c[("status", k)], total) for k in OUTCOMES]
    for figure, source in (
        ("emergency_response", "response"),
        ("wait", "wait"),
        ("overdose_to_first", od.TO_FIRST),
        ("overdose_to_close", od.TO_CLOSE),
    ):
        histogram = Counter({int(k): v for k, v in keyed(source).items()})
        n = sum(histogram.values())
        rows.append(ReportRow(period, f"{figure}_median_s", "", percentile(histogram, 0.5), observations=n))
        rows.append(ReportRow(period, f"{figure}_p90_s", "", percentile(histogram, 0.9), observations=n))
    given = keyed("given")
    for group in all_groups:
        rows.append(
            ReportRow(period, "given_by_group", group, sum(v for k, v in given.items() if groups.get(k) == group))
        )
    for key, value in sorted(given.items()):
        family = groups.get(key)
        rows.append(ReportRow(period, "given_by_supply", key, value, ("given_by_group", family) if family else None))
    rows += [ReportRow(period, "services_asked", k, v) for k, v in sorted(keyed("service").items())]
    rows += [ReportRow(period, "unmet_lines", k, v) for k, v in sorted(keyed("short_lines").items())]
    rows += [ReportRow(period, "unmet_quantity", k, v) for k, v in sorted(keyed("short_quantity").items())]
    rows += [ReportRow(period, "busiest_hours", k, v, total) for k, v in sorted(hours.items(), key=_hour_order) if v]
    rows.append(ReportRow(period, "sharps_returned", "", sharps))
    rows.append(ReportRow(period, "sharps_weight_g", "", c[("sharps_grams", "")]))
    views = keyed("page_view")
    rows.append(ReportRow(period, "page_views", "", sum(views.values())))
    rows += [ReportRow(period, "page_views", k, v, ("page_views", "")) for k, v in sorted(views.items())]
    rows.append(ReportRow(period, "information_only_sessions", "", c[("information_only", "")]))
    responses = ("overdose_responses", "")
    rows.append(ReportRow(period, "overdose_responses", "", c[(od.RESPONSES, "")]))
    rows.append(ReportRow(period, "overdose_naloxone_given", "", c[(od.NALOXONE_GIVEN, "")], responses))
    rows.append(ReportRow(period, "overdose_naloxone_doses", "", c[(od.DOSES, "")]))
    rows.append(ReportRow(period, "overdose_services_called", "", c[(od.SERVICES_CALLED, "")], responses))
    rows += [ReportRow(period, "overdose_outcomes", k, c[(od.OUTCOME, k)], responses) for k in OVERDOSE_OUTCOMES]
    rows.append(ReportRow(period, "overdose_false_alarms", "", c[(od.FALSE_ALARMS, "")]))
    return rows


def _hour_order(item: tuple[str, int]) -> tuple[int, int]:
    weekday, hour = item[0].split("-")
    return int(weekday), int(hour)
