"""Benchmark of the staff queue: refresh time with 500 open requests, memory, idle CPU.

    python bench/staff_queue.py [--requests 500] [--repeat 20] [--idle-seconds 30] [--database-url URL]

``--database-url`` points the bench at an empty PostgreSQL database (every table in
it is filled, so never a real one); without it the bench uses a SQLite file of its own.

Prints progress, then one JSON object on the last line:

- ``refresh_ms_median`` / ``refresh_ms_p95``: one refresh of the queue, from the
  service call (``QueueService.open_requests``) through putting the rows in
  order and resetting the table model that a shown table view displays
  (target: 50 ms or less); ``service_ms_median`` and ``model_ms_median`` split it,
  ``refresh_cpu_ms_median`` is the CPU time of the same refresh (the machine may
  be busy with other work; CPU time is what this process spent).
- ``raw_read_ms_median``: the baseline, in the same run: the same rows read with
  hand-written SQL straight through the driver (no SQLAlchemy statement
  building, no type conversion, no dataclasses), in the same kind of read
  transaction; ``service_vs_raw`` is ``service_ms_median`` over it.
- ``roundtrip_ms_median``: the same refresh as the window does it, through the
  worker thread and back to the GUI thread.
- ``change_ms_median`` / ``change_ms_p95``: one new request applied to the
  500-row queue the window shows, as the change feed delivers it: the model
  updates the rows it touches (not a reset) and the page its counts and buttons
  (goal: 5 ms or less). ``change_painted_ms_*`` adds the view's repaint;
  ``change_reset_painted_ms_median`` is the same change made as a model reset
  (the page's own reset path), painted, in the same run, and
  ``change_painted_vs_reset`` the ratio of the two painted figures.
- ``search_ms_median`` / ``search_ms_p95``: a code typed into the search box,
  found and selected (and scrolled to) in the 500-row queue (goal: 5 ms or
  less); ``search_painted_ms_*`` adds the repaint.
- ``peak_rss_mb``: peak resident memory of the process with the signed-in
  staff window showing the queue.
- ``idle_cpu_percent``: CPU used while the window sits idle (change feed polling,
  the waiting-time ticker), over ``idle_seconds``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _fill(services, count: int, seed: int = 11) -> None:
    from kiosk.data.setup import SET_UP

    rng = random.Random(seed)
    supplies = services.inventory.catalogue()
    for supply in supplies:
        if supply.is_item:
            services.inventory.restock(supply.key, 100_000, SET_UP)
    for _ in range(count):
        chosen = rng.sample(supplies, k=rng.choice((1, 2, 3)))
        services.queue.submit([(s.key, rng.randint(1, max(1, min(s.per_request_limit, 5)))) for s in chosen])


#: The rows the staff queue shows, in the statements the service sends, written out by hand.
_RAW_READ = (
    "SELECT r.id, r.pickup_code, r.status, r.priority, r.created_at, r.claimed_at, r.ready_at, r.closed_at,"
    " r.acknowledged_at, r.called_at, a.name, r.claimed_by_id, r.cancel_reason, r.version, r.language,"
    " r.station_id, r.for_others FROM requests r LEFT OUTER JOIN staff_accounts a ON a.id = r.claimed_by_id"
    " WHERE r.site_id = {site} AND r.status IN ('pending', 'in_progress', 'ready') ORDER BY r.created_at, r.id",
    "SELECT s.id, s.key, s.names, s.kind, s.stock FROM supplies s WHERE s.id IN (SELECT l.supply_id"
    " FROM request_lines l JOIN requests r ON r.id = l.request_id"
    " WHERE r.site_id = {site} AND r.status IN ('pending', 'in_progress', 'ready'))",
    "SELECT l.request_id, l.supply_id, l.quantity, l.quantity_given FROM request_lines l"
    " JOIN requests r ON r.id = l.request_id"
    " WHERE r.site_id = {site} AND r.status IN ('pending', 'in_progress', 'ready') ORDER BY l.request_id, l.id",
    "SELECT t.id, t.name, t.place FROM stations t WHERE t.id IN (SELECT r.station_id FROM requests r"
    " WHERE r.site_id = {site} AND r.status IN ('pending', 'in_progress', 'ready'))",
    "SELECT e.request_id, e.staff_id, a.name FROM emergency_responders e"
    " JOIN staff_accounts a ON a.id = e.staff_id JOIN requests r ON r.id = e.request_id"
    " WHERE r.site_id = {site} AND r.status IN ('pending', 'in_progress', 'ready') ORDER BY e.at, e.id",
)


def _raw_read(db, site_id: int) -> int:
    """The baseline: the queue's rows through the driver alone; returns how many requests."""
    with db.read_scope() as session:
        connection = session.connection()
        results = [connection.exec_driver_sql(sql.format(site=int(site_id))).fetchall() for sql in _RAW_READ]
    return len(results[0])


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) >= 2 else values[0]


