"""The Audit page: sentences for every kind of event, filters, and a CSV that reads back."""

from __future__ import annotations

import csv
import datetime as dt
import re
from pathlib import Path

import pytest

from kiosk.data.audit import AUDIT_ACTIONS, AUDIT_KINDS
from kiosk.data.dto import AuditView
from kiosk.data.rules import REQUEST_ACTIONS
from kiosk.views.staff.audit.sentences import SentenceWriter
from tests.conftest import SETUP
from tests.views.staff.conftest import PEER_NAME, PEER_PIN, sign_in

DAMAGED = "peer worker corrected the stock of Fentanyl test strips: 5 fewer (damaged)"
NOW = dt.datetime(2026, 11, 3, 14, 0, tzinfo=dt.UTC)
SUBJECTS = {
    "requests": "request K7P",
    "emergencies": "emergency Z2Q",
    "stock": "supply fentanyl-test-strips",
    "staff": "staff sam",
    "alerts": "alert 2",
    "resources": "resource food-bank",
    "settings": "settings",
}
DETAILS = {
    "cancel": {"reason": "visitor_left"},
    "fulfil": {"shortfalls": ["fentanyl-test-strips"]},
    "restock": {"quantity": 24, "source": "donation", "donor": "Health unit", "lot": "A1", "expires_on": "2027-05-01"},
    "adjust": {"delta": -175, "reason": "count_correction"},
    "edit_supply": {"per_request_limit": 4, "low_stock_at": 12},
    "sharps_returned": {"count": 30},
    "add_staff": {"role": "staff"},
    "reset_staff": {"new_pin": True},
    "lock_staff": {"failures": 10},
    "unlock_kiosk": {"station": "hallway"},
    "change_settings": {"changed": ["idle_timeout_s"], "values": {"idle_timeout_s": {"from": 60, "to": 90}}},
}


def _event(action: str) -> AuditView:
    subject = SUBJECTS.get(AUDIT_ACTIONS[action], "")
    if action == "sharps_returned":
        subject = "sharps"
    elif action in ("sign_in", "lock_staff", "add_staff"):
        subject = "staff sam"
    elif action in ("unlock_failed", "reset_unlocks"):
        subject = "kiosk hallway"
    return AuditView(1, NOW, "admin", action, subject, dict(DETAILS.get(action, {})), 1)


@pytest.mark.parametrize("action", sorted(AUDIT_ACTIONS))
def test_every_audit_kind_reads_as_a_sentence(action):
    writer = SentenceWriter({"fentanyl-test-strips": "fentanyl test strips"})
    sentence = writer.sentence(_event(action))
    assert "_" not in sentence, sentence
    assert not sentence.startswith("admin: "), sentence  # the words for an action this version doesn't know
    assert "supply " not in sentence and "fentanyl-test-strips" not in sentence


def test_the_sentences_read_as_people_say_them():
    writer = SentenceWriter({"fentanyl-test-strips": "fentanyl test strips"})
    assert writer.sentence(_event("adjust")) == "admin counted fentanyl test strips: 175 fewer (count correction)"
    assert writer.sentence(_event("cancel")) == "admin cancelled request K7P (the visitor left)"
    restock = writer.sentence(_event("restock"))
    assert restock.startswith("admin received 24 fentanyl test strips (donation, Health unit, lot A1")
    assert writer.sentence(_event("change_settings")) == "admin changed settings: quiet time from 60 to 90"
    system = AuditView(2, NOW, None, "change_settings", "settings", {"by": "kiosk-admin", "changed": ["paper"]})
    assert writer.sentence(system) == "kiosk-admin changed settings: paper"


def test_every_action_the_services_record_has_a_kind():
    """Scan the data layer for audited actions: each one must be known to the Audit page."""
    root = Path(__file__).resolve().parents[3] / "kiosk" / "data"
    found: set[str] = set(REQUEST_ACTIONS) - {"reprint"}
    for path in root.glob("*.py"):
        text = path.read_text(encoding="utf-8")
        found.update(re.findall(r'action="([a-z_]+)"', text))
        found.update(re.findall(r'_audit\(\s*session,\s*[\w.]+,\s*"([a-z_]+)"', text))
        found.update(re.findall(r'^[A-Z_]+ = "([a-z_]+)"$', text, re.MULTILINE) if path.name == "signin.py" else [])
    found.update({"activate_staff", "deactivate_staff", "close_response", "false_alarm"})
    assert found <= set(AUDIT_ACTIONS), sorted(found - set(AUDIT_ACTIONS))
    assert set(AUDIT_ACTIONS.values()) == set(AUDIT_KINDS)


def _page(qtbot, window):
    window.workspace.show_page("audit")
    page = window.workspace.audit_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5_000)
    return page


def _sentences(page) -> list[str]:
    return [page.proxy.index(r, 3).data() for r in range(page.proxy.rowCount())]


def test_filters_by_kind_person_and_dates_and_exports_a_csv(qtbot, services, make_window, tmp_path):
    peer = services.staff.sign_in(PEER_NAME, PEER_PIN)
    services.inventory.adjust("fentanyl-test-strips", -5, "damaged", peer.actor)
    services.inventory.restock("socks", 10, SETUP)
    window = make_window(services)
    sign_in(qtbot, window)
    page = _page(qtbot, window)
    assert DAMAGED in _sentences(page)

    page.kind.setCurrentIndex(page.kind.findData("stock"))
    page.kind.activated.emit(page.kind.currentIndex())
    qtbot.waitUntil(lambda: page.proxy.rowCount() > 0 and all("signed in" not in s for s in _sentences(page)))
    assert {page.proxy.index(r, 2).data() for r in range(page.proxy.rowCount())} == {"Stock"}

    qtbot.waitUntil(lambda: page.person.findData(peer.id) >= 0, timeout=5_000)
    page.person.setCurrentIndex(page.person.findData(peer.id))
    page.person.activated.emit(page.person.currentIndex())
    qtbot.waitUntil(lambda: _sentences(page) == [DAMAGED])

    target = tmp_path / "audit.csv"
    assert page.export_to(target) == 1
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row["What happened"] for row in rows] == _sentences(page)
    assert rows[0]["Who"] == "peer worker" and rows[0]["Kind"] == "Stock" and rows[0]["Action"] == "adjust"
    assert dt.datetime.fromisoformat(rows[0]["When (UTC)"]).tzinfo is not None

    # A range that ends before today shows nothing.
    page.person.setCurrentIndex(0)
    page.kind.setCurrentIndex(0)
    with qtbot.waitSignal(page.model.modelReset, timeout=5_000):
        page.date_to.setDate(page.date_from.date())  # a week ago, one day only
    qtbot.waitUntil(lambda: page.proxy.rowCount() == 0, timeout=5_000)


def test_the_audit_page_is_for_admins_only(qtbot, services, make_window):
    window = make_window(services)
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    row = list(window.workspace.pages).index("audit")
    assert window.workspace.navigation.item(row).isHidden()
    page = window.workspace.audit_page
    page.refresh()
    assert page.model.rowCount() == 0
