"""Each staff member's own language: kept on their account, set only by themselves."""

from __future__ import annotations

import pytest

from kiosk.data.audit import recent_events
from kiosk.data.services import Services
from kiosk.data.staff import StaffError
from kiosk.errors import NotAllowed
from tests.conftest import SETUP, fast_hasher


@pytest.fixture
def services(db) -> Services:
    from kiosk.data.setup import ensure_site

    built = Services.build(db, ensure_site(db), hasher=fast_hasher())
    built.staff.add("Robin", "917253", by=SETUP)
    built.staff.add("Sam", "480372", by=SETUP)
    return built


def test_a_staff_member_chooses_their_language_and_it_follows_them(services):
    robin = services.staff.sign_in("Robin", "917253")
    assert robin.language is None  # the station's own language until they choose
    chosen = services.staff.set_language(robin.actor, "es")
    assert chosen.language == "es"
    assert services.staff.sign_in("Robin", "917253").language == "es"  # on any PC, at the next sign-in
    sam = services.staff.sign_in("Sam", "480372")
    assert sam.language is None  # nobody else's changes
    services.staff.set_language(robin.actor, None)
    assert services.staff.sign_in("Robin", "917253").language is None


def test_only_a_language_the_station_has_can_be_chosen(services):
    robin = services.staff.sign_in("Robin", "917253")
    with pytest.raises(StaffError, match="no de translation"):
        services.staff.set_language(robin.actor, "de")
    assert services.staff.sign_in("Robin", "917253").language is None


def test_a_system_actor_has_no_language_of_its_own(services):
    with pytest.raises(NotAllowed) as refused:
        services.staff.set_language(SETUP, "fr")
    assert refused.value.rule == "staff_only"


def test_the_choice_is_audited(services):
    robin = services.staff.sign_in("Robin", "917253")
    services.staff.set_language(robin.actor, "fr")
    events = [e for e in recent_events(services.db, services.site_id, by=SETUP) if e.action == "set_language"]
    assert len(events) == 1 and events[0].detail == {"language": "fr"} and events[0].staff_name == "Robin"
