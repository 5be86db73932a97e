"""Fixtures for the public board: a board window on a demo database."""

from __future__ import annotations

import pytest

from kiosk.config import Config
from kiosk.data.services import Services
from kiosk.views.board.window import BoardWindow
from kiosk.views.common.sounds import SoundBoard
from kiosk.views.common.timings import StationTimings

# Short enough for tests, long enough not to fire by surprise.
FAST = StationTimings(heartbeat_ms=60_000, retry_ms=150, feed_interval_s=0.05)


def pytest_collection_modifyitems(config, items):
    """The offscreen platform warns about every top-level window it shows."""
    here = __file__.rsplit("/", 1)[0]
    for item in items:
        if str(item.fspath).startswith(here):
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))


@pytest.fixture
def services(demo_services: Services) -> Services:
    return demo_services


@pytest.fixture
def board(qtbot, services, tmp_path):
    config = Config(data_dir=tmp_path, database_url=services.db.url, station_name="board-lobby")
    window = BoardWindow(lambda: services, config, FAST, SoundBoard(None, silent=True))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    yield window
    window.shutdown()
