"""QR matrices: the quiet zone, the merged rectangles, the cache."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kiosk.printing.qr import QUIET_ZONE, qr_matrix, qr_runs

URL = "https://example.org/naloxone"


def test_matrix_is_square_with_a_four_module_quiet_zone():
    matrix = qr_matrix(URL)
    size = len(matrix)
    assert all(len(row) == size for row in matrix)
    for index in range(QUIET_ZONE):
        assert not any(matrix[index]) and not any(matrix[size - 1 - index])
        assert not any(row[index] or row[size - 1 - index] for row in matrix)
    # The finder pattern starts right after the quiet zone.
    assert matrix[QUIET_ZONE][QUIET_ZONE]
    assert QUIET_ZONE == 4


def test_matrices_are_computed_once_per_text():
    assert qr_matrix(URL) is qr_matrix(URL)
    assert qr_runs(URL) is qr_runs(URL)


def test_empty_or_oversized_text_is_refused():
    with pytest.raises(ValueError):
        qr_matrix("")
    with pytest.raises(ValueError):
        qr_matrix("x" * 5000)


def _painted(data: str) -> set[tuple[int, int]]:
    cells: set[tuple[int, int]] = set()
    for column, row, width, height in qr_runs(data):
        for y in range(row, row + height):
            for x in range(column, column + width):
                assert (x, y) not in cells, "rectangles overlap"
                cells.add((x, y))
    return cells


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=120))
def test_runs_paint_exactly_the_dark_modules(data):
    matrix = qr_matrix(data)
    dark = {(x, y) for y, row in enumerate(matrix) for x, module in enumerate(row) if module}
    assert _painted(data) == dark


def test_runs_merge_neighbouring_modules():
    matrix = qr_matrix(URL)
    dark = sum(module for row in matrix for module in row)
    assert len(qr_runs(URL)) < dark / 2
