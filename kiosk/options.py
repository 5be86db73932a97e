"""Command-line options shared by the three windows (plain Python, no Qt).

The bootstrap in :mod:`kiosk.app` parses them and hands them to a window's
``launch.run``; keeping them here lets a window's package import them without
importing the bootstrap back.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class LaunchOptions:
    demo: bool = False
    windowed: bool = False
    database: str | None = None
    station: str | None = None
    screenshot_dir: Path | None = None
    verbose: bool = False
    site: str | None = None
    pseudo_locale: bool = False
    right_to_left: bool = False


def parse_options(program: str, description: str, argv: Sequence[str] | None = None) -> LaunchOptions:
    parser = argparse.ArgumentParser(prog=program, description=description)
    parser.add_argument("--demo", action="store_true", help="use a demo database with the demo catalogue and content")
    parser.add_argument("--windowed", action="store_true", help="run in an ordinary window instead of full screen")
    parser.add_argument("--database", metavar="URL", help="SQLAlchemy URL of the shared database")
    parser.add_argument("--station", metavar="NAME", help="this station's name, as staff see it")
    parser.add_argument("--screenshot", metavar="DIR", type=Path, help="save every screen as PNG files in DIR and exit")
    parser.add_argument("--verbose", action="store_true", help="log more detail")
    parser.add_argument("--site", metavar="NAME", help="the organisation's site this station belongs to")
    parser.add_argument(
        "--pseudo-locale", action="store_true", help="show translated strings in a longer, accented pseudo-language"
    )
    parser.add_argument("--right-to-left", action="store_true", help="lay every screen out right to left")
    args = parser.parse_args(argv)
    return LaunchOptions(
        args.demo, args.windowed, args.database, args.station, args.screenshot, args.verbose,
        site=args.site, pseudo_locale=args.pseudo_locale, right_to_left=args.right_to_left,
    )
