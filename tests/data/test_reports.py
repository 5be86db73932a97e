"""Report figures on a hand-written week, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.data.dto import ResponseRecord
from kiosk.data.report_model import Period
from kiosk.data.reports import ReportError, percentile, periods_for
from kiosk.errors import NotAllowed
from tests.conftest import SETUP, fast_hasher
from tests.data.report_data import EXPECTED, MON, MON2, TUE, build_week


@pytest.fixture
def week(db):
    return build_week(db, fast_hasher())


def test_every_figure_matches_the_hand_count(week):
    services, _clock, _ids = week
    report = services.reports.build(MON, MON2, "month", asked_by=SETUP)

    assert report.periods == (Period(MON, MON2),)
    found = {(row.figure, row.key): row.value for row in report.rows}
    wrong = {key: (found.get(key), want) for key, want in EXPECTED.items() if found.get(key) != want}
    assert wrong == {}


def test_overdose_responses_count_false_alarms_apart(week):
    services, clock, _ids = week
    admin = services.staff.sign_in("admin", "582046").actor
    clock.at(TUE, 15)
    alarm = services.queue.submit(emergency=True, language="en").request_id
    clock.at(TUE, 15, 1)
    services.emergency.false_alarm(alarm, admin)
    clock.at(TUE, 16)
    second = services.queue.submit(emergency=True, language="en").request_id
    clock.at(TUE, 16, 3)
    services.emergency.respond(second, admin)
    clock.at(TUE, 16, 10)
    services.emergency.close(second, admin, ResponseRecord(naloxone_doses=0, emergency_services_called=False))

    report = services.reports.build(MON, MON2, "month", asked_by=SETUP)

    assert report.value("overdose_false_alarms") == 1
    assert report.value("overdose_responses") == 2  # R4 and the second one
    assert report.value("overdose_naloxone_given") == 1  # only R4 had doses
    assert report.value("overdose_naloxone_doses") == 2
    assert report.value("overdose_services_called") == 1
    assert report.value("overdose_outcomes", "transported") == 1
    assert report.value("overdose_outcomes", "not_recorded") == 1
    # Tap to first responder: 40 s (R4) and 180 s; to closing: 1200 s and 600 s.
    assert report.value("overdose_to_first_median_s") == 40
    assert report.value("overdose_to_first_p90_s") == 180
    assert report.value("overdose_to_close_median_s") == 600
    assert report.value("overdose_to_close_p90_s") == 1200


def test_weeks_split_the_same_figures(week):
    services, _clock, _ids = week
    report = services.reports.build(MON, MON2, "week", asked_by=SETUP)

    assert [(p.first, p.last) for p in report.periods] == [
        (MON, dt.date(2026, 11, 8)),
        (dt.date(2026, 11, 9), MON2),
    ]
    assert report.value("encounters", period=0) == 5
    assert report.value("encounters", period=1) == 2
    assert report.value("encounters_by_kind", "emergency", period=1) == 1
    assert report.value("sharps_returned", period=0) == 12
    assert report.value("sharps_returned", period=1) == 20
    assert report.value("stock_closing", "naloxone-nasal", period=0) == 48
    assert report.value("stock_opening", "naloxone-nasal", period=1) == 48


@pytest.mark.parametrize("zone", ["UTC", "America/Toronto"])
def test_counting_period_by_period_or_day_by_day_gives_the_same_figures(week, zone):
    from kiosk.data.live_counts import MAX_PERIOD_PASSES
    from kiosk.data.report_model import FIGURES

    services, _clock, _ids = week
    services.settings.update(by=SETUP, time_zone=zone)
    first, last = MON - dt.timedelta(days=20), MON2 + dt.timedelta(days=20)
    by_day = services.reports.build(first, last, "day", asked_by=SETUP)  # counted per local day in SQL
    assert len(by_day.periods) > MAX_PERIOD_PASSES
    for by in ("week", "month"):  # counted period by period
        other = services.reports.build(first, last, by, asked_by=SETUP)
        assert len(other.periods) <= MAX_PERIOD_PASSES
        for figure in sorted({row.figure for row in by_day.rows} | {row.figure for row in other.rows}):
            if FIGURES[figure] != "count":
                continue
            keys = {row.key for row in by_day.rows + other.rows if row.figure == figure}
            for key in keys:
                assert by_day.value(figure, key) == other.value(figure, key), (by, figure, key)
    assert by_day.value("encounters") == 7
    short = services.reports.build(MON, MON2, "day", asked_by=SETUP)  # eight days, grouped by day
    assert [short.value("encounters", period=n) for n in range(8)] == [
        by_day.value("encounters", period=20 + n) for n in range(8)
    ]


def test_a_day_outside_the_range_is_not_counted(week):
    services, _clock, _ids = week
    report = services.reports.build(TUE, TUE, "day", asked_by=SETUP)

    assert report.value("encounters") == 2  # R4 and R5
    assert report.value("page_views") == 0
    assert report.value("information_only_sessions") == 2
    assert report.value("stock_opening", "fentanyl-test-strips") == 195
    assert report.value("stock_closing", "fentanyl-test-strips") == 192


def test_days_are_the_sites_own(week):
    services, _clock, _ids = week
    services.settings.update(by=SETUP, time_zone="America/Toronto")  # UTC-5 in November
    report = services.reports.build(MON, MON, "day", asked_by=SETUP)

    # R1 and R2 fall at 04:00 and 04:30 local time, R3 at 09:00.
    assert report.value("busiest_hours", "0-4") == 2
    assert report.value("busiest_hours", "0-9") == 1


def test_one_site_or_all_sites(week):
    services, _clock, _ids = week
    assert services.reports.build(MON, MON2, "month", site_id=services.site_id, asked_by=SETUP).value("encounters") == 7
    assert services.reports.build(MON, MON2, "month", site_id=None, asked_by=SETUP).value("encounters") == 7
    with pytest.raises(ReportError):
        services.reports.build(MON, MON2, "month", site_id=999, asked_by=SETUP)


def test_a_reversed_range_is_refused(week):
    services, _clock, _ids = week
    with pytest.raises(ReportError, match="ends before it starts"):
        services.reports.build(MON2, MON, "day", asked_by=SETUP)


def test_months_follow_the_calendar():
    periods = periods_for(dt.date(2026, 1, 15), dt.date(2026, 3, 2), "month")
    assert [(p.first.isoformat(), p.last.isoformat()) for p in periods] == [
        ("2026-01-15", "2026-01-31"),
        ("2026-02-01", "2026-02-28"),
        ("2026-03-01", "2026-03-02"),
    ]


def test_percentiles_are_nearest_rank():
    from collections import Counter

    assert percentile(Counter(), 0.5) is None
    assert percentile(Counter({10: 1}), 0.9) == 10
    values = Counter({10: 1, 20: 1, 30: 1, 40: 1, 50: 1, 60: 1, 70: 1, 80: 1, 90: 1, 100: 1})
    assert percentile(values, 0.5) == 50
    assert percentile(values, 0.9) == 90


def test_a_range_is_cut_where_summer_time_ends():
    from zoneinfo import ZoneInfo

    from kiosk.data.live_counts import offset_pieces

    zone = ZoneInfo("America/Toronto")  # clocks go back at 06:00 UTC on 1 November 2026
    start = dt.datetime(2026, 10, 31, 4, tzinfo=dt.UTC)
    end = dt.datetime(2026, 11, 2, 5, tzinfo=dt.UTC)
    pieces = list(offset_pieces(zone, start, end))
    change = dt.datetime(2026, 11, 1, 6, tzinfo=dt.UTC)
    assert pieces == [(start, change, -4 * 3600), (change, end, -5 * 3600)]
    assert list(offset_pieces(dt.UTC, start, end)) == [(start, end, 0)]


def test_only_an_admin_sees_reports_at_a_staff_window(week):
    services, _clock, _ids = week
    admin = services.staff.sign_in("admin", "582046").actor
    peer = services.staff.add("peer", "739164", by=SETUP).actor
    assert services.reports.build(MON, MON2, "month", asked_by=admin).value("encounters") == 7
    with pytest.raises(NotAllowed, match="Only an admin"):
        services.reports.build(MON, MON2, "month", asked_by=peer)
