"""Admin-only changes, enforced by the services on SQLite and PostgreSQL.

Each case is tried by a staff member first (refused, and nothing written:
not the change, not an audit event), then by an admin (done).
"""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError

from kiosk.data.audit import recent_events
from kiosk.data.dto import Actor
from kiosk.data.models import AuditEvent, SiteSetting, StaffAccount, Supply
from kiosk.data.rules import ADMIN_ACTIONS, COORDINATOR_ACTIONS, STAFF_ACTIONS, may
from kiosk.data.signin import StaffError
from kiosk.errors import NotAllowed
from tests.conftest import SETUP


@pytest.fixture
def people(services):
    admin = services.staff.sign_in("admin", "582046").actor
    sam = services.staff.add("Sam", "604918", by=SETUP).actor
    services.staff.add("Robin", "917253", by=SETUP)
    coordinator = services.staff.add("Ash", "318604", role="coordinator", by=SETUP).actor
    station = services.stations.register("front", "kiosk")
    return {"admin": admin, "sam": sam, "coordinator": coordinator, "station_id": station.id}


def _state(db):
    """Everything an admin-only change could touch."""
    with db.session_scope() as session:
        staff = session.execute(
            select(
                StaffAccount.name, StaffAccount.role, StaffAccount.active, StaffAccount.pin_hash, StaffAccount.locked
            ).order_by(StaffAccount.name)
        ).all()
        supplies = session.execute(
            select(Supply.key, Supply.active, Supply.per_request_limit, Supply.names).order_by(Supply.key)
        ).all()
        settings = session.execute(select(SiteSetting.key, SiteSetting.value).order_by(SiteSetting.key)).all()
        audit = session.scalar(select(func.count()).select_from(AuditEvent))
    return [tuple(r) for r in staff], [tuple(r) for r in supplies], [tuple(r) for r in settings], audit


CASES = {
    "add_staff": lambda s, by, p: s.staff.add("Kim", "286491", by=by),
    "add_admin": lambda s, by, p: s.staff.add("Kim", "286491", admin=True, by=by),
    "switch_staff": lambda s, by, p: s.staff.set_active("Robin", False, by),
    "reset_staff": lambda s, by, p: s.staff.reset("Robin", by, new_pin="750394"),
    "reset_station": lambda s, by, p: s.staff.reset_station(p["station_id"], by),
    "add_supply": lambda s, by, p: s.inventory.add_supply("earplugs", {"en": "Earplugs"}, by=by),
    "edit_supply": lambda s, by, p: s.inventory.update_supply("socks", by, per_request_limit=9),
    "switch_supply": lambda s, by, p: s.inventory.set_active("socks", False, by),
    "change_settings": lambda s, by, p: s.settings.update(by=by, max_lines=2),
    "view_audit": lambda s, by, p: recent_events(s.db, s.site_id, by=by),
    "view_reports": lambda s, by, p: s.reports.build(dt.date(2026, 11, 2), dt.date(2026, 11, 8), "day", asked_by=by),
}


def test_every_admin_action_has_a_case():
    assert set(CASES) == set(ADMIN_ACTIONS)


#: Admin-only reads: refused to staff, allowed to admins, but they change nothing.
READS = {"view_audit", "view_reports"}


@pytest.mark.parametrize("action", sorted(CASES))
def test_a_staff_member_is_refused_and_an_admin_is_not(services, people, action):
    before = _state(services.db)
    with pytest.raises(NotAllowed) as caught:
        CASES[action](services, people["sam"], people)
    assert caught.value.rule == "admin_only" and caught.value.message.startswith("Only an admin")
    assert _state(services.db) == before, "a refusal wrote something"

    CASES[action](services, people["admin"], people)
    if action not in READS:
        after = _state(services.db)
        assert after != before and after[3] == before[3] + 1, "done, with one audit event"


@pytest.mark.parametrize("action", sorted(CASES))
def test_kiosk_admin_acts_as_a_named_admin(services, people, action):
    kiosk_admin = Actor.system("kiosk-admin")
    CASES[action](services, kiosk_admin, people)
    if action not in READS:
        newest = recent_events(services.db, services.site_id, by=kiosk_admin)[0]
        assert newest.staff_name is None and newest.detail.get("by") == "kiosk-admin"


def test_an_admin_cannot_switch_their_own_account_off(services, people):
    before = _state(services.db)
    with pytest.raises(NotAllowed) as caught:
        services.staff.set_active("admin", False, people["admin"])
    assert caught.value.rule == "own_account"
    assert _state(services.db) == before


def test_anyone_signed_in_restocks_posts_alerts_and_edits_resources(services, people):
    sam = people["sam"]
    services.inventory.restock("socks", 5, sam)
    services.inventory.adjust("socks", -1, "damaged", sam)
    alert = services.alerts.post({"en": {"title": "Clinic today"}}, by=sam)
    services.alerts.end(alert.id, sam)
    services.resources.set("food-bank", {"hours": "Mon 9-5"}, sam)
    services.resources.clear("food-bank", sam)
    services.staff.change_pin(sam, "604918", "418062")
    assert services.staff.sign_in("Sam", "418062").name == "Sam"
    assert all(may(sam, action) for action in STAFF_ACTIONS)


def test_a_switched_off_account_changes_nothing(services, people):
    sam = people["sam"]
    services.staff.set_active("Sam", False, people["admin"])
    before = _state(services.db)
    stock = services.inventory.supply("socks").stock
    with pytest.raises(NotAllowed) as caught:
        services.inventory.restock("socks", 5, sam)
    assert caught.value.rule == "switched_off"
    with pytest.raises(NotAllowed):
        services.alerts.post({"en": {"title": "Clinic today"}}, by=sam)
    assert services.inventory.supply("socks").stock == stock and _state(services.db) == before


def test_a_claimed_admin_role_is_not_taken_on_trust(services, people):
    sam = people["sam"]
    before = _state(services.db)
    with pytest.raises(NotAllowed):
        services.staff.add("Kim", "286491", admin=True, by=Actor(sam.staff_id, "admin", "Sam"))
    assert _state(services.db) == before


def test_kiosk_admin_has_no_pin_of_its_own(services, people):
    with pytest.raises(NotAllowed) as caught:
        services.staff.change_pin(Actor.system("kiosk-admin"), "582046", "418062")
    assert caught.value.rule == "staff_only"


@pytest.mark.parametrize("action", sorted(CASES))
def test_a_coordinator_reads_the_reports_and_nothing_more(services, people, action):
    coordinator = people["coordinator"]
    before = _state(services.db)
    if action in COORDINATOR_ACTIONS:
        CASES[action](services, coordinator, people)
    else:
        with pytest.raises(NotAllowed) as caught:
            CASES[action](services, coordinator, people)
        assert caught.value.rule == "admin_only"
    assert _state(services.db) == before
    assert may(coordinator, action) == (action in COORDINATOR_ACTIONS)


def test_a_claimed_coordinator_role_is_not_taken_on_trust(services, people):
    sam = people["sam"]
    with pytest.raises(NotAllowed, match="admin or a coordinator"):
        services.reports.build(
            dt.date(2026, 11, 2), dt.date(2026, 11, 8), "day", asked_by=Actor(sam.staff_id, "coordinator", "Sam")
        )


def test_only_known_roles_are_given(services, people, db):
    with pytest.raises(StaffError, match="no staff role called 'boss'"):
        services.staff.add("Kim", "286491", role="boss", by=SETUP)
    with pytest.raises(IntegrityError), db.session_scope() as session:  # the database holds the line too
        session.execute(update(StaffAccount).where(StaffAccount.name == "Sam").values(role="boss"))
