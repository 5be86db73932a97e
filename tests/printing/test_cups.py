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
SINCE = "since Tue 12 Mar 2024 09:00:00 AM UTC"


# ------------------------------------------------------------------ reading lpstat


@pytest.mark.parametrize(
    ("output", "status", "words"),
    [
        (LPSTAT_IDLE, "idle", "ready"),
        (f"printer Receipt is idle.  enabled {SINCE}\n", "idle", "ready"),
        (f"printer Receipt now printing Receipt-41.  enabled {SINCE}\n", "printing", "printing"),
        (f"printer Receipt disabled {SINCE} -\n\tPaused\n", "stopped", "Paused"),
        (
            LPSTAT_IDLE.replace("is idle.  enabled", "disabled").replace("Alerts: none", "Alerts: media-empty-error"),
            "out_of_paper",
            "out of paper",
        ),
        (LPSTAT_IDLE.replace("Alerts: none", "Alerts: media-needed-warning"), "out_of_paper", "out of paper"),
        (f"printer Receipt disabled {SINCE} -\n\tPrinter is out of paper.\n", "out_of_paper", "out of paper"),
        (LPSTAT_IDLE.replace("Alerts: none", "Alerts: media-jam-error"), "error", "media-jam-error"),
        (LPSTAT_IDLE.replace("Alerts: none", "Alerts: offline-report"), "error", "offline-report"),
        (LPSTAT_IDLE.replace("Alerts: none", "Alerts: toner-low-warning"), "idle", "ready"),
        (f"printer Office is idle.  enabled {SINCE}\n", "absent", "no printer queue"),
        ("", "absent", "no printer queue"),
    ],
)
def test_lpstat_output_gives_the_printer_state(output, status, words):
    state = parse_lpstat(output, "Receipt")
    assert state.status == status
    assert words in state.detail


def test_only_the_asked_queue_counts():
    output = f"printer Office disabled {SINCE} -\n\tPaused\nprinter Receipt is idle.  enabled {SINCE}\n"
    assert parse_lpstat(output, "Receipt").status == "idle"
    assert parse_lpstat(output, "Office").status == "stopped"


# ------------------------------------------------------------------ CUPS queue


def test_state_comes_from_lpstat(fake_cups):
    assert CupsPrinter("Receipt").state() == PrinterState("idle", "Printer 'Receipt' is ready.")


@pytest.mark.parametrize(
    ("stderr", "status"),
    [
        ('lpstat: Invalid destination name in list "Receipt".\n', "absent"),
        ("lpstat: The printer or class does not exist.\n", "absent"),
        ("lpstat: Unable to connect to server: Connection refused\n", "error"),
        ("lpstat: Something unexpected.\n", "error"),
    ],
)
def test_lpstat_failures_become_states(fake_cups, stderr, status):
    fake_cups.lpstat(err=stderr, rc=1)
    assert CupsPrinter("Receipt").state().status == status


def test_without_cups_the_printer_is_absent(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    state = CupsPrinter("Receipt").state()
    assert state.status == "absent" and "not installed" in state.detail


def test_a_silent_cups_times_out_instead_of_hanging(fake_cups):
    fake_cups.lpstat(hang=True)
    started = time.monotonic()
    state = CupsPrinter("Receipt", timeout=0.5).state()
    assert state.status == "error" and "did not answer" in state.detail
    assert time.monotonic() - started < 5


def test_a_slip_goes_to_the_named_queue_without_a_banner(fake_cups):
    printer = CupsPrinter("Receipt", options={"media": "X80MMY297MM"})
    assert printer.print_pdf(PDF, "Pickup slip") == "Receipt-42"
    job, = fake_cups.jobs()
    assert job.document == PDF
    assert job.option("-d") == ["Receipt"]
    assert job.option("-t") == ["Pickup slip"]
    assert job.option("-n") == ["1"]
    assert set(job.option("-o")) == {"job-sheets=none", "document-format=application/pdf", "media=X80MMY297MM"}


@pytest.mark.parametrize(
    ("lpstat", "status"),
    [
        (LPSTAT_IDLE.replace("Alerts: none", "Alerts: media-empty-error"), "out_of_paper"),
        (f"printer Receipt disabled {SINCE} -\n\tPaused\n", "stopped"),
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
        ('lp: Destination "Receipt" is not accepting jobs.\n', "stopped"),
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
        CupsPrinter("Receipt", timeout=0.5).print_pdf(PDF, "Pickup slip")
    assert caught.value.state.status == "error"
    assert time.monotonic() - started < 5


def test_a_missing_lp_is_reported(fake_cups):
    (fake_cups.folder / "lp").unlink()
    with pytest.raises(PrintFailed) as caught:
        CupsPrinter("Receipt", lp=str(fake_cups.folder / "lp")).print_pdf(PDF, "Pickup slip")
    assert caught.value.state.status == "absent"


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
