"""Fixtures for the staff back office: windows on a demo database, signed in or not."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import Qt

from kiosk.config import Config
from kiosk.data.db import open_database
from kiosk.data.services import Services
from kiosk.data.setup import DEMO_ADMIN_NAME, DEMO_ADMIN_PIN
from kiosk.views.common.sounds import SoundBoard
from kiosk.views.staff.context import StaffTimings
from kiosk.views.staff.shell.window import StaffWindow
from tests.conftest import SETUP, fast_hasher

PEER_NAME = "peer worker"
PEER_PIN = "739164"
ADMIN_NAME = DEMO_ADMIN_NAME
ADMIN_PIN = DEMO_ADMIN_PIN

def pytest_collection_modifyitems(config, items):
    """The offscreen platform warns about every top-level window it shows."""
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


# Timers short enough for tests, long enough not to fire by surprise.
FAST = StaffTimings(
    heartbeat_ms=60_000,
    retry_ms=150,
    notice_ms=60_000,
    alarm_repeat_ms=120,
    tick_ms=1_000,
    idle_ms=None,
    feed_interval_s=0.05,
)


@pytest.fixture
def services(demo_services: Services) -> Services:
    demo_services.staff.add(PEER_NAME, PEER_PIN, by=SETUP)
    return demo_services


def staff_config(data_dir, database_url: str, station: str) -> Config:
    return Config(data_dir=data_dir, database_url=database_url, station_name=station)


@pytest.fixture
def make_window(qtbot, tmp_path) -> Iterator[Callable[..., StaffWindow]]:
    """Build started staff windows; each is shut down at teardown."""
    windows: list[StaffWindow] = []
    extra_dbs = []

    def build(
        services: Services,
        station: str = "staff-pc",
        timings: StaffTimings = FAST,
        own_database: bool = False,
        lang: str = "en",
        sounds: SoundBoard | None = None,
    ) -> StaffWindow:
        if own_database:
            # A second PC: its own engine and services on the same file.
            db = open_database(services.db.engine.url.render_as_string(hide_password=False))
            extra_dbs.append(db)
            services = Services.build(db, services.site_id, hasher=fast_hasher())
        config = staff_config(tmp_path / station, services.db.url, station)
        window = StaffWindow(lambda: services, config, timings, lang, sounds or SoundBoard(None, silent=True))
        qtbot.addWidget(window)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.link.online, timeout=10_000)
        windows.append(window)
        return window

    yield build
    for window in windows:
        window.shutdown()
    for db in extra_dbs:
        db.dispose()


def type_pin(qtbot, window: StaffWindow, pin: str) -> None:
    for digit in pin:
        qtbot.mouseClick(window.signin.keypad.digit_buttons[digit], Qt.MouseButton.LeftButton)


def choose_name(qtbot, window: StaffWindow, name: str) -> None:
    qtbot.waitUntil(lambda: window.signin.choose(name), timeout=5_000)


def sign_in(qtbot, window: StaffWindow, name: str = ADMIN_NAME, pin: str = ADMIN_PIN) -> None:
    choose_name(qtbot, window, name)
    type_pin(qtbot, window, pin)
    with qtbot.waitSignal(window.signin.signed_in, timeout=5_000):
        qtbot.mouseClick(window.signin.keypad.enter_button, Qt.MouseButton.LeftButton)
    assert window.signed_in


def queue_codes(window: StaffWindow) -> list[str]:
    proxy = window.workspace.queue_page.proxy
    return [proxy.index(row, 0).data() for row in range(proxy.rowCount())]


def queue_row(window: StaffWindow, code: str):
    """The RequestView shown for ``code`` in the window's queue, or None."""
    for request in window.workspace.queue_page.model.rows():
        if request.pickup_code == code:
            return request
    return None
