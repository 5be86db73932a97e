"""Entry points of the three windows: parse the command line, then hand over.

Kept small so ``kiosk --help`` answers at once; each window's package builds
its own QApplication and imports only what its first screen needs.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from kiosk.options import LaunchOptions, parse_options

# Still importable from here for callers written before kiosk.options.
__all__ = ["LaunchOptions", "parse_options", "visitor_main", "staff_main", "display_main"]


def _display_problem(program: str, options: LaunchOptions) -> str | None:
    """Why a window can't open here, checked before Qt would abort the process."""
    if options.screenshot_dir is not None:
        return None
    import platformdirs

    from kiosk.display_check import display_problem
    from kiosk.paths import APP_NAME

    stamp = Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "qt-platform-checked"
    return display_problem(program, stamp=stamp)


def _launch(program: str, options: LaunchOptions, load: Callable[[], Callable[[LaunchOptions], int]]) -> int:
    """Check for a display, load the window's package, run it."""
    problem = _display_problem(program, options)
    if problem is not None:
        print(problem, file=sys.stderr)
        return 2
    # Read when the QApplication is built (kiosk.views.common.pseudo), whichever window it is.
    if options.pseudo_locale:
        os.environ["KIOSK_PSEUDO_LOCALE"] = "1"
    if options.right_to_left:
        os.environ["KIOSK_RIGHT_TO_LEFT"] = "1"
    try:
        return load()(options)
    except ImportError as error:
        # Qt's own libraries failing to load, not a bug in the kiosk.
        if ".so" not in str(error):
            raise
        from kiosk.display_check import qt_import_problem

        print(qt_import_problem(program, error), file=sys.stderr)
        return 2


def _visitor() -> Callable[[LaunchOptions], int]:
    from kiosk.views.visitor.launch import run

    return run


def _staff() -> Callable[[LaunchOptions], int]:
    from kiosk.views.staff.shell.launch import run

    return run


def _board() -> Callable[[LaunchOptions], int]:
    from kiosk.views.board.launch import run

    return run


def visitor_main(argv: Sequence[str] | None = None) -> int:
    options = parse_options("kiosk", "The visitor kiosk: information and anonymous requests.", argv)
    return _launch("kiosk", options, _visitor)


def staff_main(argv: Sequence[str] | None = None) -> int:
    options = parse_options("kiosk-staff", "The staff back office: queue, stock, alerts, stations.", argv)
    return _launch("kiosk-staff", options, _staff)


def display_main(argv: Sequence[str] | None = None) -> int:
    options = parse_options("kiosk-display", "The public board of codes being prepared and ready.", argv)
    return _launch("kiosk-display", options, _board)


if __name__ == "__main__":
    sys.exit(visitor_main())
