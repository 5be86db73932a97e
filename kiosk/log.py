"""Logging to rotating files in the data folder, with nothing secret in it.

A technician reads ``logs/<program>.log`` (and ``.1`` to ``.3``, the older
parts): when the program started and which version, the database it uses,
the database going away and coming back, printer trouble, bugs with their
tracebacks. What the logs never hold: a PIN, or what a visitor asked for; a
request appears by its pickup code alone.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import re
from pathlib import Path

# A run of 4 or more digits after "pin" is the shape of a PIN: never write it.
_PIN_LIKE = re.compile(r"(?i)(pin\W{0,3})\d{4,}")

#: Each log file is cut at this size, and this many older parts are kept.
MAX_BYTES = 2_000_000
BACKUPS = 3
#: Libraries whose INFO and DEBUG output would spell out SQL parameters (what was asked for).
_QUIET = ("sqlalchemy", "alembic", "psycopg")


class RedactPins(logging.Filter):
    """Belt and braces: services never log PINs, and this scrubs any that slip in."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = _PIN_LIKE.sub(r"\1[hidden]", message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def setup_logging(
    data_dir: Path, name: str, verbose: bool = False, *, max_bytes: int = MAX_BYTES, backups: int = BACKUPS
) -> Path:
    log_dir = data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"{name}.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactPins())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    # SQLAlchemy logs every statement with its parameters once its logger is
    # at INFO; keep these at WARNING whatever --verbose does to the root.
    for library in _QUIET:
        logging.getLogger(library).setLevel(logging.WARNING)
    from kiosk import __version__

    logging.getLogger("kiosk").info(
        "%s %s starting (pid %d, Python %s, %s)", name, __version__, os.getpid(), platform.python_version(),
        platform.platform(terse=True),
    )
    return path
