"""Printing on a real CUPS server: the private one .ci/cups.sh starts.

What comes out of cups-pdf is read back; faults come from a test backend
that behaves like a receipt printer out of paper, jammed or unplugged.
"""

from __future__ import annotations

import argparse
import time
from datetime import datetime

import pytest

from kiosk.printing import PickupSlip, build_pickup_slip
from kiosk.printing import cli as print_test
from kiosk.printing.cups import CupsPrinter, PrintFailed
from kiosk.printing.demo import demo_resources

from .pdf_helpers import MM, decoded_qr_codes, page_images, pdf_pages
from .real_cups import closed_port, hung_server, need_cups_client, wait_for


def _slip(paper: str, resources: int) -> bytes:
    slip = PickupSlip("Test site", "ABC", datetime(2026, 1, 1, 10, 0), "en", resources=demo_resources("en")[:resources])
    return build_pickup_slip(slip, paper)


# ------------------------------------------------------------------ what comes out


@pytest.mark.parametrize(
    ("paper", "resources", "size_mm"),
    [
        ("receipt", 0, (80, 52.6)),  # wider than tall: CUPS used to turn it sideways on an A4 page
        ("receipt", 3, (80, 206.4)),
        ("a4", 3, (210, 297)),
        ("letter", 3, (215.9, 279.4)),
    ],
)
def test_the_printed_slip_has_its_own_page_size_upright(real_cups, paper, resources, size_mm):
    pdf = _slip(paper, resources)
    job = CupsPrinter(real_cups.pdf_queue).print_pdf(pdf, f"slip {paper}")
    printed = real_cups.pdf_output(job)
    [page] = list(pdf_pages(printed))
    width, height = page.get_size()
    assert page.get_rotation() == 0
    # PostScript on the way rounds the page to whole points: within half a millimetre.
    assert width / MM == pytest.approx(size_mm[0], abs=0.5)
    assert height / MM == pytest.approx(size_mm[1], abs=0.5)
    # Upright: the site's name is the first line, at the top, read left to right.
    text = page.get_textpage()
    boxes = [text.get_charbox(i) for i in range(len("Test site"))]
    assert text.get_text_range(0, len("Test site")) == "Test site"
    lefts = [box[0] for box in boxes if box[2] > box[0]]
    assert lefts == sorted(lefts)
    assert min(box[3] for box in boxes) > height * 0.8
    if resources:
        codes = decoded_qr_codes(page_images(printed)[0])
        assert sorted(codes) == sorted(r.qr_data for r in demo_resources("en")[:resources])


def test_the_queue_gets_the_page_options_and_the_centres_own(real_cups):
    pdf = _slip("receipt", 0)
    raw = real_cups.raw_folder
    before = set(raw.glob("job-*.options"))
    job = CupsPrinter(real_cups.raw_queue, options=("cutter=full",)).print_pdf(pdf, "slip")
    number = job.rsplit("-", 1)[1]
    wait_for(lambda: (raw / f"job-{number}.data").exists() and set(raw.glob("job-*.options")) != before)
    options = (raw / f"job-{number}.options").read_text().split()
    # CUPS hands a false boolean to the filters as "no" + its name.
    assert {"media=Custom.80x52.6mm", "nopdftopdfAutoRotate", "cutter=full"} <= set(options)
    assert (raw / f"job-{number}.data").read_bytes() == pdf


# ------------------------------------------------------------------ faults


@pytest.mark.parametrize(
    ("fault", "status", "detail", "advice"),
    [
        ("paper-out", "out_of_paper", "Printer '{q}' is out of paper.", "Load a new roll or more paper."),
        ("jam", "paper_jam", "Paper is jammed in printer '{q}'.", "take out the jammed paper"),
        ("cover-open", "cover_open", "The cover of printer '{q}' is open.", "Close the printer's cover."),
    ],
)
def test_each_printer_fault_gives_its_state_and_advice(real_cups, fault, status, detail, advice):
    with real_cups.fault_queue() as queue:
        printer = CupsPrinter(queue.name)
        assert printer.state().status == "idle"
        queue.fault(fault)
        queue.send_job()
        wait_for(lambda: printer.state().status != "idle", what=f"the {fault} to show")
        state = printer.state()
        assert (state.status, state.detail) == (status, detail.format(q=queue.name))
        assert advice in state.hint
        # The backend stopped the queue, so the advice ends with resuming it.
        assert state.hint.endswith(f"Then resume the queue: cupsenable {queue.name}.")
        assert "(none)" not in state.report and "(all)" not in state.report
        # A kiosk sends nothing to a printer that would not print it now.
        pending = queue.pending()
        with pytest.raises(PrintFailed) as caught:
            printer.print_pdf(_slip("receipt", 0), "slip")
        assert caught.value.state.status == status
        assert queue.pending() == pending


