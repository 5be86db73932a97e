"""Entry points of the three windows: parse the command line, then hand over.

Kept small so ``kiosk --help`` answers at once; each window's package builds
its own QApplication and imports only what its first screen needs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from kiosk.options import LaunchOptions, parse_options

# Still importable from here for callers written before kiosk.options.
__all__ = ["LaunchOptions", "parse_options", "visitor_main", "staff_main", "display_main"]


def visitor_main(argv: Sequence[str] | None = None) -> int:
    options = parse_options("kiosk", "The visitor kiosk: information and anonymous requests.", argv)
    from kiosk.views.visitor.launch import run

    return run(options)


def staff_main(argv: Sequence[str] | None = None) -> int:
    options = parse_options("kiosk-staff", "The staff back office: queue, stock, alerts, stations.", argv)
    from kiosk.views.staff.shell.launch import run

    return run(options)


def display_main(argv: Sequence[str] | None = None) -> int:
    options = parse_options("kiosk-display", "The public board of codes being prepared and ready.", argv)
    from kiosk.views.board.launch import run

    return run(options)


if __name__ == "__main__":
    sys.exit(visitor_main())
