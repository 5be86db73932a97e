"""The ``lp`` options a slip is sent with, and a centre's own options.

A slip is printed at its own size, upright: ``media`` names the page of the
document (``Custom.80x57mm`` for a receipt, ``A4`` or ``Letter`` for a
sheet), so CUPS neither lays it on the queue's default page nor turns a
short, wide slip sideways; ``pdftopdfAutoRotate=false`` stops the PDF filter
from rotating it when a queue cannot take the exact size. A centre adds its
own options (a cutter, a darkness setting) in ``kiosk.toml``; they come last
and so win.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MM = 72 / 25.4

# Sheets CUPS knows by name, in points (width, height).
_NAMED_SHEETS = {"A4": (595.28, 841.89), "Letter": (612.0, 792.0)}
_MEDIA_BOX = re.compile(rb"/MediaBox\s*\[\s*(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s+(-?[\d.]+)\s*\]")
# name=value with characters that mean nothing to a shell or to lp's own parser.
_OPTION = re.compile(r"^[A-Za-z][A-Za-z0-9_.-]{0,62}=[A-Za-z0-9_.:,+/-]{1,127}$")
#: Options the kiosk sets itself: a centre's copy of these would break the job.
RESERVED = frozenset({"document-format", "job-sheets"})


def pdf_page_size(pdf: bytes) -> tuple[float, float] | None:
    """Width and height in points of the first page of ``pdf`` (None if not found)."""
    found = _MEDIA_BOX.search(pdf)
    if found is None:
        return None
    x0, y0, x1, y1 = (float(value) for value in found.groups())
    width, height = abs(x1 - x0), abs(y1 - y0)
    return (width, height) if width > 0 and height > 0 else None


def media_for(width: float, height: float) -> str:
    """The CUPS ``media`` value for a page of ``width`` x ``height`` points."""
    for name, (sheet_width, sheet_height) in _NAMED_SHEETS.items():
        if abs(width - sheet_width) < 1.5 and abs(height - sheet_height) < 1.5:
            return name
    return f"Custom.{_mm(width)}x{_mm(height)}mm"


def page_options(pdf: bytes) -> list[str]:
    """``name=value`` options that print ``pdf`` at its own size, upright."""
    size = pdf_page_size(pdf)
    options = ["pdftopdfAutoRotate=false"]
    if size is not None:
        options.insert(0, f"media={media_for(*size)}")
    return options


def check_printer_options(values: Iterable[object]) -> tuple[str, ...]:
    """A centre's ``printer_options`` from kiosk.toml, checked; raises ValueError."""
    checked = []
    for value in values:
        if not isinstance(value, str) or not _OPTION.match(value.strip()):
            raise ValueError(
                f"printer option {value!r} is not name=value (letters, digits and . _ - : , + / only)"
            )
        option = value.strip()
        if option.split("=", 1)[0].lower() in RESERVED:
            raise ValueError(f"printer option {option!r} is set by the kiosk itself")
        checked.append(option)
    return tuple(checked)


def _mm(points: float) -> str:
    text = f"{points / MM:.1f}"
    return text.removesuffix(".0")
