"""Small-count suppression for reports that leave the centre.

A count from 1 to ``threshold - 1`` prints as "<5" (with the site's
threshold); 0 stays 0, because "nobody" identifies nobody. Where a total is
shown beside its parts, one hidden part could be worked out by subtracting
the others from the total, so a second part is hidden too (the smallest
non-zero one, marked "*"), or the total itself when no other part can be.
A median or percentile resting on fewer than ``threshold`` values is hidden
("*") as well. Stock balances are not about people and stay as they are.

The internal view (``raw``) shows every number as it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from kiosk.data.report_model import Period, Report, ReportRow

HIDDEN = "*"


def small(threshold: int) -> str:
    return f"<{threshold}"


def cell_texts(report: Report, raw: bool = False, threshold: int | None = None) -> dict[ReportRow, str]:
    """What each row's value cell says, suppressed unless ``raw``."""
    limit = max(1, threshold if threshold is not None else report.small_count_threshold)
    texts = {row: _plain(row) for row in report.rows}
    if raw or limit <= 1:
        return texts
    by_period: dict[Period, list[ReportRow]] = defaultdict(list)
    for row in report.rows:
        by_period[row.period].append(row)
    for rows in by_period.values():
        texts.update(suppress_period(rows, limit))
    return texts


def suppress_period(rows: Iterable[ReportRow], threshold: int) -> dict[ReportRow, str]:
    """The suppressed cell texts of one period's rows."""
    rows = list(rows)
    texts = {row: _plain(row) for row in rows}
    hidden: set[ReportRow] = set()
    for row in rows:
        if row.kind == "count" and row.value is not None and 0 < row.value < threshold:
            texts[row] = small(threshold)
            hidden.add(row)
        elif row.kind == "seconds" and row.value is not None and row.observations < threshold:
            texts[row] = HIDDEN
            hidden.add(row)
    totals = {(row.figure, row.key): row for row in rows if row.kind == "count"}
    families: dict[tuple[tuple[str, str], str], list[ReportRow]] = defaultdict(list)
    for row in rows:
        if row.part_of is not None and row.kind == "count":
            families[(row.part_of, row.figure)].append(row)
    # Hiding a total can expose its own family: go round until nothing changes.
    changed = True
    while changed:
        changed = False
        for (total_id, _figure), parts in families.items():
            total = totals.get(total_id)
            if total is None or total in hidden:
                continue
            hidden_parts = [p for p in parts if p in hidden]
            if len(hidden_parts) != 1:
                continue
            candidates = sorted(
                (p for p in parts if p not in hidden and (p.value or 0) > 0), key=lambda p: p.value or 0
            )
            extra = candidates[0] if candidates else total
            texts[extra] = HIDDEN
            hidden.add(extra)
            changed = True
    return texts


def _plain(row: ReportRow) -> str:
    return "" if row.value is None else str(row.value)


def heat_cells(report: Report, raw: bool = False) -> dict[str, str]:
    """Requests per "weekday-hour" over the whole range, as the shared report may show them.

    Summing periods makes new figures, so they are suppressed again as one
    period whose total is every encounter in the range.
    """
    cells: dict[str, int] = defaultdict(int)
    total = 0
    for row in report.rows:
        if row.figure == "busiest_hours":
            cells[row.key] += row.value or 0
        elif row.figure == "encounters":
            total += row.value or 0
    whole = Period(report.first, report.last)
    rows = [ReportRow(whole, "encounters", "", total)] + [
        ReportRow(whole, "busiest_hours", key, value, ("encounters", "")) for key, value in cells.items() if value
    ]
    if raw:
        return {row.key: str(row.value) for row in rows[1:]}
    texts = suppress_period(rows, report.small_count_threshold)
    return {row.key: texts[row] for row in rows[1:]}
