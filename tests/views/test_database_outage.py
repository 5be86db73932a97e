"""Database outage: a PostgreSQL server of the test's own stops for 10 seconds under a kiosk and a staff window.

Both windows say so within 5 seconds, come back on their own within 5
seconds of the server's return, and every request confirmed before, during
and after is in the queue. The server is a private cluster on its own port,
so the shared test server is never touched.
"""

from __future__ import annotations

import time

import pytest

from kiosk.data.db import open_database
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site, load_demo
from kiosk.views.common.sounds import SoundBoard
from kiosk.views.staff.shell.window import StaffWindow
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor.backend import VisitorBackend
from kiosk.views.visitor.content_source import ContentSource
from kiosk.views.visitor.window import VisitorWindow
from tests.conftest import fast_hasher
from tests.deploy.pg_cluster import PrivateCluster
from tests.views.staff.conftest import FAST, queue_codes, sign_in, staff_config
from tests.views.visitor.helpers import tap

pytestmark = [pytest.mark.slow, pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")]

OUTAGE_S = 10
NOTICE_MS = 5_000


@pytest.fixture
def cluster():
    server = PrivateCluster().create()
    yield server
    server.destroy()


@pytest.fixture
def stations(cluster, qtbot, tmp_path, content_pack_once, languages_once):
    """A kiosk window and a staff window, each with its own engine on the private server."""
    setup = open_database(cluster.url)
    services = Services.build(setup, ensure_site(setup), hasher=fast_hasher())
    load_demo(setup, staff=services.staff)
    setup.dispose()
    opened: list = []

    def open_services() -> Services:
        db = open_database(cluster.url)
        opened.append(db)
        return Services.build(db, ensure_site(db), hasher=fast_hasher())

    backend = VisitorBackend(open_services, "kiosk-door", retry_ms=200, feed_interval_s=0.05)
    content = ContentSource()
    content.set_pack(content_pack_once)
    kiosk = VisitorWindow(backend, languages_once, content, touch_px=64)
    qtbot.addWidget(kiosk)
    kiosk.resize(1280, 800)
    kiosk.show()
    staff = StaffWindow(open_services, staff_config(tmp_path / "staff", cluster.url, "staff-pc"), FAST, "en",
                        SoundBoard(None, silent=True))
    qtbot.addWidget(staff)
    staff.show()
    staff.start()
    try:
        qtbot.waitUntil(lambda: backend.available and kiosk.snapshot is not None, timeout=20_000)
        yield kiosk, staff
    finally:
        kiosk.shutdown()
        staff.shutdown()
        for db in opened:
            db.dispose()


@pytest.fixture
def content_pack_once():
    from kiosk.content import ContentPack

    return ContentPack.load()


@pytest.fixture
def languages_once(qapp):
    from kiosk.views.common.i18n import LanguageSwitcher

    switcher = LanguageSwitcher()
    yield switcher
    switcher.set_language("en")
    switcher.deleteLater()


def _submit(qtbot, kiosk: VisitorWindow, key: str) -> str:
    kiosk.reset_visit()
    kiosk.open_catalogue()
    tap(qtbot, kiosk.get_screen(nav.CATALOGUE).tiles[key].stepper.plus)
    tap(qtbot, kiosk.get_screen(nav.CATALOGUE).review)
    tap(qtbot, kiosk.get_screen(nav.REVIEW).send)
    qtbot.waitUntil(lambda: kiosk.current == nav.CONFIRMATION, timeout=10_000)
    code = kiosk.get_screen(nav.CONFIRMATION).code.text()
    kiosk.reset_visit()
    return code


def test_both_windows_say_so_and_recover_and_nothing_confirmed_is_lost(qtbot, cluster, stations):
    kiosk, staff = stations
    sign_in(qtbot, staff)
    before = _submit(qtbot, kiosk, "condoms")
    qtbot.waitUntil(lambda: before in queue_codes(staff), timeout=NOTICE_MS)

    stopped = time.monotonic()
    cluster.stop()
    qtbot.waitUntil(lambda: kiosk.start_screen.offline.isVisible() and not kiosk.backend.available, timeout=NOTICE_MS)
    qtbot.waitUntil(staff.connection_banner.isVisible, timeout=NOTICE_MS)
    said_after = time.monotonic() - stopped
    assert "Can't reach the database" in staff.connection_banner.message.text()
    assert staff.signed_in and kiosk.current == nav.START

    # The server stays down for the rest of the ten seconds; both windows keep saying so.
    qtbot.wait(max(0, int((OUTAGE_S - (time.monotonic() - stopped)) * 1000)))
    assert kiosk.start_screen.offline.isVisible() and staff.connection_banner.isVisible()

    cluster.start()
    back = time.monotonic()
    qtbot.waitUntil(lambda: kiosk.backend.available and not kiosk.start_screen.offline.isVisible(), timeout=NOTICE_MS)
    qtbot.waitUntil(lambda: not staff.connection_banner.isVisible(), timeout=NOTICE_MS)
    recovered_after = time.monotonic() - back

    after = _submit(qtbot, kiosk, "lube")
    qtbot.waitUntil(lambda: {before, after} <= set(queue_codes(staff)), timeout=NOTICE_MS)
    check = open_database(cluster.url)
    try:
        stored = {r.pickup_code for r in Services.build(check).queue.open_requests()}
    finally:
        check.dispose()
    assert {before, after} <= stored
    print(f"outage noticed after {said_after:.1f} s, recovered {recovered_after:.1f} s after the server returned")
