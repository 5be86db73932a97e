"""How fast a submit on one station reaches another, and how many submits a server takes.

Prints, as one JSON object on its last line:
- change-feed latency from a submit committed in one process to the change
  seen in another (p50, p95, in ms) on SQLite and on PostgreSQL;
- submits per second with 10 concurrent submitting processes on PostgreSQL,
  with the count of lost and duplicate pickup codes, next to the same rows
  (one request and its line per transaction) inserted by 10 processes with
  raw psycopg in the same run: ``throughput_postgresql.ratio_to_raw`` is
  the kiosk's rate over that baseline's (goal >= 0.5);
- CPU used by an idle change-feed listener over 30 s, in % of one core.

PostgreSQL figures need ``KIOSK_BENCH_PG_URL`` (or ``KIOSK_TEST_PG_URL``)
naming a scratch database: its public schema is dropped and recreated.

    python bench/queue_latency.py [--samples 60] [--idle-seconds 30]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.data.changes import open_change_feed
from kiosk.data.db import open_database
from kiosk.data.queue import QueueService
from kiosk.data.setup import ensure_site, load_catalog, read_catalog

SUBMITTERS = 10


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def prepare(url: str) -> None:
    if url.startswith("postgresql"):
        from sqlalchemy import create_engine, text

        engine = create_engine(url)
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
        engine.dispose()
    db = open_database(url)
    site = ensure_site(db)
    load_catalog(db, read_catalog(), site)
    db.dispose()


def _submitter(url: str, count: int, gap_s: float, start_at: float, queue: multiprocessing.Queue) -> None:
    """Submit ``count`` requests, reporting the wall time each commit returned."""
    db = open_database(url, migrate=False)
    service = QueueService(db)
    while time.time() < start_at:
        time.sleep(0.001)
    codes, stamps = [], []
    for _ in range(count):
        called = time.time()
        result = service.submit([("condoms", 1)])
        stamps.append((called, time.time()))
        codes.append(result.pickup_code)
        if gap_s:
            time.sleep(gap_s)
    db.dispose()
    queue.put((codes, stamps))


def latency(url: str, samples: int) -> dict[str, float]:
    prepare(url)
    db = open_database(url, migrate=False)
    seen: list[float] = []
    ready = threading.Event()
    feed = open_change_feed(db, lambda topics: seen.append(time.time()), lambda ok: ready.set())
    feed.start()
    ready.wait(10)
    time.sleep(0.3)
    seen.clear()
    context = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue = context.Queue()
    # Commits a quarter of a second apart, so each change is told apart.
    process = context.Process(target=_submitter, args=(url, samples, 0.25, time.time() + 1.5, results))
    process.start()
    _codes, stamps = results.get(timeout=600)
    process.join()
    time.sleep(0.5)
    feed.stop()
    db.dispose()
    # The commit happens somewhere between the call and its return: measure
    # from the return (what the kiosk sees) and, as an upper bound, from the call.
    from_return, from_call = [], []
    for called, returned in stamps:
        after = [t for t in seen if t >= called]
        if after:
            from_return.append(max(0.0, after[0] - returned) * 1000)
            from_call.append((after[0] - called) * 1000)
    return {
        "p50_ms": round(statistics.median(from_return), 1),
        "p95_ms": round(percentile(from_return, 0.95), 1),
        "from_submit_call_p50_ms": round(statistics.median(from_call), 1),
        "from_submit_call_p95_ms": round(percentile(from_call, 0.95), 1),
        "samples": len(from_return),
        "missed": samples - len(from_return),
    }


def throughput(url: str, per_submitter: int) -> dict[str, float]:
    prepare(url)
    context = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue = context.Queue()
    start_at = time.time() + 3.0  # every process imported and connected first
    processes = [
        context.Process(target=_submitter, args=(url, per_submitter, 0.0, start_at, results)) for _ in range(SUBMITTERS)
    ]
    for process in processes:
        process.start()
    gathered = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
    codes = [code for batch, _ in gathered for code in batch]
    finished = max(returned for _, stamps in gathered for _called, returned in stamps)
    elapsed = finished - start_at
    db = open_database(url, migrate=False)
    stored = len(QueueService(db).open_requests())
    db.dispose()
    return {
        "submitters": SUBMITTERS,
        "submits": len(codes),
        "submits_per_s": round(len(codes) / elapsed, 1),
        "duplicate_codes": len(codes) - len(set(codes)),
        "lost": len(codes) - stored,
    }


def _raw_code(index: int) -> str:
    """A distinct pickup code for the ``index``-th baseline row (19**3 of them)."""
    from kiosk.data.codes import ALPHABET

    base = len(ALPHABET)
    return "".join(ALPHABET[(index // base**power) % base] for power in (2, 1, 0))


def _raw_submitter(url: str, first: int, count: int, start_at: float, queue: multiprocessing.Queue) -> None:
    """The baseline: the rows a submit stores, inserted with psycopg and nothing else."""
    import datetime as dt

    import psycopg
    from sqlalchemy.engine import make_url

    conninfo = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(conninfo) as conn:
        supply_id = conn.execute("SELECT id FROM supplies WHERE key = 'condoms'").fetchone()[0]
        conn.commit()
        while time.time() < start_at:
            time.sleep(0.001)
        stamps = []
        for index in range(first, first + count):
            called = time.time()
            with conn.transaction():
                request_id = conn.execute(
                    "INSERT INTO requests (site_id, station_id, pickup_code, status, priority, created_at,"
                    " language, version) VALUES (1, NULL, %s, 'pending', 'normal', %s, NULL, 1) RETURNING id",
                    (_raw_code(index), dt.datetime.now(dt.UTC).replace(tzinfo=None)),
                ).fetchone()[0]
                conn.execute(
                    "INSERT INTO request_lines (request_id, supply_id, quantity) VALUES (%s, %s, 1)",
                    (request_id, supply_id),
                )
            stamps.append((called, time.time()))
    queue.put(stamps)


def raw_throughput(url: str, per_submitter: int) -> dict[str, float]:
    prepare(url)
    context = multiprocessing.get_context("spawn")
    results: multiprocessing.Queue = context.Queue()
    start_at = time.time() + 3.0
    processes = [
        context.Process(target=_raw_submitter, args=(url, n * per_submitter, per_submitter, start_at, results))
        for n in range(SUBMITTERS)
    ]
    for process in processes:
        process.start()
    gathered = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join()
    finished = max(returned for stamps in gathered for _called, returned in stamps)
    inserts = sum(len(stamps) for stamps in gathered)
    return {"submitters": SUBMITTERS, "inserts": inserts, "inserts_per_s": round(inserts / (finished - start_at), 1)}


def _idle_child(url: str, seconds: float, queue: multiprocessing.Queue) -> None:
    db = open_database(url, migrate=False)
    feed = open_change_feed(db, lambda topics: None)
    feed.start()
    time.sleep(1.0)
    cpu0, wall0 = time.process_time(), time.monotonic()
    time.sleep(seconds)
    cpu = time.process_time() - cpu0
    wall = time.monotonic() - wall0
    feed.stop()
    db.dispose()
    queue.put(round(100 * cpu / wall, 3))


def idle_cpu(urls: dict[str, str], seconds: float) -> dict[str, float]:
    context = multiprocessing.get_context("spawn")
    queues = {name: context.Queue() for name in urls}
    processes = {
        name: context.Process(target=_idle_child, args=(url, seconds, queues[name])) for name, url in urls.items()
    }
    for process in processes.values():
        process.start()
    figures = {f"{name}_percent_of_core": queues[name].get(timeout=seconds + 120) for name in urls}
    for process in processes.values():
        process.join()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=60)
    parser.add_argument("--per-submitter", type=int, default=100)
    parser.add_argument("--idle-seconds", type=float, default=30.0)
    args = parser.parse_args()

    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    os.environ["KIOSK_DATA_DIR"] = str(folder)
    sqlite_url = f"sqlite:///{folder / 'bench.db'}"
    pg_url = os.environ.get("KIOSK_BENCH_PG_URL") or os.environ.get("KIOSK_TEST_PG_URL")

    figures: dict[str, object] = {"latency_sqlite": latency(sqlite_url, args.samples)}
    print("SQLite latency:", figures["latency_sqlite"], flush=True)
    if pg_url:
        figures["latency_postgresql"] = latency(pg_url, args.samples)
        print("PostgreSQL latency:", figures["latency_postgresql"], flush=True)
        # Baseline and kiosk twice each, interleaved, so both see the same machine load.
        raw_runs, kiosk_runs = [], []
        for _ in range(2):
            raw_runs.append(raw_throughput(pg_url, args.per_submitter))
            kiosk_runs.append(throughput(pg_url, args.per_submitter))
        raw_rate = max(run["inserts_per_s"] for run in raw_runs)
        kiosk = max(kiosk_runs, key=lambda run: run["submits_per_s"])
        kiosk = {
            **kiosk,
            "duplicate_codes": max(run["duplicate_codes"] for run in kiosk_runs),
            "lost": max(run["lost"] for run in kiosk_runs),
            "raw_psycopg_inserts_per_s": raw_rate,
            "ratio_to_raw": round(kiosk["submits_per_s"] / raw_rate, 3),
        }
        figures["throughput_postgresql"] = kiosk
        print("PostgreSQL throughput:", figures["throughput_postgresql"], flush=True)
        prepare(pg_url)
    else:
        figures["postgresql"] = "skipped: set KIOSK_BENCH_PG_URL to a scratch database"
    prepare(sqlite_url)
    idle_urls = {"sqlite": sqlite_url} | ({"postgresql": pg_url} if pg_url else {})
    figures["idle_listener_cpu"] = idle_cpu(idle_urls, args.idle_seconds)
    print("Idle listener CPU:", figures["idle_listener_cpu"], flush=True)
    figures["targets"] = {
        "sqlite_p95_ms": 50, "postgresql_p95_ms": 100, "ratio_to_raw": 0.5, "idle_percent_of_core": 1.0,
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
