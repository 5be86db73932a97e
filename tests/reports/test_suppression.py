"""Small-count suppression: 0 stays 0, 1 to 4 become <5, and totals give nothing away."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.data.report_model import Period, ReportRow
from kiosk.reports.suppression import HIDDEN, suppress_period

P = Period(dt.date(2026, 11, 1), dt.date(2026, 11, 30))
TOTAL = ("encounters", "")


def rows(total: int, parts: dict[str, int]) -> list[ReportRow]:
    return [ReportRow(P, "encounters", "", total)] + [
        ReportRow(P, "encounters_by_kind", key, value, TOTAL) for key, value in parts.items()
    ]


def shown(result, figure="encounters_by_kind"):
    return {row.key if row.figure == figure else "total": text for row, text in result.items()}


@pytest.mark.parametrize(("value", "text"), [(0, "0"), (1, "<5"), (4, "<5"), (5, "5"), (123, "123")])
def test_a_lone_count(value, text):
    result = suppress_period([ReportRow(P, "sharps_returned", "", value)], 5)
    assert list(result.values()) == [text]


def test_the_threshold_is_the_sites():
    result = suppress_period([ReportRow(P, "sharps_returned", "", 9)], 10)
    assert list(result.values()) == ["<10"]


def test_one_small_part_hides_the_next_smallest_so_the_total_cannot_give_it_away():
    result = shown(suppress_period(rows(30, {"supplies": 20, "services": 7, "emergency": 3}), 5))
    assert result == {"total": "30", "supplies": "20", "services": HIDDEN, "emergency": "<5"}


def test_two_small_parts_need_nothing_more():
    result = shown(suppress_period(rows(26, {"supplies": 20, "services": 4, "emergency": 2}), 5))
    assert result == {"total": "26", "supplies": "20", "services": "<5", "emergency": "<5"}


def test_a_zero_part_is_no_cover_and_stays_zero():
    result = shown(suppress_period(rows(23, {"supplies": 20, "services": 0, "emergency": 3}), 5))
    assert result == {"total": "23", "supplies": HIDDEN, "services": "0", "emergency": "<5"}


def test_with_no_other_part_to_hide_the_total_is_hidden():
    result = shown(suppress_period(rows(3, {"supplies": 0, "services": 0, "emergency": 3}), 5))
    assert result["emergency"] == "<5" and result["total"] == "<5"
    result = shown(
        suppress_period([ReportRow(P, "given_by_group", "naloxone", 7),
                         ReportRow(P, "given_by_supply", "naloxone-nasal", 7, ("given_by_group", "naloxone")),
                         ReportRow(P, "given_by_supply", "naloxone-injectable", 0, ("given_by_group", "naloxone"))], 5),
        "given_by_supply",
    )
    assert result == {"total": "7", "naloxone-nasal": "7", "naloxone-injectable": "0"}


def test_no_shown_figures_add_up_to_a_hidden_one():
    """Whatever the parts, total minus the shown parts never equals a hidden part alone."""
    import itertools

    for a, b, c in itertools.product(range(0, 9), repeat=3):
        result = suppress_period(rows(a + b + c, {"supplies": a, "services": b, "emergency": c}), 5)
        texts = {row.key: text for row, text in result.items()}
        values = {"": a + b + c, "supplies": a, "services": b, "emergency": c}
        hidden = [k for k in ("supplies", "services", "emergency") if not texts[k].isdigit()]
        if texts[""].isdigit():
            assert len(hidden) != 1, (a, b, c, texts)
        for key, text in texts.items():
            if text.isdigit():
                assert int(text) == values[key]
            if values[key] == 0:
                assert text == "0"


def test_a_median_on_few_values_is_hidden():
    few = ReportRow(P, "wait_median_s", "", 200, observations=4)
    enough = ReportRow(P, "wait_p90_s", "", 600, observations=5)
    result = suppress_period([few, enough], 5)
    assert result[few] == HIDDEN and result[enough] == "600"


def test_stock_is_never_hidden():
    row = ReportRow(P, "stock_closing", "naloxone-nasal", 3)
    assert suppress_period([row], 5)[row] == "3"
