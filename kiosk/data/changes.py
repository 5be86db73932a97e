"""The change feed: how a station learns that another one changed something.

PostgreSQL pushes ``NOTIFY`` messages on a channel per site (and one for the
whole organisation); the payload names the topic (requests, stock,
alerts...). A station listens to its own site's channel and the
organisation's, so another site's changes never reach it. SQLite has no
push, so a small thread reads ``PRAGMA data_version`` on a connection of its
own: the number moves whenever another connection commits. The number alone
does not say what changed, so each write also counts its topics in a row per
topic (:meth:`Database.notify`) and the feed, when the version moves, reads
those counters and the version again in one read transaction: the topics
whose count moved are what changed. Counters are named per site
(``requests@2``), and a feed drops other sites' before it calls anyone. A
write marked quiet (a heartbeat) moves no topic and wakes nobody; a write
that said nothing at all (another program, an older version) is reported as
"*". Either way the callback runs on the feed's thread with the set of
topics that changed, and the Qt side turns that into one signal.

Idle, both feeds sleep: the SQLite one until the database's files are
written (an inotify watch; it reads one integer every few seconds in case,
and polls a few times a second where files can't be watched), the
PostgreSQL one in ``select()``. Both cost next to no CPU.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path

from kiosk.data.db import (
    CHANGE_COUNTER_PREFIX,
    NOTIFY_CHANNEL,
    PG_CONNECT_TIMEOUT_S,
    QUIET_TOPIC,
    Database,
    site_channel,
    split_site_topic,
)
from kiosk.data.file_watch import FileWatch, watch_database_files

log = logging.getLogger(__name__)

ALL_TOPICS = frozenset({"*"})
ChangeCallback = Callable[[frozenset[str]], None]
ErrorCallback = Callable[[bool], None]


class ChangeFeed:
    """Runs a callback whenever the database changes; start() and stop().

    ``on_connection`` (optional) is called with False when the feed loses the
    database and True when it has it back, so a screen can say so.
    """

    def __init__(
        self, on_change: ChangeCallback, on_connection: ErrorCallback | None = None, site_id: int | None = 1
    ) -> None:
        #: The site whose changes wake this feed (with the organisation's own); None hears every site.
        self.site_id = site_id
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


#: With the files watched, the version is still read this often in case a write went unseen.
WATCHED_FALLBACK_S = 2.0
#: After a write to the files whose commit is not visible yet, look again after these pauses.
SETTLE_S = (0.002, 0.005, 0.01, 0.02, 0.05)


class SqliteChangeFeed(ChangeFeed):
    """Reads ``PRAGMA data_version`` when the database's files are written.

    Woken by the file watch (:mod:`kiosk.data.file_watch`) where there is
    one, so a commit is seen within milliseconds and an idle feed sleeps;
    the version is the check, since a write is not always a commit (the
    feed's own reads, a commit still on its way). Without a watch it reads
    the version every ``interval_s``.
    """

    def __init__(
        self,
        path: Path,
        on_change: ChangeCallback,
        on_connection: ErrorCallback | None = None,
        interval_s: float = 0.1,
        site_id: int | None = 1,
        watch: bool = True,
    ) -> None:
        super().__init__(on_change, on_connection, site_id)
        self._path = path
        self._interval_s = interval_s
        self._use_watch = watch
        self._watch: FileWatch | None = None  # made and closed by the feed's thread

    @property
    def watched(self) -> bool:
        """Whether the running feed is woken by the files (True) or polls (False)."""
        return self._watch is not None

    def _wake(self) -> None:
        if self._watch is not None:
            self._watch.interrupt()

    def _pause(self, seconds: float) -> bool:
        """Wait ``seconds`` or until the files are written; True when they were."""
        if self._watch is None:
            self._stop.wait(seconds)
            return False
        return self._watch.wait(seconds)

    def _run(self) -> None:
        # stop() sets the stop event before it interrupts the watch, and the
        # loop looks at the event before every wait: no stop is missed.
        self._watch = watch_database_files(self._path) if self._use_watch else None
        try:
            self._poll()
        finally:
            watch, self._watch = self._watch, None
            if watch is not None:
                watch.close()

    def _poll(self) -> None:
        connection: sqlite3.Connection | None = None
        last: int | None = None
        counters: dict[str, str] | None = None
        settle = 0  # pauses left to look again for a commit the files announced
        while not self._stop.is_set():
            moved = False
            try:
                if connection is None:
                    connection = sqlite3.connect(
                        f"file:{self._path}?mode=ro", uri=True, check_same_thread=False, isolation_level=None
                    )
                    last = None
                (version,) = connection.execute("PRAGMA data_version").fetchone()
                if last is None or version != last:
                    moved = last is not None
                    version, now = _read_counters(connection)
                    if last is not None:
                        topics = _moved(counters, now, self.site_id)
                        if topics:
                            self._emit(topics)
                    counters = now
                last = version
                # Only once the starting point is read: a change made after this is reported.
                self._set_connected(True)
            except sqlite3.Error as error:
                log.warning("change feed cannot read the database: %s", error)
                self._set_connected(False)
                if connection is not None:
                    connection.close()
                    connection = None
                self._stop.wait(2.0)
                continue
            if self._stop.is_set():
                break
            if self._watch is None:
                self._stop.wait(self._interval_s)
                continue
            if moved:
                settle = 0
            if settle:
                pause = SETTLE_S[len(SETTLE_S) - settle]
                settle -= 1
            else:
                pause = max(self._interval_s, WATCHED_FALLBACK_S)
            if self._pause(pause):
                settle = len(SETTLE_S)
        if connection is not None:
            connection.close()


def _read_counters(connection: sqlite3.Connection) -> tuple[int, dict[str, str] | None]:
    """The data version and the topic counters, as of one moment; None without the table."""
    connection.execute("BEGIN")
    try:
        try:
            rows = connection.execute(
                "SELECT key, value FROM site_settings WHERE substr(key, 1, ?) = ?",
                (len(CHANGE_COUNTER_PREFIX), CHANGE_COUNTER_PREFIX),
            ).fetchall()
            counters: dict[str, str] | None = {key[len(CHANGE_COUNTER_PREFIX):]: str(value) for key, value in rows}
        except sqlite3.OperationalError as error:
            if "no such table" not in str(error):
                raise
            counters = None  # a database still being created
        (version,) = connection.execute("PRAGMA data_version").fetchone()
    finally:
        connection.execute("COMMIT")
    return int(version), counters


def _moved(before: dict[str, str] | None, after: dict[str, str] | None, site_id: int | None = None) -> frozenset[str]:
    """The topics whose counter moved at ``site_id`` (or for every site); "*" when a write moved none.

    A counter named for another site moved: that write was news to its own
    site only, and this feed reports nothing for it.
    """
    if before is None or after is None:
        return ALL_TOPICS
    moved = {name for name, count in after.items() if before.get(name) != count}
    if not moved:
        return ALL_TOPICS
    moved.discard(QUIET_TOPIC)
    return _for_site(moved, site_id)


def _for_site(names: set[str], site_id: int | None) -> frozenset[str]:
    """The topics among ``names`` (``requests@2``, ``stock``) that concern ``site_id``."""
    topics = set()
    for name in names:
        topic, site = split_site_topic(name)
        if site is None or site_id is None or site == site_id:
            topics.add(topic)
    return frozenset(topics)


class PostgresChangeFeed(ChangeFeed):
    def __init__(
        self,
        conninfo: str,
        on_change: ChangeCallback,
        on_connection: ErrorCallback | None = None,
        wake_s: float = 1.0,
        site_id: int | None = 1,
    ) -> None:
        super().__init__(on_change, on_connection, site_id)
        self._conninfo = conninfo
        self._wake_s = wake_s

    def _run(self) -> None:
        import psycopg

        delay = 1.0
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=PG_CONNECT_TIMEOUT_S) as conn:
                    # The organisation's channel and this site's own: other sites' NOTIFYs never arrive.
                    conn.execute(f"LISTEN {NOTIFY_CHANNEL}")
                    if self.site_id is not None:
                        conn.execute(f"LISTEN {site_channel(self.site_id)}")
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
    site_id: int | None = 1,
) -> ChangeFeed:
    """The right feed for ``db``, hearing ``site_id``'s changes; call ``start()`` on it.

    On PostgreSQL a feed with no site hears only the organisation's channel.
    """
    if db.is_sqlite:
        path = db.sqlite_path
        if path is None:
            raise ValueError("an in-memory SQLite database has no change feed")
        return SqliteChangeFeed(path, on_change, on_connection, interval_s, site_id=site_id)
    url = db.engine.url.set(drivername="postgresql")
    return PostgresChangeFeed(url.render_as_string(hide_password=False), on_change, on_connection, site_id=site_id)
