"""Every table model of the back office passes Qt's model tester, filled with a busy day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QObject

from kiosk.data.audit import recent_events
from kiosk.data.demo_queue import build_demo_site
from kiosk.views.staff.alerts.page import AlertModel
from kiosk.views.staff.audit.page import AuditModel
from kiosk.views.staff.people.page import StaffModel
from kiosk.views.staff.queue.model import FILTERS, QueueFilter, QueueModel, queue_order
from kiosk.views.staff.resources.page import ResourceLoader, ResourceModel
from kiosk.views.staff.stations.page import StationModel
from kiosk.views.staff.stock.model import StockFilter, StockModel
from kiosk.views.staff.table_model import TextFilterProxy
from tests.conftest import SETUP, fast_hasher


@pytest.fixture
def owner(qapp):
    """Parent of the models under test, deleted on the GUI thread at the end."""
    holder = QObject()
    yield holder
    holder.deleteLater()


@pytest.fixture(scope="module")
def busy_day(tmp_path_factory):
    from kiosk.data.db import open_database

    db = open_database(f"sqlite:///{tmp_path_factory.mktemp('busy') / 'kiosk.db'}")
    services = build_demo_site(db, per_state=4, hasher=fast_hasher())
    yield services
    db.dispose()


def test_queue_model_and_every_filter(qtmodeltester, busy_day, owner):
    model = QueueModel("fr", owner)
    # The demo day runs over the last hour and a half, which may start before
    # midnight: read from its start, not from "today", so the hour never matters.
    since = dt.datetime.now(dt.UTC) - dt.timedelta(hours=3)
    requests = queue_order(busy_day.queue.staff_queue(since))
    assert {r.status for r in requests} >= {"pending", "in_progress", "ready", "fulfilled", "cancelled", "no_show"}
    model.set_requests(requests)
    qtmodeltester.check(model)
    proxy = QueueFilter(owner)
    proxy.setSourceModel(model)
    for mode in FILTERS:
        proxy.set_mode(mode)
        qtmodeltester.check(proxy)
    model.tick()
    qtmodeltester.check(model)


def test_stock_model(qtmodeltester, busy_day, owner):
    model = StockModel("es", owner)
    model.set_rows(busy_day.inventory.supplies())
    qtmodeltester.check(model)
    proxy = StockFilter(owner)
    proxy.setSourceModel(model)
    proxy.set_low_only(True)
    assert 0 < proxy.rowCount() < model.rowCount()
    qtmodeltester.check(proxy)


def test_other_models(qtmodeltester, busy_day, owner):
    alerts = AlertModel(parent=owner)
    alerts.set_alerts(busy_day.alerts.all())
    stations = StationModel(parent=owner)
    stations.set_stations(busy_day.stations.stations())
    staff = StaffModel(parent=owner)
    staff.set_rows(busy_day.staff.list())
    audit = AuditModel(parent=owner)
    audit.set_rows(recent_events(busy_day.db, busy_day.site_id, by=SETUP))
    resources = ResourceModel(parent=owner)
    resources.set_rows(ResourceLoader(None).rows(busy_day.resources.overrides()))
    for model in (alerts, stations, staff, audit, resources):
        assert model.rowCount() > 0
        qtmodeltester.check(model)
    search = TextFilterProxy(parent=owner)
    search.setSourceModel(audit)
    search.set_text("claim")
    assert 0 < search.rowCount() < audit.rowCount()
    qtmodeltester.check(search)


def test_the_queue_row_says_how_many_others(qtmodeltester, services, owner):
    from PySide6.QtCore import Qt

    from kiosk.views.staff.queue.model import ASKED

    services.queue.submit([("condoms", 3)], for_others=2)
    services.queue.submit([("condoms", 1)], for_others=1)
    services.queue.submit([("condoms", 1)])
    model = QueueModel("en", owner)
    model.set_requests(services.queue.open_requests())
    qtmodeltester.check(model)

    asked = [model.data(model.index(row, ASKED), Qt.ItemDataRole.DisplayRole) for row in range(model.rowCount())]
    assert [text.rpartition(" · ")[2] if " · " in text else "" for text in asked] == ["+2 others", "+1 other", ""]
