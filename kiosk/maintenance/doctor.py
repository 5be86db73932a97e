"""``kiosk-admin doctor``: is this station set up to work, and if not, what is wrong.

Each check gives one line: ``ok``, ``note`` (worth knowing, nothing broken)
or ``PROBLEM`` with what to do. Nothing is changed: a damaged database file
is reported, not moved aside, and an old schema is reported, not upgraded.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import Connection, exc, func, select, text

from kiosk.config import Config, load_config
from kiosk.errors import KioskError

Verdict = Literal["ok", "note", "PROBLEM"]
#: Less free space than this in the data folder is worth a note.
LOW_DISK_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class Finding:
    area: str
    verdict: Verdict
    text: str

    def __str__(self) -> str:
        return f"{self.verdict:<7} {self.area:<13} {self.text}"


def run_checks(database: str | None = None, printer_state: Callable[[Config], Finding] | None = None) -> list[Finding]:
    """Every finding, in the order a technician would look."""
    try:
        config = load_config(database=database)
    except KioskError as error:
        return [Finding("configuration", "PROBLEM", str(error))]
    findings = [_configuration(config)]
    findings += _database(config)
    findings.append(_content(config))
    findings.append((printer_state or _printer)(config))
    findings.append(_disk(config.data_dir))
    return findings


def _configuration(config: Config) -> Finding:
    from kiosk import paths

    file = paths.config_file()
    source = f"settings from {file}" if file.exists() else f"no settings file ({file}), defaults in use"
    return Finding("configuration", "ok", f"{source}; station {config.station_name!r}; data in {config.data_dir}")


def _database(config: Config) -> list[Finding]:
    from kiosk.data.db import make_engine
    from kiosk.data.migrate import SCHEMA_REVISION, current_revision
    from kiosk.maintenance.backup import sqlite_path
    from kiosk.maintenance.sqlite_files import connect_existing, integrity_problem

    findings = []
    path = sqlite_path(config.database_url)
    if path is not None:
        if not path.is_file():
            return [Finding("database", "PROBLEM", f"there is no database at {path}. Create it with: kiosk-admin init")]
        checked = connect_existing(path, read_only=True)
        try:
            problem = integrity_problem(checked)
        except sqlite3.OperationalError as error:
            problem = f"can't be read ({error})"
        finally:
            checked.close()
        if problem is not None:
            return [Finding("database", "PROBLEM",
                            f"{path} is damaged: {problem}. "
                            "Restore the last backup (kiosk-admin restore FILE --force).")]
        findings.append(Finding("database", "ok", f"{path} passes SQLite's integrity check"))
    engine = make_engine(config.database_url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
            revision = current_revision(connection)
            people = _admins(connection) if revision else 0
    except exc.OperationalError as error:
        reason = str(error.orig).strip().splitlines()[0] if error.orig else str(error)
        where = engine.url.render_as_string(hide_password=True)
        return [*findings, Finding("database", "PROBLEM", f"can't reach {where}: {reason}")]
    except exc.DatabaseError as error:
        return [*findings, Finding("database", "PROBLEM", f"the database could not be read: {error.orig}")]
    finally:
        engine.dispose()
    if path is None:
        findings.append(Finding("database", "ok", f"{engine.url.render_as_string(hide_password=True)} answers"))
    findings.append(_revision(revision, SCHEMA_REVISION))
    if revision and people == 0:
        findings.append(
            Finding("staff", "PROBLEM", "no active admin account. Add one: kiosk-admin staff add NAME --admin")
        )
    elif revision:
        findings.append(Finding("staff", "ok", f"{people} active admin account{'s' if people != 1 else ''}"))
    return findings


def _admins(connection: Connection) -> int:
    from kiosk.data.models import StaffAccount, StaffRole

    query = select(func.count()).select_from(StaffAccount).where(
        StaffAccount.role == StaffRole.ADMIN, StaffAccount.active.is_(True)
    )
    return int(connection.execute(query).scalar() or 0)


def _revision(revision: str | None, head: str) -> Finding:
    from kiosk.data.migrate import known_revisions

    if revision is None:
        return Finding("schema", "PROBLEM", "the database is empty. Create it with: kiosk-admin init")
    if revision == head:
        return Finding("schema", "ok", f"revision {revision}, as this version expects")
    if revision in known_revisions():
        return Finding("schema", "note",
                       f"revision {revision}, older than {head}: "
                       "it is upgraded on the next start (or by kiosk-admin init)")
    return Finding("schema", "PROBLEM",
                   f"revision {revision} is newer than this version knows ({head}). "
                   "Update the package on this station.")


def _content(config: Config) -> Finding:
    from kiosk.content import ERROR, ContentPack

    pack = ContentPack.load(config.content_dir)
    errors = [p for p in pack.problems if p.severity == ERROR]
    if errors:
        return Finding("content", "PROBLEM",
                       f"{pack.directory}: {len(errors)} error(s), first: {errors[0]}. See kiosk-admin content check")
    pages = sum(p.fallback_from is None for lang in pack.languages for p in pack.pages(lang))
    warnings = len(pack.problems)
    verdict: Verdict = "note" if warnings else "ok"
    said = f", {warnings} warning(s) (kiosk-admin content check)" if warnings else ""
    return Finding("content", verdict, f"{pack.directory}: {pages} pages in {', '.join(pack.languages)}{said}")


def _printer(config: Config) -> Finding:
    from kiosk.printing.cups import make_printer

    state = make_printer(config.printer, config.pdf_folder).state()
    if state.status == "pdf_folder":
        return Finding("printer", "note", state.detail)
    if state.ready:
        return Finding("printer", "ok", f"{config.printer}: {state.detail}")
    from kiosk.printing.cups import PrintFailed

    return Finding("printer", "PROBLEM", str(PrintFailed(state)))


def _disk(folder: Path) -> Finding:
    free = shutil.disk_usage(folder).free
    if free < LOW_DISK_BYTES:
        return Finding("disk", "PROBLEM", f"only {free // (1024 * 1024)} MB free in {folder}. Free some space.")
    return Finding("disk", "ok", f"{free // (1024 * 1024):,} MB free in {folder}")


def report(findings: Iterable[Finding], out: Callable[[str], None] = print) -> int:
    """Print the findings and a last line; 0 when nothing is a problem, else 1."""
    problems = 0
    for finding in findings:
        out(str(finding))
        problems += finding.verdict == "PROBLEM"
    out("All is well." if not problems else f"{problems} problem{'s' if problems != 1 else ''} to fix.")
    return 1 if problems else 0
