"""A year of five sites: how long a monthly report takes, how fast a purge goes,
and how long a kiosk's submit waits while the purge runs.

The year (about 500,000 requests at --scale 1, with one to three lines each,
their stock movements and an audit event each) is loaded with bulk inserts
(COPY on PostgreSQL). Then, per engine:

- ``monthly_report_s``: the slowest of two all-sites monthly reports, one on
  a month of live rows (before the purge) and one on a month already rolled
  into tallies (after it);
- ``purge_rows_per_s``: requests purged per second by the retention purge
  (345 days kept, so the oldest three weeks go), with its pauses between
  batches;
- the longest a submit took while the purge ran (one submit every 20 ms from
  another process, as a kiosk would); ``max_submit_wait_ms`` at the top is the
  larger of the two engines'. Beside it, ``max_submit_alone_ms`` is the longest
  of the same submits for ten seconds with no purge, on the same machine just
  before, and ``submit_wait_ratio`` the one over the other: a busy machine
  slows every submit, and the ratio shows what the purge adds;
- ``monthly_report_cpu_s`` (SQLite): the CPU time of the slowest report in the
  bench's own process, where SQLite does its work, which a loaded machine
  changes far less than the wall time;
- ``monthly_report_baseline_ratio``: the slowest report's time over that of a
  plain count of the same month's requests per site and day, run just before
  it on the same database: a figure the machine's load hardly moves.

PostgreSQL comes from ``KIOSK_BENCH_PG_URL`` or ``KIOSK_TEST_PG_URL`` (a scratch
database: its public schema is dropped and recreated).

    python bench/reports.py [--scale 1.0] [--engines sqlite,postgresql]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import create_engine, func, select, text, update  # noqa: E402

from kiosk.data.codes import ALPHABET  # noqa: E402
from kiosk.data.db import Database, open_database  # noqa: E402
from kiosk.data.dto import Actor  # noqa: E402
from kiosk.data.models import Request, Site, Supply  # noqa: E402
from kiosk.data.queue import QueueService  # noqa: E402
from kiosk.data.reports import ReportService  # noqa: E402
from kiosk.data.retention import RetentionService  # noqa: E402
from kiosk.data.settings import SettingsService  # noqa: E402
from kiosk.data.setup import ensure_site, load_catalog, read_catalog  # noqa: E402

SITES = 5
RETENTION_DAYS = 345  # the oldest three weeks or so go
YEAR_REQUESTS = 500_000
UTC = dt.UTC
WEIGHTS = {  # how often each supply is on a line
    "syringe-1ml": 30, "syringe-half-ml": 12, "cookers": 14, "filters": 10, "sterile-water": 10,
    "alcohol-swabs": 10, "glass-stems": 12, "mouthpieces": 8, "naloxone-nasal": 8, "naloxone-injectable": 3,
    "fentanyl-test-strips": 9, "xylazine-test-strips": 4, "condoms": 8, "wound-care-kit": 4, "snorting-kits": 3,
    "peer-worker": 3, "nurse-wound-check": 2, "housing-help": 2, "drug-checking": 1,
}


def generate(scale: float, now: dt.datetime, seed: int = 11) -> dict[str, list[tuple]]:
    """Rows for requests, lines, stock movements and audit events (supplies by (site, key))."""
    rng = random.Random(seed)
    catalogue = {entry.key: entry for entry in read_catalog()}
    keys = list(WEIGHTS)
    weights = [WEIGHTS[k] for k in keys]
    total = int(YEAR_REQUESTS * scale)
    start = now - dt.timedelta(days=365)
    requests, lines, moves, audit = [], [], [], []
    line_id = 0
    for request_id in range(1, total + 1):
        site = 1 + request_id % SITES
        day = start + dt.timedelta(days=(request_id - 1) * 365 / total)
        created = day.replace(hour=0, minute=0, second=0, microsecond=0) + dt.timedelta(
            hours=rng.choice((9, 10, 11, 12, 13, 14, 15, 16, 17, 18)), seconds=rng.randint(0, 3599)
        )
        if created >= now - dt.timedelta(hours=2):
            created = now - dt.timedelta(hours=3, seconds=rng.randint(0, 3600))
        emergency = rng.random() < 0.02
        roll = rng.random()
        status = "fulfilled" if roll < 0.9 else ("cancelled" if roll < 0.95 else "no_show")
        claimed = created + dt.timedelta(seconds=rng.randint(20, 600))
        ready = (
            claimed + dt.timedelta(seconds=rng.randint(30, 300)) if status == "fulfilled" and not emergency else None
        )
        closed = (ready or claimed) + dt.timedelta(seconds=rng.randint(10, 300))
        code = "".join(rng.choice(ALPHABET) for _ in range(3))
        lang = rng.choices(("en", "fr", "es"), (7, 2, 1))[0]
        requests.append(
            (
                request_id,
                site,
                code,
                status,
                "emergency" if emergency else "normal",
                created,
                claimed,
                ready,
                closed,
                claimed if emergency else None,
                lang,
                "visitor_left" if status == "cancelled" else None,
            )
        )
        audit.append(
            (
                site,
                {"fulfilled": "fulfil", "cancelled": "cancel", "no_show": "no_show"}[status],
                f"request {code}",
                closed,
            )
        )
        if emergency:
            continue
        for key in set(rng.choices(keys, weights, k=rng.choice((1, 1, 2, 2, 2, 3, 3)))):
            entry = catalogue[key]
            quantity = rng.randint(1, entry.limit)
            given = None
            if status == "fulfilled":
                given = quantity if rng.random() > 0.08 else rng.randint(0, quantity - 1)
            line_id += 1
            lines.append((line_id, request_id, (site, key), quantity, given))
            if given and entry.kind == "item":
                moves.append(((site, key), -given, "fulfil", request_id, closed))
    for site in range(1, SITES + 1):
        for key, entry in catalogue.items():
            if entry.kind == "item":
                for week in range(52):
                    moves.append(((site, key), 5000, "restock", None, start + dt.timedelta(days=7 * week, hours=8)))
    return {"requests": requests, "lines": lines, "moves": moves, "audit": audit}


def prepare(url: str) -> Database:
    if url.startswith("postgresql"):
        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    db = open_database(url)
    first = ensure_site(db)
    with db.session_scope() as session:
        for n in range(2, SITES + 1):
            session.add(Site(id=n, name=f"Site {n}", created_at=dt.datetime(2025, 1, 1, tzinfo=UTC)))
    entries = read_catalog()
    for site in range(first, SITES + 1):
        load_catalog(db, entries, site)
    return db


def _naive(value: dt.datetime | None) -> dt.datetime | None:
    return None if value is None else value.astimezone(UTC).replace(tzinfo=None)


def _sqlite_text(row: tuple) -> tuple:
    """Datetimes as the kiosk's SQLite columns hold them (always with microseconds)."""
    return tuple(v.strftime("%Y-%m-%d %H:%M:%S.%f") if isinstance(v, dt.datetime) else v for v in row)


