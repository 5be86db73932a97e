"""Two sites in one database stay apart, on SQLite and PostgreSQL.

Each test works at one site and checks the other site neither sees it nor
can touch it: queue, pickup codes, board, alerts, stock, stations, staff
sign-in and reports.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import exc

from kiosk.data.models import Request
from kiosk.data.queue import QueueConflict
from kiosk.data.signin import SignInFailed
from kiosk.data.sites import SiteError, SiteService
from kiosk.errors import KioskError, NotAllowed
from tests.conftest import SETUP, fast_hasher

PIN_A, PIN_B, PIN_ORG = "582046", "604918", "739261"


@pytest.fixture
def two(services):
    """Site A (the demo site) and site B (its catalogue copied, stock restocked), each with an admin."""
    a = services
    site_b = a.sites.add("Harbour", SETUP)
    b = a.at_site(site_b.id, hasher=fast_hasher())
    a.sites.copy_catalogue(a.site_id, b.site_id, SETUP)
    for key in ("condoms", "naloxone-nasal", "syringe-1ml"):
        b.inventory.restock(key, 40, SETUP)
    b.staff.add("admin", PIN_B, admin=True, by=SETUP)
    a.staff.add("Org", PIN_ORG, by=SETUP, org_admin=True)
    return a, b


def _admin(services, pin):
    return services.staff.sign_in("admin", pin).actor


def test_the_queue_of_one_site_is_invisible_and_untouchable_at_the_other(two):
    a, b = two
    at_b = b.queue.submit([("condoms", 2)])
    b.queue.submit(emergency=True)
    assert a.queue.open_requests() == [] and a.queue.staff_queue() == []
    assert a.emergency.open_emergencies() == []
    assert [r.id for r in b.queue.open_requests()] != []
    with pytest.raises(QueueConflict):
        a.queue.claim(at_b.request_id, _admin(a, PIN_A))
    with pytest.raises(KioskError):
        a.queue.status_of(at_b.request_id)
    assert b.queue.status_of(at_b.request_id).status == "pending"


def test_the_board_shows_only_its_own_sites_codes(two):
    a, b = two
    admin_b = _admin(b, PIN_B)
    ready = b.queue.submit([("condoms", 1)])
    b.queue.mark_ready(ready.request_id, admin_b)
    mine = a.queue.submit([("condoms", 1)])
    a.queue.claim(mine.request_id, _admin(a, PIN_A))
    preparing_a, ready_a = a.queue.board()
    preparing_b, ready_b = b.queue.board()
    assert ready.pickup_code in ready_b and ready.pickup_code not in ready_a
    assert mine.pickup_code in preparing_a and mine.pickup_code not in preparing_b


def test_pickup_codes_are_unique_per_site_only(two, db):
    a, b = two
    now = dt.datetime.now(dt.UTC)
    with db.session_scope() as session:
        session.add(Request(site_id=a.site_id, pickup_code="K7P", created_at=now))
        session.add(Request(site_id=b.site_id, pickup_code="K7P", created_at=now))
    with pytest.raises(exc.IntegrityError):
        with db.session_scope() as session:
            session.add(Request(site_id=b.site_id, pickup_code="K7P", created_at=now))


def test_alerts_stay_at_their_site(two):
    a, b = two
    alert = b.alerts.post({"en": {"title": "Strong batch", "body": "Test first."}}, by=_admin(b, PIN_B))
    assert a.alerts.current() == [] and a.alerts.all() == []
    assert [x.id for x in b.alerts.current()] == [alert.id]
    with pytest.raises(KioskError):
        a.alerts.end(alert.id, _admin(a, PIN_A))
    assert [x.id for x in b.alerts.current()] == [alert.id]


def test_stock_of_one_site_moves_only_there(two):
    a, b = two
    before_b = b.inventory.supply("condoms").stock
    a.inventory.restock("condoms", 7, SETUP)
    a.queue.fulfil(a.queue.submit([("condoms", 3)]).request_id, _admin(a, PIN_A))
    assert b.inventory.supply("condoms").stock == before_b
    assert [m.delta for m in b.inventory.movements("condoms")] == [40]


def test_stations_of_the_same_name_are_two_stations(two):
    a, b = two
    front_a = a.stations.register("front", "kiosk")
    front_b = b.stations.register("front", "kiosk")
    assert front_a.id != front_b.id
    assert [s.id for s in a.stations.stations()] == [front_a.id]
    assert [s.id for s in b.stations.stations()] == [front_b.id]
    with pytest.raises(KioskError):
        a.stations.set_place(front_b.id, {"en": "by the door"}, by=_admin(a, PIN_A))
    with pytest.raises(KioskError):
        a.staff.unlock_station(front_b.id, PIN_A)


def test_staff_sign_in_at_their_own_site_only(two):
    a, b = two
    a.staff.add("Sam", "917253", by=SETUP)
    with pytest.raises(SignInFailed):
        b.staff.sign_in("Sam", "917253")
    # The same name is another person at the other site, with their own PIN.
    assert b.staff.sign_in("admin", PIN_B).id != a.staff.sign_in("admin", PIN_A).id
    with pytest.raises(SignInFailed):
        b.staff.sign_in("admin", PIN_A)
    sam = a.staff.sign_in("Sam", "917253").actor
    with pytest.raises(NotAllowed) as caught:
        b.inventory.restock("condoms", 1, sam)
    assert caught.value.rule == "other_site"
    # B's list: its own admin, and the organisation admin who may sign in anywhere; never Sam.
    assert sorted(s.name for s in b.staff.list()) == ["Org", "admin"]


def test_an_organisation_admin_signs_in_and_works_at_every_site(two):
    a, b = two
    org = b.staff.sign_in("Org", PIN_ORG)
    assert org.is_org_admin and org.is_admin
    assert b.inventory.restock("condoms", 5, org.actor).stock == 45
    assert a.staff.sign_in("Org", PIN_ORG).id == org.id
    kiosk_b = b.stations.register("front", "kiosk")
    assert b.staff.unlock_station(kiosk_b.id, PIN_ORG).id == org.id  # a kiosk's staff menu too
    with pytest.raises(SignInFailed):
        b.staff.unlock_station(kiosk_b.id, PIN_A)  # a site admin's PIN opens only their own site's kiosks
    # Organisation work is theirs alone: a site's admin may not move stock between sites.
    with pytest.raises(NotAllowed) as caught:
        a.sites.transfer("condoms", 1, a.site_id, b.site_id, _admin(a, PIN_A))
    assert caught.value.rule == "org_admin_only"
    with pytest.raises(NotAllowed):
        a.sites.add("Van", _admin(a, PIN_A))
    with pytest.raises(NotAllowed):
        a.staff.add("Boss", "286401", by=_admin(a, PIN_A), org_admin=True)


def test_reports_cover_another_site_or_every_site_only_for_an_organisation_admin(two):
    a, b = two
    day = dt.datetime.now(dt.UTC).date()
    a.queue.fulfil(a.queue.submit([("condoms", 2)]).request_id, _admin(a, PIN_A))
    b.queue.fulfil(b.queue.submit([("condoms", 3)]).request_id, _admin(b, PIN_B))
    span = (day - dt.timedelta(days=1), day + dt.timedelta(days=1))
    org = a.staff.sign_in("Org", PIN_ORG).actor
    every = a.reports.build(*span, "month", None, asked_by=org)
    assert every.site_id is None and every.value("encounters") == 2
    assert a.reports.build(*span, "month", b.site_id, asked_by=org).value("encounters") == 1
    with pytest.raises(NotAllowed):
        a.reports.build(*span, "month", b.site_id, asked_by=_admin(a, PIN_A))
    # A site's own admin asking for every site gets their own site, named as such.
    own = a.reports.build(*span, "month", None, asked_by=_admin(a, PIN_A))
    assert own.site_id == a.site_id and own.value("encounters") == 1


def test_sites_are_named_once_whatever_the_capitals(two):
    a, _b = two
    with pytest.raises(SiteError):
        a.sites.add("harbour", SETUP)
    renamed = a.sites.rename("HARBOUR", "Harbour van", SETUP)
    assert a.sites.find("harbour van").id == renamed.id
    assert [s.name for s in a.sites.sites()] == ["Drop-in centre", "Harbour van"]
    with pytest.raises(SiteError):
        a.sites.rename("Harbour van", "drop-in centre", SETUP)
    accented = a.sites.add("Équipe de rue", SETUP)
    assert a.sites.find("ÉQUIPE DE RUE").id == accented.id
    with pytest.raises(SiteError):
        a.sites.add("équipe de rue", SETUP)


def test_a_catalogue_copies_in_one_step_without_stock(two, db):
    a, _b = two
    van = SiteService(db, a.site_id).add("Van", SETUP)
    added = a.sites.copy_catalogue(a.site_id, van.id, SETUP)
    at_van = a.at_site(van.id).inventory.supplies()
    assert added == len(a.inventory.supplies()) == len(at_van)
    assert {s.key for s in at_van} == {s.key for s in a.inventory.supplies()}
    assert all(s.stock == 0 for s in at_van)
    assert a.sites.copy_catalogue(a.site_id, van.id, SETUP) == 0  # again: nothing new


def test_every_sites_report_shows_each_sites_share_hidden_when_it_could_tell_a_small_count(two):
    from kiosk.reports.suppression import HIDDEN, cell_texts, small

    a, b = two
    day = dt.datetime.now(dt.UTC).date()
    a.queue.submit([("condoms", 1)])
    for _ in range(6):
        b.queue.submit([("condoms", 1)])
    span = (day - dt.timedelta(days=1), day + dt.timedelta(days=1))
    report = a.reports.build(*span, "month", None, asked_by=SETUP)
    assert report.value("encounters") == 7
    assert report.value("encounters_by_site", "Drop-in centre") == 1
    assert report.value("encounters_by_site", "Harbour") == 6
    texts = {(row.figure, row.key): text for row, text in cell_texts(report, threshold=5).items()}
    assert texts[("encounters_by_site", "Drop-in centre")] == small(5)
    # Harbour's 6 beside the total of 7 would give the first site's 1 away: hidden too.
    assert texts[("encounters_by_site", "Harbour")] == HIDDEN
    assert texts[("encounters", "")] == "7"
    one_site = a.reports.build(*span, "month", b.site_id, asked_by=SETUP)
    assert one_site.value("encounters_by_site", "Harbour") == 0  # one site's report has no shares
