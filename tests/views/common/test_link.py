"""The station link: one error policy, a time bound, retries with back-off."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

from kiosk.errors import CallTimedOut, DatabaseUnavailable, KioskError
from kiosk.views.common.link import StationLink
from kiosk.views.common.timings import StationTimings

TIMINGS = StationTimings(heartbeat_ms=60_000, retry_ms=50, feed_interval_s=0)


class FakeStations:
    def __init__(self) -> None:
        self.registered: list[tuple[str, str]] = []

    def register(self, name: str, kind: str):
        self.registered.append((name, kind))
        return SimpleNamespace(id=7)

    def heartbeat(self, station_id: int, state, detail: str) -> None:
        pass


@pytest.fixture
def link(qtbot):
    services = SimpleNamespace(stations=FakeStations())
    made = StationLink(lambda: services, "test-station", "staff", timings=TIMINGS)
    with qtbot.waitSignal(made.online_changed, timeout=5_000) as blocker:
        made.start()
    assert blocker.args == [True]
    yield made
    made.stop()
    assert not made.active and not made.busy


def test_a_call_runs_off_the_gui_thread_and_answers_on_it(qtbot, link):
    seen = {}

    def work(services):
        seen["worker"] = threading.current_thread()
        return services.stations.registered

    with qtbot.waitCallback() as answered:
        link.call(work, answered)
    assert answered.args == [[("test-station", "staff")]]
    assert seen["worker"] is not threading.main_thread()
    assert link.station_id == 7


def test_a_late_answer_is_dropped_and_the_caller_hears_of_an_outage(qtbot, link):
    release = threading.Event()
    answers: list[object] = []
    errors: list[KioskError] = []
    link.call(lambda _s: release.wait(5) and "late", answers.append, errors.append, timeout_ms=100)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], CallTimedOut) and isinstance(errors[0], DatabaseUnavailable)
    assert not link.online  # counted as an outage: the station retries
    release.set()
    qtbot.waitUntil(lambda: not link.busy, timeout=5_000)
    qtbot.waitUntil(lambda: link.online, timeout=5_000)  # the retry found the database
    assert answers == []


def test_offline_calls_fail_at_once_with_a_calm_error(qtbot):
    def unreachable():
        raise DatabaseUnavailable("The database can't be reached.")

    link = StationLink(unreachable, "test-station", "kiosk", timings=TIMINGS)
    with qtbot.waitSignal(link.online_changed, timeout=5_000) as blocker:
        link.start()
    assert blocker.args == [False] and link.known
    ran: list[object] = []
    with qtbot.waitCallback() as failed:
        link.call(ran.append, ran.append, failed)
    assert isinstance(failed.args[0], DatabaseUnavailable) and ran == []
    link.stop()
    assert not link.active


def test_retries_back_off_while_the_database_stays_away(qtbot):
    attempts: list[float] = []

    def unreachable():
        attempts.append(1)
        raise DatabaseUnavailable("The database can't be reached.")

    link = StationLink(unreachable, "test-station", "kiosk", timings=TIMINGS)
    link.start()
    qtbot.waitUntil(lambda: len(attempts) >= 4, timeout=5_000)
    # 50, 100, 200 ms, then at most six times the first wait.
    assert link._retry.interval() in (200, 300)
    link.stop()


def test_known_failures_go_to_the_caller_or_the_notice_bar(qtbot, link):
    def refuse(_services):
        raise KioskError("Only an admin can do that.")

    with qtbot.waitSignal(link.notice, timeout=5_000) as blocker:
        link.call(refuse)
    assert blocker.args == ["Only an admin can do that."]
    with qtbot.waitCallback() as failed:
        link.call(refuse, None, failed)
    assert failed.args[0].message == "Only an admin can do that."
    assert link.online  # a refusal is not an outage
