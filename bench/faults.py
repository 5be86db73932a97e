"""Faults a busy site brings: sign-in storms on SQLite and a frozen PostgreSQL server.

Prints, as one JSON object on its last line:
- ``signin_storm``: a visitor submit's time to an answer (p50, p95, max in
  ms, failures included, and the count of failures such as "database is
  locked") on SQLite while two other processes send staff sign-ins non-stop
  with the real argon2 cost: once with a right PIN (every try is checked),
  once with names nobody has;
- ``frozen_server``: a submit against a PostgreSQL server frozen with
  SIGSTOP (postmaster and backends), once frozen before the submit and once
  with its COMMIT already sent: how long until the call answered, the error
  it raised, and whether the request was stored once the server woke up.
  Needs the PostgreSQL binaries (``KIOSK_TEST_PG_BIN``, default
  /usr/lib/postgresql/15/bin) and root or the postgres user; skipped
  otherwise, with the reason in the JSON.

    python bench/faults.py [--submits 100] [--freeze-seconds 15]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.data.db import open_database  # noqa: E402
from kiosk.data.dto import Actor  # noqa: E402
from kiosk.data.queue import QueueService  # noqa: E402
from kiosk.data.setup import ensure_site, load_catalog, read_catalog  # noqa: E402
from kiosk.data.staff import StaffService  # noqa: E402

SIGNERS = 2
PIN = "917253"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def _prepare(url: str) -> int:
    db = open_database(url)
    site = ensure_site(db)
    load_catalog(db, read_catalog(), site)
    StaffService(db, site).add("Robin", PIN, by=Actor.system("bench set-up"))
    db.dispose()
    return site


def _signer(url: str, name: str, stop_at: float, started: multiprocessing.Event, counts: multiprocessing.Queue) -> None:
    """Sign in as ``name`` as fast as the service answers, until ``stop_at``."""
    while True:
        try:
            db = open_database(url, migrate=False)
            break
        except Exception:  # noqa: BLE001 - the other signer holds the lock: try again
            time.sleep(0.05)
    staff = StaffService(db)
    tries = 0
    started.set()
    while time.time() < stop_at:
        try:
            staff.sign_in(name, PIN)
        except Exception:  # noqa: BLE001 - a refusal or a lock timeout: the storm goes on
            pass
        tries += 1
    db.dispose()
    counts.put(tries)


def signin_storm(submits: int, name: str) -> dict[str, float | int]:
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'kiosk.db'}"
        _prepare(url)
        db = open_database(url, migrate=False)
        queue = QueueService(db)
        context = multiprocessing.get_context("spawn")
        counts: multiprocessing.Queue = context.Queue()
        stop_at = time.time() + 3600
        events = [context.Event() for _ in range(SIGNERS)]
        processes = [context.Process(target=_signer, args=(url, name, stop_at, e, counts)) for e in events]
        for process in processes:
            process.start()
        for event in events:
            event.wait(60)
        time.sleep(1.0)  # both storms well under way
        # Until the answer, success or failure: what the visitor waits for.
        latencies: list[float] = []
        errors = 0
        for _ in range(submits):
            started = time.perf_counter()
            try:
                queue.submit([("condoms", 1)])
            except Exception:  # noqa: BLE001 - counted: a visitor would see it fail
                errors += 1
            latencies.append((time.perf_counter() - started) * 1000)
            time.sleep(0.02)
        db.dispose()
        for process in processes:
            process.terminate()
        for process in processes:
            process.join()
    return {
        "signers": SIGNERS,
        "submits": submits,
        "p50_ms": round(statistics.median(latencies), 1),
        "p95_ms": round(percentile(latencies, 0.95), 1),
        "max_ms": round(max(latencies), 1),
        "errors": errors,
    }


def _stored(url: str) -> int:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text("SELECT count(*) FROM requests")).scalar_one())
    finally:
        engine.dispose()


def _wait_for_backends(url: str, timeout_s: float = 30.0) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    deadline = time.monotonic() + timeout_s
    try:
        while time.monotonic() < deadline:
            with engine.connect() as connection:
                left = connection.execute(
                    text("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dropin-kiosk'")
                ).scalar_one()
            if left == 0:
                return
            time.sleep(0.1)
    finally:
        engine.dispose()


def _frozen_submit(cluster, url: str, freeze_s: float, at_commit: bool) -> dict[str, object]:  # type: ignore[no-untyped-def]
    from sqlalchemy import event
    from sqlalchemy.orm import Session

    db = open_database(url, migrate=False)
    queue = QueueService(db)
    queue.submit([("condoms", 1)])  # a warm pool
    before = _stored(url)
    frozen: list[int] = []
    thaw = threading.Timer(freeze_s, lambda: cluster.thaw(frozen))

    def freeze(_session: object) -> None:
        if not frozen:
            frozen.extend(cluster.freeze())
            thaw.start()

    if at_commit:
        event.listen(Session, "before_commit", freeze)
    else:
        freeze(None)
    started = time.monotonic()
    error = None
    try:
        queue.submit([("condoms", 1)])
    except Exception as failure:  # noqa: BLE001 - the figure is which error, and when
        error = type(failure).__name__
    elapsed = time.monotonic() - started
    if at_commit:
        event.remove(Session, "before_commit", freeze)
    thaw.join()
    cluster.thaw(frozen)
    db.dispose()
    _wait_for_backends(url)
    return {
        "answered_after_s": round(elapsed, 2),
        "error": error,
        "stored_after_thaw": _stored(url) > before,
        "frozen_for_s": freeze_s,
    }


def frozen_server(freeze_s: float) -> dict[str, object]:
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.data.private_pg import private_cluster, unavailable_reason

    reason = unavailable_reason()
    if reason is not None:
        return {"skipped": reason}
    with private_cluster() as cluster:
        _prepare(cluster.url)
        return {
            "frozen_before_submit": _frozen_submit(cluster, cluster.url, freeze_s, at_commit=False),
            "frozen_with_commit_sent": _frozen_submit(cluster, cluster.url, freeze_s, at_commit=True),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submits", type=int, default=100)
    parser.add_argument("--freeze-seconds", type=float, default=15.0)
    args = parser.parse_args()
    figures: dict[str, object] = {}
    storms = {}
    for label, name in (("right_pin", "Robin"), ("unknown_names", "Nobody")):
        storms[label] = signin_storm(args.submits, name)
        print(f"submit during a sign-in storm ({label}): {storms[label]}", flush=True)
    figures["signin_storm"] = storms
    figures["frozen_server"] = frozen_server(args.freeze_seconds)
    print(f"submit against a frozen server: {figures['frozen_server']}", flush=True)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
