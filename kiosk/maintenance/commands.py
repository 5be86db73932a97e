"""The ``kiosk-admin`` sub-commands for looking after a running system."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError

#: Top-level commands handled here.
COMMANDS = ("backup", "restore", "doctor")


def register(commands: Any, content: Any) -> None:
    """Add backup, restore and doctor to ``commands`` and ``export`` to ``content``."""
    backup = commands.add_parser("backup", help="copy the database to FILE while stations keep running")
    backup.add_argument("file", type=Path, metavar="FILE")
    backup.add_argument("--force", action="store_true", help="replace FILE if it exists")
    restore = commands.add_parser("restore", help="replace the database with a backup (stop the stations first)")
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--force", action="store_true", help="go ahead although a database exists (it is kept)")
    commands.add_parser("doctor", help="check the database, content, printer and settings, and say what is wrong")
    export = content.add_parser("export", help="copy the built-in information pack into DIR to edit it")
    export.add_argument("directory", type=Path, metavar="DIR")


def handles(args: argparse.Namespace) -> bool:
    return args.command in COMMANDS or (args.command == "content" and args.content_command == "export")


def run(args: argparse.Namespace) -> int:
    if args.command == "content":
        return _export(args.directory)
    if args.command == "doctor":
        from kiosk.maintenance.doctor import report, run_checks

        return report(run_checks(args.database))
    from kiosk.config import load_config

    if args.file.is_dir() or not args.file.name:
        raise KioskError(f"{args.file} is a folder; give the name of a file.")
    config = load_config(database=args.database)
    if args.command == "backup":
        return _backup(config.database_url, args.file, args.force)
    return _restore(config.database_url, args.file, args.force)


def _backup(url: str, target: Path, force: bool) -> int:
    from kiosk.maintenance import backup

    path = backup.sqlite_path(url)
    if path is None:
        backup.backup_postgresql(url, target, force=force)
        print(f"Backed up the PostgreSQL database to {target} ({target.stat().st_size:,} bytes).")
        return 0
    result = backup.backup_sqlite(path, target, force=force)
    print(f"Backed up {path} to {result.path}: {result.size:,} bytes, revision {result.revision}, "
          f"{result.requests} request(s) on record. The copy passed SQLite's integrity check.")
    return 0


def _restore(url: str, source: Path, force: bool) -> int:
    from kiosk.data.db import open_database
    from kiosk.data.migrate import SCHEMA_REVISION
    from kiosk.maintenance import backup

    path = backup.sqlite_path(url)
    if path is None:
        raise KioskError(backup.pg_guidance(url, source, restore=True))
    result = backup.restore_sqlite(source, path, force=force)
    if result.kept_as is not None:
        print(f"The database it replaced is kept as {result.kept_as}.")
    db = open_database(url, create=False)
    db.dispose()
    upgraded = "" if result.revision == SCHEMA_REVISION else f", upgraded from revision {result.revision}"
    print(f"Restored {path} from {source} (revision {SCHEMA_REVISION}{upgraded}).")
    return 0


def _export(target: Path) -> int:
    from kiosk.content import check_main
    from kiosk.maintenance.content_export import export_pack

    export_pack(target)
    print(f"The information pack is copied to {target}.")
    print(f'Edit it, then point the stations at it in kiosk.toml: content = "{target.resolve()}"')
    code = check_main(str(target), out=sys.stdout)
    return code