@pytest.mark.parametrize(
    ("fault", "status", "detail", "hint"),
    [
        ("paper-waits", "out_of_paper", "Printer '{q}' is out of paper.", "Load a new roll or more paper."),
        ("offline-waits", "offline", "Printer '{q}' is switched off or not connected.",
         "Check that the printer is on and its cable is plugged in."),
    ],
)
def test_a_fault_while_the_queue_stays_enabled_still_stops_slips(real_cups, fault, status, detail, hint):
    with real_cups.fault_queue() as queue:
        printer = CupsPrinter(queue.name)
        queue.fault(fault)
        queue.send_job()
        wait_for(lambda: printer.state().status == status, what=f"the printer to report {fault}")
        state = printer.state()
        assert (state.detail, state.hint) == (detail.format(q=queue.name), hint)  # no queue to resume
        assert not state.ready
        queue.fault("none")
        wait_for(lambda: queue.jobs() and printer.state().status == "idle", what="the job to finish")


def test_low_paper_is_a_warning_and_slips_still_print(real_cups):
    with real_cups.fault_queue() as queue:
        printer = CupsPrinter(queue.name)
        queue.fault("low")
        queue.send_job()
        wait_for(lambda: printer.state().status == "supplies_low", what="the low-paper warning")
        state = printer.state()
        assert state.ready
        assert state.detail == f"Printer '{queue.name}' is working; its paper is running low."
        printer.print_pdf(_slip("receipt", 0), "slip", checked=state)
        wait_for(lambda: len(queue.jobs()) == 2, what="the slip to print")


def test_a_rejecting_queue_and_a_stopped_cupsd_are_told_apart(real_cups, monkeypatch):
    with real_cups.fault_queue() as queue:
        printer = CupsPrinter(queue.name)
        assert queue.folder.exists()
        from .real_cups import run

        assert run("cupsreject", "-r", "Closed for cleaning", queue.name).returncode == 0
        rejecting = printer.state()
        assert rejecting.status == "rejecting"
        assert rejecting.detail == f"The queue for printer '{queue.name}' is not accepting jobs (Closed for cleaning)."
        assert rejecting.hint == f"Let it take jobs again: cupsaccept {queue.name}."
        with pytest.raises(PrintFailed):
            printer.print_pdf(_slip("receipt", 0), "slip")

        monkeypatch.setenv("CUPS_SERVER", closed_port())
        down = printer.state()
        assert down.status == "cups_down"
        assert down.detail == "The print service (CUPS) is not running on this computer."
        assert "queue" not in down.detail and "cupsaccept" not in down.hint


def test_a_missing_queue_is_not_a_stopped_cupsd(real_cups):
    state = CupsPrinter("no-such-queue").state()
    assert state.status == "absent"
    assert state.detail == "CUPS has no printer queue called 'no-such-queue'."


# ------------------------------------------------------------------ a hung CUPS


def test_a_hung_cups_costs_one_bounded_probe(monkeypatch):
    need_cups_client()
    with hung_server() as server:
        monkeypatch.setenv("CUPS_SERVER", server)
        started = time.monotonic()
        state = CupsPrinter("receipt").state()
        took = time.monotonic() - started
    assert state.status == "cups_down"
    assert state.detail == "The print service (CUPS) did not answer within 3 s."
    assert 2.5 < took < 4.5


def test_print_test_against_a_hung_cups_returns_within_one_probe(monkeypatch, capsys):
    need_cups_client()
    with hung_server() as server:
        monkeypatch.setenv("CUPS_SERVER", server)
        args = argparse.Namespace(pdf=None, printer="receipt", paper="receipt", lang="en")
        started = time.monotonic()
        code = print_test.run(args)
        took = time.monotonic() - started
    assert code == 1
    assert took < 5, f"print-test took {took:.1f} s"
    out = capsys.readouterr()
    assert "cups_down" in out.out and "did not answer" in out.err
