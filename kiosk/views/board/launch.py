"""``kiosk-display``: the public board of codes being prepared and ready."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QTimer

from kiosk.options import LaunchOptions
from kiosk.config import Config, load_config
from kiosk.data.db import open_database
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site, load_demo
from kiosk.errors import ConfigError, DatabaseUnavailable
from kiosk.log import setup_logging
from kiosk.views.common.worker import Worker
from kiosk.views.board.window import BoardWindow
from kiosk.views.common.desktop import install_crash_handler, install_translation, make_application, system_language

log = logging.getLogger(__name__)
RETRY_OPEN_MS = 5_000


class BoardStarter:
    """Opens the database off the GUI thread, again and again until it answers."""

    def __init__(self, board: BoardWindow, config: Config, demo: bool) -> None:
        self.board = board
        self.config = config
        self.demo = demo
        self.services: Services | None = None
        self.worker = Worker(board)
        self.timer = QTimer(board)
        self.timer.setSingleShot(True)
        self.timer.setInterval(RETRY_OPEN_MS)
        self.timer.timeout.connect(self.try_open)

    def try_open(self) -> None:
        self.worker.run(self._open, self._on_open, self._on_failed)

    def _open(self) -> Services:
        db = open_database(self.config.database_url)
        services = Services.build(db, ensure_site(db))
        if self.demo:
            load_demo(db, staff=services.staff)
        return services

    def _on_open(self, services: Services) -> None:
        self.services = services
        self.board.attach(services)

    def _on_failed(self, error: BaseException) -> None:
        if not isinstance(error, DatabaseUnavailable):
            sys.excepthook(type(error), error, error.__traceback__)
            return
        log.warning("the board cannot reach the database yet: %s", error)
        self.board.show_reconnecting()
        self.timer.start()


def run(options: LaunchOptions) -> int:
    try:
        config = load_config(database=options.database, station=options.station, demo=options.demo)
    except ConfigError as error:
        print(f"kiosk-display: {error}", file=sys.stderr)
        return 2
    setup_logging(config.data_dir, "display", options.verbose)
    if options.screenshot_dir is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # renders without a screen
    app = make_application("kiosk-display")
    install_translation(app, system_language())
    install_crash_handler()
    if options.screenshot_dir is not None:
        from kiosk.views.board.screenshots import render_board

        return render_board(options.screenshot_dir, config)
    board = BoardWindow(config)
    starter = BoardStarter(board, config, options.demo)
    if options.windowed:
        board.resize(1280, 720)
        board.show()
    else:
        board.showFullScreen()
    starter.try_open()
    code = app.exec()
    starter.timer.stop()
    board.shutdown()
    starter.worker.wait_for_done(5_000)
    if starter.services is not None:
        starter.services.db.dispose()
    return code
