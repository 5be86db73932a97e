"""Overdose response records counted into the reports' day tallies.

A response record (:class:`kiosk.data.models.OverdoseResponse`) is written
when staff close an emergency. It names no request, station or person, so the
retention purge leaves it alone and reports read it directly: one row per
response, counted on the local day its call came in.

Times are whole seconds from the tap to the first staff answer ("I'm going")
and from the tap to closing, in the same steps as the other waits.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import Connection, select

from kiosk.data.models import OverdoseOutcome, OverdoseResponse
from kiosk.data.tallies import WAIT_STEP_S, DayCounts

#: Tally figure names (in :data:`kiosk.data.tallies.DayCounts` keys).
RESPONSES = "od_response"
FALSE_ALARMS = "od_false_alarm"
DOSES = "od_doses"
NALOXONE_GIVEN = "od_naloxone_given"
SERVICES_CALLED = "od_services_called"
OUTCOME = "od_outcome"
TO_FIRST = "od_to_first"
TO_CLOSE = "od_to_close"


def count_responses(
    connection: Connection,
    site_ids: list[int],
    zone: dt.tzinfo,
    start: dt.datetime,
    end: dt.datetime,
    out: DayCounts,
) -> None:
    """Add the sites' responses called in [start, end) to ``out``, by local day.

    A false alarm counts only as a false alarm: it is not a response, and its
    times would pull the medians down.
    """
    table = OverdoseResponse.__table__
    query = select(
        table.c.site_id,
        table.c.called_at,
        table.c.first_response_at,
        table.c.closed_at,
        table.c.naloxone_doses,
        table.c.emergency_services_called,
        table.c.outcome,
    ).where(table.c.site_id.in_(site_ids), table.c.called_at >= start, table.c.called_at < end)
    for site_id, called, first, closed, doses, called_services, outcome in connection.execute(query):
        day = called.astimezone(zone).date()
        counts = out.setdefault((site_id, day), Counter())
        outcome_value = str(getattr(outcome, "value", outcome)) if outcome is not None else None
        if outcome_value == OverdoseOutcome.FALSE_ALARM.value:
            counts[(FALSE_ALARMS, "")] += 1
            continue
        counts[(RESPONSES, "")] += 1
        counts[(OUTCOME, outcome_value or "not_recorded")] += 1
        if doses:
            counts[(DOSES, "")] += int(doses)
            counts[(NALOXONE_GIVEN, "")] += 1
        if called_services:
            counts[(SERVICES_CALLED, "")] += 1
        if first is not None:
            counts[(TO_FIRST, str(_step(first - called)))] += 1
        counts[(TO_CLOSE, str(_step(closed - called)))] += 1


def _step(elapsed: dt.timedelta) -> int:
    seconds = max(0, int(elapsed.total_seconds()))
    return (seconds // WAIT_STEP_S) * WAIT_STEP_S
