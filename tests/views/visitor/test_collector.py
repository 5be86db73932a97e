"""The garbage collector paused while the kiosk starts, and back once it has settled."""

from __future__ import annotations

import gc

import pytest
from PySide6.QtWidgets import QApplication

from kiosk.views.visitor.collector import StartupCollector


@pytest.fixture
def collector(qtbot):
    made = []

    def make(**options):
        made.append(StartupCollector(**options))
        return made[-1]

    yield make
    for each in made:
        each.resume()
    gc.unfreeze()
    assert gc.isenabled()


def test_paused_until_resumed_then_start_up_objects_are_frozen(collector):
    startup = collector()
    startup.pause()
    assert not gc.isenabled() and startup.paused
    startup.resume()
    assert gc.isenabled() and not startup.paused
    assert gc.get_freeze_count() > 0
    startup.resume()  # a second time changes nothing
    assert gc.isenabled()


def test_resumes_by_itself_when_the_window_never_settles(qtbot, collector):
    startup = collector(at_the_latest_ms=50)
    startup.pause()
    qtbot.waitUntil(lambda: gc.isenabled(), timeout=2_000)
    assert not startup.paused


def test_leaves_a_collector_someone_else_turned_off_alone(collector):
    gc.disable()
    try:
        startup = collector()
        startup.pause()
        startup.resume()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_window_says_once_when_start_up_is_over(qtbot, make_kiosk, content_pack):
    window = make_kiosk(pack=None)
    settled = []
    window.settled.connect(lambda: settled.append(True))
    with qtbot.waitSignal(window.settled, timeout=10_000):
        window.content.set_pack(content_pack)
    assert window.built("information") and window.built("confirmation")
    window.content.set_pack(content_pack)  # a new pack: the late warm-up runs again, with nothing to build
    for _ in range(3):  # its zero-time timer, then the warm-up's end
        QApplication.processEvents()
    assert not window._warming
    assert settled == [True]
