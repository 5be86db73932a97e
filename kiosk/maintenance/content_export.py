"""``kiosk-admin content export DIR``: a copy of the built-in information pack to edit.

The copy has the same shape as the shipped pack (``content/<lang>/*.md``,
``content/categories.toml``, ``resources.toml`` and ``icons/``), so the
settings line ``content = "DIR"`` points a station at it and
``kiosk-admin content check DIR`` checks it.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from kiosk import paths
from kiosk.errors import KioskError

#: What a pack is made of, relative to the shipped resources folder.
PACK_PARTS = ("content", "resources.toml", "icons")


def export_pack(target: Path) -> list[Path]:
    """Copy the shipped pack into ``target`` (new or empty); return what was written."""
    source = paths.resources_dir()
    if target.exists() and not target.is_dir():
        raise KioskError(f"{target} is a file, not a folder.")
    if target.is_dir() and any(target.iterdir()):
        raise KioskError(f"The folder {target} is not empty.",
                         hint="Choose a new folder, so nobody's edits are overwritten.")
    missing = [part for part in PACK_PARTS if not (source / part).exists()]
    if missing:
        raise KioskError(f"The installed package has no {', '.join(missing)} in {source}; reinstall it.")
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for part in PACK_PARTS:
        origin, copy = source / part, target / part
        if origin.is_dir():
            shutil.copytree(origin, copy)
        else:
            shutil.copy2(origin, copy)
        written.append(copy)
    return written
