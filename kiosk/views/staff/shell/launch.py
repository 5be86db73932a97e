"""``kiosk-staff``: the back office on a staff PC."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtWidgets import QMessageBox

from kiosk.options import LaunchOptions
from kiosk.config import load_config
from kiosk.data.db import Database, open_database
from kiosk.data.services import Services
from kiosk.data.setup import ensure_site, load_demo
from kiosk.errors import ConfigError, DatabaseUnavailable
from kiosk.log import setup_logging
from kiosk.views.common.desktop import install_crash_handler, install_translation, make_application, system_language

log = logging.getLogger(__name__)


def _open_with_retry(url: str) -> Database | None:
    """Open the database; while it can't be reached, offer to try again."""
    while True:
        try:
            return open_database(url)
        except DatabaseUnavailable as error:
            log.error("cannot open the database: %s", error)
            box = QMessageBox(QMessageBox.Icon.Warning, "kiosk-staff", error.message)
            box.setInformativeText(error.hint)
            box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close)
            if box.exec() != QMessageBox.StandardButton.Retry:
                return None


def run(options: LaunchOptions) -> int:
    try:
        config = load_config(database=options.database, station=options.station, demo=options.demo)
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

    db = _open_with_retry(config.database_url)
    if db is None:
        return 1
    site_id = ensure_site(db)
    services = Services.build(db, site_id)
    if options.demo:
        load_demo(db, staff=services.staff)

    from kiosk.views.staff.shell.window import StaffWindow

    window = StaffWindow(services, config, lang=lang)
    install_crash_handler(window.notice_bar.show_message)
    if options.windowed:
        window.show()
    else:
        window.showMaximized()
    window.start()
    for notice in db.notices:
        window.notice_bar.show_message(notice)
    code = app.exec()
    window.shutdown()
    db.dispose()
    return code