def load(db: Database, rows: dict[str, list[tuple]]) -> float:
    """Bulk-load the generated rows; returns seconds taken."""
    started = time.monotonic()
    with db.session_scope() as session:
        supplies = {(s, k): i for i, s, k in session.execute(select(Supply.id, Supply.site_id, Supply.key))}
    # The flags a submit and a hand-over write for reports.
    kinds = {entry.key: entry.kind for entry in read_catalog()}
    with_items = {r for _i, r, (_s, key), _q, _g in rows["lines"] if kinds[key] == "item"}
    short = {r for _i, r, _sk, quantity, given in rows["lines"] if (given or 0) < quantity}
    requests = [
        (
            i, s, c, st, p, _naive(cr), _naive(cl), _naive(rd), _naive(cd), _naive(ack), lang, reason, 2,
            i in with_items, st == "fulfilled" and i in short,
        )
        for i, s, c, st, p, cr, cl, rd, cd, ack, lang, reason in rows["requests"]
    ]
    lines = [(i, r, supplies[sk], q, g) for i, r, sk, q, g in rows["lines"]]
    moves = [(supplies[sk], d, reason, "", r, _naive(at)) for sk, d, reason, r, at in rows["moves"]]
    audit = [(s, action, subject, "{}", _naive(at)) for s, action, subject, at in rows["audit"]]
    tables = (
        (
            "requests",
            "id, site_id, pickup_code, status, priority, created_at, claimed_at, ready_at, closed_at, "
            "acknowledged_at, language, cancel_reason, version, has_items, given_short",
            requests,
        ),
        ("request_lines", "id, request_id, supply_id, quantity, quantity_given", lines),
        ("stock_movements", "supply_id, delta, reason, note, request_id, at", moves),
        ("audit_events", "site_id, action, subject, detail, at", audit),
    )
    raw = db.engine.raw_connection()
    try:
        if db.is_sqlite:
            cursor = raw.cursor()
            cursor.execute("BEGIN")  # the engine's connections run in autocommit: one transaction, not one per row
            for table, columns, data in tables:
                marks = ", ".join("?" for _ in columns.split(","))
                cursor.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", map(_sqlite_text, data))
            raw.commit()
        else:
            connection = raw.driver_connection
            with connection.cursor() as cursor:
                # The stations' own few-second bound on a statement is not for a bulk load.
                cursor.execute("SET statement_timeout = 0")
                for table, columns, data in tables:
                    with cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
                        for row in data:
                            copy.write_row(row)
                cursor.execute("SELECT setval('requests_id_seq', (SELECT max(id) FROM requests))")
                cursor.execute("SELECT setval('request_lines_id_seq', (SELECT max(id) FROM request_lines))")
            connection.commit()
            connection.autocommit = True  # VACUUM runs outside a transaction, as autovacuum would
            connection.execute("VACUUM ANALYZE")
            connection.execute("RESET statement_timeout")
            connection.autocommit = False
    finally:
        raw.close()
    with db.session_scope() as session:
        totals = dict(
            session.execute(text("SELECT supply_id, SUM(delta) FROM stock_movements GROUP BY supply_id")).all()
        )
        for supply_id, stock in totals.items():
            session.execute(update(Supply).where(Supply.id == supply_id).values(stock=max(0, int(stock))))
    if db.is_sqlite:
        with db.engine.connect() as connection:
            connection.exec_driver_sql("ANALYZE")
    return time.monotonic() - started


