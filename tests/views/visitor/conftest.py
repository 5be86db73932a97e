"""Fixtures for the visitor kiosk: a real window on the demo database.

Every window is shut down at the end of its test (timers, change feed and
workers stopped), and the test fails if a change-feed thread or a worker
call is still running afterwards.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator

import pytest

from kiosk.views.common.i18n import LanguageSwitcher
from kiosk.views.visitor.backend import VisitorBackend
from kiosk.views.visitor.content_source import ContentSource
from kiosk.views.visitor.window import VisitorWindow

# The offscreen platform says this whenever a top-level window is shown.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")


@pytest.fixture(scope="session")
def content_pack():
    """The shipped content pack, loaded once for the whole session."""
    from kiosk.content import ContentPack

    return ContentPack.load()


@pytest.fixture
def languages(qapp) -> Iterator[LanguageSwitcher]:
    switcher = LanguageSwitcher()
    yield switcher
    switcher.set_language("en")
    switcher.deleteLater()


def _running_calls(link) -> list[int]:
    return [task for lane in link._lanes.values() for task in list(lane._functions) if task not in lane._outcomes]


def _feed_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.endswith("ChangeFeed") and t.is_alive()]


@pytest.fixture
def make_kiosk(qtbot, demo_services, content_pack, languages) -> Iterator[Callable[..., VisitorWindow]]:
    """Build, show and connect a kiosk window; keyword arguments go to VisitorWindow."""
    windows: list[VisitorWindow] = []

    def make(
        opener: Callable | None = None,
        pack=content_pack,
        wait_ready: bool = True,
        backend_options: dict | None = None,
        **options,
    ) -> VisitorWindow:
        backend = VisitorBackend(
            opener or (lambda: demo_services),
            "kiosk-test",
            **{"retry_ms": 100, "feed_interval_s": 0.05, **(backend_options or {})},
        )
        content = ContentSource()
        if pack is not None:
            content.set_pack(pack)
        options.setdefault("touch_px", 64)
        # Qt's test engine: English voices only, no speech server needed.
        options.setdefault("speech_engine", "mock")
        options.setdefault("speech_when_quiet_ms", 0)  # the test engine is made at once, no freeze
        window = VisitorWindow(backend, languages, content, **options)
        windows.append(window)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.first_paint.done)
        if wait_ready:
            qtbot.waitUntil(lambda: backend.available and window.snapshot is not None, timeout=10_000)
        return window

    yield make
    for window in windows:
        window.shutdown()
        # A call that has run but whose answer waits for the next turn of the event loop is done.
        assert not _running_calls(window.backend.link), "a database call was still running"
        assert not window.idle._quiet.isActive() and not window.idle._tick.isActive()
        assert not window.backend.link.active, "a station-link timer or the change feed is still running"
    leftover = _feed_threads()
    assert not leftover, f"change-feed threads left running: {leftover}"
