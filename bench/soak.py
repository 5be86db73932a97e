"""Soak: thousands of visitor sessions through the real kiosk window, watching memory.

Usage: ``python bench/soak.py [--sessions 10000]``

Each session is what a visitor does at a kiosk that runs all day: open the
catalogue, add an item with a real click, review, send, see the pickup code,
walk away, and let the idle timer warn and clear the kiosk back to its start
screen. A staff member closes each request a moment later (as a centre
does), so open pickup codes do not run out. The window runs offscreen on a
new SQLite database with the demo catalogue and the shipped content pack.

Memory is the process's resident set size after the first thousand sessions
(the warm-up: every screen built, caches filled) and after the last; the
growth between the two must stay under 10%. The last line is one JSON object.
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

PREPARE = (
    "from kiosk.config import load_config; from kiosk.views.visitor.launch import open_services; "
    "open_services(load_config(demo=True), demo=True).db.dispose()"
)
#: Idle times once the visitor has walked away: quiet, then the warning's
#: countdown (a real kiosk: a minute and 15 s); long ones while they tap.
QUIET_MS, WARNING_MS = 15, 15
BUSY_IDLE_MS = (600_000, 15_000)
WARM_UP = 1_000
LIMIT_GROWTH = 0.10


def rss_mib(trim: bool = False) -> float:
    """The resident set size; with ``trim``, after the C library gave freed memory back to the system."""
    if trim:
        gc.collect()
        try:
            ctypes.CDLL("libc.so.6").malloc_trim(0)
        except (OSError, AttributeError):
            pass
    with open("/proc/self/statm") as statm:
        pages = int(statm.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def sqlite_mib() -> float:
    """Memory SQLite itself holds (its page caches), from sqlite3_status; -1 where it can't be read."""
    try:
        library = ctypes.CDLL("libsqlite3.so.0")
        current, highest = ctypes.c_int(), ctypes.c_int()
        if library.sqlite3_status(0, ctypes.byref(current), ctypes.byref(highest), 0) != 0:
            return -1.0
        return current.value / (1024 * 1024)
    except (OSError, AttributeError):
        return -1.0


def until(app: QApplication, done, what: str, timeout_s: float = 10.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        app.processEvents()
        time.sleep(0.001)


def _lap(phases: dict[str, float], name: str, mark: float) -> float:
    now = time.perf_counter()
    phases[name] += now - mark
    return now


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=10_000)
    parser.add_argument("--report-every", type=int, default=1_000, help="print a progress line every N sessions")
    args = parser.parse_args()
    warm_up = min(WARM_UP, max(1, args.sessions // 10))
    folder = tempfile.TemporaryDirectory(prefix="kiosk-soak-")
    os.environ["KIOSK_DATA_DIR"] = folder.name
    os.environ["KIOSK_CONFIG"] = str(Path(folder.name) / "none.toml")
    os.environ["KIOSK_STATION"] = "soak-kiosk"
    subprocess.run([sys.executable, "-c", PREPARE], check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})

    from kiosk.app import parse_options
    from kiosk.config import load_config
    from kiosk.data.db import open_database
    from kiosk.data.services import Services
    from kiosk.views.visitor import navigation as nav
    from kiosk.views.visitor.launch import build_kiosk, show

    options = parse_options("kiosk", "", ["--demo", "--windowed"])
    config = load_config(demo=True)
    kiosk = build_kiosk(options, config)
    # The kiosk quits its event loop on SIGTERM; the soak drives the loop
    # itself and never enters it, so let SIGTERM end the run as usual.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    app, window = kiosk.app, kiosk.window
    assert window is not None
    show(kiosk, options)
    until(app, lambda: kiosk.backend.available and kiosk.content.pack is not None, "the kiosk to be ready", 60)
    window.set_idle_times(*BUSY_IDLE_MS)
    with open_database(config.database_url).engine.begin() as connection:
        connection.exec_driver_sql("UPDATE supplies SET stock = 100000000")
    staff_db = open_database(config.database_url)
    staff = Services.build(staff_db)
    staff_id = staff.staff.list()[0].id
    catalogue = window.get_screen(nav.CATALOGUE)
    confirmation = window.get_screen(nav.CONFIRMATION)
    resets = []
    window.visit_reset.connect(lambda: resets.append(1))

    started = time.perf_counter()
    after_warm_up = None
    codes = set()
    phases = {"choose": 0.0, "submit": 0.0, "idle_reset": 0.0, "staff": 0.0}
    for session in range(1, args.sessions + 1):
        mark = time.perf_counter()
        window.open_catalogue()
        QTest.mouseClick(catalogue.tiles["condoms"].stepper.plus, Qt.MouseButton.LeftButton)
        QTest.mouseClick(catalogue.review, Qt.MouseButton.LeftButton)
        review = window.get_screen(nav.REVIEW)
        mark = _lap(phases, "choose", mark)
        QTest.mouseClick(review.send, Qt.MouseButton.LeftButton)
        until(app, lambda: window.current == nav.CONFIRMATION and confirmation.code.text(), "the pickup code")
        codes.add(confirmation.code.text())
        mark = _lap(phases, "submit", mark)
        # The visitor walks away: the idle warning, then the reset to the start screen.
        seen = len(resets)
        window.set_idle_times(QUIET_MS, WARNING_MS)
        until(app, lambda seen=seen: len(resets) > seen and window.current == nav.START, "the idle reset")
        window.set_idle_times(*BUSY_IDLE_MS)
        mark = _lap(phases, "idle_reset", mark)
        for request in staff.queue.open_requests():
            staff.queue.cancel(request.id, staff_id, "visitor_left")
        _lap(phases, "staff", mark)
        if session == warm_up:
            gc.collect()
            after_warm_up = (rss_mib(), time.perf_counter())
        if session % args.report_every == 0:
            print(f"{session:6d} sessions, {time.perf_counter() - started:7.1f} s, {rss_mib():6.1f} MiB "
                  f"({rss_mib(trim=True):6.1f} MiB trimmed, SQLite {sqlite_mib():5.1f} MiB), "
                  f"{len(gc.get_objects()):,} Python objects", flush=True)
    gc.collect()
    last = rss_mib()
    elapsed = time.perf_counter() - started
    window.shutdown()
    staff_db.dispose()
    if kiosk.backend.services is not None:
        kiosk.backend.services.db.dispose()
    assert after_warm_up is not None
    first, warm_time = after_warm_up
    growth = (last - first) / first
    result = {
        "sessions": args.sessions,
        "warm_up_sessions": warm_up,
        "seconds": round(elapsed, 1),
        "sessions_per_s": round(args.sessions / elapsed, 1),
        "rss_after_warm_up_mib": round(first, 1),
        "rss_at_end_mib": round(last, 1),
        "memory_growth_pct": round(growth * 100, 2),
        "distinct_codes_seen": len(codes),
        "idle_resets": len(resets),
        "target": {"memory_growth_pct": LIMIT_GROWTH * 100},
        "ok": growth < LIMIT_GROWTH,
        "seconds_after_warm_up": round(time.perf_counter() - warm_time, 1),
        "ms_per_session": {name: round(total * 1000 / args.sessions, 1) for name, total in phases.items()},
    }
    print(json.dumps(result), flush=True)
    folder.cleanup()
    os._exit(0 if result["ok"] else 1)


if __name__ == "__main__":
    main()
