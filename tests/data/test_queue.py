"""The request queue on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from kiosk.data.codes import ALPHABET
from kiosk.data.models import Request, RequestLine
from kiosk.data.queue import QueueConflict, RequestRejected
from kiosk.errors import NotAllowed
from tests.conftest import SETUP


def _admin(services):
    return services.staff.sign_in("admin", "582046")


def _count(db, model) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_submit_gives_a_short_code_a_place_and_a_wait(services):
    result = services.queue.submit([("naloxone-nasal", 1), ("syringe-1ml", 10)])

    assert len(result.pickup_code) == 3 and set(result.pickup_code) <= set(ALPHABET)
    assert result.place_in_queue == 1
    assert result.wait_minutes >= 1
    assert "naloxone-training" in result.resource_keys and "sharps-disposal" in result.resource_keys
    stored = services.queue.status_of(result.request_id)
    assert stored.status == "pending"
    assert [(line.supply_key, line.quantity) for line in stored.lines] == [("naloxone-nasal", 1), ("syringe-1ml", 10)]


def test_place_in_queue_counts_the_requests_ahead(services):
    places = [services.queue.submit([("condoms", 2)]).place_in_queue for _ in range(3)]
    assert places == [1, 2, 3]


@pytest.mark.parametrize(
    ("lines", "reason"),
    [
        ([], "empty"),
        ([("naloxone-nasal", 3)], "over_limit"),
        ([("naloxone-nasal", 0)], "bad_quantity"),
        ([("naloxone-nasal", 1), ("naloxone-nasal", 1)], "duplicate_line"),
        ([("no-such-thing", 1)], "unknown_supply"),
    ],
)
def test_invalid_requests_are_refused_and_write_nothing(services, lines, reason):
    with pytest.raises(RequestRejected) as caught:
        services.queue.submit(lines)
    assert caught.value.reason == reason
    assert caught.value.message  # a sentence a visitor can read
    assert _count(services.db, Request) == 0 and _count(services.db, RequestLine) == 0


def test_too_many_lines_is_refused(services):
    services.settings.update(by=SETUP, max_lines=2)
    lines = [("condoms", 1), ("lube", 1), ("socks", 1)]
    with pytest.raises(RequestRejected) as caught:
        services.queue.submit(lines)
    assert caught.value.reason == "too_many_lines"


def test_inactive_and_out_of_stock_supplies_are_refused(services):
    services.inventory.set_active("socks", False, SETUP)
    with pytest.raises(RequestRejected) as caught:
        services.queue.submit([("socks", 1)])
    assert caught.value.reason == "unavailable"

    stock = services.inventory.supply("lube").stock
    services.inventory.adjust("lube", -stock, "count_correction", SETUP)
    with pytest.raises(RequestRejected) as caught:
        services.queue.submit([("lube", 1)])
    assert caught.value.reason == "out_of_stock"
    # Services have no stock and can always be asked for.
    assert services.queue.submit([("peer-worker", 1)]).pickup_code


def test_codes_are_unique_among_open_requests(services):
    codes = [services.queue.submit([("condoms", 1)]).pickup_code for _ in range(60)]
    assert len(set(codes)) == 60


def test_claim_release_ready_fulfil(services):
    admin = _admin(services)
    request = services.queue.submit([("naloxone-nasal", 2), ("peer-worker", 1)])
    before = services.inventory.supply("naloxone-nasal").stock

    claimed = services.queue.claim(request.request_id, admin.actor)
    assert (claimed.status, claimed.claimed_by) == ("in_progress", "admin")
    released = services.queue.release(request.request_id, admin.actor)
    assert (released.status, released.claimed_by) == ("pending", None)
    ready = services.queue.mark_ready(request.request_id, admin.actor)
    assert ready.status == "ready" and ready.ready_at is not None
    assert services.queue.board() == ([], [request.pickup_code])

    result = services.queue.fulfil(request.request_id, admin.actor)
    assert result.complete and result.request.status == "fulfilled"
    assert [line.quantity_given for line in result.request.lines] == [2, 1]
    assert services.inventory.supply("naloxone-nasal").stock == before - 2
    assert services.queue.open_requests() == []


def test_second_claim_loses_with_the_winners_name(services):
    admin = _admin(services)
    other = services.staff.add("Sam", "902413", by=SETUP)
    request = services.queue.submit([("condoms", 1)])
    services.queue.claim(request.request_id, admin.actor)

    with pytest.raises(QueueConflict) as caught:
        services.queue.claim(request.request_id, other.actor)
    assert caught.value.reason == "claimed" and "admin" in caught.value.message
    with pytest.raises(NotAllowed) as refused:
        services.queue.fulfil(request.request_id, other.actor)
    assert refused.value.rule == "not_yours" and "admin is working on" in refused.value.message
    assert services.queue.status_of(request.request_id).claimed_by == "admin"


def test_part_fulfil_gives_what_there_is_and_says_so(services):
    admin = _admin(services)
    request = services.queue.submit([("sharps-container", 1), ("socks", 2)])
    stock = services.inventory.supply("socks").stock
    services.inventory.adjust("socks", -(stock - 1), "count_correction", SETUP)

    result = services.queue.fulfil(request.request_id, admin.actor)
    assert not result.complete
    assert [(s.supply_key, s.asked, s.given) for s in result.shortfalls] == [("socks", 2, 1)]
    assert services.inventory.supply("socks").stock == 0


def test_fulfil_with_chosen_quantities(services):
    admin = _admin(services)
    request = services.queue.submit([("syringe-1ml", 20), ("cookers", 5)])
    result = services.queue.fulfil(request.request_id, admin.actor, {"syringe-1ml": 10, "cookers": 5})
    assert [line.quantity_given for line in result.request.lines] == [10, 5]
    moved = services.inventory.movements("syringe-1ml")
    assert moved[-1].delta == -10 and moved[-1].reason == "fulfil"


def test_a_fulfilled_request_cannot_be_fulfilled_again(services):
    admin = _admin(services)
    request = services.queue.submit([("condoms", 3)])
    services.queue.fulfil(request.request_id, admin.actor)
    stock = services.inventory.supply("condoms").stock
    with pytest.raises(QueueConflict) as caught:
        services.queue.fulfil(request.request_id, admin.actor)
    assert caught.value.reason == "closed"
    assert services.inventory.supply("condoms").stock == stock


def test_cancel_and_no_show_close_the_request(services):
    admin = _admin(services)
    first = services.queue.submit([("condoms", 1)])
    second = services.queue.submit([("lube", 1)])
    assert services.queue.cancel(first.request_id, admin.actor, "visitor_left").status == "cancelled"
    assert services.queue.no_show(second.request_id, admin.actor).status == "no_show"
    with pytest.raises(ValueError):
        services.queue.cancel(second.request_id, admin.actor, "because")
    assert services.queue.open_requests() == []


def test_emergency_goes_first_until_acknowledged(services):
    admin = _admin(services)
    services.queue.submit([("condoms", 1)])
    emergency = services.queue.submit(emergency=True)
    assert emergency.emergency and emergency.resource_keys == ()

    queue = services.queue.open_requests()
    assert queue[0].id == emergency.request_id and queue[0].is_emergency

    acknowledged = services.queue.acknowledge(emergency.request_id, admin.actor)
    assert acknowledged.acknowledged_at is not None and acknowledged.claimed_by == "admin"
    assert services.queue.status_of(emergency.request_id).acknowledged_at is not None
    with pytest.raises(QueueConflict) as caught:
        services.queue.acknowledge(emergency.request_id, admin.actor)
    assert caught.value.reason == "acknowledged"
    # Emergencies never appear on the public board.
    assert emergency.pickup_code not in services.queue.board()[0]


def test_emergency_with_lines_is_refused(services):
    with pytest.raises(RequestRejected):
        services.queue.submit([("condoms", 1)], emergency=True)


def test_staff_actions_are_audited(services):
    from kiosk.data.audit import recent_events

    admin = _admin(services)
    request = services.queue.submit([("condoms", 1)])
    services.queue.claim(request.request_id, admin.actor)
    services.queue.fulfil(request.request_id, admin.actor)
    actions = [(e.action, e.staff_name) for e in recent_events(services.db, by=SETUP)]
    assert ("claim", "admin") in actions and ("fulfil", "admin") in actions


def test_wait_estimate_follows_recent_handling_times(services):
    import datetime as dt

    from kiosk.data.queue import QueueService

    now = [dt.datetime(2026, 11, 29, 12, 0, tzinfo=dt.UTC)]
    queue = QueueService(services.db, services.site_id, clock=lambda: now[0])
    admin = _admin(services)
    for _ in range(3):
        request = queue.submit([("condoms", 1)])
        queue.claim(request.request_id, admin.actor)
        now[0] += dt.timedelta(minutes=10)
        queue.fulfil(request.request_id, admin.actor)
    # Each took ten minutes: the third in line waits about half an hour.
    for _ in range(2):
        queue.submit([("condoms", 1)])
    assert queue.submit([("lube", 1)]).wait_minutes == 30
