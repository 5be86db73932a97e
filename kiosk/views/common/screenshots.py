"""What the ``--screenshot`` renderers of the back office and the board share.

A demo database in a temporary folder gets a realistic queue through the real
services (see :mod:`kiosk.data.demo_queue`); screens are rendered at each of
``SIZES`` in each of ``LANGS``.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication

from kiosk.config import Config
from kiosk.data.db import open_database
from kiosk.data.demo_queue import build_demo_site
from kiosk.data.services import Services

log = logging.getLogger(__name__)
SIZES = ((1920, 1080), (1280, 800))
LANGS = ("en", "fr")


def settle(done: Callable[[], bool], timeout_s: float = 10.0) -> bool:
    """Let the event loop run until ``done()`` (the worker's answers arrive)."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if done():
            QApplication.processEvents()
            return True
        time.sleep(0.02)
    log.warning("a screen did not finish loading in time")
    return False


def save_png(pixmap: QPixmap, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    # No format: Qt takes PNG from the file's suffix.
    pixmap.toImage().convertToFormat(pixmap.toImage().Format.Format_RGB888).save(str(path), None, 0)
    return path


def demo_site(folder: Path) -> tuple[Services, Config]:
    db = open_database(f"sqlite:///{folder / 'demo.db'}")
    services = build_demo_site(db)
    config = Config(data_dir=folder, database_url=db.url, station_name="staff-office")
    return services, config
