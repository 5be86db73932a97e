"""The SQLite change feed wakes on the database's files, not on a timer."""

from __future__ import annotations

import sqlite3
import sys
import threading
import time

import pytest

from kiosk.data.changes import SqliteChangeFeed
from kiosk.data.file_watch import watch_database_files

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="inotify is Linux only")


@linux_only
def test_a_write_to_a_watched_file_wakes_the_watch_and_others_do_not(tmp_path):
    database = tmp_path / "kiosk.db"
    database.touch()
    watch = watch_database_files(database)
    assert watch is not None
    try:
        assert watch.wait(0.05) is False  # nothing written yet
        (tmp_path / "kiosk.log").write_text("not the database\n")
        assert watch.wait(0.05) is False
        (tmp_path / "kiosk.db-wal").write_bytes(b"frame")
        assert watch.wait(5) is True
        assert watch.wait(0.05) is False  # each write wakes once
    finally:
        watch.close()


@linux_only
def test_interrupt_ends_a_wait_at_once(tmp_path):
    database = tmp_path / "kiosk.db"
    database.touch()
    watch = watch_database_files(database)
    assert watch is not None
    try:
        threading.Timer(0.1, watch.interrupt).start()
        started = time.monotonic()
        assert watch.wait(30) is False
        assert time.monotonic() - started < 10
    finally:
        watch.close()
    watch.interrupt()  # closed: nothing happens


@linux_only
def test_a_commit_is_seen_long_before_the_poll_would_have_looked(sqlite_db):
    """The poll interval is 30 s here, so only the file watch can explain a quick wake."""
    seen: list[frozenset[str]] = []
    changed, connected = threading.Event(), threading.Event()

    def on_change(topics: frozenset[str]) -> None:
        seen.append(topics)
        changed.set()

    feed = SqliteChangeFeed(sqlite_db.sqlite_path, on_change, lambda ok: ok and connected.set(), interval_s=30)
    feed.start()
    try:
        assert connected.wait(10)
        assert feed.watched
        writer = sqlite3.connect(str(sqlite_db.sqlite_path))
        try:
            for n in range(3):
                changed.clear()
                writer.execute("INSERT INTO sites (name, created_at) VALUES (?, '2026-01-01 00:00:00')", (f"s{n}",))
                writer.commit()
                assert changed.wait(1.5), f"commit {n} was not seen within 1.5 s"
        finally:
            writer.close()
        started = time.monotonic()
    finally:
        feed.stop()
    assert time.monotonic() - started < 5, "stop() waited for the poll interval"
    assert seen == [frozenset({"*"})] * 3


def test_without_a_watch_the_feed_still_polls(sqlite_db):
    changed, connected = threading.Event(), threading.Event()
    feed = SqliteChangeFeed(
        sqlite_db.sqlite_path, lambda topics: changed.set(), lambda ok: ok and connected.set(), interval_s=0.02,
        watch=False,
    )
    feed.start()
    try:
        assert connected.wait(10) and not feed.watched
        writer = sqlite3.connect(str(sqlite_db.sqlite_path))
        writer.execute("INSERT INTO sites (name, created_at) VALUES ('x', '2026-01-01 00:00:00')")
        writer.commit()
        writer.close()
        assert changed.wait(5)
    finally:
        feed.stop()
