"""Logging to a file in the data folder, with nothing secret in it."""

from __future__ import annotations

import logging
import logging.handlers
import re
from pathlib import Path

# A run of 4 or more digits after "pin" is the shape of a PIN: never write it.
_PIN_LIKE = re.compile(r"(?i)(pin\W{0,3})\d{4,}")


class RedactPins(logging.Filter):
    """Belt and braces: services never log PINs, and this scrubs any that slip in."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = _PIN_LIKE.sub(r"\1[hidden]", message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def setup_logging(data_dir: Path, name: str, verbose: bool = False) -> Path:
    log_dir = data_dir / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    path = log_dir / f"{name}.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=3, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactPins())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    return path
