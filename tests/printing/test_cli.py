"""``kiosk-admin print-test``."""

from __future__ import annotations

import argparse
import os
from collections import Counter
from pathlib import Path

import pytest

from kiosk.printing import cli
from kiosk.printing.demo import demo_resources
from kiosk.printing.strings import slip_text

from .fake_cups import LPSTAT_IDLE
from .pdf_helpers import MM, decoded_qr_codes, page_images, page_sizes, pdf_text


@pytest.fixture(autouse=True)
def _no_machine_settings(monkeypatch):
    for variable in ("KIOSK_PRINTER", "KIOSK_PAPER"):
        monkeypatch.delenv(variable, raising=False)


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="kiosk-admin print-test")
    cli.add_arguments(parser)
    return parser.parse_args(argv)


def test_arguments_have_sensible_defaults():
    args = parse()
    assert (args.pdf, args.printer, args.paper, args.lang) == (None, None, None, "en")
    with pytest.raises(SystemExit):
        parse("--paper", "tabloid")


@pytest.mark.parametrize(("paper", "lang"), [("receipt", "fr"), ("a4", "es"), ("letter", "en")])
def test_pdf_option_writes_a_test_slip_with_demo_resources(tmp_path, capsys, paper, lang):
    target = tmp_path / "test.pdf"
    assert cli.run(parse("--pdf", str(target), "--paper", paper, "--lang", lang)) == 0
    pdf = target.read_bytes()
    text = pdf_text(pdf)
    assert cli.TEST_CODE in text and slip_text(lang, "test_site") in text
    codes = Counter(code for image in page_images(pdf) for code in decoded_qr_codes(image))
    resources = demo_resources(lang)[:3]
    assert codes == Counter(r.qr_data for r in resources if r.qr_data)
    assert str(target) in capsys.readouterr().out


def test_receipt_test_slip_is_80_mm_wide(tmp_path):
    target = tmp_path / "test.pdf"
    cli.run(parse("--pdf", str(target)))
    (width, _), = page_sizes(target.read_bytes())
    assert width == pytest.approx(80 * MM, abs=0.01)


def test_printer_option_sends_the_slip_to_that_queue(fake_cups, capsys):
    assert cli.run(parse("--printer", "Receipt")) == 0
    job, = fake_cups.jobs()
    assert job.option("-d") == ["Receipt"]
    assert cli.TEST_CODE in pdf_text(job.document)
    out = capsys.readouterr().out
    assert "idle" in out and "Receipt-42" in out


def test_the_configured_printer_and_paper_are_the_default(fake_cups, monkeypatch):
    monkeypatch.setenv("KIOSK_PRINTER", "Receipt")
    monkeypatch.setenv("KIOSK_PAPER", "a4")
    assert cli.run(parse()) == 0
    job, = fake_cups.jobs()
    assert job.option("-d") == ["Receipt"]
    assert page_sizes(job.document) == [pytest.approx((210 * MM, 297 * MM), abs=0.01)]


def test_a_printer_out_of_paper_fails_with_a_message(fake_cups, capsys):
    fake_cups.lpstat(LPSTAT_IDLE.replace("Alerts: none", "Alerts: media-empty-error"))
    assert cli.run(parse("--printer", "Receipt")) == 1
    assert "out of paper" in capsys.readouterr().err
    assert fake_cups.jobs() == []


def test_without_a_printer_the_slip_lands_in_the_slips_folder(capsys):
    assert cli.run(parse()) == 0
    slips = list((Path(os.environ["KIOSK_DATA_DIR"]) / "slips").glob("*.pdf"))
    assert len(slips) == 1
    assert cli.TEST_CODE in pdf_text(slips[0].read_bytes())
    assert "pdf_folder" in capsys.readouterr().out


def test_an_unwritable_pdf_target_fails_cleanly(tmp_path, capsys):
    assert cli.run(parse("--pdf", str(tmp_path / "missing" / "test.pdf"))) == 1
    assert "Could not write" in capsys.readouterr().err


def test_demo_resources_come_from_the_content_pack_when_it_has_them(tmp_path):
    pack = tmp_path / "resources.toml"
    pack.write_text(
        '[needle-exchange]\nname = { en = "Needle exchange", fr = "Échange de seringues" }\n'
        'url = "https://example.org/exchange"\nhours = { en = "Daily", fr = "Tous les jours" }\n'
    )
    resource, = demo_resources("fr", pack)
    assert (resource.key, resource.name, resource.hours) == (
        "needle-exchange",
        "Échange de seringues",
        "Tous les jours",
    )
    assert len(demo_resources("fr", tmp_path / "none.toml")) == 3
