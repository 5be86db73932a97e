"""Writing a report file whole or not at all, with a message a person can act on."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from kiosk.errors import KioskError


class ReportFileError(KioskError):
    """The report file can't be written where asked."""


def check_writable(path: Path) -> None:
    """Refuse early (before any work) a path that can't take a file."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise ReportFileError(f"{path} is a folder.", hint="Give a file name, such as report.csv.")
    if not folder.is_dir():
        raise ReportFileError(f"The folder {folder} does not exist.", hint="Create it first, or choose another folder.")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise ReportFileError(f"{path} can't be written here.", hint="Choose a folder you may write to.")


def write_atomically(path: Path, data: bytes) -> Path:
    check_writable(path)
    partial = path.with_name(f".{path.name}.part")
    try:
        partial.write_bytes(data)
        partial.replace(path)
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
        raise ReportFileError(f"{path} could not be written: {error.strerror}.") from error
    return path
