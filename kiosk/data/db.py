"""Opening the database: engines, sessions, migrations and bad files.

The embedded default is a SQLite file in the data folder; any SQLAlchemy URL
(``postgresql+psycopg://...``) points a station at a shared server instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, exc, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from kiosk.data.deadline import UNIT_DEADLINE_S, Unit, Watchdog, commit_check_sql
from kiosk.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000
PG_CONNECT_TIMEOUT_S = 5
# A new connection inside a unit of work must fit in the unit's deadline
# (libpq counts whole seconds, at least 2).
PG_UNIT_CONNECT_TIMEOUT_S = 3
# The server's own bounds: it gives up on a statement, an idle transaction or
# a silent peer soon after the client has (see kiosk.data.deadline).
PG_STATEMENT_TIMEOUT_MS = int(UNIT_DEADLINE_S * 1000) + 1000
PG_IDLE_IN_TRANSACTION_TIMEOUT_MS = 15_000
PG_TCP_USER_TIMEOUT_MS = 10_000
PG_PING_AFTER_IDLE_S = 5.0
NOTIFY_CHANNEL = "kiosk_changes"


@dataclass
class Database:
    """An engine, a session factory, and what happened while opening it.

    ``notices`` holds messages for staff about the opening itself, such as a
    damaged file that was moved aside.
    """

    engine: Engine
    notices: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._reads = threading.local()
        self._watchdog: Watchdog | None = None
        if self.engine.dialect.name == "postgresql":
            self._watchdog = Watchdog()
            _bound_units(self.engine, self._watchdog)
            _ping_idle_connections(self.engine)
            # One snapshot for the whole read, and a read that tries to write fails.
            read_engine = self.engine.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        else:
            read_engine = self.engine.execution_options(kiosk_read_only=True)
        self._read_sessions = sessionmaker(read_engine, expire_on_commit=False, autoflush=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def sqlite_path(self) -> Path | None:
        if not self.is_sqlite or not self.engine.url.database or self.engine.url.database == ":memory:":
            return None
        return Path(self.engine.url.database)

    @contextmanager
    def session_scope(self, *, time_limit_s: float | None = None) -> Iterator[Session]:
        """One unit of work that writes: commits on success, rolls back on error, always closes.

        On SQLite it takes the write lock at the start (``BEGIN IMMEDIATE``);
        anything that only reads belongs in :meth:`read_scope`. On a server,
        the unit gives up after :data:`UNIT_DEADLINE_S` (``time_limit_s`` for
        the rare long job, such as a yearly report) and stores nothing then.
        """
        with self._bounded(time_limit_s) as unit:
            session = self._sessions()
            try:
                self._allow_long_statements(session, time_limit_s)
                yield session
                session.commit()
            except (exc.OperationalError, exc.TimeoutError) as error:
                _quiet_rollback(session)
                raise self._unavailable(error, unit) from error
            except BaseException:
                _quiet_rollback(session)
                raise
            finally:
                session.close()

    @contextmanager
    def read_scope(self, *, time_limit_s: float | None = None) -> Iterator[Session]:
        """One unit of work that only reads, seeing the database as it was at one moment.

        SQLite begins a deferred transaction (no write lock, so readers never
        wait for writers); PostgreSQL reads in REPEATABLE READ, READ ONLY. A
        read scope opened inside another on the same thread joins it, so a
        service can compose reads of several others into one consistent read.
        Nothing done in a read scope is ever stored: it always rolls back.
        """
        outer: Session | None = getattr(self._reads, "session", None)
        if outer is not None:
            yield outer
            return
        with self._bounded(time_limit_s) as unit:
            session = self._read_sessions()
            self._reads.session = session
            try:
                self._allow_long_statements(session, time_limit_s)
                yield session
            except (exc.OperationalError, exc.TimeoutError) as error:
                raise self._unavailable(error, unit) from error
            finally:
                self._reads.session = None
                _quiet_rollback(session)
                session.close()

    def _bounded(self, time_limit_s: float | None) -> Any:
        return self._watchdog.unit(time_limit_s) if self._watchdog is not None else nullcontext(None)

    def _allow_long_statements(self, session: Session, time_limit_s: float | None) -> None:
        if time_limit_s is not None and self._watchdog is not None:
            limit_ms = int((time_limit_s + 1) * 1000)
            session.execute(text(f"SET LOCAL statement_timeout = {limit_ms}"))

    def _unavailable(self, error: Exception, unit: Unit | None) -> DatabaseUnavailable:
        cause = str(getattr(error, "orig", None) or error)
        if unit is not None and unit.expired:
            log.warning("a database call was abandoned after %.1f s: %s", UNIT_DEADLINE_S, cause)
            return DatabaseUnavailable(
                "The database didn't answer in time. Nothing was changed.", hint=_describe(self.engine), cause=cause
            )
        return DatabaseUnavailable("The database can't be reached right now.", hint=_describe(self.engine), cause=cause)

    def notify(self, session: Session, topic: str, site_id: int | None = None) -> None:
        """Tell other stations that ``topic`` changed at ``site_id``, once this transaction commits.

        PostgreSQL sends a NOTIFY on the site's own channel (the shared
        channel without a site), so only that site's stations wake. On SQLite
        every commit moves ``PRAGMA data_version`` but says nothing of what
        changed, so the transaction also counts the topic, named with its
        site, in a row of its own, which the change feed reads when the
        version moves (see :mod:`kiosk.data.changes`).
        """
        if self.engine.dialect.name == "postgresql":
            session.execute(
                text("SELECT pg_notify(:channel, :topic)"), {"channel": site_channel(site_id), "topic": topic}
            )
        elif self.is_sqlite:
            session.execute(_COUNT_CHANGE, {"key": CHANGE_COUNTER_PREFIX + site_topic(topic, site_id)})

    def quiet_write(self, session: Session) -> None:
        """Mark this transaction as news to nobody (a heartbeat): other stations reload nothing.

        Only SQLite needs telling; on PostgreSQL a transaction without a
        NOTIFY wakes no one already.
        """
        if self.is_sqlite:
            session.execute(_COUNT_CHANGE, {"key": CHANGE_COUNTER_PREFIX + QUIET_TOPIC})

    def checkpoint(self) -> None:
        """On SQLite, copy what the write-ahead log holds back into the database file.

        Passive: it takes no write lock and waits for nobody, so kiosks keep
        writing meanwhile. A bulk writer (the retention purge) calls this
        between its batches, so that the log stays short and a kiosk's own
        commit is never the one that has to copy it back. Nothing to do on
        PostgreSQL.
        """
        if self.sqlite_path is None:
            return
        # Outside any transaction: a checkpoint inside one is refused ("table is locked").
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            try:
                cursor.execute("PRAGMA wal_checkpoint(PASSIVE)")
            finally:
                cursor.close()
        finally:
            connection.close()

    def dispose(self) -> None:
        if self._watchdog is not None:
            self._watchdog.close()
        self.engine.dispose()


# Per-topic change counters for the SQLite change feed, kept as application
# rows of the first site's settings ("~" keys are never shown as settings).
CHANGE_COUNTER_PREFIX = "~changes."
QUIET_TOPIC = "~quiet"
SITE_MARK = "@"
_COUNT_CHANGE = text(
    "INSERT INTO site_settings (site_id, key, value) "
    "SELECT id, :key, '1' FROM sites WHERE true ORDER BY id LIMIT 1 "
    "ON CONFLICT (site_id, key) DO UPDATE SET value = CAST(CAST(site_settings.value AS INTEGER) + 1 AS TEXT)"
)


def site_channel(site_id: int | None) -> str:
    """The PostgreSQL channel of one site's changes; the shared channel for the whole organisation."""
    return NOTIFY_CHANNEL if site_id is None else f"{NOTIFY_CHANNEL}_{int(site_id)}"