def _arrival(template, number: int):
    """A request that has just come in, shaped like the others (not stored)."""
    import dataclasses

    from kiosk.data.clock import utc_now

    return dataclasses.replace(
        template, id=10_000_000 + number, pickup_code=f"Z{number % 100:02d}", status="pending",
        created_at=utc_now(), claimed_at=None, claimed_by=None, claimed_by_id=None, ready_at=None,
    )


def _changes(app, page, requests: list, repeat: int) -> tuple[list[float], list[float], list[float]]:
    """One new request applied to the shown queue: row by row, then (for the baseline) as a reset.

    Returns the painted times, the reset's painted times, and the times to apply
    the change to the model and the page before painting.
    """
    from kiosk.views.staff.queue.model import queue_order

    page.table.selectRow(3)
    incremental, reset, applied = [], [], []
    for number in range(repeat):
        page._on_requests_loaded(requests)
        app.processEvents()
        grown = queue_order([*requests, _arrival(requests[0], number)])
        t0 = time.perf_counter()
        page._on_requests_loaded(grown)
        t1 = time.perf_counter()
        app.processEvents()
        incremental.append((time.perf_counter() - t0) * 1000)
        applied.append((t1 - t0) * 1000)
    for number in range(repeat):
        page._on_requests_loaded(requests)
        app.processEvents()
        grown = queue_order([*requests, _arrival(requests[0], number)])
        t0 = time.perf_counter()
        _load_by_reset(page, grown)  # what the same change costs as a model reset
        app.processEvents()
        reset.append((time.perf_counter() - t0) * 1000)
    page._on_requests_loaded(requests)
    app.processEvents()
    return incremental, reset, applied


def _load_by_reset(page, requests: list) -> None:
    """The page's own load, made to reset its model (as it does after a reconnect)."""
    if hasattr(page, "_reset_next"):
        page._reset_next = True
        page._on_requests_loaded(requests)
    else:  # a page whose every load is a reset
        page._on_requests_loaded(requests)


