"""No window uses the database on the GUI thread, from start-up on.

Each window starts on a database file that does not exist yet, so opening it
means creating and migrating it. Every connection the pools hand out is
recorded with the thread that asked for it: all of them must be workers.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import event
from sqlalchemy.pool import Pool

from kiosk.config import Config
from kiosk.content import ContentPack
from kiosk.data.services import open_services
from kiosk.data.setup import DEMO_ADMIN_NAME, DEMO_ADMIN_PIN
from kiosk.views.board.window import BoardWindow
from kiosk.views.common.i18n import LanguageSwitcher
from kiosk.views.common.sounds import SoundBoard
from kiosk.views.common.timings import StationTimings
from kiosk.views.staff.context import StaffTimings
from kiosk.views.staff.shell.window import StaffWindow
from kiosk.views.visitor import navigation as nav
from kiosk.views.visitor.backend import VisitorBackend
from kiosk.views.visitor.content_source import ContentSource
from kiosk.views.visitor.window import VisitorWindow
from tests.views.visitor.helpers import tap

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")

FAST = StationTimings(heartbeat_ms=200, retry_ms=150, feed_interval_s=0.05)


@contextmanager
def connection_threads() -> Iterator[list[str]]:
    """The names of the threads that took a database connection while inside."""
    threads: list[str] = []

    def on_checkout(_dbapi_connection, _record, _proxy) -> None:
        threads.append(threading.current_thread().name)
        assert threading.current_thread() is not threading.main_thread(), "database connection on the GUI thread"

    event.listen(Pool, "checkout", on_checkout)
    try:
        yield threads
    finally:
        event.remove(Pool, "checkout", on_checkout)


def _assert_workers_only(threads: list[str]) -> None:
    assert threads, "no database work was recorded"
    assert threading.main_thread().name not in threads


def test_the_staff_window_opens_migrates_and_works_off_the_gui_thread(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    config = Config(data_dir=tmp_path, database_url=url, station_name="staff-pc")
    timings = StaffTimings(heartbeat_ms=200, retry_ms=150, feed_interval_s=0.05, notice_ms=60_000)
    with connection_threads() as threads:
        window = StaffWindow(
            lambda: open_services(url, demo=True), config, timings, "en", SoundBoard(None, silent=True)
        )
        qtbot.addWidget(window)
        window.show()
        window.start()
        qtbot.waitUntil(lambda: window.signin.choose(DEMO_ADMIN_NAME), timeout=20_000)
        for digit in DEMO_ADMIN_PIN:
            qtbot.mouseClick(window.signin.keypad.digit_buttons[digit], Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(window.signin.signed_in, timeout=10_000):
            qtbot.mouseClick(window.signin.keypad.enter_button, Qt.MouseButton.LeftButton)
        for name in ("stock", "stations", "queue"):
            window.workspace.show_page(name)
        with qtbot.waitSignal(window.feed.requests_loaded, timeout=5_000):
            window.feed.refresh()
        qtbot.waitUntil(lambda: not window.link.busy, timeout=5_000)
        window.shutdown()
    window.link.dispose()
    _assert_workers_only(threads)


def test_the_board_opens_migrates_and_works_off_the_gui_thread(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    config = Config(data_dir=tmp_path, database_url=url, station_name="board-lobby")
    with connection_threads() as threads:
        board = BoardWindow(lambda: open_services(url, demo=True), config, FAST, SoundBoard(None, silent=True))
        qtbot.addWidget(board)
        board.show()
        with qtbot.waitSignal(board.codes_shown, timeout=20_000):
            board.start()
        qtbot.waitUntil(lambda: not board.link.busy, timeout=5_000)
        board.shutdown()
    board.link.dispose()
    _assert_workers_only(threads)


def test_the_kiosk_opens_migrates_and_sends_off_the_gui_thread(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    languages = LanguageSwitcher()
    content = ContentSource()
    content.set_pack(ContentPack.load())
    with connection_threads() as threads:
        backend = VisitorBackend(
            lambda: open_services(url, demo=True), "kiosk-test", retry_ms=150, feed_interval_s=0.05
        )
        window = VisitorWindow(backend, languages, content, touch_px=64)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda: backend.available and window.snapshot is not None, timeout=20_000)
        window.open_catalogue()
        tap(qtbot, window.get_screen(nav.CATALOGUE).tiles["condoms"].stepper.plus)
        tap(qtbot, window.get_screen(nav.CATALOGUE).review)
        tap(qtbot, window.get_screen(nav.REVIEW).send)
        qtbot.waitUntil(lambda: window.current == nav.CONFIRMATION, timeout=5_000)
        window.shutdown()
    backend.link.dispose()
    languages.set_language("en")
    _assert_workers_only(threads)
