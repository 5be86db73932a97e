"""The report's visitor-voice figures: people reached, reversals reported, feedback, "I wanted this".

Read beside the request figures (see :mod:`kiosk.data.reports`): people
reached is every encounter plus the others its requests were also for,
placed right after "encounters"; the rest follow each period's figures.
"""

from __future__ import annotations

from collections import Counter

from kiosk.data.report_model import Period, ReportRow
from kiosk.data.tallies import Counts, DayCounts
from kiosk.data.voice import MISSING, RATINGS, REVERSAL_QUESTIONS


def _by_period(periods: tuple[Period, ...], counts: DayCounts) -> dict[Period, Counts]:
    out: dict[Period, Counts] = {p: Counter() for p in periods}
    for (_site, day), figures in counts.items():
        for period in periods:
            if period.first <= day <= period.last:
                out[period].update(figures)
                break
    return out


def voice_rows(
    periods: tuple[Period, ...], requests: DayCounts, voice: DayCounts
) -> tuple[dict[Period, ReportRow], list[ReportRow]]:
    """People reached per period, and every other voice row, from request and voice counts."""
    encounters = _by_period(periods, requests)
    said = _by_period(periods, voice)
    reached: dict[Period, ReportRow] = {}
    rows: list[ReportRow] = []
    for period in periods:
        c = said[period]
        reached[period] = ReportRow(
            period, "people_reached", "", encounters[period][("request", "")] + c[("others", "")]
        )
        total = ("reversals_reported", "")
        rows.append(ReportRow(period, "reversals_reported", "", c[("reversal", "")]))
        for question, answers in REVERSAL_QUESTIONS.items():
            rows += [
                ReportRow(period, "reversal_answers", f"{question}.{a}", c[(question, a)], total) for a in answers
            ]
        rows += [ReportRow(period, "feedback_ratings", r, c[("rating", r)]) for r in RATINGS]
        rows += [ReportRow(period, "feedback_missing", m, c[("missing", m)]) for m in MISSING]
        wanted = sorted((key, value) for (figure, key), value in c.items() if figure == "wanted" and value)
        rows += [ReportRow(period, "wanted_out_today", key, value) for key, value in wanted]
    return reached, rows


def with_voice_rows(
    rows: list[ReportRow], periods: tuple[Period, ...], requests: DayCounts, voice: DayCounts
) -> list[ReportRow]:
    """``rows`` with people reached after each "encounters" row and the voice rows after the rest."""
    reached, more = voice_rows(periods, requests, voice)
    out: list[ReportRow] = []
    for row in rows:
        out.append(row)
        if row.figure == "encounters" and row.key == "" and row.period in reached:
            out.append(reached.pop(row.period))
    out.extend(reached.values())
    out.extend(more)
    return out
