"""The printer lane: one probe in flight, heartbeats that never wait, jobs after one probe."""

from __future__ import annotations

import threading
import time

import pytest

from kiosk.errors import KioskError
from kiosk.printing.cups import PrintFailed
from kiosk.printing.lane import PrinterLane
from kiosk.printing.states import PrinterState

READY = PrinterState("idle", "Printer 'Receipt' is ready.")
NO_PAPER = PrinterState("out_of_paper", "Printer 'Receipt' is out of paper.", "Load a new roll or more paper.")


class SlowPrinter:
    """A printer whose state() waits for the test to let it answer."""

    name = "Receipt"

    def __init__(self, state: PrinterState = READY) -> None:
        self.answer = state
        self.gate = threading.Event()
        self.probes = 0
        self.jobs: list[tuple[str, PrinterState | None]] = []
        self.threads: set[str] = set()

    def state(self) -> PrinterState:
        self.probes += 1
        self.threads.add(threading.current_thread().name)
        assert self.gate.wait(10)
        return self.answer

    def print_pdf(self, pdf: bytes, title: str, checked: PrinterState | None = None) -> str:
        self.threads.add(threading.current_thread().name)
        self.jobs.append((title, checked))
        if checked is not None and not checked.ready:
            raise PrintFailed(checked)
        return "Receipt-1"


@pytest.fixture
def printer():
    return SlowPrinter()


@pytest.fixture
def lane(printer):
    lane = PrinterLane(lambda: printer, "test")
    yield lane
    printer.gate.set()
    lane.close()


def test_only_one_probe_is_in_flight(lane, printer):
    first = lane.probe()
    assert lane.probe() is first
    printer.gate.set()
    assert first.result(5) == READY
    assert printer.probes == 1
    assert lane.probe().result(5) == READY  # the next one is a new probe
    assert printer.probes == 2


def test_a_heartbeat_never_waits_for_a_hung_printer(lane, printer):
    started = time.monotonic()
    assert lane.report() == (None, "")
    assert lane.report() == (None, "")
    assert time.monotonic() - started < 0.5
    printer.gate.set()
    lane.probe().result(5)
    status, report = lane.report()
    assert (status, report) == ("idle", "Printer 'Receipt' is ready.")


def test_the_first_report_may_wait_briefly_for_the_first_answer(lane, printer):
    printer.gate.set()
    assert lane.report(first_wait=5) == ("idle", "Printer 'Receipt' is ready.")


def test_a_report_holds_the_advice(lane, printer):
    printer.answer = NO_PAPER
    printer.gate.set()
    lane.probe().result(5)
    assert lane.report() == ("out_of_paper", "Printer 'Receipt' is out of paper. Load a new roll or more paper.")


def test_a_job_asks_once_then_prints_on_the_lane(lane, printer):
    printer.gate.set()
    assert lane.print_pdf(b"%PDF", "Pickup ABC").result(5) == "Receipt-1"
    assert printer.probes == 1
    assert printer.jobs == [("Pickup ABC", READY)]
    assert printer.threads == {"test-lane_0"}
    assert threading.current_thread().name not in printer.threads


def test_a_printer_that_cannot_print_fails_the_job_and_is_remembered(lane, printer):
    printer.answer = NO_PAPER
    printer.gate.set()
    with pytest.raises(PrintFailed) as caught:
        lane.print_pdf(b"%PDF", "Pickup ABC").result(5)
    assert caught.value.state == NO_PAPER
    assert lane.latest == NO_PAPER


def test_a_closed_lane_takes_no_work(lane, printer):
    printer.gate.set()
    lane.close()
    with pytest.raises(KioskError):
        lane.print_pdf(b"%PDF", "Pickup ABC").result(5)
    assert lane.report() == (None, "")
    assert printer.probes == 0


def test_a_job_behind_a_probe_uses_that_probes_answer(lane, printer):
    printer.answer = NO_PAPER
    probe = lane.probe()
    job = lane.print_pdf(b"%PDF", "Pickup ABC")
    printer.gate.set()
    assert probe.result(5) == NO_PAPER
    with pytest.raises(PrintFailed):
        job.result(5)
    assert printer.probes == 1
