"""The change feed: how a station learns that another one changed something.

PostgreSQL pushes ``NOTIFY`` messages on one channel; the payload names the
topic (requests, stock, alerts...). SQLite has no push, so a small thread
reads ``PRAGMA data_version`` on a connection of its own: the number moves
whenever another connection commits. Either way the callback runs on the
feed's thread with the set of topics that changed ("*" when unknown), and the
Qt side turns that into one signal.

Idle, the SQLite feed wakes a few times a second to read one integer and the
PostgreSQL feed sleeps in ``select()``: both cost next to no CPU.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk.data.db import NOTIFY_CHANNEL, PG_CONNECT_TIMEOUT_S, Database

log = logging.getLogger(__name__)

ALL_TOPICS = frozenset({"*"})
ChangeCallback = Callable[[frozenset[str]], None]
ErrorCallback = Callable[[bool], None]


class ChangeFeed:
    """Runs a callback whenever the database changes; start() and stop().

    ``on_connection`` (optional) is called with False when the feed loses the
    database and True when it has it back, so a screen can say so.
    """

    def __init__(self, on_change: ChangeCallback, on_connection: ErrorCallback | None = None) -> None:
        self._on_change = on_change
        self._on_connection = on_connection or (lambda ok: None)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._connected: bool | None = None

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run_guarded, name=type(self).__name__, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run_guarded(self) -> None:
        try:
            self._run()
        except Exception:  # a bug: log it rather than die silently
            log.exception("the change feed stopped")

    def _set_connected(self, ok: bool) -> None:
        if ok != self._connected:
            self._connected = ok
            self._on_connection(ok)

    def _emit(self, topics: frozenset[str]) -> None:
        try:
            self._on_change(topics)
        except Exception:
            log.exception("a change-feed callback failed")

    def _run(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _wake(self) -> None:
        """Interrupt a wait so stop() returns quickly."""


class SqliteChangeFeed(ChangeFeed):
    def __init__(
        self,
        path: Path,
        on_change: ChangeCallback,
        on_connection: ErrorCallback | None = None,
        interval_s: float = 0.1,
    ) -> None:
        super().__init__(on_change, on_connection)
        self._path = path
        self._interval_s = interval_s

    def _run(self) -> None:
        connection: sqlite3.Connection | None = None
        last: int | None = None
        while not self._stop.is_set():
            try:
                if connection is None:
                    connection = sqlite3.connect(f"file:{self._path}?mode=ro", uri=True, check_same_thread=False)
                    last = None
                (version,) = connection.execute("PRAGMA data_version").fetchone()
                self._set_connected(True)
                if last is not None and version != last:
                    self._emit(ALL_TOPICS)
                last = version
            except sqlite3.Error as error:
                log.warning("change feed cannot read the database: %s", error)
                self._set_connected(False)
                if connection is not None:
                    connection.close()
                    connection = None
                self._stop.wait(2.0)
                continue
            self._stop.wait(self._interval_s)
        if connection is not None:
            connection.close()


class PostgresChangeFeed(ChangeFeed):
    def __init__(
        self,
        conninfo: str,
        on_change: ChangeCallback,
        on_connection: ErrorCallback | None = None,
        wake_s: float = 1.0,
    ) -> None:
        super().__init__(on_change, on_connection)
        self._conninfo = conninfo
        self._wake_s = wake_s

    def _run(self) -> None:
        import psycopg

        delay = 1.0
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=PG_CONNECT_TIMEOUT_S) as conn:
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    self._set_connected(True)
                    delay = 1.0
                    # Whatever changed while we were away: say so once.
                    self._emit(ALL_TOPICS)
                    while not self._stop.is_set():
                        first = list(conn.notifies(timeout=self._wake_s, stop_after=1))
                        if not first:
                            continue
                        # A commit often sends a few topics at once: gather them.
                        burst = first + list(conn.notifies(timeout=0))
                        self._emit(frozenset(n.payload or "*" for n in burst))
            except psycopg.Error as error:
                log.warning("change feed lost the database: %s", error)
                self._set_connected(False)
                self._stop.wait(delay)
                delay = min(delay * 2, 30.0)


def open_change_feed(
    db: Database,
    on_change: ChangeCallback,
    on_connection: ErrorCallback | None = None,
    interval_s: float = 0.1,
) -> ChangeFeed:
    """The right feed for ``db``; call ``start()`` on it."""
    if db.is_sqlite:
        path = db.sqlite_path
        if path is None:
            raise ValueError("an in-memory SQLite database has no change feed")
        return SqliteChangeFeed(path, on_change, on_connection, interval_s)
    url = db.engine.url.set(drivername="postgresql")
    return PostgresChangeFeed(url.render_as_string(hide_password=False), on_change, on_connection)
