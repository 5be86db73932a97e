"""The change feed tells another station about a commit, without Qt."""

from __future__ import annotations

import threading

import pytest

from kiosk.data.changes import open_change_feed
from kiosk.data.db import open_database
from kiosk.data.services import Services
from tests.conftest import fast_hasher


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
