"""``kiosk-admin``: set-up and maintenance without a screen."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from sqlalchemy.exc import SQLAlchemyError

from kiosk import __version__
from kiosk.config import load_config
from kiosk.data.db import Database, open_database
from kiosk.data.dto import Actor
from kiosk.data.services import Services
from kiosk.data.setup import DEMO_ADMIN_NAME, DEMO_ADMIN_PIN, load_demo
from kiosk.data.sites import station_site
from kiosk.data.staff import pin_problem
from kiosk.errors import KioskError
from kiosk.languages import LANGUAGES
from kiosk.maintenance import commands as maintenance

#: Every change made here is made, and audited, as this admin.
KIOSK_ADMIN = Actor.system("kiosk-admin")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk-admin",
        description="Set up and look after a drop-in kiosk system.",
        epilog=(
            "kiosk-admin acts as an admin named 'kiosk-admin': it may do everything an admin may, "
            "and the audit log names it as the one who did it."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--database", metavar="URL", help="SQLAlchemy URL (default: the SQLite file in the data folder)"
    )
    parser.add_argument(
        "--site",
        dest="station_site",
        metavar="NAME",
        help="the site to work on (default: site in kiosk.toml, or the first)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    init = commands.add_parser("init", help="create or upgrade the database")
    init.add_argument("--site-name", default=None, help="the centre's name, shown on kiosks and slips")

    commands.add_parser("demo", help="load the demo catalogue and a demo admin")

    staff = commands.add_parser("staff", help="staff accounts").add_subparsers(
        dest="staff_command", required=True, metavar="ACTION"
    )
    add = staff.add_parser("add", help="add a staff member (asks for a PIN, or reads it from standard input)")
    add.add_argument("name")
    add.add_argument("--admin", action="store_true", help="may manage staff, supplies and settings")
    add.add_argument(
        "--coordinator", action="store_true", help="a staff member who may also see and export the reports"
    )
    add.add_argument("--org-admin", action="store_true", help="an admin of every site, who can switch between them")
    staff.add_parser("list", help="list staff members")
    reset = staff.add_parser("reset", help="unlock an account after too many wrong PINs")
    reset.add_argument("name")
    reset.add_argument(
        "--new-pin", action="store_true", help="also set a new PIN (asked for, or read from standard input)"
    )

    supplies = commands.add_parser("supplies", help="supplies and stock").add_subparsers(
        dest="supplies_command", required=True, metavar="ACTION"
    )
    supplies.add_parser("list", help="list supplies with stock and limits")

    restock = commands.add_parser("restock", help="add stock to a supply")
    restock.add_argument("key")
    restock.add_argument("quantity", type=_positive_int)

    content = commands.add_parser("content", help="the information pack").add_subparsers(
        dest="content_command", required=True, metavar="ACTION"
    )
    check = content.add_parser("check", help="check a content pack and list every problem")
    check.add_argument("directory", nargs="?", default=None, help="a content folder (default: the built-in pack)")
    maintenance.register(commands, content)

    print_test = commands.add_parser("print-test", help="print a test slip, or write it to a PDF")
    print_test.add_argument("--pdf", metavar="FILE", help="write the slip to this PDF instead of printing")
    print_test.add_argument("--printer", metavar="QUEUE", help="CUPS queue (default: the configured printer)")
    print_test.add_argument("--paper", choices=("receipt", "letter", "a4"), default=None)
    print_test.add_argument("--lang", choices=LANGUAGES, default="en")
    _add_report_commands(commands)
    from kiosk.voice_summary import add_voice_command

    add_voice_command(commands, _iso_date)
    _add_site_commands(commands)
    return parser


#: As long as the database keeps a site's name.
SITE_NAME_MAX = 120

#: The most one restock may add: a real delivery is far smaller, and the
#: database's whole numbers stop a little above two thousand million.
MAX_RESTOCK = 1_000_000


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a whole number") from None
    if value <= 0:
        raise argparse.ArgumentTypeError("the quantity must be above zero")
    if value > MAX_RESTOCK:
        raise argparse.ArgumentTypeError(f"the quantity must be at most {MAX_RESTOCK:,} at a time")
    return value


def read_pin(prompt: str, stdin: TextIO | None = None) -> str:
    """A new PIN: asked twice without echo on a terminal, one line when piped."""
    stdin = stdin or sys.stdin
    if stdin.isatty():
        first = getpass.getpass(prompt)
        if getpass.getpass("Again: ") != first:
            raise KioskError("The two PINs are not the same.")
        return first.strip()
    line = stdin.readline()
    if not line.strip():
        raise KioskError("No PIN was given on standard input.")
    return line.strip()


def main(argv: Sequence[str] | None = None, stdin: TextIO | None = None) -> int:
    parser = build_parser()
    if argv is not None and any("\x00" in arg for arg in argv):
        parser.error("an argument holds a NUL character")
    args = parser.parse_args(argv)
    _check_report_args(parser, args)
    try:
        return _run(args, stdin)
    except KioskError as error:
        print(f"kiosk-admin: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except SQLAlchemyError as error:
        # A refusal the checks above did not foresee; the database kept nothing.
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0][:200]
        print(f"kiosk-admin: the database refused this ({reason}). Nothing was changed.", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"kiosk-admin: {error.strerror or error}: {error.filename or ''}".rstrip(": "), file=sys.stderr)
        return 1


def _run(args: argparse.Namespace, stdin: TextIO | None) -> int:
    if maintenance.handles(args):
        return maintenance.run(args)
    if args.command == "content":
        from kiosk.content import check_main

        return check_main(args.directory)
    if args.command == "print-test":
        from kiosk.printing import cli as printing_cli

        return printing_cli.run(args)

    config = load_config(database=args.database, site=args.station_site)
    args.station_site = config.site
    # Only these two create a database; the rest need one that is there.
    creates = args.command in ("init", "demo")
    db = open_database(config.database_url, create=creates, make_folder=creates)
    try:
        for notice in db.notices:
            print(notice, file=sys.stderr)
        return _run_with_db(args, db, stdin)
    finally:
        db.dispose()


def _run_with_db(args: argparse.Namespace, db: Database, stdin: TextIO | None) -> int:
    if args.command == "init":
        if args.site_name is not None and not 1 <= len(args.site_name.strip()) <= SITE_NAME_MAX:
            raise KioskError(f"A site name needs 1 to {SITE_NAME_MAX} characters.")
        site_id = station_site(db, args.station_site)
        if args.site_name:
            from kiosk.data.models import Site

            with db.session_scope() as session:
                site = session.get(Site, site_id)
                assert site is not None
                site.name = args.site_name.strip()
        print(f"Database ready at {db.url}")
        return 0
    if args.command == "demo":
        added, created = load_demo(db, by=KIOSK_ADMIN)
        print(f"Demo catalogue: {added} supplies added.")
        if created:
            print(f"Demo admin: name {DEMO_ADMIN_NAME!r}, PIN {DEMO_ADMIN_PIN}. Change it before real use.")
        return 0

    services = Services.build(db, station_site(db, args.station_site))
    if args.command == "site":
        return _site(args, services)
    if args.command == "staff":
        return _staff(args, services, stdin)
    if args.command == "supplies":
        return _list_supplies(services)
    if args.command == "restock":
        supply = services.inventory.restock(args.key, args.quantity, KIOSK_ADMIN, note="kiosk-admin")
        print(f"{supply.key}: stock is now {supply.stock}.")
        return 0
    if args.command in ("report", "purge"):
        return _report_or_purge(args, db)
    if args.command == "voice":
        from kiosk.voice_summary import run_voice

        return run_voice(args.first, args.last, services.voice)
    raise AssertionError(f"unhandled command {args.command}")


def _staff(args: argparse.Namespace, services: Services, stdin: TextIO | None) -> int:
    if args.staff_command == "list":
        people = services.staff.list()
        if not people:
            print("No staff yet. Add one with: kiosk-admin staff add NAME --admin")
        for person in people:
            state = "locked" if person.locked else ("off" if not person.active else "active")
            print(f"{person.name:<24} {person.role:<11} {state}")
        return 0
    if args.staff_command == "add":
        pin = read_pin(f"PIN for {args.name}: ", stdin)
        problem = pin_problem(pin)
        if problem:
            raise KioskError(problem)
        chosen = [flag for flag in ("admin", "coordinator", "org_admin") if getattr(args, flag)]
        if len(chosen) > 1:
            raise KioskError("Choose one of --admin, --coordinator and --org-admin.")
        role = "coordinator" if args.coordinator else None
        person = services.staff.add(
            args.name, pin, admin=args.admin, role=role, by=KIOSK_ADMIN, org_admin=args.org_admin
        )
        print(f"Added {person.name} ({person.role}).")
        return 0
    if args.staff_command == "reset":
        new_pin = read_pin(f"New PIN for {args.name}: ", stdin) if args.new_pin else None
        person = services.staff.reset(args.name, KIOSK_ADMIN, new_pin=new_pin)
        print(f"{person.name} can sign in again{' with the new PIN' if new_pin else ''}.")
        return 0
    raise AssertionError(args.staff_command)


def _list_supplies(services: Services) -> int:
    supplies = services.inventory.supplies()
    if not supplies:
        print("No supplies yet. Load the demo catalogue with: kiosk-admin demo")
    print(f"{'key':<24} {'kind':<8} {'stock':>6} {'low at':>6} {'limit':>5}  state   name")
    for s in supplies:
        stock = str(s.stock) if s.is_item else "-"
        state = "off" if not s.active else ("LOW" if s.is_low else "ok")
        print(
            f"{s.key:<24} {s.kind:<8} {stock:>6} {s.low_stock_at:>6} {s.per_request_limit:>5}  "
            f"{state:<6}  {s.name('en')}"
        )
    return 0


# -- reports and retention ----------------------------------------------------


def _add_report_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = commands.add_parser("report", help="write a funder report (CSV or PDF) for a range of days")
    report.add_argument(
        "--from", dest="first", required=True, type=_iso_date, metavar="DATE", help="first day, YYYY-MM-DD"
    )
    report.add_argument(
        "--to", dest="last", required=True, type=_iso_date, metavar="DATE", help="last day, YYYY-MM-DD (included)"
    )
    report.add_argument(
        "--site", type=_positive_int, default=None, metavar="N", help="one site's number (default: every site)"
    )
    report.add_argument(
        "--by", choices=("day", "week", "month"), default="month", help="one row per day, week or month"
    )
    report.add_argument("--format", choices=("csv", "pdf"), default=None, help="default: from the file name")
    report.add_argument("--out", required=True, type=Path, metavar="FILE", help="the file to write")
    report.add_argument("--raw", action="store_true", help="internal use: show small counts instead of <5")
    report.add_argument("--lang", choices=("en", "fr", "es"), default="en", help="language of the headings")
    purge = commands.add_parser("purge", help="roll closed requests older than the retention period into tallies")
    purge.add_argument("--dry-run", action="store_true", help="only count what would be purged")


def _iso_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-01") from None


def _check_report_args(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Mistakes in a report's arguments end like any usage error: a message and exit code 2."""
    if getattr(args, "command", None) != "report":
        return
    from kiosk.reports.writing import ReportFileError, check_writable

    if args.last < args.first:
        parser.error(f"the range is empty: --to {args.last} is before --from {args.first}")
    try:
        check_writable(args.out)
    except ReportFileError as error:
        parser.error(f"can't write the report: {error}")
    if args.format is None:
        suffix = args.out.suffix.lower().lstrip(".")
        if suffix not in ("csv", "pdf"):
            parser.error("say --format csv or --format pdf (the file name does not tell)")
        args.format = suffix


