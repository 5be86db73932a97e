"""A report as CSV: one row per period and figure, ISO dates, headings in the reader's language."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

from kiosk.data.report_model import Report
from kiosk.reports.labels import detail_text, translator
from kiosk.reports.suppression import cell_texts
from kiosk.reports.writing import write_atomically

COLUMNS = ("col.period_start", "col.period_end", "col.figure_id", "col.figure", "col.key", "col.detail", "col.value")

Progress = Callable[[int, int], None]


def report_csv(report: Report, lang: str = "en", raw: bool = False, progress: Progress | None = None) -> str:
    """The CSV text (UTF-8, with a header row)."""
    tr = translator(lang)
    texts = cell_texts(report, raw)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([tr(column) for column in COLUMNS])
    total = len(report.rows)
    for n, row in enumerate(report.rows, start=1):
        value = texts[row]
        writer.writerow(
            [
                row.period.first.isoformat(),
                row.period.last.isoformat(),
                row.figure,
                tr(row.figure),
                row.key,
                detail_text(row.figure, row.key, tr, lang, report.supply_names),
                value,
            ]
        )
        if progress is not None and (n % 500 == 0 or n == total):
            progress(n, total)
    return out.getvalue()


def write_csv(
    report: Report, path: Path, lang: str = "en", raw: bool = False, progress: Progress | None = None
) -> Path:
    """Write the CSV to ``path`` (whole or not at all); raises ``ReportFileError``."""
    text = report_csv(report, lang, raw, progress)
    return write_atomically(path, text.encode("utf-8"))
