"""The Reports page shows people reached and what visitors told the kiosk."""

from __future__ import annotations

import datetime as dt

import pytest

from kiosk.data.voice import Feedback, ReversalAnswers, VoiceService
from tests.conftest import SETUP, fast_hasher
from tests.data.report_data import MON, build_week
from tests.views.staff.conftest import PEER_NAME, PEER_PIN
from tests.views.staff.test_reports_page import cell, open_reports


@pytest.fixture
def week_services(sqlite_db):
    services, _clock, _ids = build_week(sqlite_db, fast_hasher())
    services.staff.add(PEER_NAME, PEER_PIN, by=SETUP)
    return services


def test_the_page_shows_voice_figures(qtbot, qtmodeltester, week_services, make_window):
    noon = dt.datetime.combine(MON, dt.time(12), dt.UTC)
    voice = VoiceService(week_services.db, week_services.site_id, clock=lambda: noon)
    voice.report_reversal(ReversalAnswers(doses="1", woke="yes"))
    voice.report_reversal(ReversalAnswers())
    voice.give_feedback(Feedback(rating="good", missing=("wait",)))
    window = make_window(week_services)
    page = open_reports(qtbot, window)

    qtmodeltester.check(page.model)
    keys = page.model._keys
    assert keys.index(("people_reached", "")) == keys.index(("encounters", "")) + 1
    assert cell(page, "people_reached", "", 0) == cell(page, "encounters", "", 0)  # nobody picked up for others
    page.model.set_report(page.report, True, "en", ("Figure", "Detail"))  # raw numbers, as an admin may
    assert cell(page, "reversals_reported", "", 0) == "2"
    assert cell(page, "reversal_answers", "doses.1", 0) == "1"
    assert cell(page, "feedback_ratings", "good", 0) == "1"
    assert cell(page, "feedback_missing", "wait", 0) == "1"
    row = keys.index(("reversal_answers", "woke.yes"))
    assert page.model.index(row, 1).data() == "Woke up: yes"
