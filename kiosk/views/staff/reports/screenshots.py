"""Render the Reports page at 1920x1080 and 1280x800 on four weeks of demo activity.

``python -m kiosk.views.staff.reports.screenshots DIR`` writes the PNG files.
The activity goes through the real services with a moving clock.
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate

from kiosk.config import Config
from kiosk.data.db import open_database
from kiosk.data.dto import Actor
from kiosk.data.services import Services
from kiosk.data.setup import DEMO_ADMIN_NAME, DEMO_ADMIN_PIN, ensure_site, load_demo

if TYPE_CHECKING:
    from kiosk.views.staff.reports.page import ReportsPage
    from kiosk.views.staff.shell.window import StaffWindow

POPULAR = (
    ("naloxone-nasal", 1, 2), ("syringe-1ml", 10, 30), ("cookers", 2, 6), ("glass-stems", 1, 2),
    ("fentanyl-test-strips", 2, 6), ("condoms", 4, 10), ("wound-care-kit", 1, 1), ("mouthpieces", 1, 4),
)
SERVICES = ("peer-worker", "nurse-wound-check", "housing-help")


class MovingClock:
    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


def demo_activity(db_url: str, days: int = 28, today: dt.date | None = None, seed: int = 7) -> Services:
    """A site with ``days`` of requests, page views and returned sharps ending ``today``."""
    rng = random.Random(seed)
    today = today or dt.date.today()
    start = dt.datetime.combine(today - dt.timedelta(days=days), dt.time(8), dt.UTC)
    clock = MovingClock(start - dt.timedelta(days=1))
    db = open_database(db_url)
    site_id = ensure_site(db, clock=clock)
    services = Services.build(db, site_id, clock=clock)
    load_demo(db, clock=clock, staff=services.staff)
    for key, _low, _high in POPULAR:
        services.inventory.restock(key, 2000, Actor.system("demo set-up"))
    admin = services.staff.sign_in(DEMO_ADMIN_NAME, DEMO_ADMIN_PIN).actor
    q = services.queue
    for day in range(days + 1):
        base = start + dt.timedelta(days=day)
        busy = 14 if base.weekday() < 5 else 7
        for _ in range(rng.randint(busy - 4, busy + 4)):
            clock.now = base + dt.timedelta(
                minutes=rng.choice((30, 60, 90, 240, 300, 360, 420, 480)) + rng.randint(0, 40)
            )
            lang = rng.choices(("en", "fr", "es"), (6, 2, 1))[0]
            if rng.random() < 0.03:
                request = q.submit(emergency=True, language=lang)
                clock.now += dt.timedelta(seconds=rng.randint(15, 120))
                q.acknowledge(request.request_id, admin)
                clock.now += dt.timedelta(minutes=10)
                q.fulfil(request.request_id, admin)
                continue
            picks = rng.sample(POPULAR, rng.randint(1, 3))
            lines = [(key, rng.randint(low, high)) for key, low, high in picks]
            if rng.random() < 0.2:
                lines.append((rng.choice(SERVICES), 1))
            request = q.submit(lines, language=lang)
            clock.now += dt.timedelta(minutes=rng.randint(2, 14))
            outcome = rng.random()
            if outcome < 0.06:
                q.no_show(request.request_id, admin)
            elif outcome < 0.1:
                q.cancel(request.request_id, admin, "visitor_left")
            else:
                given = {key: n if rng.random() > 0.1 else max(0, n - 1) for key, n in lines}
                q.fulfil(request.request_id, admin, given)
        clock.now = base + dt.timedelta(hours=5)
        for _ in range(rng.randint(5, 15)):
            services.tallies.page_opened(
                rng.choice(("overdose-signs", "naloxone-nasal", "fentanyl", "wound-care")), "en"
            )
        for _ in range(rng.randint(0, 4)):
            services.tallies.information_only_session()
        if day % 3 == 0:
            services.tallies.sharps_returned(count=rng.randint(20, 80), by=admin)
    return services


def _report_for(page: ReportsPage, first: dt.date, window: StaffWindow) -> bool:
    """The page shows the report that starts on ``first`` and nothing is still loading."""
    return page.report is not None and page.report.first == first and not window.link.busy


def render(out_dir: Path) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from kiosk.views.common.screenshots import save_png as _save
    from kiosk.views.common.screenshots import settle
    from kiosk.views.common.sounds import SoundBoard
    from kiosk.views.staff.shell.screenshots import QUIET
    from kiosk.views.staff.shell.window import StaffWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    today = dt.date.today()
    with tempfile.TemporaryDirectory(prefix="kiosk-report-shots-") as tmp:
        services = demo_activity(f"sqlite:///{Path(tmp) / 'demo.db'}", today=today)
        admin = services.staff.sign_in(DEMO_ADMIN_NAME, DEMO_ADMIN_PIN)
        config = Config(data_dir=Path(tmp), database_url=services.db.url, station_name="staff-office")
        for width, height in ((1280, 800), (1920, 1080)):
            window = StaffWindow(
                lambda: services, config, QUIET, "en", SoundBoard(None, silent=True), lambda: ("idle", "")
            )
            window.resize(width, height)
            window.show()
            window.start()
            window._on_signed_in(admin)
            window.reports.show()
            page = window.reports.page
            first = today - dt.timedelta(days=27)
            page.first.setDate(QDate(first.year, first.month, first.day))
            page.last.setDate(QDate(today.year, today.month, today.day))
            page.by.setCurrentIndex(page.by.findData("week"))
            page.report = None
            page.refresh()
            settle(partial(_report_for, page, first, window))
            settle(lambda: True, 0.3)
            written.append(_save(window.grab(), out_dir, f"staff-reports-{width}x{height}"))
            page.tabs.setCurrentIndex(1)
            settle(lambda: True, 0.2)
            written.append(_save(window.grab(), out_dir, f"staff-reports-hours-{width}x{height}"))
            window.shutdown()
            window.close()
            window.deleteLater()
            settle(lambda: True, 0.1)
        services.db.dispose()
    del app
    return written


if __name__ == "__main__":
    for path in render(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")):
        print(path)
