"""Printers: CUPS through lp/lpstat, and the PDF folder when there is none."""

from __future__ import annotations

import time
from datetime import datetime

import pytest

from kiosk.errors import KioskError
from kiosk.printing.cups import (
    CupsPrinter,
    FolderPrinter,
    PrinterState,
    PrintFailed,
    make_printer,
    parse_lpstat,
)

from .fake_cups import LPSTAT_IDLE

PDF = b"%PDF-1.4 a pickup slip\n%%EOF\n"
# The first page of a short receipt slip, as reportlab writes it: 80 x 52.6 mm.
SLIP_PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Page /MediaBox [ 0 0 226.7717 149.014 ] >>\nendobj\n%%EOF\n"
SINCE = "since Tue 12 Mar 2024 09:00:00 AM UTC"


# ------------------------------------------------------------------ reading lpstat


def _alerts(reasons: str, header: str = "is idle.  enabled") -> str:
    return LPSTAT_IDLE.replace("is idle.  enabled", header).replace("Alerts: none", f"Alerts: {reasons}")


ACCEPTING = f"Receipt accepting requests {SINCE}\n"


@pytest.mark.parametrize(
    ("output", "status", "detail"),
    [
        (LPSTAT_IDLE + ACCEPTING, "idle", "Printer 'Receipt' is ready."),
        (f"printer Receipt is idle.  enabled {SINCE}\n", "idle", "Printer 'Receipt' is ready."),
        (f"printer Receipt now printing Receipt-41.  enabled {SINCE}\n", "printing", "Printer 'Receipt' is printing."),
        (_alerts("media-empty-error media-needed-warning"), "out_of_paper", "Printer 'Receipt' is out of paper."),
        (_alerts("media-empty-error paused", "disabled") + ACCEPTING, "out_of_paper",
         "Printer 'Receipt' is out of paper."),
        (_alerts("media-jam-error"), "paper_jam", "Paper is jammed in printer 'Receipt'."),
        (_alerts("cover-open-error"), "cover_open", "The cover of printer 'Receipt' is open."),
        (_alerts("offline-report"), "offline", "Printer 'Receipt' is switched off or not connected."),
        (_alerts("toner-low-warning"), "supplies_low", "Printer 'Receipt' is working; its toner is running low."),
        (_alerts("marker-supply-low-warning media-low-report"), "supplies_low",
         "Printer 'Receipt' is working; its ink or ribbon and paper are running low."),
        (_alerts("fuser-over-temp-error"), "error", "Printer 'Receipt' reports a problem: fuser over temp."),
        (f"printer Receipt disabled {SINCE} -\n\tPaused\n", "stopped", "The queue for printer 'Receipt' is stopped."),
        (f"printer Receipt disabled {SINCE} -\n\tWaiting for a new roll\n", "stopped",
         "The queue for printer 'Receipt' is stopped (Waiting for a new roll)."),
        (LPSTAT_IDLE + f"Receipt not accepting requests {SINCE} -\n\tClosed for cleaning\n", "rejecting",
         "The queue for printer 'Receipt' is not accepting jobs (Closed for cleaning)."),
        (LPSTAT_IDLE + f"Receipt not accepting requests {SINCE} -\n\tRejecting Jobs\n", "rejecting",
         "The queue for printer 'Receipt' is not accepting jobs."),
        (f"printer Office is idle.  enabled {SINCE}\n", "absent", "CUPS has no printer queue called 'Receipt'."),
        ("", "absent", "CUPS has no printer queue called 'Receipt'."),
        ("scheduler is not running\n", "cups_down", "The print service (CUPS) is not running on this computer."),
    ],
)
def test_lpstat_output_gives_the_printer_state(output, status, detail):
    state = parse_lpstat(output, "Receipt")
    assert (state.status, state.detail) == (status, detail)
    assert "(none)" not in state.report and "(all)" not in state.report


