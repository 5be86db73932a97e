"""The Stations page shows a station's printer report in the reader's language."""

from __future__ import annotations

import ast
import itertools
from pathlib import Path

import pytest

from kiosk.printing.cups import _CUPS_MISSING, _FOLDER_HINT
from kiosk.printing.lpstat import cups_down_state, failure_state, no_queue_state, parse_lpstat
from kiosk.printing.states import describe
from kiosk.views.common.i18n import LanguageSwitcher
from kiosk.views.staff.stations.printer_words import has_template, sentences, translated_report

PRINTING = Path(__file__).resolve().parents[3] / "kiosk" / "printing"
_REASONS = (
    (), ("media-empty-error",), ("media-jam-error", "media-empty"), ("cover-open",), ("offline-report",),
    ("media-low-report",), ("toner-low", "media-low"), ("marker-supply-low-warning",), ("fuser-over-temp-error",),
)


def _reports() -> list[str]:
    """What a kiosk can report about its printer, over every mix of the facts CUPS gives."""
    reports = []
    for enabled, accepting, printing, reasons, message in itertools.product(
        (True, False), (True, False), (True, False), _REASONS, ("", "kept for the night")
    ):
        reports.append(describe("slips", enabled=enabled, accepting=accepting, printing=printing,
                                reasons=reasons, message=message).report)
    reports += [cups_down_state().report, no_queue_state("slips").report, _CUPS_MISSING.report]
    reports += [failure_state("lp: Destination \"slips\" is not accepting jobs.", "slips").report,
                failure_state("", "slips").report]
    reports.append(parse_lpstat("printer slips is in a strange mood.\n", "slips").report)
    return reports


def _value(node: ast.expr) -> str:
    """What a value in an f-string stands for in a sample sentence."""
    if isinstance(node, ast.FormattedValue):
        return _value(node.value)
    if isinstance(node, ast.Name) and node.id == "said":  # the optional "(reason given)"
        return " (V7)"
    if isinstance(node, ast.IfExp) and isinstance(node.body, ast.Constant):
        return str(node.body.value)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join":
        separator = node.func.value
        return f"V7{separator.value}V7" if isinstance(separator, ast.Constant) else "V7"
    return "V7"


def _sample(node: ast.expr) -> str | None:
    """The sentence a string or f-string makes, with each value standing in as a short word."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(part.value if isinstance(part, ast.Constant) else _value(part) for part in node.values)
    return None


def _written_sentences() -> list[tuple[str, str]]:
    """Every sentence the printing code hands to a printer state, as written in its source."""
    found = []
    for path in sorted(PRINTING.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("PrinterState", "cups_down_state"):
                args = [arg for arg in node.args if not (isinstance(arg, ast.Constant) and " " not in arg.value)]
                for arg in args:
                    text = _sample(arg.values[-1] if isinstance(arg, ast.BoolOp) else arg)
                    if text:
                        found.append((f"{path.name}:{arg.lineno}", text))
    return found


def test_the_scan_finds_the_printing_sentences():
    texts = [text for _, text in _written_sentences()]
    assert "No printer: slips are saved as PDF files in V7." in texts
    assert "The print service (CUPS) did not answer within V7 s." in texts


@pytest.mark.parametrize("where_text", _written_sentences(), ids=lambda pair: pair[0])
def test_every_written_sentence_has_a_template(where_text):
    where, text = where_text
    assert all(has_template(sentence) for sentence in sentences(text)), f"{where}: {text!r}"


def test_every_report_is_worded_by_templates_sentence_by_sentence():
    unworded = {
        sentence for report in _reports() for sentence in sentences(report) if not has_template(sentence)
    }
    assert unworded == set()
    assert has_template(_FOLDER_HINT)


def test_a_driver_message_with_a_full_stop_stays_inside_its_sentence():
    report = describe("slips", enabled=True, accepting=True, printing=False,
                      reasons=["fuser-over-temp-error"], message="Fuser hot. Wait").report
    assert sentences(report) == [
        "Printer 'slips' reports a problem: fuser over temp (Fuser hot. Wait).",
        "Check the printer and its display.",
    ]


@pytest.fixture
def french(qapp):
    switcher = LanguageSwitcher.of(qapp)
    switcher.set_language("fr")
    yield
    switcher.set_language("en")


def test_a_report_reads_in_french_with_its_printer_name(french):
    report = describe("slips", enabled=False, accepting=True, printing=False, reasons=["media-empty-error"]).report
    shown = translated_report(report)
    assert "'slips'" in shown and "cupsenable slips" in shown
    assert "paper" not in shown.lower() and "papier" in shown.lower()


def test_low_supplies_are_named_in_french(french):
    report = describe("slips", enabled=True, accepting=True, printing=False, reasons=["media-low", "toner-low"]).report
    shown = translated_report(report)
    assert "papier" in shown and "running low" not in shown


def test_words_no_template_knows_are_shown_as_they_came(french):
    assert translated_report("The printer hums a tune.") == "The printer hums a tune."
    assert translated_report("") == ""


def test_english_reads_as_the_station_wrote_it():
    for report in _reports():
        assert translated_report(report) == report