def site_topic(topic: str, site_id: int | None) -> str:
    """A topic as the SQLite change counters name it: ``requests@2`` at site 2, ``requests`` for every site."""
    return topic if site_id is None else f"{topic}{SITE_MARK}{int(site_id)}"


def split_site_topic(name: str) -> tuple[str, int | None]:
    """``requests@2`` as ("requests", 2); a name without a site as (name, None)."""
    topic, mark, site = name.rpartition(SITE_MARK)
    if not mark or not site.isdigit():
        return name, None
    return topic, int(site)


def _quiet_rollback(session: Session) -> None:
    """Roll back; a connection that is already gone has nothing left to undo."""
    try:
        session.rollback()
    except exc.DBAPIError as error:
        log.info("rollback on a lost connection: %s", error.orig)


def _describe(engine: Engine) -> str:
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return f"Check the database file {url.database}."
    return f"Check that the database server at {url.host or 'localhost'}:{url.port or 5432} is running and reachable."


def _configure_sqlite(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide when transactions begin.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        if connection.get_execution_options().get("kiosk_read_only"):
            # A read: no lock until the first read, and never the write lock.
            connection.exec_driver_sql("BEGIN")
            return
        # A write unit takes the write lock at the start: a deferred
        # transaction that reads and then writes fails at once in WAL mode
        # when another one committed in between, whatever the busy timeout.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _bound_units(engine: Engine, watchdog: Watchdog) -> None:
    """Tie pooled connections to the unit of work using them, and commit with a deadline."""

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection, record, _proxy) -> None:  # type: ignore[no-untyped-def]
        record.info["kiosk_unit"] = watchdog.attach(dbapi_connection)

    @event.listens_for(engine, "checkin")
    def _on_checkin(dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        unit = record.info.pop("kiosk_unit", None)
        if unit is not None:
            watchdog.detach(unit, dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        connection.info["kiosk_first_reply_at"] = None

    @event.listens_for(engine, "after_cursor_execute")
    def _on_reply(connection: Connection, *_args: object) -> None:
        if connection.info.get("kiosk_first_reply_at") is None:
            connection.info["kiosk_first_reply_at"] = time.monotonic()

    @event.listens_for(engine, "commit")
    def _on_commit(connection: Connection) -> None:
        unit = watchdog.current()
        first_reply_at = connection.info.get("kiosk_first_reply_at")
        if unit is None or first_reply_at is None:
            return  # not a bounded unit, or nothing was sent in this transaction
        allowance = unit.commit_allowance_s(first_reply_at)
        if allowance <= 0:
            raise exc.OperationalError("COMMIT", {}, TimeoutError("the unit of work ran out of time before COMMIT"))
        # Check and COMMIT in one message: after our deadline the server refuses
        # it, even if it only reads the message once it wakes up. The driver's
        # own commit afterwards finds no transaction and does nothing.
        connection.exec_driver_sql(commit_check_sql(allowance), execution_options={"no_parameters": True})


def _ping_idle_connections(engine: Engine) -> None:
    """Check a pooled connection before use only if it sat idle for a while.

    A server restart or a dropped network leaves dead connections in the
    pool; pinging every checkout would catch them but costs a round trip per
    unit of work, a third of a busy kiosk's submit. Connections in steady use
    are alive, so only the ones that rested are checked.
    """

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        record.info["checked_in_at"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection, record, _proxy) -> None:  # type: ignore[no-untyped-def]
        rested = time.monotonic() - record.info.get("checked_in_at", time.monotonic())
        if rested < PG_PING_AFTER_IDLE_S:
            return
        try:
            dbapi_connection.execute("SELECT 1")
            dbapi_connection.rollback()
        except Exception as error:  # any failure means: use a new connection
            raise exc.DisconnectionError(str(error)) from error


def pg_connect_args() -> dict[str, Any]:
    """libpq settings that bound a connection's waits on the server and the network."""
    return {
        "connect_timeout": PG_UNIT_CONNECT_TIMEOUT_S,
        "application_name": "dropin-kiosk",
        "keepalives": 1,
        "keepalives_idle": 10,
        "keepalives_interval": 3,
        "keepalives_count": 3,
        "tcp_user_timeout": PG_TCP_USER_TIMEOUT_MS,
        "options": (
            f"-c statement_timeout={PG_STATEMENT_TIMEOUT_MS}"
            f" -c idle_in_transaction_session_timeout={PG_IDLE_IN_TRANSACTION_TIMEOUT_MS}"
        ),
    }


def make_engine(url: str) -> Engine:
    """An engine for ``url`` with the settings each backend needs."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        _configure_sqlite(engine)
        return engine
    if backend == "postgresql":
        engine = create_engine(
            parsed,
            connect_args=pg_connect_args(),
            pool_size=5,
            max_overflow=5,
            pool_timeout=UNIT_DEADLINE_S,
        )
        return engine
    return create_engine(parsed, pool_pre_ping=True)


def open_database(
    url: str,
    *,
    migrate: bool = True,
    clock: Callable[[], dt.datetime] | None = None,
    create: bool = True,
    make_folder: bool = False,
) -> Database:
    """Open (and create or upgrade) the database at ``url``.

    A SQLite file that is not a healthy database is moved aside, kept, and a
    fresh one is started; the notice says where the old one went. A server
    that cannot be reached raises :class:`DatabaseUnavailable` naming the host.

    A SQLite file is created only when ``create`` is true, and its folder only
    when ``make_folder`` is: a mistyped path is an error, not a new, empty
    database somewhere nobody looks.
    """
    clock = clock or (lambda: dt.datetime.now(dt.UTC))
    notices: list[str] = []
    parsed = _parse_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database and parsed.database != ":memory:":
        path = Path(parsed.database)
        _check_sqlite_place(path, create=create, make_folder=make_folder)
        moved = _move_aside_if_corrupt(path, clock())
        if moved is not None:
            notices.append(
                f"The database file was damaged. It was kept as {moved} and a new, empty database was started."
            )
    engine = make_engine(parsed.render_as_string(hide_password=False))
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        if migrate:
            from kiosk.data.migrate import upgrade_to_head

            upgrade_to_head(engine)
    except exc.OperationalError as error:
        engine.dispose()
        raise DatabaseUnavailable(
            "The database can't be reached.", hint=_describe(engine), cause=str(error.orig)
        ) from error
    except exc.DatabaseError as error:
        engine.dispose()
        raise DatabaseUnavailable(
            "The database could not be opened.", hint=_describe(engine), cause=str(error.orig)
        ) from error
    for notice in notices:
        log.warning(notice)
    return Database(engine, notices)


#: The URL schemes a station accepts, and the driver each one means.
_DRIVERS = {
    "sqlite": "sqlite",
    "sqlite+pysqlite": "sqlite+pysqlite",
    "postgresql": "postgresql+psycopg",
    "postgresql+psycopg": "postgresql+psycopg",
}


def _parse_url(url: str) -> URL:
    """``url`` parsed, or a clear error for one the kiosk cannot use."""
    hint = "Use sqlite:///PATH for a file, or postgresql+psycopg://USER:PASSWORD@HOST/NAME for a server."
    try:
        parsed = make_url(url)
    except (exc.ArgumentError, ValueError) as error:
        raise DatabaseUnavailable("The database setting is not a URL the kiosk can use.", hint=hint) from error
    if parsed.drivername not in _DRIVERS:
        raise DatabaseUnavailable(f"The kiosk can't use a {parsed.drivername!r} database.", hint=hint)
    return parsed.set(drivername=_DRIVERS[parsed.drivername])


def _check_sqlite_place(path: Path, *, create: bool, make_folder: bool) -> None:
    if path.is_dir():
        raise DatabaseUnavailable(
            f"The database setting names the folder {path}, not a database file.",
            hint="Point it at a file inside the folder, for example kiosk.db.",
        )
    folder = path.parent
    if not folder.is_dir():
        if not make_folder:
            raise DatabaseUnavailable(
                f"The folder {folder} for the database file does not exist.",
                hint="Check the database setting, or create the database with: kiosk-admin init",
            )
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseUnavailable(
                f"The folder {folder} for the database file can't be created: {error.strerror or error}."
            ) from error
    if not create and not path.exists():
        raise DatabaseUnavailable(
            f"There is no database at {path}.",
            hint="Check the database setting, or create it with: kiosk-admin init",
        )


def _move_aside_if_corrupt(path: Path, now: dt.datetime) -> Path | None:
    """Move a file SQLite reports as damaged out of the way; refuse anything else that is wrong.

    Only damage SQLite itself reports (not a database, malformed) is moved
    aside. A folder, a file that cannot be opened or read, or any other
    trouble raises :class:`DatabaseUnavailable` naming the path: moving it
    would hide the mistake and start an empty database in its place.
    """
    if path.exists() and not path.is_file():
        raise DatabaseUnavailable(
            f"The database setting names {path}, which is not a database file.",
            hint="Point the database setting at a file (it is created if missing), not a folder.",
            cause="not a regular file",
        )
    if not path.exists() or path.stat().st_size == 0:
        return None
    problem = _sqlite_problem(path)
    if problem is None:
        return None
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    log.error("database file %s is damaged (%s); moving it to %s", path, problem, target)
    shutil.move(path, target)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            shutil.move(side, target.with_name(target.name + suffix))
    return target


# SQLite's primary result codes for "this file is damaged".
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26
_SQLITE_BUSY = 5
_SQLITE_LOCKED = 6


def _sqlite_problem(path: Path) -> str | None:
    """Why SQLite reports the file at ``path`` as damaged, or None if it does not.

    Any other failure to open or read it raises :class:`DatabaseUnavailable`.
    """
    try:
        connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        finally:
            connection.close()
    except sqlite3.Error as error:
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            return str(error)
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED):
            # Busy or locked by another station: not damage. Opening it for
            # real will wait for the lock or report the trouble.
            return None
        raise DatabaseUnavailable(
            f"The database file {path} can't be opened.",
            hint="Check that the file and its folder exist and that this account may read and write them.",
            cause=str(error),
        ) from error
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    return None
