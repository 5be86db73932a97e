"""Opening the database: engines, sessions, migrations and bad files.

The embedded default is a SQLite file in the data folder; any SQLAlchemy URL
(``postgresql+psycopg://...``) points a station at a shared server instead.
"""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, exc, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from kiosk.errors import DatabaseUnavailable

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 10_000
PG_CONNECT_TIMEOUT_S = 5
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
    def session_scope(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on error, always closes."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except exc.OperationalError as error:
            session.rollback()
            raise DatabaseUnavailable(
                "The database can't be reached right now.", hint=_describe(self.engine), cause=str(error.orig)
            ) from error
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def notify(self, session: Session, topic: str) -> None:
        """Tell other stations that ``topic`` changed, once this transaction commits.

        SQLite needs nothing: every commit bumps ``PRAGMA data_version``.
        """
        if self.engine.dialect.name == "postgresql":
            session.execute(text("SELECT pg_notify(:channel, :topic)"), {"channel": NOTIFY_CHANNEL, "topic": topic})

    def dispose(self) -> None:
        self.engine.dispose()


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
        # Take the write lock at the start: a deferred transaction that reads
        # and then writes fails at once in WAL mode when another one committed
        # in between, whatever the busy timeout.
        connection.exec_driver_sql("BEGIN IMMEDIATE")


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
            connect_args={"connect_timeout": PG_CONNECT_TIMEOUT_S, "application_name": "dropin-kiosk"},
            pool_size=5,
            max_overflow=5,
        )
        _ping_idle_connections(engine)
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


def _sqlite_problem(path: Path) -> str | None:
    """Why the file at ``path`` is not a usable SQLite database, or None."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=rw", uri=True, timeout=SQLITE_BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        return str(error)
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError:
        # Busy or locked by another station: not damage. Opening it for real
        # will wait for the lock or report the trouble.
        return None
    except sqlite3.DatabaseError as error:
        return str(error)
    finally:
        connection.close()
    if rows != [("ok",)]:
        return "; ".join(str(r[0]) for r in rows[:3])
    return None
