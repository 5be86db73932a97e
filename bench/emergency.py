"""How fast an overdose call reaches staff, and staff's answer reaches the kiosk.

A kiosk window (this process) and a staff window (another process), both
offscreen, with the products' own timers. For each of N emergencies:

- the kiosk's confirm tap → the emergency banner *painted* on the staff window
  (the paint event of the banner showing that call's code);
- the staff window's "I'm going" tap → the kiosk showing "… from staff is coming".

Both clocks are the same machine's wall clock. Between calls the emergency is
closed as a false alarm and the kiosk returns to its start screen. Prints one
JSON object on its last line, for SQLite and (with ``KIOSK_BENCH_PG_URL`` or
``KIOSK_TEST_PG_URL`` naming a scratch database, whose public schema is
dropped and recreated) PostgreSQL.

    QT_QPA_PLATFORM=offscreen python bench/emergency.py [--samples 30]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import queue as queues
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kiosk.data.db import open_database  # noqa: E402
from kiosk.data.dto import Actor  # noqa: E402
from kiosk.data.services import Services  # noqa: E402
from kiosk.data.setup import DEMO_ADMIN_NAME, DEMO_ADMIN_PIN, ensure_site, load_demo  # noqa: E402

KIOSK_NAME = "bench-kiosk"
PLACE = "the hallway kiosk"
GOALS = {"sqlite_tap_to_banner_p95_ms": 300, "postgresql_tap_to_banner_p95_ms": 150}


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))]


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
    services = Services.build(db, site)
    load_demo(db, staff=services.staff)
    station = services.stations.register(KIOSK_NAME, "kiosk")
    services.stations.set_place(station.id, {"en": PLACE}, by=Actor.system("bench set-up"))
    db.dispose()


# -- the staff process ------------------------------------------------------------


def staff_process(url: str, data_dir: str, events: multiprocessing.Queue, stop: multiprocessing.Event) -> None:
    """A signed-in staff window that taps "I'm going" as soon as a new banner is painted."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from kiosk.config import Config
    from kiosk.views.common.sounds import SoundBoard
    from kiosk.views.staff.shell.window import StaffWindow

    app = QApplication([sys.argv[0]])
    db = open_database(url, migrate=False)
    services = Services.build(db, 1)
    config = Config(data_dir=Path(data_dir), database_url=url, station_name="bench-staff")
    window = StaffWindow(lambda: services, config, sounds=SoundBoard(None, silent=True))
    window.resize(1280, 800)
    window.show()
    window.start()
    window.signin.signed_in.emit(services.staff.sign_in(DEMO_ADMIN_NAME, DEMO_ADMIN_PIN))
    banner = window.emergency_banner
    answered: set[str] = set()

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
            if event.type() == QEvent.Type.Paint and banner.isVisible():
                target = banner.target
                if target is not None and not target.responders and target.pickup_code not in answered:
                    answered.add(target.pickup_code)
                    painted = time.time()
                    # After this paint has finished: the tap a person would make.
                    QTimer.singleShot(0, lambda code=target.pickup_code, at=painted, t=target: go(code, at, t))
            return False

    def go(code: str, painted: float, target: object) -> None:
        events.put(("painted", code, painted, banner.message.text()))
        events.put(("going", code, time.time()))
        banner.acknowledge_button.click()

    watch = PaintWatch()
    banner.installEventFilter(watch)
    poll = QTimer()
    poll.setInterval(100)
    poll.timeout.connect(lambda: app.quit() if stop.is_set() else None)
    poll.start()
    events.put(("ready", "", time.time()))
    app.exec()
    window.shutdown()
    db.dispose()


# -- the kiosk (this process) ------------------------------------------------------