def _report_or_purge(args: argparse.Namespace, db: Database) -> int:
    if args.command == "purge":
        from kiosk.data.retention import RetentionService

        result = RetentionService(db).purge(dry_run=args.dry_run)
        if args.dry_run:
            print(f"{result.requests} closed requests ({result.lines} lines) are past the retention period.")
        else:
            print(
                f"Rolled {result.requests} closed requests ({result.lines} lines, {result.audit_events} audit events) "
                f"into daily tallies in {result.batches} batches, {result.seconds:.1f} s."
            )
        return 0
    from kiosk.data.reports import ReportService

    report = ReportService(db).build(args.first, args.last, args.by, args.site, asked_by=KIOSK_ADMIN)
    if args.format == "csv":
        from kiosk.reports.csv_export import write_csv

        write_csv(report, args.out, args.lang, args.raw)
    else:
        from kiosk.reports.pdf_export import write_pdf

        write_pdf(report, args.out, args.lang, args.raw)
    shared = "raw numbers" if args.raw else f"counts under {report.small_count_threshold} hidden"
    print(f"Report for {args.first} to {args.last} ({len(report.periods)} periods, {shared}) written to {args.out}")
    return 0


# -- sites ----------------------------------------------------------------------


def _add_site_commands(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    site = commands.add_parser("site", help="the organisation's sites").add_subparsers(
        dest="site_command", required=True, metavar="ACTION"
    )
    add = site.add_parser("add", help="add a site (a drop-in, a van, a partner site)")
    add.add_argument("name")
    site.add_parser("list", help="list the sites and their numbers")
    rename = site.add_parser("rename", help="give a site a new name")
    rename.add_argument("name")
    rename.add_argument("new_name")
    copy = site.add_parser("copy-catalogue", help="give a site every supply another site has (no stock)")
    copy.add_argument("source", metavar="FROM")
    copy.add_argument("target", metavar="TO")
    transfer = site.add_parser("transfer", help="move stock of one supply from one site to another")
    transfer.add_argument("key")
    transfer.add_argument("quantity", type=_positive_int)
    transfer.add_argument("--from", dest="source", required=True, metavar="SITE")
    transfer.add_argument("--to", dest="target", required=True, metavar="SITE")


def _site(args: argparse.Namespace, services: Services) -> int:
    sites = services.sites
    if args.site_command == "list":
        for view in sites.sites():
            print(f"{view.id:>4}  {view.name}")
        return 0
    if args.site_command == "add":
        view = sites.add(args.name, KIOSK_ADMIN)
        print(f"Added site {view.id}: {view.name}. Point its stations at it with site = {view.name!r} in kiosk.toml.")
        return 0
    if args.site_command == "rename":
        view = sites.rename(args.name, args.new_name, KIOSK_ADMIN)
        print(f"Site {view.id} is now called {view.name}. Update site in its stations' kiosk.toml.")
        return 0
    source, target = sites.find(args.source), sites.find(args.target)
    if args.site_command == "copy-catalogue":
        added = sites.copy_catalogue(source.id, target.id, KIOSK_ADMIN)
        print(f"{target.name}: {added} supplies added from {source.name}, with no stock yet.")
        return 0
    done = sites.transfer(args.key, args.quantity, source.id, target.id, KIOSK_ADMIN, note="kiosk-admin")
    print(f"Moved {done.quantity} {done.key}: {source.name} has {done.from_stock}, {target.name} has {done.to_stock}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
