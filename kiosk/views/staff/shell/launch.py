"""``kiosk-staff``: the back office on a staff PC.

The window opens at once; its station link opens (and, when needed, creates
or upgrades) the database off the GUI thread and keeps retrying, with the
"can't reach the database" banner up, while it can't be reached.
"""

from __future__ import annotations

import gc
import logging
import os
import sys

from kiosk.config import load_config
from kiosk.data.services import Services, open_services
from kiosk.data.sites import check_station_site
from kiosk.errors import ConfigError
from kiosk.log import setup_logging
from kiosk.options import LaunchOptions
from kiosk.views.common.desktop import install_crash_handler, install_translation, make_application, system_language

log = logging.getLogger(__name__)


def settle_start_up() -> None:
    """Once the window is up, leave what start-up made out of the collector's full passes.

    Modules, widgets and the database layer make some hundred thousand objects
    that live as long as the window. Left in the collector's oldest generation,
    each full pass walks them all again: a pause of 50-200 ms, now and then, in
    the middle of a queue refresh on a slow PC. Frozen, a full pass walks only
    what came since (the queue's rows, a dialog).
    """
    gc.collect()
    gc.freeze()


def run(options: LaunchOptions) -> int:
    try:
        config = load_config(database=options.database, station=options.station, demo=options.demo, site=options.site)
        if not options.demo:
            check_station_site(config.database_url, config.site)
    except ConfigError as error:
        print(f"kiosk-staff: {error}", file=sys.stderr)
        return 2
    setup_logging(config.data_dir, "staff", options.verbose)
    if options.screenshot_dir is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # renders without a screen
    app = make_application("kiosk-staff")
    lang = system_language()
    install_translation(app, lang)
    if options.screenshot_dir is not None:
        from kiosk.views.staff.shell.screenshots import render_staff

        return render_staff(options.screenshot_dir, config)

    from kiosk.views.staff.shell.window import StaffWindow

    def opener() -> Services:  # runs on the station link's worker
        return open_services(config.database_url, options.demo, config.site)

    window = StaffWindow(opener, config, lang=lang)
    install_crash_handler(window.notice_bar.show_message)
    if options.windowed:
        window.show()
    else:
        window.showMaximized()
    window.start()
    settle_start_up()
    code = app.exec()
    window.shutdown()
    window.link.dispose()
    return code
