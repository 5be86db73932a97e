"""Benchmark of the staff queue: refresh time with 500 open requests, memory, idle CPU.

    python bench/staff_queue.py [--requests 500] [--repeat 20] [--idle-seconds 30]

Prints progress, then one JSON object on the last line:

- ``refresh_ms_median`` / ``refresh_ms_p95``: one refresh of the queue, from the
  service call (``QueueService.open_requests``) through putting the rows in
  order and resetting the table model that a shown table view displays
  (target: 50 ms or less); ``service_ms_median`` and ``model_ms_median`` split it.
- ``roundtrip_ms_median``: the same refresh as the window does it, through the
  worker thread and back to the GUI thread.
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--idle-seconds", type=float, default=30.0)
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
    from kiosk.views.staff.shell.screenshots import settle
    from kiosk.views.staff.shell.window import StaffWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(f"sqlite:///{folder / 'bench.db'}")
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
    settle(lambda: window.signin.names.count() > 0 and len(window.feed.requests) == args.requests)
    window._on_signed_in(services.staff.sign_in(DEMO_ADMIN_NAME, DEMO_ADMIN_PIN))
    page = window.workspace.queue_page
    settle(lambda: page.model.rowCount() == args.requests and not window.link.busy)
    window.grab()

    service_ms, model_ms, total_ms = [], [], []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        requests = load_queue(services.queue, today=False)
        t1 = time.perf_counter()
        page._on_requests_loaded(requests)
        app.processEvents()  # the view lays out and paints the visible rows
        t2 = time.perf_counter()
        service_ms.append((t1 - t0) * 1000)
        model_ms.append((t2 - t1) * 1000)
        total_ms.append((t2 - t0) * 1000)

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
    p95 = statistics.quantiles(total_ms, n=20)[-1] if len(total_ms) >= 2 else total_ms[0]
    result = {
        "open_requests": args.requests,
        "refresh_ms_median": round(statistics.median(total_ms), 1),
        "refresh_ms_p95": round(p95, 1),
        "service_ms_median": round(statistics.median(service_ms), 1),
        "model_ms_median": round(statistics.median(model_ms), 1),
        "roundtrip_ms_median": round(statistics.median(roundtrip_ms), 1),
        "target_ms": 50,
        "peak_rss_mb": round(peak_kb / 1024, 1),
        "idle_cpu_percent": round(idle_cpu, 2),
        "idle_seconds": args.idle_seconds,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