def submit_loop(url: str, ready: Any, stop: Any, answers: Any) -> None:
    """One submit every 20 ms until ``stop``; sends back how long each took (ms).

    The submits go to each site in turn: they stay open, and one site's
    pickup codes (19 ** 3) would run out during a long purge on a slow machine.
    """
    db = open_database(url)
    queues = [QueueService(db, site) for site in range(1, SITES + 1)]
    for queue in queues:
        queue.submit([("condoms", 1)])  # warm the caches and the connection
    waits: list[float] = []
    ready.set()
    turn = 0
    while not stop.is_set():
        started = time.monotonic()
        queues[turn % SITES].submit([("condoms", 1)], language="en")
        waits.append((time.monotonic() - started) * 1000)
        turn += 1
        stop.wait(0.02)
    db.dispose()
    answers.put(waits)


def month_before(day: dt.date, months: int) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    for _ in range(months):
        first = (first - dt.timedelta(days=1)).replace(day=1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    return first, last


CPU_SECONDS: list[float] = []  # the process's own CPU time per report (SQLite runs in-process)
BASELINE_SECONDS: list[float] = []  # the baseline query's time just before each report


def baseline(db: Database, first: dt.date, last: dt.date) -> float:
    """Seconds for a plain count of the month's requests per site and UTC day, the yardstick
    that shows how loaded the machine is at the moment of each report."""
    start = dt.datetime.combine(first, dt.time(), UTC)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), UTC)
    day = func.date(Request.created_at)
    query = (
        select(Request.site_id, day, func.count())
        .where(Request.site_id.in_(list(range(1, SITES + 1))), Request.created_at >= start, Request.created_at < end)
        .group_by(Request.site_id, day)
    )
    with db.read_scope() as session:
        started = time.monotonic()
        session.execute(query).all()
        return time.monotonic() - started


def timed_report(db: Database, first: dt.date, last: dt.date) -> tuple[float, int]:
    BASELINE_SECONDS.append(baseline(db, first, last))
    service = ReportService(db)
    started, cpu = time.monotonic(), time.process_time()
    report = service.build(first, last, "month", None, asked_by=Actor.system("bench"))
    CPU_SECONDS.append(time.process_time() - cpu)
    return time.monotonic() - started, int(report.value("encounters") or 0)


def submit_waits(url: str, during: Any = None, seconds: float = 0.0) -> tuple[list[float], Any]:
    """A kiosk submitting from its own process while ``during()`` runs (or for ``seconds``)."""
    context = multiprocessing.get_context("spawn")
    ready, stop, answers = context.Event(), context.Event(), context.Queue()
    kiosk = context.Process(target=submit_loop, args=(url, ready, stop, answers))
    kiosk.start()
    ready.wait(60)
    try:
        result = during() if during is not None else time.sleep(seconds)
    finally:
        stop.set()
    waits: list[float] = answers.get(timeout=60)
    kiosk.join(30)
    return waits, result


