"""Page size and rotation options, and a centre's own lp options in kiosk.toml."""

from __future__ import annotations

from datetime import datetime

import pytest

from kiosk.config import load_config
from kiosk.errors import ConfigError
from kiosk.printing import PickupSlip, build_pickup_slip
from kiosk.printing.demo import demo_resources
from kiosk.printing.job_options import check_printer_options, media_for, page_options, pdf_page_size

MM = 72 / 25.4


@pytest.mark.parametrize(
    ("paper", "resources", "media"),
    [
        ("receipt", 0, "Custom.80x52.6mm"),
        ("receipt", 3, "Custom.80x206.4mm"),
        ("a4", 3, "A4"),
        ("letter", 3, "Letter"),
    ],
)
def test_a_slip_is_sent_with_its_own_page_and_no_rotation(paper, resources, media):
    slip = PickupSlip("Test site", "ABC", datetime(2026, 1, 1, 10, 0), "en",
                      resources=demo_resources("en")[:resources])
    pdf = build_pickup_slip(slip, paper)
    assert page_options(pdf) == [f"media={media}", "pdftopdfAutoRotate=false"]


def test_page_sizes_are_read_from_the_document():
    assert pdf_page_size(b"<< /MediaBox [ 0 0 226.7717 149.014 ] >>") == pytest.approx((226.7717, 149.014))
    assert pdf_page_size(b"no page here") is None
    assert page_options(b"no page here") == ["pdftopdfAutoRotate=false"]
    assert media_for(80 * MM, 100 * MM) == "Custom.80x100mm"


@pytest.mark.parametrize("option", ["cutter=full", "Darkness=3", "media-source=roll.1", "ppi=203,203"])
def test_plain_options_are_kept(option):
    assert check_printer_options([f" {option} "]) == (option,)


@pytest.mark.parametrize(
    "option",
    ["cutter", "cutter=", "=full", "cutter=full now", "a=$(reboot)", "a=b;c", "a=`x`", "-d=other",
     "document-format=text/plain", "job-sheets=standard", 3],
)
def test_unsafe_or_reserved_options_are_refused(option):
    with pytest.raises(ValueError):
        check_printer_options([option])


def test_kiosk_toml_carries_the_centres_printer_options(tmp_path, monkeypatch):
    file = tmp_path / "kiosk.toml"
    file.write_text('printer = "receipt"\nprinter_options = ["cutter=full", "Darkness=3"]\n')
    config = load_config(config_file=file)
    assert config.printer == "receipt"
    assert config.printer_options == ("cutter=full", "Darkness=3")
    monkeypatch.setenv("KIOSK_PRINTER_OPTIONS", "cutter=partial")
    assert load_config(config_file=file).printer_options == ("cutter=partial",)


@pytest.mark.parametrize("value", ['"cutter=full"', '["cutter=full; rm"]', '["media"]'])
def test_bad_printer_options_stop_the_start_with_a_clear_message(tmp_path, value):
    file = tmp_path / "kiosk.toml"
    file.write_text(f"printer_options = {value}\n")
    with pytest.raises(ConfigError, match="printer_options|printer option"):
        load_config(config_file=file)
