"""The rules of a visit, against a fake view and fake calls (no window, no database).

The calls are held until the test answers them, so an answer can be made to
arrive late: after the visitor left, or after the next visitor came.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from kiosk.data.dto import SubmitResult
from kiosk.data.submit import RequestRejected
from kiosk.errors import CallTimedOut, DatabaseUnavailable
from kiosk.views.visitor.basket import Basket
from kiosk.views.visitor.visit_state import COMING, FAILED, SENDING, WAITING, Visit

ROOT = Path(__file__).resolve().parents[3]


class FakeView:
    def __init__(self) -> None:
        self.shown: list[tuple] = []

    def show_sending(self, sending: bool) -> None:
        self.shown.append(("sending", sending))

    def show_confirmation(self, result: SubmitResult) -> None:
        self.shown.append(("confirmation", result.pickup_code))

    def show_outage(self) -> None:
        self.shown.append(("outage",))

    def show_rejection(self, reason: str, supply_key: str, limit: int | None) -> None:
        self.shown.append(("rejection", reason, supply_key, limit))

    def show_emergency_state(self, state: str) -> None:
        self.shown.append(("emergency", state))

    def show_responder(self, name: str) -> None:
        self.shown.append(("responder", name))

    def refresh_data(self) -> None:
        self.shown.append(("refresh",))


class FakeCalls:
    """Keeps every call; the test answers them when it likes."""

    def __init__(self) -> None:
        self.submits: list[SimpleNamespace] = []
        self.runs: list[SimpleNamespace] = []

    def submit(
        self, lines, on_success, on_failure, *, emergency=False, prepare=None, language=None, for_others=0
    ) -> None:
        self.submits.append(
            SimpleNamespace(
                lines=lines, ok=on_success, fail=on_failure, emergency=emergency, language=language,
                for_others=for_others,
            )
        )

    def run(self, fn, on_success=None, on_failure=None) -> None:
        self.runs.append(SimpleNamespace(fn=fn, ok=on_success, fail=on_failure))


def result(code: str = "ABC", request_id: int = 1) -> SubmitResult:
    return SubmitResult(request_id=request_id, pickup_code=code, place_in_queue=1, wait_minutes=3)


@pytest.fixture
def parts():
    view, calls, basket = FakeView(), FakeCalls(), Basket()
    basket.set_limits({"condoms": 10, "socks": 2})
    return view, calls, basket, Visit(view, calls, basket)


def test_a_request_goes_out_once_and_its_answer_shows_the_code(parts):
    view, calls, basket, visit = parts
    assert not visit.submit()  # nothing chosen: nothing sent
    basket.set("condoms", 3)
    assert visit.submit() and not visit.submit()  # a second tap while sending does nothing
    assert [c.lines for c in calls.submits] == [[("condoms", 3)]]
    assert visit.busy
    calls.submits[0].ok(result("K7Q"))
    assert view.shown == [("sending", True), ("sending", False), ("confirmation", "K7Q")]
    assert basket.empty and not visit.busy


def test_an_answer_for_a_visitor_who_left_is_dropped(parts):
    view, calls, basket, visit = parts
    basket.set("condoms", 1)
    visit.submit()
    visit.reset()  # the visitor walked away; the next one starts
    basket.set("socks", 1)
    calls.submits[0].ok(result("OLD"))
    calls.submits[0].fail(DatabaseUnavailable("late"))
    assert ("confirmation", "OLD") not in view.shown and ("outage",) not in view.shown
    assert basket.as_request() == [("socks", 1)]  # the new visitor's choice is untouched
    assert visit.submit()  # and can be sent


def test_an_outage_or_a_frozen_server_shows_the_calm_message_and_keeps_the_basket(parts):
    view, calls, basket, visit = parts
    basket.set("condoms", 2)
    for error in (DatabaseUnavailable("down"), CallTimedOut("too slow")):
        visit.submit()
        calls.submits[-1].fail(error)
        assert view.shown[-1] == ("outage",)
    assert basket.as_request() == [("condoms", 2)] and not visit.submitting


def test_rejections_correct_the_basket_and_say_why(parts):
    view, calls, basket, visit = parts
    basket.set("condoms", 2)
    basket.set("socks", 2)
    visit.submit()
    calls.submits[-1].fail(RequestRejected("out_of_stock", "Socks ran out.", supply="socks"))
    assert basket.as_request() == [("condoms", 2)]
    assert view.shown[-2:] == [("rejection", "out_of_stock", "socks", None), ("refresh",)]

    visit.submit()
    calls.submits[-1].fail(RequestRejected("over_limit", "Too many.", supply="condoms", limit=1))
    assert basket.as_request() == [("condoms", 1)]  # lowered to the limit the server holds
    assert view.shown[-2] == ("rejection", "over_limit", "condoms", 1)


def test_no_idle_reset_while_an_emergency_call_is_open(parts):
    view, calls, _basket, visit = parts
    assert visit.may_reset_when_idle()
    visit.send_emergency()
    assert not visit.may_reset_when_idle()  # sending
    assert calls.submits[-1].emergency and calls.submits[-1].lines == []
    calls.submits[-1].ok(result("EM1", request_id=42))
    assert visit.emergency_id == 42 and not visit.may_reset_when_idle()  # staff not there yet
    assert view.shown[-1] == ("emergency", WAITING)

    # Staff answer: the next change makes the kiosk look, and it says they are coming.
    check = calls.runs[-1]
    services = SimpleNamespace(queue=SimpleNamespace(status_of=lambda rid: ("status of", rid)))
    assert check.fn(services) == ("status of", 42)
    check.ok(SimpleNamespace(id=42, acknowledged_at=None))
    assert not visit.may_reset_when_idle()
    visit.on_changed(frozenset({"stock"}))
    assert len(calls.runs) == 1  # a stock change can't be the answer
    visit.on_changed(frozenset({"requests"}))
    answered = dt.datetime.now(dt.UTC)
    calls.runs[-1].ok(SimpleNamespace(id=42, acknowledged_at=answered, responders=("peer worker",), claimed_by=None))
    assert view.shown[-1] == ("emergency", COMING)
    assert visit.may_reset_when_idle()


def test_an_emergency_that_could_not_be_sent_says_so_and_a_late_one_is_dropped(parts):
    view, calls, _basket, visit = parts
    visit.send_emergency()
    assert view.shown[-1] == ("emergency", SENDING)
    calls.submits[-1].fail(DatabaseUnavailable("down"))
    assert view.shown[-1] == ("emergency", FAILED) and visit.may_reset_when_idle()

    visit.send_emergency()
    visit.reset()
    calls.submits[-1].ok(result("LATE", request_id=9))
    assert visit.emergency_id is None and view.shown[-1] == ("emergency", SENDING)


def test_the_visit_state_runs_without_qt():
    code = (
        "import sys, kiosk.views.visitor.visit_state; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
