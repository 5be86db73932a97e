"""``kiosk-admin backup FILE`` and ``kiosk-admin restore FILE``.

SQLite: the backup is taken online with SQLite's backup API, so kiosks and
staff PCs carry on while it runs; the copy is checked, made a single
self-contained file and only then given its name. A restore replaces the
database in place through the same API (never by copying the file, which
would mix the backup with the old file's write-ahead log), keeps the
database it replaces beside it, and refuses while stations are running.

PostgreSQL: ``pg_dump`` makes the backup when it is installed; otherwise,
and for a restore, the command prints what to run.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from kiosk.errors import KioskError
from kiosk.maintenance.sqlite_files import connect_existing, copy_database, integrity_problem, revision_of

#: A station heard from this recently is taken to be running (three heartbeats).
RUNNING_WITHIN = dt.timedelta(seconds=90)
PG_DUMP_TIMEOUT_S = 3_600


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    revision: str | None
    requests: int


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, or None for any other database."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise KioskError("An in-memory database has nothing to back up or restore.")
    return Path(parsed.database)


def backup_sqlite(database: Path, target: Path, *, force: bool = False) -> BackupResult:
    """Copy ``database`` to ``target`` while stations keep working."""
    if target.exists() and not force:
        raise KioskError(f"{target} already exists.", hint="Choose a new file name, or add --force to replace it.")
    if target.resolve() == database.resolve():
        raise KioskError("The backup file can't be the database itself.")
    if not target.parent.is_dir():
        raise KioskError(f"The folder {target.parent} does not exist.")
    partial = target.with_name(f".{target.name}.partial")
    source = connect_existing(database)
    try:
        partial.unlink(missing_ok=True)
        copy = sqlite3.connect(partial)
        try:
            copy_database(source, copy)
            # One file that can be carried anywhere: no write-ahead log beside it.
            copy.execute("PRAGMA journal_mode = DELETE")
            problem = integrity_problem(copy)
            revision = revision_of(copy)
            requests = _count(copy, "requests")
        finally:
            copy.close()
    finally:
        source.close()
    if problem is not None:
        partial.unlink(missing_ok=True)
        raise KioskError(f"The copy failed its integrity check ({problem}); nothing was written.",
                         hint="Run kiosk-admin doctor to check the database itself.")
    os.replace(partial, target)
    return BackupResult(target, target.stat().st_size, revision, requests)


def check_backup(path: Path) -> str | None:
    """The revision of a kiosk backup file, after checking it is one and is sound."""
    connection = connect_existing(path, read_only=True)
    try:
        problem = integrity_problem(connection)
        if problem is not None:
            raise KioskError(f"{path} is damaged ({problem}); it can't be restored.")
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"sites", "requests", "alembic_version"} <= tables:
            raise KioskError(f"{path} is not a kiosk database backup.")
        return revision_of(connection)
    finally:
        connection.close()


def running_stations(database: Path, now: dt.datetime) -> list[str]:
    """Stations heard from in the last :data:`RUNNING_WITHIN`."""
    connection = connect_existing(database, read_only=True)
    try:
        rows = connection.execute("SELECT name, last_seen_at FROM stations WHERE last_seen_at IS NOT NULL").fetchall()
    except sqlite3.DatabaseError:
        return []
    finally:
        connection.close()
    running = []
    for name, seen in rows:
        try:
            when = dt.datetime.fromisoformat(str(seen))
        except ValueError:
            continue
        if when.tzinfo is None:
            when = when.replace(tzinfo=dt.UTC)
        if now - when <= RUNNING_WITHIN:
            running.append(str(name))
    return running


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_as: Path | None
    revision: str | None


def restore_sqlite(
    backup: Path,
    database: Path,
    *,
    force: bool = False,
    now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
) -> RestoreResult:
    """Replace ``database`` with the contents of ``backup``; the old one is kept beside it."""
    revision = check_backup(backup)
    kept: Path | None = None
    if database.exists() and database.stat().st_size > 0:
        if not force:
            raise KioskError(
                f"This replaces everything in {database} with the backup.",
                hint="Add --force to go ahead; the current database is kept beside it.",
            )
        running = running_stations(database, now())
        if running:
            raise KioskError(
                f"Stations are still using the database: {', '.join(sorted(running))}.",
                hint="Stop them (systemctl stop kiosk, or close the windows) and try again in a minute and a half.",
            )
        kept = _unique(database.with_name(f"{database.name}.before-restore-{now():%Y%m%d-%H%M%S}"))
        current = connect_existing(database)
        try:
            keep = sqlite3.connect(kept)
            try:
                copy_database(current, keep)
                keep.execute("PRAGMA journal_mode = DELETE")
            finally:
                keep.close()
        finally:
            current.close()
    elif not database.parent.is_dir():
        raise KioskError(f"The folder {database.parent} for the database does not exist.")
    source = connect_existing(backup, read_only=True)
    try:
        target = sqlite3.connect(database, timeout=10)
        try:
            copy_database(source, target)
        finally:
            target.close()
    finally:
        source.close()
    return RestoreResult(backup, kept, revision)


def _unique(path: Path) -> Path:
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate


def _count(connection: sqlite3.Connection, table: str) -> int:
    try:
        return int(connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0


# -- PostgreSQL ------------------------------------------------------------------


def libpq_target(url: str) -> tuple[list[str], dict[str, str]]:
    """``pg_dump`` connection arguments for a SQLAlchemy URL, the password kept out of argv."""
    parsed: URL = make_url(url)
    args = ["--dbname", parsed.database or ""]
    if parsed.host:
        args += ["--host", parsed.host]
    if parsed.port:
        args += ["--port", str(parsed.port)]
    if parsed.username:
        args += ["--username", parsed.username]
    env = {"PGPASSWORD": parsed.password} if parsed.password else {}
    return args, {**env, "PGCONNECT_TIMEOUT": "10"}


def pg_guidance(url: str, target: Path, restore: bool = False) -> str:
    args, _env = libpq_target(url)
    where = " ".join(args)
    if restore:
        return (
            "PostgreSQL backups are restored with pg_restore. Stop every station, then run:\n"
            f"  pg_restore --clean --if-exists --no-owner {where} {target}\n"
            "and start the stations again; a backup from an older version is upgraded on the first start."
        )
    return (
        "pg_dump (the PostgreSQL client tools) is not installed here. Install it "
        "(sudo apt-get install postgresql-client) or run on the database server:\n"
        f"  pg_dump --format=custom --file {target} {where}\n"
        "It takes a consistent copy while stations keep working."
    )


def backup_postgresql(
    url: str,
    target: Path,
    *,
    force: bool = False,
    run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run,
) -> Path:
    """``pg_dump`` the database to ``target`` (custom format), or raise with guidance."""
    if target.exists() and not force:
        raise KioskError(f"{target} already exists.", hint="Choose a new file name, or add --force to replace it.")
    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise KioskError(pg_guidance(url, target))
    args, env = libpq_target(url)
    command: Sequence[str] = [pg_dump, "--format=custom", "--no-owner", "--file", str(target), *args]
    try:
        done = run(command, capture_output=True, text=True, timeout=PG_DUMP_TIMEOUT_S,
                   env={**os.environ, **env}, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        raise KioskError(f"pg_dump did not finish within {PG_DUMP_TIMEOUT_S // 60} minutes.") from None
    if done.returncode != 0:
        reason = (done.stderr or done.stdout or "no message").strip().splitlines()[0][:300]
        raise KioskError(f"pg_dump failed: {reason}")
    return target
