"""The Reports page: figures and chart for a range, files saved off the GUI thread, sharps."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import QDate, Qt

from kiosk.views.staff.reports import RetentionRunner
from kiosk.views.staff.shell.workspace import PAGE_NAMES
from tests.conftest import SETUP, fast_hasher
from tests.data.report_data import MON, MON2, build_week
from tests.views.staff.conftest import ADMIN_NAME, ADMIN_PIN, PEER_NAME, PEER_PIN, sign_in


@pytest.fixture
def week_services(sqlite_db):
    services, _clock, _ids = build_week(sqlite_db, fast_hasher())
    services.staff.add(PEER_NAME, PEER_PIN, by=SETUP)
    return services


def open_reports(qtbot, window, name=ADMIN_NAME, pin=ADMIN_PIN):
    sign_in(qtbot, window, name, pin)
    window.reports.show()
    page = window.reports.page
    qtbot.waitUntil(page.isVisible, timeout=5_000)
    page.first.setDate(QDate(MON.year, MON.month, MON.day))
    page.last.setDate(QDate(MON2.year, MON2.month, MON2.day))
    page.by.setCurrentIndex(page.by.findData("week"))
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.report is not None and page.report.first == MON and page.report.by == "week", timeout=10_000
    )
    return page


def cell(page, figure: str, key: str, period: int) -> str:
    model = page.model
    for row in range(model.rowCount()):
        if model._keys[row] == (figure, key):
            return model.index(row, 2 + period).data()
    raise AssertionError((figure, key))


def test_an_admin_sees_the_figures_and_the_chart(qtbot, qtmodeltester, week_services, make_window):
    window = make_window(week_services)
    page = open_reports(qtbot, window)

    qtmodeltester.check(page.model)
    assert page.model.columnCount() == 4  # figure, detail, two weeks
    assert cell(page, "encounters", "", 0) == "5"
    assert cell(page, "encounters", "", 1) == "2"
    assert cell(page, "given_by_group", "syringes", 0) == "6"
    assert page.chart.values["emergency"] == [1, 1]
    assert page.heat.cells["0-9"] == "2"
    assert "7 encounters" in page.summary.text()

    qtbot.mouseClick(page.shared, Qt.MouseButton.LeftButton)  # as shared: small counts hidden
    assert cell(page, "encounters_by_kind", "emergency", 0) == "<5"
    assert page.chart.values["emergency"] == [0, 0]  # the chart gives nothing away either
    assert page.heat.cells["0-9"] == "<5"


def test_saving_a_csv_does_not_block_the_window(qtbot, week_services, make_window, tmp_path):
    window = make_window(week_services)
    page = open_reports(qtbot, window)
    target = tmp_path / "week.csv"

    steps = []
    page.exporter.progress.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(page.exporter.finished, timeout=10_000) as saved:
        page.export_to(target, "csv")
        assert page.progress.isVisible() and not page.csv_button.isEnabled()
    assert saved.args == [str(target)]
    assert not page.progress.isVisible() and page.csv_button.isEnabled()
    assert steps and steps[-1][0] == steps[-1][1]
    rows = list(csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"))))
    assert [r["Value"] for r in rows if r["Figure id"] == "encounters"] == ["5", "2"]
    assert "Saved" in page.status.text()


def test_a_failed_save_says_why(qtbot, week_services, make_window, tmp_path):
    window = make_window(week_services)
    page = open_reports(qtbot, window)
    with qtbot.waitSignal(page.exporter.failed, timeout=10_000):
        page.export_to(tmp_path / "missing" / "week.pdf", "pdf")
    assert "does not exist" in page.status.text()


def test_staff_record_sharps_but_see_no_reports(qtbot, week_services, make_window):
    window = make_window(week_services)
    sign_in(qtbot, window, PEER_NAME, PEER_PIN)
    window.reports.show()
    page = window.reports.page
    qtbot.waitUntil(page.isVisible, timeout=5_000)
    assert not page.splitter.isVisible() and not page.csv_button.isVisible()
    assert page.sharps_button.isVisible()

    dialog = page.record_sharps()
    dialog.amount.setValue(15)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Recorded 15 sharps" in page.status.text(), timeout=5_000)
    report = week_services.reports.build(MON2, MON2, "day", asked_by=SETUP)  # the week's clock stands on MON2
    assert report.value("sharps_returned") == 20 + 15


def test_a_coordinator_sees_the_figures_without_being_an_admin(qtbot, week_services, make_window):
    week_services.staff.add("Robin", "274913", role="coordinator", by=SETUP)
    window = make_window(week_services)
    page = open_reports(qtbot, window, "Robin", "274913")

    assert cell(page, "encounters", "", 0) == "5"
    assert page.csv_button.isVisible()
    assert "Robin (coordinator)" in window.workspace.user_label.text()
    audit_row = PAGE_NAMES.index("audit")
    assert window.workspace.navigation.item(audit_row).isHidden()  # an admin's page: only the reports are gained


def test_the_retention_check_purges_and_sweeps(qtbot, week_services, tmp_path):
    slips = tmp_path / "slips"
    slips.mkdir()
    old = slips / "old-pickup.pdf"
    old.write_bytes(b"%PDF")
    import os
    import time

    past = time.time() - 7200
    os.utime(old, (past, past))
    week_services.settings.update(by=SETUP, retention_days=1)
    runner = RetentionRunner(lambda: week_services, "staff-pc", [slips], first_ms=0, every_ms=60_000)
    try:
        with qtbot.waitSignal(runner.purged, timeout=10_000) as done:
            runner.start()
        assert done.args[0].requests == 5
        assert not old.exists()
    finally:
        runner.stop()