def run_engine(url: str, samples: int, folder: Path) -> dict[str, object]:
    from PySide6.QtCore import QCoreApplication, QEventLoop
    from PySide6.QtWidgets import QApplication

    from kiosk.views.common.i18n import LanguageSwitcher
    from kiosk.views.visitor import navigation as nav
    from kiosk.views.visitor.backend import VisitorBackend
    from kiosk.views.visitor.content_source import ContentSource
    from kiosk.views.visitor.window import VisitorWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    prepare(url)
    db = open_database(url, migrate=False)
    services = Services.build(db, 1)
    context = multiprocessing.get_context("spawn")
    events: multiprocessing.Queue = context.Queue()
    stop = context.Event()
    staff = context.Process(target=staff_process, args=(url, str(folder / "staff"), events, stop))
    staff.start()

    def pump(until, timeout_s: float = 20.0) -> bool:  # noqa: ANN001 - a predicate
        deadline = time.monotonic() + timeout_s
        while not until():
            if time.monotonic() > deadline:
                return False
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        return True

    inbox: list[tuple] = []

    def receive() -> None:
        try:
            while True:
                inbox.append(events.get_nowait())
        except queues.Empty:
            pass

    def message(kind: str, code: str = "") -> tuple | None:
        receive()
        return next((m for m in inbox if m[0] == kind and (not code or m[1] == code)), None)

    own_services = Services.build(open_database(url, migrate=False), 1)
    backend = VisitorBackend(lambda: own_services, KIOSK_NAME)
    window = VisitorWindow(backend, LanguageSwitcher(), ContentSource(), warm_up=False, idle_quiet_ms=3_600_000)
    window.resize(1280, 800)
    window.show()
    assert pump(lambda: backend.available and window.snapshot is not None, 30), "the kiosk did not connect"
    assert pump(lambda: message("ready") is not None, 60), "the staff window did not start"
    time.sleep(1.0)  # let the staff window's first loads settle
    admin = services.staff.sign_in(DEMO_ADMIN_NAME, DEMO_ADMIN_PIN)
    to_banner, to_coming, missed = [], [], 0
    banner_text = ""
    screen = window.get_screen(nav.EMERGENCY)
    for _ in range(samples):
        window.flows.open_emergency()
        pump(lambda: screen.state == "asking")
        tapped = time.time()
        screen.confirm.click()
        if not pump(lambda: window.flows.emergency_id is not None, 20):
            missed += 1
            continue
        request_id = window.flows.emergency_id
        code = services.queue.status_of(request_id).pickup_code
        painted = message("painted", code) if pump(lambda code=code: message("painted", code) is not None, 20) else None
        coming = pump(lambda: screen.state == "coming", 20)
        seen_coming = time.time()
        going = message("going", code)
        if painted is None or going is None or not coming:
            missed += 1
        else:
            to_banner.append((painted[2] - tapped) * 1000)
            to_coming.append((seen_coming - going[2]) * 1000)
            banner_text = painted[3]
        services.emergency.false_alarm(request_id, admin.actor)
        window.reset_visit()
        pump(lambda: not window.flows.busy)
        time.sleep(0.3)  # calls apart, so each is told apart
        app.processEvents()
    stop.set()
    staff.join(30)
    window.shutdown()
    window.close()
    QCoreApplication.processEvents()
    own_services.db.dispose()
    db.dispose()

    def summary(values: list[float]) -> dict[str, float]:
        if not values:
            return {"samples": 0}
        return {
            "p50_ms": round(statistics.median(values), 1),
            "p95_ms": round(percentile(values, 0.95), 1),
            "max_ms": round(max(values), 1),
            "samples": len(values),
        }

    return {
        "tap_to_banner_painted": summary(to_banner),
        "going_to_kiosk_coming": summary(to_coming),
        "missed": missed,
        "banner": banner_text,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=30)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    folder = Path(tempfile.mkdtemp(prefix="kiosk-bench-"))
    os.environ["KIOSK_DATA_DIR"] = str(folder)
    sqlite_url = f"sqlite:///{folder / 'bench.db'}"
    pg_url = os.environ.get("KIOSK_BENCH_PG_URL") or os.environ.get("KIOSK_TEST_PG_URL")

    figures: dict[str, object] = {"sqlite": run_engine(sqlite_url, args.samples, folder)}
    print("SQLite:", figures["sqlite"], flush=True)
    if pg_url:
        figures["postgresql"] = run_engine(pg_url, args.samples, folder)
        print("PostgreSQL:", figures["postgresql"], flush=True)
        prepare(pg_url)
    else:
        figures["postgresql"] = "skipped: set KIOSK_BENCH_PG_URL to a scratch database"
    figures["goals"] = GOALS
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