def run_engine(url: str, rows: dict[str, list[tuple]], now: dt.datetime) -> dict[str, float]:
    db = prepare(url)
    CPU_SECONDS.clear()
    BASELINE_SECONDS.clear()
    try:
        loaded_s = load(db, rows)
        print(f"  loaded {len(rows['requests'])} requests, {len(rows['lines'])} lines in {loaded_s:.1f} s", flush=True)
        live_month = month_before(now.date(), 1)
        old_month = month_before(now.date(), 12)
        live_s, live_n = timed_report(db, *live_month)
        old_before_s, old_n = timed_report(db, *old_month)
        print(f"  monthly report, live month {live_month[0]}: {live_s:.2f} s ({live_n} encounters)", flush=True)
        print(f"  monthly report, month {old_month[0]} before the purge: {old_before_s:.2f} s", flush=True)

        for site in range(1, SITES + 1):
            SettingsService(db, site).update(by=Actor.system("bench"), retention_days=RETENTION_DAYS)
        # A kiosk submits from its own process, as on a real site: first alone
        # (the same machine's floor), then while the purge runs.
        alone, _ = submit_waits(url, seconds=10.0)
        waits, result = submit_waits(url, RetentionService(db).purge)
        print(
            f"  purged {result.requests} requests in {result.seconds:.1f} s ({result.batches} batches); "
            f"{len(waits)} submits meanwhile, slowest {max(waits):.1f} ms "
            f"(alone: {len(alone)} submits, slowest {max(alone):.1f} ms)",
            flush=True,
        )
        old_after_s, old_after_n = timed_report(db, *old_month)
        live_after_s, live_after_n = timed_report(db, *live_month)
        assert (old_after_n, live_after_n) == (old_n, live_n), (
            f"a purge changed a total: {(old_n, live_n)} -> {(old_after_n, live_after_n)}"
        )
        print(
            f"  monthly report after the purge: {old_after_s:.2f} s (tallies), {live_after_s:.2f} s (live)", flush=True
        )
        times = [live_s, old_before_s, old_after_s, live_after_s]
        slowest = times.index(max(times))
        print(
            "  reports / baseline query: "
            + ", ".join(f"{t:.3f} / {b:.3f} s" for t, b in zip(times, BASELINE_SECONDS, strict=True)),
            flush=True,
        )
        return {
            "monthly_report_s": round(max(times), 3),
            # The slowest report over the plain count just before it: the share of
            # the time that is the report's own work, whatever the machine's load.
            "monthly_report_baseline_ratio": round(times[slowest] / BASELINE_SECONDS[slowest], 1),
            "purge_rows_per_s": round(result.requests / result.seconds, 1) if result.seconds else 0.0,
            "max_submit_wait_ms": round(max(waits), 1),
            "max_submit_alone_ms": round(max(alone), 1),
            "submit_wait_ratio": round(max(waits) / max(alone), 2),
        } | ({"monthly_report_cpu_s": round(max(CPU_SECONDS), 3)} if db.is_sqlite else {})
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="share of the 500,000 requests to make")
    parser.add_argument("--engines", default="sqlite,postgresql")
    args = parser.parse_args()
    now = dt.datetime.now(UTC)
    started = time.monotonic()
    rows = generate(args.scale, now)
    print(f"generated {len(rows['requests'])} requests in {time.monotonic() - started:.1f} s", flush=True)
    results: dict[str, object] = {}
    waits = []
    for engine in args.engines.split(","):
        if engine == "sqlite":
            with tempfile.TemporaryDirectory(prefix="kiosk-bench-") as tmp:
                print("sqlite:", flush=True)
                figures = run_engine(f"sqlite:///{Path(tmp) / 'bench.db'}", rows, now)
        else:
            url = os.environ.get("KIOSK_BENCH_PG_URL") or os.environ.get("KIOSK_TEST_PG_URL")
            if not url:
                print("postgresql: skipped (set KIOSK_BENCH_PG_URL or KIOSK_TEST_PG_URL)", flush=True)
                continue
            print("postgresql:", flush=True)
            figures = run_engine(url, rows, now)
        waits.append(figures["max_submit_wait_ms"])
        results[engine] = figures
    results["max_submit_wait_ms"] = max(waits) if waits else None
    print(json.dumps(results))


if __name__ == "__main__":
    main()
