"""The change feed tells another station about a commit, without Qt."""

from __future__ import annotations

import threading

import pytest

from kiosk.data.changes import open_change_feed
from kiosk.data.db import open_database
from kiosk.data.services import Services
from tests.conftest import SETUP, fast_hasher


class Seen:
    def __init__(self) -> None:
        self.topics: list[frozenset[str]] = []
        self.event = threading.Event()
        self.connected: list[bool] = []
        self.connected_event = threading.Event()

    def on_change(self, topics: frozenset[str]) -> None:
        self.topics.append(topics)
        self.event.set()

    def on_connection(self, ok: bool) -> None:
        self.connected.append(ok)
        self.connected_event.set()


def test_a_submit_from_another_connection_is_seen(services, db_url):
    seen = Seen()
    feed = open_change_feed(services.db, seen.on_change, seen.on_connection)
    feed.start()
    try:
        assert seen.connected_event.wait(10) and seen.connected[-1] is True
        seen.event.clear()
        seen.topics.clear()
        # Another station: its own engine on the same database.
        other = open_database(db_url)
        try:
            Services.build(other, services.site_id, hasher=fast_hasher()).queue.submit([("condoms", 1)])
        finally:
            other.dispose()
        assert seen.event.wait(5), "the change was not seen"
        assert any("requests" in t or "*" in t for t in seen.topics)
    finally:
        feed.stop()
    assert not feed.running


def test_an_idle_feed_stays_quiet(services):
    seen = Seen()
    feed = open_change_feed(services.db, seen.on_change, seen.on_connection)
    feed.start()
    try:
        assert seen.connected_event.wait(10)
        seen.event.clear()
        seen.topics.clear()
        # Nothing is written: the callback must not fire.
        assert not seen.event.wait(0.6)
        assert seen.topics == []
    finally:
        feed.stop()


def test_feed_reports_a_lost_sqlite_file(tmp_path):
    missing = tmp_path / "gone" / "kiosk.db"
    from kiosk.data.changes import SqliteChangeFeed

    seen = Seen()
    feed = SqliteChangeFeed(missing, seen.on_change, seen.on_connection, interval_s=0.05)
    feed.start()
    try:
        assert seen.connected_event.wait(5)
        assert seen.connected == [False]
    finally:
        feed.stop()


def test_pg_feed_reports_an_unreachable_server():
    from kiosk.data.changes import PostgresChangeFeed

    seen = Seen()
    feed = PostgresChangeFeed("postgresql://kiosk@127.0.0.1:9/kiosk", seen.on_change, seen.on_connection)
    feed.start()
    try:
        assert seen.connected_event.wait(10)
        assert seen.connected == [False]
    finally:
        feed.stop()
    assert not feed.running


def test_in_memory_sqlite_has_no_feed():
    db = open_database("sqlite://")
    try:
        with pytest.raises(ValueError):
            open_change_feed(db, lambda topics: None)
    finally:
        db.dispose()


def _wait_for(seen: Seen, topic: str) -> None:
    while topic not in set().union(*seen.topics):
        seen.event.clear()
        assert seen.event.wait(5), f"{topic} was not seen"


def test_a_heartbeat_wakes_no_other_station(services, db_url):
    """Another station's heartbeat is news to nobody; a real change right after it is seen alone."""
    seen = Seen()
    feed = open_change_feed(services.db, seen.on_change, seen.on_connection, interval_s=0.02)
    other = open_database(db_url)
    try:
        station_services = Services.build(other, services.site_id, hasher=fast_hasher())
        station = station_services.stations.register("kiosk-2", "kiosk")
        station_services.stations.heartbeat(station.id, "ok", "")
        feed.start()
        assert seen.connected_event.wait(10) and seen.connected[-1] is True
        # PostgreSQL's feed says "*" once on connecting; wait that out with a marker.
        station_services.alerts.post({"en": {"title": "Marker", "body": "."}}, by=SETUP)
        _wait_for(seen, "alerts")
        seen.topics.clear()
        seen.event.clear()

        for _ in range(3):
            station_services.stations.heartbeat(station.id, "ok", "")
        # A real change after the heartbeats: once it is seen, the heartbeats were too.
        station_services.alerts.post({"en": {"title": "Bad batch", "body": "Test first."}}, by=SETUP)
        _wait_for(seen, "alerts")
    finally:
        other.dispose()
        feed.stop()
    assert set().union(*seen.topics) == {"alerts"}, seen.topics


def test_a_heartbeat_with_news_about_its_printer_tells_only_that(services, db_url):
    seen = Seen()
    feed = open_change_feed(services.db, seen.on_change, seen.on_connection, interval_s=0.02)
    other = open_database(db_url)
    try:
        station_services = Services.build(other, services.site_id, hasher=fast_hasher())
        station = station_services.stations.register("kiosk-2", "kiosk")
        station_services.stations.heartbeat(station.id, "ok", "")
        feed.start()
        assert seen.connected_event.wait(10)
        # PostgreSQL's feed says "*" once on connecting; wait that out with a marker.
        station_services.alerts.post({"en": {"title": "Marker", "body": "."}}, by=SETUP)
        _wait_for(seen, "alerts")
        seen.topics.clear()
        seen.event.clear()
        station_services.stations.heartbeat(station.id, "out_of_paper", "Load paper")
        _wait_for(seen, "stations")
    finally:
        other.dispose()
        feed.stop()
    assert set().union(*seen.topics) == {"stations"}


def test_a_write_that_names_no_topic_still_wakes_sqlite_stations(sqlite_db):
    """Another program (or an older version) that says nothing: everything may have changed."""
    import sqlite3

    seen = Seen()
    feed = open_change_feed(sqlite_db, seen.on_change, seen.on_connection, interval_s=0.02)
    feed.start()
    try:
        assert seen.connected_event.wait(10)
        seen.event.clear()
        writer = sqlite3.connect(str(sqlite_db.sqlite_path))
        writer.execute("INSERT INTO sites (name, created_at) VALUES ('x', '2026-01-01 00:00:00')")
        writer.commit()
        writer.close()
        assert seen.event.wait(5)
    finally:
        feed.stop()
    assert seen.topics == [frozenset({"*"})]
