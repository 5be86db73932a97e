"""Small helpers for SQLite files: open without creating, check, copy page by page."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from kiosk.errors import KioskError

BUSY_TIMEOUT_S = 10.0


def connect_existing(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    """A connection to the SQLite file at ``path``, which must already exist."""
    if not path.is_file():
        raise KioskError(f"There is no database file at {path}.")
    mode = "ro" if read_only else "rw"
    try:
        return sqlite3.connect(f"file:{path}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as error:
        raise KioskError(f"The file {path} can't be opened as a database: {error}.") from error


def integrity_problem(connection: sqlite3.Connection) -> str | None:
    """What ``PRAGMA integrity_check`` found wrong, or None when the file is sound."""
    try:
        rows = connection.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as error:
        return str(error)
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:3])


def revision_of(connection: sqlite3.Connection) -> str | None:
    """The schema revision Alembic recorded in the file, or None when it has none."""
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def copy_database(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """Copy every page of ``source`` into ``target`` with SQLite's online backup.

    The copy is one consistent snapshot: in WAL mode the source keeps taking
    writes from other stations while it is read, and the target is locked
    while it is written, so its own readers see either the old or the new file.
    """
    source.backup(target)
