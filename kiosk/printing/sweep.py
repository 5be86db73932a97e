"""Removing per-visit files: printed-slip PDFs left in the data folder.

A slip sent to a printer never touches the disk. Without a printer, slips
are saved as PDF files for staff to open, and those say what a visitor was
given and when; none is kept longer than :data:`MAX_AGE`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Iterable
from pathlib import Path

log = logging.getLogger(__name__)

MAX_AGE = dt.timedelta(hours=1)
_PATTERNS = ("*.pdf", "*.part")


def sweep_visit_files(folders: Iterable[Path], now: dt.datetime | None = None, max_age: dt.timedelta = MAX_AGE) -> int:
    """Delete slip files older than ``max_age`` in ``folders``; returns how many went."""
    moment = (now or dt.datetime.now(dt.UTC)).timestamp()
    removed = 0
    for folder in folders:
        if not folder.is_dir():
            continue
        for pattern in _PATTERNS:
            for path in folder.glob(pattern):
                with contextlib.suppress(OSError):
                    if moment - path.stat().st_mtime >= max_age.total_seconds():
                        path.unlink()
                        removed += 1
    if removed:
        log.info("removed %d old slip files", removed)
    return removed


def remove_now(path: Path) -> bool:
    """Delete one per-visit file at once (after it was printed); False if it was already gone."""
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True
