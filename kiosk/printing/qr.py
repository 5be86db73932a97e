"""QR code matrices, shared by the printed slips and the on-screen widget.

A matrix is computed once per text and kept: the same few resource links
appear on slip after slip, and finding the best mask pattern is the slow
part. Both the PDF and the Qt painter draw from ``qr_runs``, so what the
visitor scans on screen is exactly what comes out of the printer.
"""

from __future__ import annotations

from functools import lru_cache

import qrcode
import qrcode.constants
import qrcode.exceptions

#: Light modules around the symbol that ISO/IEC 18004 asks for.
QUIET_ZONE = 4

Matrix = tuple[tuple[bool, ...], ...]
#: A dark rectangle in module units, measured from the top-left corner of the
#: matrix (quiet zone included): column, row, width, height.
Run = tuple[int, int, int, int]


@lru_cache(maxsize=256)
def qr_matrix(data: str) -> Matrix:
    """The modules of a QR code for ``data``, with the quiet zone included.

    ``True`` is a dark module. Rows run top to bottom. The error correction
    level is M, which survives a crease or a smudge on a thermal slip.
    Raises ``ValueError`` when ``data`` is empty or too long for a QR code.
    """
    if not data:
        raise ValueError("A QR code needs some text to hold.")
    code = qrcode.QRCode(
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        border=QUIET_ZONE,
    )
    code.add_data(data)
    try:
        code.make(fit=True)
    except qrcode.exceptions.DataOverflowError as exc:
        raise ValueError(f"Too much text for one QR code ({len(data)} characters).") from exc
    return tuple(tuple(bool(module) for module in row) for row in code.get_matrix())


@lru_cache(maxsize=256)
def qr_runs(data: str) -> tuple[Run, ...]:
    """The dark modules of ``qr_matrix(data)`` as few rectangles.

    Dark modules next to each other in a row become one run; a run repeated
    in the rows below grows taller instead of adding a rectangle. Fewer,
    larger rectangles draw faster and leave no hairline seams.
    """
    matrix = qr_matrix(data)
    finished: list[Run] = []
    # Runs still growing downwards, keyed by (column, width) -> (row, height).
    open_runs: dict[tuple[int, int], tuple[int, int]] = {}
    for row_index, row in enumerate(matrix):
        row_runs = set(_row_runs(row))
        for key in list(open_runs):
            if key not in row_runs:
                top, height = open_runs.pop(key)
                finished.append((key[0], top, key[1], height))
        for key in row_runs:
            top, height = open_runs.get(key, (row_index, 0))
            open_runs[key] = (top, height + 1)
    for (column, width), (top, height) in open_runs.items():
        finished.append((column, top, width, height))
    finished.sort(key=lambda run: (run[1], run[0]))
    return tuple(finished)


def _row_runs(row: tuple[bool, ...]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    start = -1
    for column, dark in enumerate(row):
        if dark and start < 0:
            start = column
        elif not dark and start >= 0:
            runs.append((start, column - start))
            start = -1
    if start >= 0:
        runs.append((start, len(row) - start))
    return runs
