"""Overdose response on SQLite and PostgreSQL: places, responders, anonymous records."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, inspect, select

from kiosk.data.dto import ResponseRecord
from kiosk.data.emergency import NALOXONE_KITS_OFFERED, emergency_actions
from kiosk.data.models import OverdoseResponse, StockMovement, Supply
from kiosk.data.queue import QueueConflict
from tests.conftest import SETUP


def _admin(services):
    return services.staff.sign_in("admin", "582046")


def _kiosk(services, name="hallway-kiosk", place=None):
    station = services.stations.register(name, "kiosk")
    if place:
        station = services.stations.set_place(station.id, place, by=SETUP)
    return station


def _stock(services, key):
    with services.db.session_scope() as session:
        return session.scalar(select(Supply.stock).where(Supply.key == key))


def test_the_request_names_the_kiosks_place_in_each_language(services):
    kiosk = _kiosk(services, place={"en": "hallway kiosk", "fr": "  borne du couloir ", "es": ""})
    assert kiosk.place == {"en": "hallway kiosk", "fr": "borne du couloir"}
    call = services.queue.submit(emergency=True, station_id=kiosk.id)
    view = services.queue.status_of(call.request_id)
    assert view.place("en") == "hallway kiosk"
    assert view.place("fr") == "borne du couloir"
    assert view.place("es") == "hallway kiosk"  # the English label stands in
    # A kiosk nobody labelled yet still says which one it is.
    bare = _kiosk(services, "upstairs-kiosk")
    other = services.queue.submit(emergency=True, station_id=bare.id)
    assert services.queue.status_of(other.request_id).place("en") == "upstairs-kiosk"


def test_several_staff_answer_and_the_first_sets_the_response_time(services):
    admin = _admin(services)
    peer = services.staff.add("peer", "739164", by=SETUP)
    call = services.queue.submit(emergency=True)
    assert emergency_actions(services.queue.status_of(call.request_id), peer.id) == {
        "respond",
        "close_response",
        "false_alarm",
    }

    first = services.emergency.respond(call.request_id, admin.actor)
    assert first.responders == ("admin",) and first.acknowledged_at is not None
    second = services.emergency.respond(call.request_id, peer.actor)
    assert second.responders == ("admin", "peer")
    assert second.acknowledged_at == first.acknowledged_at and second.claimed_by == "admin"
    again = services.emergency.respond(call.request_id, peer.actor)  # a second tap changes nothing
    assert again.responders == ("admin", "peer")
    assert "respond" not in emergency_actions(again, peer.id)


def test_two_staff_answering_at_once_are_both_recorded(services, db_url):
    from kiosk.data.db import open_database
    from kiosk.data.services import Services
    from tests.conftest import fast_hasher

    admin = _admin(services)
    peer = services.staff.add("peer", "739164", by=SETUP)
    call = services.queue.submit(emergency=True)
    other_db = open_database(db_url)
    try:
        other = Services.build(other_db, services.site_id, hasher=fast_hasher())
        start = threading.Barrier(2)
        errors: list[BaseException] = []

        def go(svc, staff_id):
            start.wait()
            try:
                svc.emergency.respond(call.request_id, staff_id)
            except BaseException as error:  # noqa: BLE001 - reported below
                errors.append(error)

        threads = [threading.Thread(target=go, args=(s, i)) for s, i in ((services, admin.actor), (other, peer.actor))]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    finally:
        other_db.dispose()
    assert errors == []
    view = services.queue.status_of(call.request_id)
    assert sorted(view.responders) == ["admin", "peer"]
    assert view.claimed_by == view.responders[0]


def test_the_emergency_stays_first_until_closed_then_leaves_the_open_queue(services):
    admin = _admin(services)
    services.queue.submit([("condoms", 1)])
    call = services.queue.submit(emergency=True)
    services.emergency.respond(call.request_id, admin.actor)
    later = services.queue.submit([("condoms", 1)])
    assert [r.id for r in services.queue.open_requests()][0] == call.request_id
    assert [r.id for r in services.emergency.open_emergencies()] == [call.request_id]

    services.emergency.close(call.request_id, admin.actor, ResponseRecord(naloxone_doses=2, outcome="responsive"))
    open_ids = [r.id for r in services.queue.open_requests()]
    assert call.request_id not in open_ids and later.request_id in open_ids
    assert services.emergency.open_emergencies() == []
    with pytest.raises(QueueConflict) as caught:
        services.emergency.respond(call.request_id, admin.actor)
    assert caught.value.reason == "closed"


def test_the_record_keeps_the_tapped_answers_and_the_three_times(services):
    admin = _admin(services)
    call = services.queue.submit(emergency=True)
    services.emergency.respond(call.request_id, admin.actor)
    answers = ResponseRecord(
        naloxone_doses=5,
        naloxone_route="nasal",
        rescue_breathing=True,
        oxygen=None,
        emergency_services_called=True,
        outcome="transported",
        notes=("more_than_one_dose", "xylazine_suspected"),
    )
    record = services.emergency.close(call.request_id, admin.actor, answers)
    assert (record.naloxone_doses, record.naloxone_route, record.outcome) == (5, "nasal", "transported")
    assert record.rescue_breathing is True and record.oxygen is None and record.emergency_services_called is True
    assert record.notes == ("more_than_one_dose", "xylazine_suspected")
    assert record.responders == 1 and record.kits_taken == 0
    assert record.called_at <= record.first_response_at <= record.closed_at
    assert services.emergency.responses() == [record]


@pytest.mark.parametrize(
    "answers",
    [
        ResponseRecord(naloxone_doses=6),
        ResponseRecord(naloxone_route="in the arm"),
        ResponseRecord(outcome="went home"),
        ResponseRecord(notes=("he said his name was",)),
    ],
)
def test_the_record_refuses_anything_outside_its_lists(services, answers):
    admin = _admin(services)
    call = services.queue.submit(emergency=True)
    with pytest.raises(ValueError):
        services.emergency.close(call.request_id, admin.actor, answers)
    assert services.queue.status_of(call.request_id).is_open


def test_the_record_table_holds_no_free_text_and_no_link_to_a_visit(db, services):
    columns = {c["name"]: c for c in inspect(db.engine).get_columns("overdose_responses")}
    assert set(columns) == {
        "id",
        "site_id",
        "called_at",
        "first_response_at",
        "closed_at",
        "responders",
        "naloxone_doses",
        "naloxone_route",
        "rescue_breathing",
        "oxygen",
        "emergency_services_called",
        "outcome",
        "notes",
        "kits_taken",
    }
    foreign = inspect(db.engine).get_foreign_keys("overdose_responses")
    assert [key["referred_table"] for key in foreign] == ["sites"]
    # The only strings are the two short codes from fixed lists (checked by the database too).
    strings = {name for name, column in columns.items() if "CHAR" in str(column["type"]).upper()}
    assert strings == {"naloxone_route", "outcome"}
    assert all(column["type"].length <= 20 for name, column in columns.items() if name in strings)


def test_closing_can_take_two_naloxone_kits_in_the_same_transaction(services):
    admin = _admin(services)
    before = _stock(services, "naloxone-nasal")
    call = services.queue.submit(emergency=True)
    record = services.emergency.close(
        call.request_id, admin.actor, ResponseRecord(outcome="responsive", take_naloxone_kits=NALOXONE_KITS_OFFERED)
    )
    assert record.kits_taken == 2
    assert _stock(services, "naloxone-nasal") == before - 2
    with services.db.session_scope() as session:
        reasons = session.scalars(select(StockMovement.reason).where(StockMovement.delta < 0)).all()
    assert reasons == ["overdose_response"]


def test_closing_without_kits_on_the_shelf_still_closes(services):
    admin = _admin(services)
    with services.db.session_scope() as session:
        for supply in session.scalars(select(Supply).where(Supply.key.like("naloxone%"))):
            supply.stock = 0
    call = services.queue.submit(emergency=True)
    record = services.emergency.close(call.request_id, admin.actor, ResponseRecord(take_naloxone_kits=2))
    assert record.kits_taken == 0
    assert not services.queue.status_of(call.request_id).is_open


def test_a_false_alarm_closes_in_one_call_and_counts_as_such(services):
    admin = _admin(services)
    call = services.queue.submit(emergency=True)
    record = services.emergency.false_alarm(call.request_id, admin.actor)
    assert record.outcome == "false_alarm" and record.first_response_at is None and record.responders == 0
    assert not services.queue.status_of(call.request_id).is_open
    with services.db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(OverdoseResponse)) == 1
    with pytest.raises(QueueConflict):
        services.emergency.false_alarm(call.request_id, admin.actor)


def test_the_naloxone_location_is_a_site_setting_per_language(services):
    places = {"en": "red box by the door", "fr": "boîte rouge", "es": " "}
    settings = services.settings.update(by=SETUP, naloxone_location=places)
    assert settings.naloxone_location_in("fr") == "boîte rouge"
    assert settings.naloxone_location_in("es") == "red box by the door"
    assert services.settings.load().naloxone_location == {"en": "red box by the door", "fr": "boîte rouge"}
