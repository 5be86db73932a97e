"""Site settings: every value checked, changes audited with old and new, and seen by another station."""

from __future__ import annotations

import threading
import time

import pytest

from kiosk.data.audit import find_events
from kiosk.data.changes import open_change_feed
from kiosk.data.db import open_database
from kiosk.data.services import Services
from kiosk.data.setting_rules import SETTING_GROUPS, SETTING_SPECS, SettingsError, setting_problem
from kiosk.data.settings import SiteSettings
from kiosk.errors import NotAllowed
from tests.conftest import SETUP, fast_hasher


def test_every_setting_a_site_can_change_has_a_spec():
    fields = set(SiteSettings.__dataclass_fields__) - {"extra"}
    assert set(SETTING_SPECS) == fields
    assert {spec.group for spec in SETTING_SPECS.values()} == set(SETTING_GROUPS)


def test_every_default_passes_its_own_check():
    defaults = SiteSettings()
    for name in SETTING_SPECS:
        assert setting_problem(name, getattr(defaults, name)) is None, name


@pytest.mark.parametrize(
    ("changes", "setting", "code"),
    [
        ({"idle_timeout_s": 5}, "idle_timeout_s", "range"),
        ({"idle_timeout_s": "sixty"}, "idle_timeout_s", "number"),
        ({"max_lines": True}, "max_lines", "number"),
        ({"languages": []}, "languages", "languages"),
        ({"languages": ["en", "de"]}, "languages", "languages"),
        ({"emergency_number": "call someone"}, "emergency_number", "phone"),
        ({"time_zone": "Mars/Olympus"}, "time_zone", "zone"),
        ({"paper": "A3"}, "paper", "choice"),
        ({"queue_chime": "yes"}, "queue_chime", "choice"),
        ({"expiry_warning_days": 0}, "expiry_warning_days", "range"),
        ({"retention_days": 0}, "retention_days", "range"),
        ({"naloxone_location": {"en": "x" * 81}}, "naloxone_location", "too_long"),
        ({"idle_warning_s": 70}, "idle_warning_s", "warning_too_long"),
        ({"languages": ["fr", "es"]}, "default_language", "default_not_offered"),
    ],
)
def test_a_bad_value_is_refused_and_nothing_changes(services, changes, setting, code):
    before = services.settings.load()
    with pytest.raises(SettingsError) as refused:
        services.settings.update(by=SETUP, **changes)
    assert [(p.setting, p.code) for p in refused.value.problems] == [(setting, code)]
    assert services.settings.load() == before


def test_only_an_admin_changes_settings(services):
    staff = services.staff.add("sam", "403918", by=SETUP)
    before = services.settings.load().max_lines
    with pytest.raises(NotAllowed):
        services.settings.update(by=staff.actor, max_lines=before + 1)
    assert services.settings.load().max_lines == before


def test_a_change_is_audited_with_its_old_and_new_value(services):
    admin = services.staff.sign_in("admin", "582046").actor
    before = services.settings.load()
    services.settings.update(by=admin, expiry_warning_days=45, emergency_number=before.emergency_number)
    event = find_events(services.db, services.site_id, by=admin, kinds=["settings"])[0]
    assert event.action == "change_settings" and event.staff_name == "admin"
    assert event.detail["values"] == {"expiry_warning_days": {"from": 60, "to": 45}}
    assert services.settings.load().expiry_warning_days == 45


def test_settings_changed_on_one_station_apply_on_another_within_a_second(services, db_url):
    """The second station hears "settings" through its change feed and reads the new value."""
    heard = threading.Event()
    topics: list[frozenset[str]] = []
    connected = threading.Event()

    def on_change(changed: frozenset[str]) -> None:
        topics.append(changed)
        if "settings" in changed or "*" in changed:
            heard.set()

    feed = open_change_feed(services.db, on_change, lambda ok: ok and connected.set())
    feed.start()
    try:
        assert connected.wait(10)
        services.settings.load()  # the second station holds the old settings
        other = open_database(db_url)
        try:
            first = Services.build(other, services.site_id, hasher=fast_hasher())
            started = time.monotonic()
            first.settings.update(by=SETUP, max_lines=7, emergency_number="112")
        finally:
            other.dispose()
        assert heard.wait(1.0), f"not heard within a second: {topics}"
        services.settings.forget()  # what a station does on the "settings" topic
        applied = services.settings.load()
        elapsed = time.monotonic() - started
        assert (applied.max_lines, applied.emergency_number) == (7, "112")
        assert elapsed < 1.0
    finally:
        feed.stop()


def test_a_stock_change_elsewhere_reaches_this_station_with_its_notice(services, db_url):
    """A supply that drops to its threshold on one station is a notice on another once the feed speaks."""
    heard = threading.Event()
    connected = threading.Event()
    feed = open_change_feed(
        services.db, lambda t: ("stock" in t or "*" in t) and heard.set(), lambda ok: ok and connected.set()
    )
    feed.start()
    try:
        assert connected.wait(10)
        assert "low:socks" not in {n.key for n in services.inventory.notices()}
        other = open_database(db_url)
        try:
            first = Services.build(other, services.site_id, hasher=fast_hasher())
            socks = first.inventory.supply("socks")
            first.inventory.adjust("socks", socks.low_stock_at - socks.stock, "count_correction", SETUP)
        finally:
            other.dispose()
        assert heard.wait(2.0)
        assert "low:socks" in {n.key for n in services.inventory.notices()}
    finally:
        feed.stop()