@pytest.mark.parametrize(
    ("output", "hint"),
    [
        (_alerts("media-empty-error"), "Load a new roll or more paper."),
        (
            _alerts("media-empty-error paused", "disabled"),
            "Load a new roll or more paper. Then resume the queue: cupsenable Receipt.",
        ),
        (f"printer Receipt disabled {SINCE} -\n\tPaused\n", "Resume the queue: cupsenable Receipt."),
        (
            LPSTAT_IDLE + f"Receipt not accepting requests {SINCE} -\n\tRejecting Jobs\n",
            "Let it take jobs again: cupsaccept Receipt.",
        ),
        (
            f"printer Receipt disabled {SINCE} -\n\tPaused\nReceipt not accepting requests {SINCE} -\n\tPaused\n",
            "Resume the queue: cupsenable Receipt. Let it take jobs again: cupsaccept Receipt.",
        ),
    ],
)
def test_each_fact_gets_its_own_advice(output, hint):
    assert parse_lpstat(output, "Receipt").hint == hint


def test_only_the_asked_queue_counts():
    output = f"printer Office disabled {SINCE} -\n\tPaused\nprinter Receipt is idle.  enabled {SINCE}\n"
    assert parse_lpstat(output, "Receipt").status == "idle"
    assert parse_lpstat(output, "Office").status == "stopped"


# ------------------------------------------------------------------ CUPS queue


def test_state_comes_from_one_lpstat_with_the_long_flag_first(fake_cups):
    assert CupsPrinter("Receipt").state() == PrinterState("idle", "Printer 'Receipt' is ready.")
    # Real lpstat ignores a -l that comes after -p QUEUE: the Alerts line would never arrive.
    assert fake_cups.calls("lpstat") == [["-r", "-l", "-p", "Receipt", "-a", "Receipt"]]


@pytest.mark.parametrize(
    ("stderr", "status"),
    [
        ('lpstat: Invalid destination name in list "Receipt".\n', "absent"),
        ("lpstat: The printer or class does not exist.\n", "absent"),
        ("lpstat: Unable to connect to server: Connection refused\n", "cups_down"),
        ("lpstat: Bad file descriptor\n", "cups_down"),
        ("lpstat: Something unexpected.\n", "error"),
    ],
)
def test_lpstat_failures_become_states(fake_cups, stderr, status):
    fake_cups.lpstat(err=stderr, rc=1)
    assert CupsPrinter("Receipt").state().status == status


