"""What a report holds: periods and one row per period and figure.

Plain values only, so the CSV and PDF writers, the command line and the staff
page all read the same thing. Figures are named by stable ids (see
:data:`FIGURES`); their words live in :mod:`kiosk.reports.labels`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

GROUPINGS = ("day", "week", "month")

#: figure id -> what its value is: "count" (people or things, suppressed when
#: small), "seconds" (a median or 90th percentile), "stock" (a balance or a
#: movement, never suppressed).
FIGURES: dict[str, str] = {
    "encounters": "count",
    "encounters_by_kind": "count",
    "encounters_by_language": "count",
    "encounters_by_site": "count",
    "requests_by_outcome": "count",
    "emergencies": "count",
    "emergency_response_median_s": "seconds",
    "emergency_response_p90_s": "seconds",
    "wait_median_s": "seconds",
    "wait_p90_s": "seconds",
    "given_by_group": "count",
    "given_by_supply": "count",
    "services_asked": "count",
    "unmet_lines": "count",
    "unmet_quantity": "count",
    "busiest_hours": "count",
    "stock_opening": "stock",
    "stock_received": "stock",
    "stock_given": "stock",
    "stock_adjusted": "stock",
    "stock_closing": "stock",
    "sharps_returned": "count",
    "sharps_weight_g": "count",
    "page_views": "count",
    "information_only_sessions": "count",
    "overdose_responses": "count",
    "overdose_naloxone_given": "count",
    "overdose_naloxone_doses": "count",
    "overdose_services_called": "count",
    "overdose_outcomes": "count",
    "overdose_false_alarms": "count",
    "overdose_to_first_median_s": "seconds",
    "overdose_to_first_p90_s": "seconds",
    "overdose_to_close_median_s": "seconds",
    "overdose_to_close_p90_s": "seconds",
}

#: What visitors told the kiosk (see kiosk.data.voice_report): people reached
#: (encounters plus the others a request was for), reversals reported and
#: their answers, feedback and "I wanted this" on supplies that were out.
FIGURES.update(
    {
        "people_reached": "count",
        "reversals_reported": "count",
        "reversal_answers": "count",
        "feedback_ratings": "count",
        "feedback_missing": "count",
        "wanted_out_today": "count",
    }
)


@dataclass(frozen=True)
class Period:
    """A slice of the report: ``first`` to ``last``, both days included."""

    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class ReportRow:
    """One figure for one period.

    ``key`` narrows the figure (a supply key, a language, "3-14" for a
    weekday and hour...); ``part_of`` names the figure and key of the total
    this row is a part of, for complementary suppression. ``observations`` is
    how many values a median or percentile stands on.
    """

    period: Period
    figure: str
    key: str = ""
    value: int | None = 0
    part_of: tuple[str, str] | None = None
    observations: int = 0

    @property
    def kind(self) -> str:
        return FIGURES[self.figure]


@dataclass(frozen=True)
class Report:
    """A whole report, in raw numbers (see :mod:`kiosk.reports.suppression`)."""

    first: dt.date
    last: dt.date
    by: str
    site_id: int | None
    site_name: str
    periods: tuple[Period, ...]
    rows: tuple[ReportRow, ...]
    made_at: dt.datetime
    version: str
    time_zone: str
    supply_names: dict[str, dict[str, str]] = field(default_factory=dict)
    small_count_threshold: int = 5

    def value(self, figure: str, key: str = "", period: int | None = None) -> int | None:
        """One figure's value, summed over every period unless ``period`` is given (tests, charts)."""
        values = [
            row.value
            for row in self.rows
            if row.figure == figure and row.key == key and (period is None or row.period == self.periods[period])
        ]
        if not values:
            return 0
        if FIGURES[figure] == "seconds" or figure in ("stock_opening", "stock_closing"):
            return values[0] if len(values) == 1 else None
        return sum(v or 0 for v in values)

    def rows_for(self, period: Period) -> list[ReportRow]:
        return [row for row in self.rows if row.period == period]
