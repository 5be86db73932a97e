"""Twenty sites on one PostgreSQL: does a change at one site wake only that site's stations?

Each of ``--sites`` (20) sites has three kiosks and two staff listeners,
driven through the services directly (no windows). A staff listener is a
change feed for its site that, when "requests" changes, reloads its site's
open requests, as the staff window does. The sites take turns: in each
round one site's kiosks send ``--per-round`` (10) requests, one every
``--every`` seconds (0.05), while every listener counts its wake-ups.

Prints, as one JSON object on its last line:
- ``submit_to_seen_ms``: from a kiosk's "send" to the code in the reloaded
  queue of each of its own site's two listeners, p50/p95/max (goal p95 <= 100);
  ``submit_ms`` is the send alone, for comparison;
- ``wakeups_per_listener_per_other_site_submit``: wake-ups of the listeners
  at the other sites during a round, per listener and per request sent
  (goal 0);
- ``server_cpu``: CPU seconds the PostgreSQL backends serving this run used
  over the measured part, and as % of one core; ``server_total_cpu_pct`` is
  the whole server over the same time, ended backends included (other
  databases' work too, for context).

    python bench/sites.py --database postgresql+psycopg://USER:PASSWORD@HOST/NAME [--sites 20] [--one-channel]

``--one-channel`` is the baseline: every site's changes on one shared channel,
as before sites had channels of their own.

The database is emptied first: give it one of its own.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from kiosk.data.changes import PostgresChangeFeed  # noqa: E402
from kiosk.data.db import Database, open_database, pg_connect_args  # noqa: E402
from kiosk.data.dto import Actor  # noqa: E402
from kiosk.data.services import Services  # noqa: E402
from kiosk.data.setup import ensure_site, load_catalog, read_catalog  # noqa: E402

SET_UP = Actor.system("bench")
KIOSKS_PER_SITE = 3
LISTENERS_PER_SITE = 2
SETTLE_S = 0.4
RELOAD_CONNECTIONS = 16
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def empty(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def build_sites(db: Database, count: int) -> list[int]:
    first = ensure_site(db)
    load_catalog(db, read_catalog(), first, by=SET_UP)
    services = Services.build(db, first)
    sites = [first]
    for n in range(2, count + 1):
        site = services.sites.add(f"Site {n}", SET_UP).id
        services.sites.copy_catalogue(first, site, SET_UP)
        services.at_site(site).inventory.restock("condoms", 10_000, SET_UP)
        sites.append(site)
    services.inventory.restock("condoms", 10_000, SET_UP)
    return sites


class Listener:
    """A staff station's change feed: wakes, and reloads its site's queue when requests change."""

    def __init__(self, url: str, site: int, queue_db: Database, wanted: threading.Event) -> None:
        self.site = site
        self.wakeups = 0
        self.seen: dict[str, float] = {}
        self.connected = threading.Event()
        self._wanted = wanted
        self._queue = Services.build(queue_db, site).queue
        conninfo = url.replace("postgresql+psycopg://", "postgresql://", 1)
        self.feed = PostgresChangeFeed(conninfo, self._on_change, self._on_connection, site_id=site)

    def _on_connection(self, ok: bool) -> None:
        if ok:
            self.connected.set()

    def _on_change(self, topics: frozenset[str]) -> None:
        if not self._wanted.is_set():
            return  # the "*" every feed reports once when it connects
        self.wakeups += 1
        if "requests" in topics or "*" in topics:
            views = self._queue.open_requests()
            now = time.perf_counter()
            for view in views:
                self.seen.setdefault(view.pickup_code, now)


def warm_pool(db: Database, sites: list[int]) -> None:
    """Open every connection of the reload pool at once."""
    ready = threading.Barrier(RELOAD_CONNECTIONS)

    def hold(site: int) -> None:
        with db.read_scope() as session:
            session.execute(text("SELECT 1"))
            ready.wait(30)
        Services.build(db, site).queue.open_requests()

    threads = [threading.Thread(target=hold, args=(sites[n % len(sites)],)) for n in range(RELOAD_CONNECTIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def backend_pids(url: str, database: str) -> list[int]:
    engine = create_engine(url)
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT pid FROM pg_stat_activity WHERE datname = :name AND pid <> pg_backend_pid()"),
            {"name": database},
        ).scalars()
        pids = list(rows)
    engine.dispose()
    return pids


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None  # a process that ended


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        fields = _stat(pid)
        if fields is not None:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLOCK_TICKS


def server_seconds() -> float:
    """Every PostgreSQL process's CPU, and what the ended ones used (the postmaster's reaped children)."""
    pids = set(postgres_pids())
    total = cpu_seconds(list(pids))
    for pid in pids:
        fields = _stat(pid)
        if fields is not None and int(fields[1]) not in pids:  # the postmaster: its parent is not postgres
            total += (int(fields[13]) + int(fields[14])) / CLOCK_TICKS  # cutime, cstime
    return total


def postgres_pids() -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "comm").read_text().strip() == "postgres":
                    pids.append(int(entry.name))
            except OSError:
                continue
    return pids


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", default=os.environ.get("KIOSK_BENCH_PG_URL"), required=False)
    parser.add_argument("--sites", type=int, default=20)
    parser.add_argument("--per-round", type=int, default=10)
    parser.add_argument("--every", type=float, default=0.05)
    parser.add_argument(
        "--one-channel", action="store_true", help="baseline: every site on one channel, as before sites had their own"
    )
    args = parser.parse_args()
    if args.one_channel:
        import kiosk.data.changes
        import kiosk.data.db

        def one_channel(_site_id: int | None) -> str:
            return kiosk.data.db.NOTIFY_CHANNEL

        kiosk.data.db.site_channel = one_channel  # type: ignore[assignment]
        kiosk.data.changes.site_channel = one_channel  # type: ignore[assignment]
    if not args.database or not args.database.startswith("postgresql"):
        parser.error("give --database postgresql+psycopg://... (a database of its own: it is emptied)")
    url = args.database
    empty(url)
    db = open_database(url)
    # The listeners' reloads, as other stations' connections: a pool that keeps
    # them all open, so the backends measured stay the same through the run.
    queue_db = Database(
        create_engine(url, pool_size=RELOAD_CONNECTIONS, max_overflow=0, connect_args=pg_connect_args())
    )
    print(f"Setting up {args.sites} sites...", flush=True)
    sites = build_sites(db, args.sites)
    wanted = threading.Event()
    listeners = [Listener(url, site, queue_db, wanted) for site in sites for _ in range(LISTENERS_PER_SITE)]
    for listener in listeners:
        listener.feed.start()
    try:
        for listener in listeners:
            if not listener.connected.wait(30):
                raise SystemExit("a listener could not connect")
        time.sleep(SETTLE_S)  # let the connect-time "*" pass before counting
        wanted.set()
        kiosks = {site: [Services.build(db, site).stations.register(f"kiosk-{n}", "kiosk").id
                         for n in range(1, KIOSKS_PER_SITE + 1)] for site in sites}
        time.sleep(SETTLE_S)  # registering notified "stations": not part of the rounds
        for listener in listeners:
            listener.wakeups = 0
        warm_pool(queue_db, sites)  # its connections exist now, so their CPU is counted
        pids = backend_pids(url, db.engine.url.database or "")
        server0, total0, wall0 = cpu_seconds(pids), server_seconds(), time.perf_counter()
        sent: dict[tuple[int, str], float] = {}
        submit_ms: list[float] = []
        other_wakeups = 0
        other_listener_submits = 0
        for site in sites:
            before = {id(listener): listener.wakeups for listener in listeners}
            queue = Services.build(db, site).queue
            for n in range(args.per_round):
                started = time.perf_counter()
                result = queue.submit([("condoms", 1)], station_id=kiosks[site][n % KIOSKS_PER_SITE])
                submit_ms.append((time.perf_counter() - started) * 1000)
                sent[(site, result.pickup_code)] = started
                time.sleep(args.every)
            time.sleep(SETTLE_S)
            for listener in listeners:
                if listener.site != site:
                    other_wakeups += listener.wakeups - before[id(listener)]
                    other_listener_submits += args.per_round
        wall = time.perf_counter() - wall0
        server = cpu_seconds(pids) - server0
        total = server_seconds() - total0
    finally:
        for listener in listeners:
            listener.feed.stop()
        queue_db.dispose()
        db.dispose()
    latencies: list[float] = []
    missed = 0
    by_site = defaultdict(list)
    for listener in listeners:
        by_site[listener.site].append(listener)
    for (site, code), started in sent.items():
        for listener in by_site[site]:
            if code in listener.seen:
                latencies.append((listener.seen[code] - started) * 1000)
            else:
                missed += 1
    figures = {
        "channels": "one for every site" if args.one_channel else "one per site",
        "sites": len(sites),
        "kiosks": len(sites) * KIOSKS_PER_SITE,
        "listeners": len(listeners),
        "submits": len(sent),
        "submit_to_seen_ms": {
            "p50": round(statistics.median(latencies), 1) if latencies else None,
            "p95": round(percentile(latencies, 0.95), 1) if latencies else None,
            "max": round(max(latencies), 1) if latencies else None,
            "missed": missed,
        },
        "submit_ms": {"p50": round(statistics.median(submit_ms), 1), "p95": round(percentile(submit_ms, 0.95), 1)},
        "wakeups_per_listener_per_other_site_submit": round(other_wakeups / max(1, other_listener_submits), 4),
        "other_site_wakeups": other_wakeups,
        "seconds": round(wall, 1),
        "server_cpu": {"seconds": round(server, 2), "pct_of_one_core": round(100 * server / wall, 1)},
        "server_total_cpu_pct": round(100 * total / wall, 1),
        "goals": {"submit_to_seen_p95_ms": 100, "wakeups_per_listener_per_other_site_submit": 0},
    }
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
