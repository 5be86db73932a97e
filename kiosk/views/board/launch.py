"""``kiosk-display``: the public board of codes being prepared and ready.

The board opens at once; its station link opens the database off the GUI
thread and keeps trying, saying so in large type, until it answers. It shows
the site's languages all at once, so it installs no language of its own.
"""

from __future__ import annotations

import logging
import os
import sys

from kiosk.config import load_config
from kiosk.data.services import Services, open_services
from kiosk.data.sites import check_station_site
from kiosk.errors import ConfigError
from kiosk.log import setup_logging
from kiosk.options import LaunchOptions
from kiosk.views.board.window import BoardWindow
from kiosk.views.common.desktop import install_crash_handler, make_application

log = logging.getLogger(__name__)


def run(options: LaunchOptions) -> int:
    try:
        config = load_config(database=options.database, station=options.station, demo=options.demo, site=options.site)
        if not options.demo:
            check_station_site(config.database_url, config.site)
    except ConfigError as error:
        print(f"kiosk-display: {error}", file=sys.stderr)
        return 2
    setup_logging(config.data_dir, "display", options.verbose)
    if options.screenshot_dir is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # renders without a screen
    app = make_application("kiosk-display")
    install_crash_handler()
    if options.screenshot_dir is not None:
        from kiosk.views.board.screenshots import render_board

        return render_board(options.screenshot_dir, config)

    def opener() -> Services:  # runs on the station link's worker
        return open_services(config.database_url, options.demo, config.site)

    board = BoardWindow(opener, config)
    if options.windowed:
        board.resize(1280, 720)
        board.show()
    else:
        board.showFullScreen()
    board.start()
    code = app.exec()
    board.shutdown()
    board.link.dispose()
    return code