def test_without_cups_installed_the_state_says_so(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    state = CupsPrinter("Receipt").state()
    assert state.status == "cups_missing" and "not installed" in state.detail


def test_a_silent_cups_times_out_instead_of_hanging(fake_cups):
    fake_cups.lpstat(hang=True)
    started = time.monotonic()
    state = CupsPrinter("Receipt", timeout=0.5).state()
    assert state.status == "cups_down" and "did not answer within 0.5 s" in state.detail
    assert time.monotonic() - started < 5


def test_a_slip_goes_to_the_named_queue_at_its_own_size_then_the_centres_options(fake_cups):
    printer = CupsPrinter("Receipt", options=("cutter=full", "media=X80MMY297MM"))
    assert printer.print_pdf(SLIP_PDF, "Pickup slip") == "Receipt-42"
    job, = fake_cups.jobs()
    assert job.document == SLIP_PDF
    assert job.option("-d") == ["Receipt"]
    assert job.option("-t") == ["Pickup slip"]
    assert job.option("-n") == ["1"]
    assert job.option("-o") == ["job-sheets=none", "document-format=application/pdf", "media=Custom.80x52.6mm",
                                "pdftopdfAutoRotate=false", "cutter=full", "media=X80MMY297MM"]
    assert len(fake_cups.calls("lpstat")) == 1


def test_a_state_just_read_is_not_asked_for_again(fake_cups):
    ready = PrinterState("idle", "Printer 'Receipt' is ready.")
    CupsPrinter("Receipt").print_pdf(SLIP_PDF, "Pickup slip", checked=ready)
    assert fake_cups.calls("lpstat") == []
    assert len(fake_cups.jobs()) == 1


@pytest.mark.parametrize(
    ("lpstat", "status"),
    [
        (LPSTAT_IDLE.replace("Alerts: none", "Alerts: media-empty-error"), "out_of_paper"),
        (f"printer Receipt disabled {SINCE} -\n\tPaused\n", "stopped"),
        (LPSTAT_IDLE + f"Receipt not accepting requests {SINCE} -\n\tRejecting Jobs\n", "rejecting"),
        ("scheduler is not running\n", "cups_down"),
        ("", "absent"),
    ],
)
def test_a_printer_that_cannot_print_now_gets_no_job(fake_cups, lpstat, status):
    fake_cups.lpstat(lpstat)
    with pytest.raises(PrintFailed) as caught:
        CupsPrinter("Receipt").print_pdf(PDF, "Pickup slip")
    assert caught.value.state.status == status
    assert fake_cups.jobs() == []


@pytest.mark.parametrize(
    ("stderr", "status"),
    [
        ("lp: The printer or class does not exist.\n", "absent"),
        ('lp: Destination "Receipt" is not accepting jobs.\n', "rejecting"),
        ("lp: Unable to print file: client-error-document-format-not-supported\n", "error"),
    ],
)
def test_a_refused_job_raises_a_typed_error(fake_cups, stderr, status):
    fake_cups.lp(err=stderr, rc=1)
    with pytest.raises(PrintFailed) as caught:
        CupsPrinter("Receipt").print_pdf(PDF, "Pickup slip")
    error = caught.value
    assert isinstance(error, KioskError)
    assert error.reason == "print_failed"
    assert error.state.status == status
    assert error.details == {"status": status}
    assert error.message and error.hint


def test_a_stuck_lp_times_out(fake_cups):
    fake_cups.lp(hang=True)
    started = time.monotonic()
    with pytest.raises(PrintFailed) as caught:
        CupsPrinter("Receipt", job_timeout=0.5).print_pdf(PDF, "Pickup slip")
    assert caught.value.state.status == "cups_down"
    assert time.monotonic() - started < 5


def test_a_missing_lp_is_reported(fake_cups):
    (fake_cups.folder / "lp").unlink()
    with pytest.raises(PrintFailed) as caught:
        CupsPrinter("Receipt", lp=str(fake_cups.folder / "lp")).print_pdf(PDF, "Pickup slip")
    assert caught.value.state.status == "cups_missing"


# ------------------------------------------------------------------ PDF folder


def test_without_a_printer_slips_are_saved_as_pdf_files(tmp_path):
    clock = iter([datetime(2024, 3, 12, 14, 5, 1), datetime(2024, 3, 12, 14, 5, 2)])
    printer = FolderPrinter(tmp_path / "slips", clock=lambda: next(clock))
    assert printer.state().status == "pdf_folder"
    first = printer.print_pdf(PDF, "Pickup slip")
    second = printer.print_pdf(PDF, "Pickup slip")
    assert first.startswith("20240312-140501") and first.endswith("-pickup-slip.pdf")
    assert sorted(p.name for p in (tmp_path / "slips").iterdir()) == [first, second]
    assert (tmp_path / "slips" / first).read_bytes() == PDF


def test_an_unwritable_folder_is_a_print_failure(tmp_path):
    blocker = tmp_path / "slips"
    blocker.write_text("a file where the folder should be")
    printer = FolderPrinter(blocker)
    assert printer.state().status == "error"
    with pytest.raises(PrintFailed) as caught:
        printer.print_pdf(PDF, "Pickup slip")
    assert caught.value.state.status == "error"


@pytest.mark.parametrize("name", [None, "", "  "])
def test_no_printer_name_means_the_pdf_folder(tmp_path, name):
    printer = make_printer(name, tmp_path)
    assert isinstance(printer, FolderPrinter) and printer.folder == tmp_path


def test_a_printer_name_means_that_cups_queue(tmp_path):
    printer = make_printer(" Receipt ", tmp_path)
    assert isinstance(printer, CupsPrinter) and printer.queue == "Receipt"
