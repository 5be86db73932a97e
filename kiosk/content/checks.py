"""``kiosk-admin content check``: every problem in a pack, for the person fixing it."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from kiosk.content.model import ERROR, Problem, language_names
from kiosk.content.pack import ContentPack


def check(directory: str | Path | None = None) -> list[Problem]:
    """Every problem in a pack (the shipped one by default)."""
    return list(ContentPack.load(directory).problems)


def check_main(directory: str | None, out: TextIO | None = None) -> int:
    """``kiosk-admin content check [DIR]``: list problems; exit 1 if any is an error."""
    out = out or sys.stdout
    pack = ContentPack.load(directory)
    for problem in pack.problems:
        print(problem, file=out)
    errors = sum(p.severity == ERROR for p in pack.problems)
    warnings = len(pack.problems) - errors
    pages = sum(p.fallback_from is None for lang in pack.languages for p in pack.pages(lang))
    shown_in = language_names(pack.languages) or "no language"
    print(f"{pack.directory}: {_count(errors, 'error')}, {_count(warnings, 'warning')}; "
          f"{_count(pages, 'page')} shown in {shown_in}", file=out)
    return 1 if errors else 0


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