def _searches(app, page, repeat: int) -> tuple[list[float], list[float]]:
    """A code typed in full, found, selected, scrolled to and painted; and the find alone."""
    if not hasattr(page, "search"):
        return [], []  # a queue page without a code search
    rng = random.Random(5)
    codes = [page.model.item(row).pickup_code for row in range(page.model.rowCount())]
    timings, finds = [], []
    for _ in range(repeat):
        code = rng.choice(codes)
        page.search.field.clear()
        app.processEvents()
        t0 = time.perf_counter()
        page.search.field.setText(code)
        page.search.code_entered.emit(code)
        t1 = time.perf_counter()
        app.processEvents()
        timings.append((time.perf_counter() - t0) * 1000)
        finds.append((t1 - t0) * 1000)
        selected = page.selected()
        if selected is None or selected.pickup_code != code:
            raise SystemExit(f"the search for {code} selected {selected}")
    return timings, finds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--idle-seconds", type=float, default=30.0)
    parser.add_argument("--database-url", help="an empty PostgreSQL database to fill (default: a SQLite file)")
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    os.environ["KIOSK_DATA_DIR"] = str(folder / "data")

    from argon2 import PasswordHasher
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.config import Config
    from kiosk.data.db import open_database
    from kiosk.data.services import Services
    from kiosk.data.setup import DEMO_ADMIN_NAME, DEMO_ADMIN_PIN, ensure_site, load_demo
    from kiosk.views.common.sounds import SoundBoard
    from kiosk.views.staff.context import StaffTimings
    from kiosk.views.staff.queue.feed import load_queue
    from kiosk.views.staff.shell.launch import settle_start_up
    from kiosk.views.staff.shell.screenshots import settle
    from kiosk.views.staff.shell.window import StaffWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(args.database_url or f"sqlite:///{folder / 'bench.db'}")
    services = Services.build(db, ensure_site(db), hasher=PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    load_demo(db, staff=services.staff)
    started = time.perf_counter()
    _fill(services, args.requests)
    print(f"{args.requests} open requests made in {time.perf_counter() - started:.1f} s", file=sys.stderr)

    config = Config(data_dir=folder / "data", database_url=db.url, station_name="bench-staff-pc")
    window = StaffWindow(lambda: services, config, StaffTimings(), "en", SoundBoard(None, silent=True))
    window.resize(1920, 1080)
    window.show()
    window.start()
    settle_start_up()  # as kiosk-staff does once its window is up
    settle(lambda: window.signin.names.count() > 0 and len(window.feed.requests) == args.requests)
    window._on_signed_in(services.staff.sign_in(DEMO_ADMIN_NAME, DEMO_ADMIN_PIN))
    page = window.workspace.queue_page
    settle(lambda: page.model.rowCount() == args.requests and not window.link.busy)
    window.grab()

    # One refresh first: the first paint of the shown rows makes Qt's Python enum types (once per process).
    page._on_requests_loaded(load_queue(services.queue, today=False))
    app.processEvents()
    service_ms, model_ms, total_ms, cpu_ms, raw_ms = [], [], [], [], []
    for _ in range(args.repeat):
        c0 = time.process_time()
        t0 = time.perf_counter()
        requests = load_queue(services.queue, today=False)
        t1 = time.perf_counter()
        page._on_requests_loaded(requests)
        app.processEvents()  # the view lays out and paints the visible rows
        t2 = time.perf_counter()
        cpu_ms.append((time.process_time() - c0) * 1000)
        service_ms.append((t1 - t0) * 1000)
        model_ms.append((t2 - t1) * 1000)
        total_ms.append((t2 - t0) * 1000)
        t3 = time.perf_counter()
        raw_count = _raw_read(db, services.site_id)
        raw_ms.append((time.perf_counter() - t3) * 1000)
        if raw_count != len(requests):
            raise SystemExit(f"the raw read found {raw_count} requests, the service {len(requests)}")

    change_ms, change_reset_ms, change_apply_ms = _changes(
        app, page, load_queue(services.queue, today=False), args.repeat
    )
    search_ms, search_find_ms = _searches(app, page, args.repeat)

    roundtrip_ms = []
    for _ in range(args.repeat):
        loaded = []
        window.feed.requests_loaded.connect(loaded.append)
        t0 = time.perf_counter()
        window.feed.refresh()
        settle(lambda loaded=loaded: bool(loaded), 10.0)
        roundtrip_ms.append((time.perf_counter() - t0) * 1000)
        window.feed.requests_loaded.disconnect(loaded.append)

    window.grab()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    settle(lambda: not window.link.busy)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    QTimer.singleShot(int(args.idle_seconds * 1000), app.quit)
    app.exec()
    idle_cpu = (time.process_time() - cpu0) / (time.perf_counter() - wall0) * 100

    window.shutdown()
    db.dispose()
    print("refresh ms: " + " ".join(f"{t:.0f}" for t in total_ms), file=sys.stderr)
    p95 = _p95(total_ms)
    result = {
        "open_requests": args.requests,
        "refresh_ms_median": round(statistics.median(total_ms), 1),
        "refresh_ms_p95": round(p95, 1),
        "service_ms_median": round(statistics.median(service_ms), 1),
        "model_ms_median": round(statistics.median(model_ms), 1),
        "refresh_cpu_ms_median": round(statistics.median(cpu_ms), 1),
        "raw_read_ms_median": round(statistics.median(raw_ms), 1),
        "service_vs_raw": round(statistics.median(service_ms) / max(1e-9, statistics.median(raw_ms)), 2),
        "engine": db.engine.dialect.name,
        "roundtrip_ms_median": round(statistics.median(roundtrip_ms), 1),
        "change_ms_median": round(statistics.median(change_apply_ms), 2),
        "change_ms_p95": round(_p95(change_apply_ms), 2),
        "change_target_ms": 5,
        "change_painted_ms_median": round(statistics.median(change_ms), 2),
        "change_painted_ms_p95": round(_p95(change_ms), 2),
        "change_reset_painted_ms_median": round(statistics.median(change_reset_ms), 2),
        "change_painted_vs_reset": round(
            statistics.median(change_ms) / max(1e-9, statistics.median(change_reset_ms)), 3
        ),
        "search_ms_median": round(statistics.median(search_find_ms), 2) if search_find_ms else None,
        "search_ms_p95": round(_p95(search_find_ms), 2) if search_find_ms else None,
        "search_painted_ms_median": round(statistics.median(search_ms), 2) if search_ms else None,
        "search_painted_ms_p95": round(_p95(search_ms), 2) if search_ms else None,
        "search_target_ms": 5,
        "target_ms": 50,
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "idle_cpu_percent": round(idle_cpu, 2),
        "idle_seconds": args.idle_seconds,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
