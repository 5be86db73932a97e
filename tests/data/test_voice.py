"""Visitor voice on SQLite and PostgreSQL: for others, reversal reports, feedback, the refill."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Date, DateTime, func, inspect, select

from kiosk.data.models import Request, RequestLine, VoiceTally
from kiosk.data.sharing import limit_for
from kiosk.data.submit import RequestRejected
from kiosk.data.voice import Feedback, ReversalAnswers, VoiceError
from tests.conftest import SETUP


def _tallies(db) -> dict[tuple[str, str], int]:
    with db.read_scope() as session:
        rows = session.execute(select(VoiceTally.figure, VoiceTally.key, VoiceTally.value)).all()
    return {(figure, key): value for figure, key, value in rows}


def _count(db, model) -> int:
    with db.read_scope() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _empty_stock(services, key: str) -> None:
    stock = services.inventory.supply(key).stock
    if stock:
        services.inventory.adjust(key, -stock, "count_correction", by=SETUP)


# -- for me and others ------------------------------------------------------------


@given(
    limit=st.integers(1, 200),
    others=st.integers(0, 10),
    cap=st.none() | st.integers(1, 2_000),
    kind=st.sampled_from(["item", "service"]),
)
def test_limits_grow_with_each_person_up_to_the_cap(limit, others, cap, kind):
    allowed = limit_for(limit, kind, others, cap)

    assert allowed >= limit  # never less than asking for oneself
    if kind == "service" or others == 0:
        assert allowed == limit
    else:
        assert allowed <= limit * (others + 1)
        assert allowed == (limit * (others + 1) if cap is None else min(limit * (others + 1), max(cap, limit)))
        assert limit_for(limit, kind, others + 1, cap) >= allowed  # one more person never lowers it


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(limit=st.integers(1, 6), others=st.integers(0, 5), cap=st.none() | st.integers(1, 20), extra=st.integers(0, 3))
def test_submit_takes_exactly_up_to_the_scaled_limit(services, limit, others, cap, extra):
    services.inventory.update_supply("condoms", SETUP, per_request_limit=limit, others_cap=cap)
    allowed = limit_for(limit, "item", others, cap)
    services.inventory.restock("condoms", allowed + extra + 1, by=SETUP)

    result = services.queue.submit([("condoms", allowed)], for_others=others)
    assert services.queue.status_of(result.request_id).for_others == others
    with pytest.raises(RequestRejected) as refused:
        services.queue.submit([("condoms", allowed + 1 + extra)], for_others=others)
    assert refused.value.reason == "over_limit"
    assert refused.value.details["limit"] == allowed


def test_a_service_never_grows_and_the_site_caps_the_others(services):
    with pytest.raises(RequestRejected) as refused:
        services.queue.submit([("peer-worker", 2)], for_others=3)
    assert refused.value.reason == "over_limit"

    with pytest.raises(RequestRejected) as refused:
        services.queue.submit([("condoms", 1)], for_others=6)  # the site allows 5 by default
    assert refused.value.reason == "too_many_others"
    services.settings.update(by=SETUP, others_max=2)
    with pytest.raises(RequestRejected):
        services.queue.submit([("condoms", 1)], for_others=3)
    with pytest.raises(RequestRejected):
        services.queue.submit([("condoms", 1)], for_others=-1)
    assert _count(services.db, Request) == 0
    ok = services.queue.submit([("condoms", 1)], for_others=2)
    assert ok.for_others == 2
    assert [r.for_others for r in services.queue.open_requests()] == [2]


# -- "I used naloxone" -----------------------------------------------------------------


def _row_counts(db) -> dict[str, int]:
    from kiosk.data.models import Base

    with db.read_scope() as session:
        return {
            name: int(session.scalar(select(func.count()).select_from(table)) or 0)
            for name, table in Base.metadata.tables.items()
        }


def test_a_reversal_report_stores_only_day_tallies(services):
    before = _row_counts(services.db)
    services.voice.report_reversal(ReversalAnswers(doses="2", woke="yes", help="rather_not", source="here"))
    services.voice.report_reversal(ReversalAnswers(doses="2", woke="unsure"))

    after = _row_counts(services.db)
    assert {name for name in after if after[name] != before[name]} == {"voice_tallies"}  # no request, no audit

    assert _tallies(services.db) == {
        ("reversal", ""): 2,
        ("doses", "2"): 2,
        ("woke", "yes"): 1,
        ("woke", "unsure"): 1,
        ("help", "rather_not"): 1,
        ("source", "here"): 1,
    }
    assert _count(services.db, Request) == 0
    with services.db.read_scope() as session:
        columns = {c["name"]: c["type"] for c in inspect(session.connection()).get_columns("voice_tallies")}
    assert set(columns) == {"id", "site_id", "day", "figure", "key", "value"}  # no request, station or time
    assert not any(isinstance(kind, DateTime) for kind in columns.values())
    assert isinstance(columns["day"], Date)


def test_skipping_every_question_still_counts_a_reversal(services):
    services.voice.report_reversal(ReversalAnswers())

    assert _tallies(services.db) == {("reversal", ""): 1}


def test_an_answer_not_offered_stores_nothing(services):
    with pytest.raises(VoiceError):
        services.voice.report_reversal(ReversalAnswers(doses="2", woke="maybe"))
    assert _tallies(services.db) == {}


def test_the_refill_adds_exactly_one_kit_and_respects_stock(services):
    nasal = services.inventory.supply("naloxone-nasal").stock
    injectable = services.inventory.supply("naloxone-injectable").stock

    result = services.voice.refill_naloxone(language="fr")

    request = services.queue.status_of(result.request_id)
    assert [(line.supply_key, line.quantity) for line in request.lines] == [("naloxone-nasal", 1)]
    assert request.for_others == 0 and request.language == "fr"
    assert _tallies(services.db) == {}  # the refill is not linked to any report
    _empty_stock(services, "naloxone-nasal")
    assert services.voice.refill_naloxone().pickup_code  # the other kind of kit, while it lasts
    _empty_stock(services, "naloxone-injectable")
    with pytest.raises(RequestRejected) as refused:
        services.voice.refill_naloxone()
    assert refused.value.reason == "out_of_stock"
    with services.db.read_scope() as session:
        assert session.scalar(select(func.sum(RequestLine.quantity))) == 2
    assert nasal > 1 and injectable > 1


# -- "have your say" and "I wanted this" ------------------------------------------------


def test_feedback_tallies_reach_the_report(services):
    _empty_stock(services, "syringe-1ml")
    assert [s.key for s in services.voice.out_today()] == ["syringe-1ml"]

    services.voice.give_feedback(Feedback(rating="good", missing=("supply_out", "wait")))
    services.voice.give_feedback(Feedback(rating="okay", missing=("supply_out",), wanted=("syringe-1ml",)))
    services.voice.wanted("syringe-1ml")
    services.voice.report_reversal(ReversalAnswers(help="yes"))
    services.queue.submit([("condoms", 2)], for_others=2)
    services.queue.submit([("condoms", 1)])

    today = dt.datetime.now(dt.UTC).date()
    report = services.reports.build(today, today, "month", asked_by=SETUP)
    assert report.value("encounters") == 2
    assert report.value("people_reached") == 4
    assert report.value("reversals_reported") == 1
    assert report.value("reversal_answers", "help.yes") == 1
    assert report.value("feedback_ratings", "good") == 1
    assert report.value("feedback_ratings", "okay") == 1
    assert report.value("feedback_missing", "supply_out") == 2
    assert report.value("feedback_missing", "wait") == 1
    assert report.value("wanted_out_today", "syringe-1ml") == 2
    figures = [row.figure for row in report.rows]
    assert figures.index("people_reached") == figures.index("encounters") + 1


def test_i_wanted_this_only_for_a_supply_that_is_out(services):
    with pytest.raises(VoiceError):
        services.voice.wanted("condoms")  # it can be asked for
    with pytest.raises(VoiceError):
        services.voice.give_feedback(Feedback(rating="great"))
    assert _tallies(services.db) == {}


def test_people_reached_survives_the_purge(services):
    services.queue.submit([("condoms", 1)], for_others=3)
    admin = services.staff.sign_in("admin", "582046")
    request = services.queue.open_requests()[0]
    services.queue.claim(request.id, admin.actor)
    services.queue.fulfil(request.id, admin.actor)
    today = dt.datetime.now(dt.UTC).date()
    before = services.reports.build(today, today, "day", asked_by=SETUP).value("people_reached")

    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=100)  # past the 90 days kept
    from kiosk.data.retention import RetentionService

    purged = RetentionService(services.db, clock=lambda: later).purge()
    assert purged.requests == 1
    assert _count(services.db, Request) == 0
    assert before == 4
    assert services.reports.build(today, today, "day", asked_by=SETUP).value("people_reached") == 4


def test_kiosks_reporting_at_once_lose_no_count(services, db_url):
    """Four stations adding to the same day's tallies at once: every report is counted once."""
    from kiosk.data.db import open_database
    from kiosk.data.voice import VoiceService
    from tests.data.test_concurrency import _run_threads

    def station(index: int) -> None:
        db = open_database(db_url, migrate=False)
        try:
            voice = VoiceService(db, services.site_id)
            for n in range(10):
                voice.report_reversal(ReversalAnswers(doses=("1", "2", "3+")[(index + n) % 3]))
                voice.give_feedback(Feedback(rating="good"))
        finally:
            db.dispose()

    _run_threads(4, station)

    tallies = _tallies(services.db)
    assert tallies[("reversal", "")] == 40
    assert sum(tallies[("doses", d)] for d in ("1", "2", "3+")) == 40
    assert tallies[("rating", "good")] == 40
