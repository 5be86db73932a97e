"""Start-up: nothing heavy before the first paint; no database work on the GUI thread."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from contextlib import contextmanager

from kiosk.views.visitor import navigation as nav
from tests.views.visitor.helpers import tap

PROBE = r"""
import json, sys
from PySide6.QtWidgets import QApplication
from kiosk.views.common.application import build_application
from kiosk.views.common.i18n import LanguageSwitcher
from kiosk.views.visitor.backend import VisitorBackend
from kiosk.views.visitor.window import VisitorWindow

app = build_application(["kiosk"], "kiosk")
def never():
    raise RuntimeError("not used")
window = VisitorWindow(VisitorBackend(never, "probe"), LanguageSwitcher(app), warm_up=False)
window.resize(1280, 800)
window.show()
while not window.first_paint.done:
    app.processEvents()
heavy = ["reportlab", "qrcode", "markdown_it", "kiosk.content", "kiosk.printing", "sqlalchemy",
         "kiosk.views.common.qr_widget", "kiosk.views.visitor.screens.catalogue"]
print(json.dumps(sorted(m for m in heavy if m in sys.modules)))
"""


def test_the_start_screen_paints_without_the_heavy_modules(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


@contextmanager
def _record_threads(db):
    threads: list[str] = []
    original = db.session_scope

    @contextmanager
    def watched():
        threads.append(threading.current_thread().name)
        assert threading.current_thread() is not threading.main_thread(), "database call on the GUI thread"
        with original() as session:
            yield session

    db.session_scope = watched
    try:
        yield threads
    finally:
        db.session_scope = original


def test_no_database_call_runs_on_the_gui_thread(qtbot, make_kiosk, demo_services):
    with _record_threads(demo_services.db) as threads:
        window = make_kiosk()
        window.open_catalogue()
        tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)
        tap(qtbot, window.get_screen(nav.CATALOGUE).review)
        tap(qtbot, window.get_screen(nav.REVIEW).send)
        qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)
        tap(qtbot, window.top_bar.emergency)
        tap(qtbot, window.get_screen(nav.EMERGENCY).confirm)
        qtbot.waitUntil(lambda: window.get_screen(nav.EMERGENCY).state == "waiting", timeout=5_000)
        window.shutdown()
    assert threads and threading.main_thread().name not in threads


def test_a_visitor_cannot_tap_into_the_catalogue_before_the_database_answers(qtbot, make_kiosk, demo_services):
    gate = threading.Event()

    def slow_database():
        gate.wait(30)
        return demo_services

    window = make_kiosk(opener=slow_database, wait_ready=False)
    start = window.start_screen
    try:
        assert not start.supplies.isEnabled() and not start.staff_help.isEnabled()
        assert start.information.isEnabled()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: start.supplies.isEnabled(), timeout=10_000)
    # Open means the data is there: the catalogue has something to ask for.
    assert start.staff_help.isEnabled() and window.snapshot is not None
    tap(qtbot, start.supplies)
    assert window.current == nav.CATALOGUE
    assert window.get_screen(nav.CATALOGUE).tiles and not window.get_screen(nav.CATALOGUE).empty_note.isVisible()


def test_the_first_snapshot_is_ready_when_the_station_comes_online(qtbot, make_kiosk, demo_services):
    window = make_kiosk(wait_ready=False)
    backend = window.backend
    if not backend.link.online:
        with qtbot.waitSignal(backend.link.online_changed, timeout=10_000):
            pass
    # Read on the same trip to the worker that opened the database: no second wait.
    assert backend.snapshot is not None and backend.available
    assert window.start_screen.site_title.text() == backend.snapshot.site_name


def test_with_the_database_down_the_ways_in_still_open_and_say_why(qtbot, make_kiosk):
    def no_database():
        from kiosk.errors import DatabaseUnavailable

        raise DatabaseUnavailable("The database can't be reached right now.")

    window = make_kiosk(opener=no_database, wait_ready=False)
    qtbot.waitUntil(lambda: window.backend.known, timeout=10_000)
    assert window.start_screen.supplies.isEnabled()
    assert window.start_screen.offline.isVisible()
